/**
 * The audit on 100 000 realistic complaint histories (bench/_complaints.ts: about 12 events each,
 * UU 25/2009 + SP4N-LAPOR!), streamed through `auditMany` into a grouped aggregate, against
 * `evaluateSla` over the same histories; then the KPI aggregate itself (adding, merging four
 * partial aggregates, the indicators). The histories are generated one at a time and never kept, so
 * the heap figures show whether memory stays flat in the number of histories. Before the timing is
 * reported, the merged aggregate is checked to equal the single pass exactly.
 *
 * Run alone with `npx tsx bench/compliance.bench.ts`; `BENCH_AUDIT_COUNT=20000` for a shorter run.
 */
import { auditMany } from '../src/compliance/auditMany.js';
import { createAggregator } from '../src/compliance/createAggregator.js';
import { indicatorsOf } from '../src/compliance/indicatorsOf.js';
import { mergeAggregates } from '../src/compliance/mergeAggregates.js';
import type { AuditResult } from '../src/compliance/types.js';
import { nationalCalendar } from '../src/holidays/index.js';
import { combinePolicies } from '../src/rules/combinePolicies.js';
import { sp4nLaporPolicy } from '../src/rules/sp4nLaporPolicy.js';
import { uu25Policy } from '../src/rules/uu25Policy.js';
import { evaluateSla } from '../src/sla/evaluateSla.js';
import { realisticComplaints } from './_complaints.js';
import type { BenchResult } from './_measure.js';

const COUNT = Number(process.env.BENCH_AUDIT_COUNT ?? 100_000);
const SEED = 20250321;
const AS_OF = '2025-09-01T00:00:00+07:00';
const PARTS = 4;

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

export async function run(): Promise<BenchResult[]> {
  const policy = combinePolicies([uu25Policy, sp4nLaporPolicy]);
  const options = { asOf: AS_OF, calendar: nationalCalendar };

  // The deadline engine alone over the same histories, for comparison.
  let start = performance.now();
  let clocks = 0;
  for (const c of realisticComplaints(COUNT, SEED)) {
    clocks += evaluateSla(c.history, policy, options).clocks.length;
  }
  const slaMs = performance.now() - start;

  // The audit, streamed: one aggregate for the whole pass, and PARTS partial ones (as workers would).
  const one = createAggregator({ groupBy: 'unit' });
  const parts = Array.from({ length: PARTS }, () => createAggregator({ groupBy: 'unit' }));
  const heap: number[] = [];
  let n = 0;
  let events = 0;
  let addMs = 0;
  start = performance.now();
  for await (const result of auditMany(realisticComplaints(COUNT, SEED), policy, options)) {
    const t = performance.now();
    one.add(result as AuditResult);
    parts[n % PARTS]!.add(result as AuditResult);
    addMs += performance.now() - t;
    events += result.eventsConsidered;
    n++;
    if (n % Math.max(1, Math.floor(COUNT / 10)) === 0) heap.push(process.memoryUsage().heapUsed);
  }
  const auditMs = performance.now() - start - addMs;

  start = performance.now();
  const merged = parts.map((p) => p.toJSON()).reduce((a, b) => mergeAggregates(a, b));
  const mergeMs = performance.now() - start;
  const whole = one.toJSON();
  if (JSON.stringify(merged) !== JSON.stringify(whole)) {
    throw new Error('compliance bench: the merged aggregate differs from the single pass');
  }
  start = performance.now();
  const indicators = indicatorsOf(whole);
  const indicatorsMs = performance.now() - start;
  const value = (id: string, ruleId?: string) =>
    indicators.total.values.find((v) => v.id === id && v.ruleId === ruleId)?.value;
  const pct = (v: number | null | undefined) => (typeof v === 'number' ? `${(v * 100).toFixed(1)} %` : '-');

  console.log(
    [
      `compliance: ${n.toLocaleString('en-US')} histories (${events.toLocaleString('en-US')} events), as of ${AS_OF}, UU 25/2009 + SP4N-LAPOR!`,
      `  evaluateSla         ${(slaMs / 1000).toFixed(2)} s  (${((slaMs * 1000) / COUNT).toFixed(1)} µs a history, ${clocks.toLocaleString('en-US')} clocks)`,
      `  auditMany           ${(auditMs / 1000).toFixed(2)} s  (${((auditMs * 1000) / COUNT).toFixed(1)} µs a history, ${Math.round((COUNT * 1000) / auditMs).toLocaleString('en-US')} histories/s)`,
      `  aggregate (2 adds)  ${addMs.toFixed(0)} ms; merge of ${PARTS} parts ${mergeMs.toFixed(1)} ms (equal to one pass); indicators ${indicatorsMs.toFixed(1)} ms`,
      `  aggregate size      ${(JSON.stringify(whole).length / 1024).toFixed(0)} kB of JSON, ${Object.keys(whole.groups).length} units`,
      `  heap every 10 %     ${heap.map(mb).join(', ')}`,
      `  on time: verification ${pct(value('on_time_rate', 'sp4n.verification'))}, response ${pct(value('on_time_rate', 'uu25.response'))}, decision ${pct(value('on_time_rate', 'uu25.decision'))}; findings ${JSON.stringify(whole.total.findings)}`,
    ].join('\n'),
  );
  return [
    {
      suite: 'compliance',
      task: 'deadlines of one history',
      implementation: 'evaluateSla',
      nsPerOp: (slaMs * 1e6) / COUNT,
    },
    {
      suite: 'compliance',
      task: 'audit of one history',
      implementation: 'auditMany',
      nsPerOp: (auditMs * 1e6) / COUNT,
    },
    {
      suite: 'compliance',
      task: 'add one result to an aggregate',
      implementation: 'Aggregator.add',
      nsPerOp: (addMs * 1e6) / (2 * COUNT),
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
