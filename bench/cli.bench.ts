/**
 * `pengaduan audit` throughput: the same realistic histories (test/sla/_generate.ts) audited
 * 1. in-process with `auditHistory` (the library's own rate, one core),
 * 2. by the command with `--jobs 1` (reading, parsing, aggregating and writing on one thread),
 * 3. by the command with one worker thread per core.
 * The command runs from dist/cli/main.js when it is built (`npm run build`), else from the source
 * through tsx. PENGADUAN_BENCH_CLI_N sets the number of complaints (default 3000); the time per
 * complaint is what the table shows. Memory: peak RSS of each run is printed beside it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditHistory } from '../src/compliance/index.js';
import { combinePolicies, nationalCalendar, sp4nLaporPolicy, uu25Policy } from '../src/index.js';
import { generateHistory, prng } from '../test/sla/_generate.js';
import type { BenchResult } from './_measure.js';

const AS_OF = '2026-06-30T23:59:59.999+07:00';

export async function run(): Promise<BenchResult[]> {
  const n = Number(process.env.PENGADUAN_BENCH_CLI_N ?? 3000);
  const random = prng(2026);
  const complaints = Array.from({ length: n }, (_, i) => ({
    id: `B-${i}`,
    history: generateHistory(random).history,
  }));
  const dir = mkdtempSync(join(tmpdir(), 'pengaduan-bench-cli-'));
  const file = join(dir, 'export.ndjson');
  writeFileSync(file, complaints.map((c) => JSON.stringify(c)).join('\n'));
  const policy = combinePolicies([sp4nLaporPolicy, uu25Policy]);

  const results: BenchResult[] = [];
  const start = performance.now();
  for (const c of complaints) auditHistory(c, policy, { asOf: AS_OF, calendar: nationalCalendar });
  const direct = ((performance.now() - start) * 1e6) / n;
  results.push({
    suite: 'cli',
    task: `audit ${n} histories`,
    implementation: 'auditHistory in-process',
    nsPerOp: direct,
  });

  const built = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
  const source = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
  const command = existsSync(built) ? [built] : ['--import', import.meta.resolve('tsx'), source];
  const rssHook = `data:text/javascript,process.on('exit',()=>process.stderr.write('@@maxrss='+process.resourceUsage().maxRSS))`;
  const cores = availableParallelism();
  for (const jobs of [1, cores]) {
    const t0 = performance.now();
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        rssHook,
        ...command,
        'audit',
        file,
        '--policy',
        'sp4n-lapor,uu25',
        '--as-of',
        AS_OF,
        '--format',
        'json',
        '-o',
        join(dir, 'out.json'),
        '--jobs',
        String(jobs),
      ],
      { encoding: 'utf8' },
    );
    const ms = performance.now() - t0;
    if (child.status !== 0) throw new Error(`pengaduan audit failed: ${child.stderr}`);
    const rss = Number(/@@maxrss=(\d+)/.exec(child.stderr)?.[1] ?? 0);
    console.log(
      `pengaduan audit --jobs ${jobs}: ${n} complaints in ${(ms / 1000).toFixed(1)} s, peak RSS ${(rss / 1024).toFixed(0)} MB`,
    );
    results.push({
      suite: 'cli',
      task: `audit ${n} histories`,
      implementation: `pengaduan audit --jobs ${jobs}`,
      nsPerOp: (ms * 1e6) / n,
      relativeTo: 'auditHistory in-process',
    });
  }
  rmSync(dir, { recursive: true, force: true });
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await run());
