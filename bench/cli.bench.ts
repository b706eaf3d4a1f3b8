/**
 * `pengaduan audit` throughput against the library's own, on the realistic histories of the audit
 * benchmark (bench/_complaints.ts: the usual UU 25/2009 + SP4N-LAPOR! path, seeded):
 * 1. `auditHistory` in-process on one thread: the library's rate (on a sample of at most 20 000);
 * 2. the command with `--jobs 1`: reading, parsing, auditing, aggregating and writing on one thread;
 * 3. the command with one worker thread per core.
 * Each command run reports wall time, histories per second, CPU time of all its threads, peak RSS,
 * and its rate against the library's rate times its threads (1.0 = no overhead, perfect scaling).
 *
 * Before anything is timed, the command's report must say it audited every complaint, refused no
 * line, and (when the whole file is the sample) found exactly the findings `auditHistory` found.
 *
 * The command runs from dist/cli/main.js when it is built (`npm run build`), else from the source
 * through tsx. Environment:
 * - PENGADUAN_BENCH_CLI_N: complaints in the file (default 20 000; the figure in docs/cli.md is 10^6);
 * - PENGADUAN_BENCH_CLI_JOBS: the `--jobs` values to run, comma-separated (default `1,<cores>`).
 * The file is written one complaint at a time, so 10^6 complaints (about 2 GB of NDJSON) need no
 * more memory than 10^4.
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditHistory } from '../src/compliance/index.js';
import { combinePolicies, nationalCalendar, sp4nLaporPolicy, uu25Policy } from '../src/index.js';
import { type BenchComplaint, realisticComplaints } from './_complaints.js';
import type { BenchResult } from './_measure.js';

const AS_OF = '2025-09-01T00:00:00+07:00';
const SEED = 2026;
const SAMPLE = 20_000;

interface CommandRun {
  readonly jobs: number;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly maxRssKb: number;
  readonly report: { audited: number; refused: { count: number }; findings: { total: number } };
}

function runCommand(file: string, out: string, jobs: number): CommandRun {
  const built = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
  const source = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
  const command = existsSync(built) ? [built] : ['--import', import.meta.resolve('tsx'), source];
  // getrusage(RUSAGE_SELF) of the command's process: CPU time of all its threads and its peak RSS.
  const usageHook = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('@@usage='+JSON.stringify([u.userCPUTime+u.systemCPUTime,u.maxRSS]))})`;
  const t0 = performance.now();
  const child = spawnSync(
    process.execPath,
    [
      '--import',
      usageHook,
      ...command,
      'audit',
      file,
      '--policy',
      'uu25,sp4n-lapor',
      '--as-of',
      AS_OF,
      '--format',
      'json',
      '-o',
      out,
      '--jobs',
      String(jobs),
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const wallMs = performance.now() - t0;
  if (child.status !== 0) throw new Error(`pengaduan audit --jobs ${jobs} failed: ${child.stderr}`);
  const [cpuUs, maxRssKb] = JSON.parse(/@@usage=(\[[^\]]*\])/.exec(child.stderr)?.[1] ?? '[0,0]') as [
    number,
    number,
  ];
  const report = JSON.parse(readFileSync(out, 'utf8')) as CommandRun['report'];
  return { jobs, wallMs, cpuMs: cpuUs / 1000, maxRssKb, report };
}

export async function run(): Promise<BenchResult[]> {
  const n = Number(process.env.PENGADUAN_BENCH_CLI_N ?? 20_000);
  const cores = availableParallelism();
  const jobsList = (process.env.PENGADUAN_BENCH_CLI_JOBS ?? `1,${cores}`).split(',').map(Number);
  const policy = combinePolicies([uu25Policy, sp4nLaporPolicy]);
  const options = { asOf: AS_OF, calendar: nationalCalendar };

  // Write the export one complaint at a time; keep the first SAMPLE for the in-process rate.
  const dir = mkdtempSync(join(tmpdir(), 'pengaduan-bench-cli-'));
  const file = join(dir, 'export.ndjson');
  const fd = openSync(file, 'w');
  const sample: BenchComplaint[] = [];
  let chunk = '';
  for (const complaint of realisticComplaints(n, SEED)) {
    if (sample.length < SAMPLE) sample.push(complaint);
    chunk += `${JSON.stringify(complaint)}\n`;
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
  const bytes = statSync(file).size;

  try {
    // The library's rate, one thread.
    let sampleFindings = 0;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (const c of sample) sampleFindings += auditHistory(c, policy, options).findings.length;
    const libraryMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const libraryRate = (sample.length * 1000) / libraryMs;

    const results: BenchResult[] = [
      {
        suite: 'cli',
        task: `audit ${n.toLocaleString('en-US')} histories`,
        implementation: 'auditHistory in-process',
        nsPerOp: (libraryMs * 1e6) / sample.length,
      },
    ];
    const lines = [
      `cli: ${n.toLocaleString('en-US')} realistic histories, ${(bytes / 1e6).toFixed(0)} MB of NDJSON, as of ${AS_OF}, UU 25/2009 + SP4N-LAPOR!, node ${process.version}, ${cores} cores`,
      `  auditHistory in-process (${sample.length.toLocaleString('en-US')} sample): ${libraryRate.toFixed(0)} histories/s, ${((cpu.user + cpu.system) / sample.length).toFixed(0)} µs CPU per history`,
    ];
    for (const jobs of jobsList) {
      const load = loadavg()[0]!.toFixed(1);
      const r = runCommand(file, join(dir, `out-${jobs}.json`), jobs);
      // Check before believing the time: every complaint audited, nothing refused, same findings.
      if (r.report.audited !== n || r.report.refused.count !== 0) {
        throw new Error(
          `pengaduan audit --jobs ${jobs}: audited ${r.report.audited} of ${n}, refused ${r.report.refused.count}`,
        );
      }
      if (n === sample.length && r.report.findings.total !== sampleFindings) {
        throw new Error(
          `pengaduan audit --jobs ${jobs}: ${r.report.findings.total} findings, auditHistory found ${sampleFindings}`,
        );
      }
      const rate = (n * 1000) / r.wallMs;
      lines.push(
        `  pengaduan audit --jobs ${jobs}: ${(r.wallMs / 1000).toFixed(1)} s wall, ${rate.toFixed(0)} histories/s, ` +
          `${((r.cpuMs * 1000) / n).toFixed(0)} µs CPU per history (all threads), peak RSS ${(r.maxRssKb / 1024).toFixed(0)} MB, ` +
          `${(rate / (libraryRate * jobs)).toFixed(2)} of the library's rate x ${jobs} (load average ${load} at start)`,
      );
      results.push({
        suite: 'cli',
        task: `audit ${n.toLocaleString('en-US')} histories`,
        implementation: `pengaduan audit --jobs ${jobs}`,
        nsPerOp: (r.wallMs * 1e6) / n,
        relativeTo: 'auditHistory in-process',
      });
    }
    console.log(lines.join('\n'));
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await run());
