/**
 * Run in a fresh process by `machine.bench.ts`: the cost of the first 1 000 calls of one function
 * (`xstate` or `pengaduan`, `start` or `apply`), before the JIT has settled. Prints JSON: the mean of
 * calls 1-10, 1-1000 and 901-1000, in nanoseconds of wall time, and the CPU time of all 1 000.
 */
import { initialTransition, transition } from 'xstate';
import { applyEvent, startComplaint } from '../src/machine/index.js';
import { complete, machine, options, screening, submitted, xstateScreening } from './_machineCases.js';
import { consume } from './_measure.js';

const [who, what] = process.argv.slice(2);
const calls: Record<string, () => unknown> = {
  'xstate start': () => initialTransition(machine, { submission: submitted, zone: 'Asia/Jakarta' })[0].value,
  'pengaduan start': () => startComplaint(submitted, options).snapshot.value,
  'xstate apply': () => transition(machine, xstateScreening, complete)[0].value,
  'pengaduan apply': () => applyEvent(screening, complete, options).snapshot.value,
};
const call = calls[`${who} ${what}`];
if (call === undefined) throw new Error(`usage: _machineFirstCalls.ts xstate|pengaduan start|apply`);
const N = 1000;
const times = new Float64Array(N);
const cpu = process.cpuUsage();
for (let i = 0; i < N; i++) {
  const start = performance.now();
  consume(call());
  times[i] = (performance.now() - start) * 1e6;
}
const used = process.cpuUsage(cpu);
const mean = (from: number, to: number) => times.subarray(from, to).reduce((a, b) => a + b, 0) / (to - from);
console.log(
  JSON.stringify({
    first10: mean(0, 10),
    first1000: mean(0, N),
    last100: mean(N - 100, N),
    cpu1000: ((used.user + used.system) * 1e3) / N,
  }),
);
