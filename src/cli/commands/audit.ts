import type { CliContext } from '../_lib/context.js';

export async function runAudit(_args: readonly string[], _ctx: CliContext): Promise<number> {
  return 0;
}
