/**
 * `npm run bench [-- filter]`: imports every `bench/*.bench.ts` module (or those whose name contains
 * the filter), calls its exported `run()` and prints one table of the `BenchResult[]` it returns (see
 * `_measure.ts`). A `run()` that returns nothing prints its own report. Timings are for reading, not
 * for asserting: no test depends on them.
 */
import { readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { BenchResult } from './_measure.js';

const dir = new URL('./', import.meta.url);
const filter = process.argv[2] ?? '';
const modules = readdirSync(dir)
  .filter((name) => name.endsWith('.bench.ts') && name.includes(filter))
  .sort();

const rows: BenchResult[] = [];
for (const name of modules) {
  const module = (await import(new URL(name, dir).href)) as {
    run?: () => BenchResult[] | undefined | Promise<BenchResult[] | undefined>;
  };
  if (typeof module.run !== 'function') {
    console.warn(`${name}: no exported run(), skipped`);
    continue;
  }
  const results = await module.run();
  if (Array.isArray(results)) rows.push(...results);
}

function formatNs(ns: number): string {
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${ns.toFixed(0)} ns`;
}

const table = rows.map((row) => {
  const base = rows.find(
    (r) => r.suite === row.suite && r.task === row.task && r.implementation === row.relativeTo,
  );
  return {
    suite: row.suite,
    task: row.task,
    implementation: row.implementation,
    'time/op': formatNs(row.nsPerOp),
    'cpu/op': row.cpuNsPerOp === undefined ? '' : formatNs(row.cpuNsPerOp),
    'ops/s': Math.round(1e9 / row.nsPerOp).toLocaleString('en-US'),
    'vs baseline': base === undefined ? '' : `${(base.nsPerOp / row.nsPerOp).toFixed(1)}x`,
  };
});

const header = ['suite', 'task', 'implementation', 'time/op', 'cpu/op', 'ops/s', 'vs baseline'] as const;
const widths = header.map((h) => Math.max(h.length, ...table.map((r) => String(r[h]).length)));
const line = (cells: readonly string[]): string =>
  `| ${cells.map((c, i) => (i >= 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
// The load average says how much else the machine was doing: the figures mean little without it.
const load = loadavg()
  .map((l) => l.toFixed(2))
  .join(' ');
console.log(
  `node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, load average ${load}`,
);
console.log(line(header));
console.log(`|${widths.map((w, i) => (i >= 3 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`);
for (const row of table) console.log(line(header.map((h) => String(row[h]))));
