#!/usr/bin/env node
/**
 * The `pengaduan` command (package.json `bin`). Not imported by any library entry: importing
 * `pengaduan`, `pengaduan/schema` or `pengaduan/machine` never loads it.
 */
import { runCli } from './runCli.js';

const code = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  cwd: process.cwd(),
}).catch((error: unknown) => {
  // A defect, not a user error: say so plainly and keep the stack for the bug report.
  process.stderr.write(
    `pengaduan: galat internal / internal error, mohon laporkan / please report:\n${error instanceof Error ? error.stack : String(error)}\n`,
  );
  return 70;
});
// Let stdout drain before exiting (a pipe to `head` or a file); exitCode instead of exit().
process.exitCode = code;
