import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateHistory, prng } from '../sla/_generate.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The child's peak resident memory in kB (from `process.resourceUsage()` at exit). */
  readonly maxRssKb?: number;
}

// Prints the child's peak RSS on stderr as it exits, for the memory test.
const RSS_HOOK = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\n@@maxrss='+process.resourceUsage().maxRSS+'\\n'))`;

/**
 * Runs `pengaduan <args>` as a user does: a child process (the TypeScript source through tsx), with
 * stdin, stdout and stderr as pipes (so not a terminal), and returns its exit code and output.
 */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; stdin?: string | Buffer; env?: Record<string, string>; measureRss?: boolean } = {},
): Promise<RunResult> {
  const nodeArgs = ['--import', TSX, ...(options.measureRss ? ['--import', RSS_HOOK] : []), MAIN, ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, nodeArgs, {
      cwd: options.cwd ?? process.cwd(),
      env: { ...process.env, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      let stderr = Buffer.concat(err).toString('utf8');
      let maxRssKb: number | undefined;
      const m = /\n@@maxrss=(\d+)\n/.exec(stderr);
      if (m !== null) {
        maxRssKb = Number(m[1]);
        stderr = stderr.replace(m[0], '');
      }
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr,
        ...(maxRssKb === undefined ? {} : { maxRssKb }),
      });
    });
    child.stdin.end(options.stdin ?? '');
  });
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'pengaduan-cli-test-'));
}

/** `n` generated complaints `{ id, history }` (deterministic), as NDJSON text. */
export function complaintsNdjson(n: number, seed = 7): string {
  const random = prng(seed);
  let text = '';
  for (let i = 0; i < n; i++)
    text += `${JSON.stringify({ id: `C-${i}`, history: generateHistory(random).history })}\n`;
  return text;
}

export function write(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
