import type { Policy } from '../rules/types.js';
import type { AuditManyOptions, AuditResult } from './types.js';

/**
 * Audits a stream of histories one at a time, yielding one result per input in order, with memory
 * flat in the number of histories. A bad history yields a result with findings (or `error`), never
 * ends the stream. (Implementation in progress.)
 *
 * @param inputs - histories or `AuditInput` objects, sync or async iterable
 * @param policy - the policy
 * @param options - as for `auditHistory`
 * @returns an async iterable of results
 */
export async function* auditMany(
  inputs: AsyncIterable<unknown> | Iterable<unknown>,
  policy: Policy,
  options: AuditManyOptions,
): AsyncGenerator<AuditResult, void, undefined> {
  void inputs;
  void policy;
  void options;
  yield* [];
  throw new Error('auditMany: not implemented yet');
}
