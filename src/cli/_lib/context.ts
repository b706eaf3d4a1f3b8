import type { Locale, LocalizedText } from './library.js';

/** Where a command reads and writes; the real process in `main.ts`, the same shape in tests. */
export interface CliContext {
  readonly lang: Locale;
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  /** Whether stdout / stderr are terminals: the summary format and progress depend on it. */
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** The working directory relative paths are read from. */
  readonly cwd: string;
}

/** The text in the user's language. */
export function say(ctx: { readonly lang: Locale }, text: LocalizedText): string {
  return text[ctx.lang];
}

/** Exit codes, documented in docs/cli.md. */
export const EXIT = {
  ok: 0,
  /** `audit`: findings at or above `--fail-on`. */
  findings: 1,
  /** Unusable input or options. */
  usage: 2,
} as const;
