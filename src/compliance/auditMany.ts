import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import { complianceText } from '../i18n/errorMessages/compliance.js';
import type { Policy } from '../rules/types.js';
import { auditHistory, checkAuditArguments } from './auditHistory.js';
import type { AuditManyOptions, AuditResult } from './types.js';

function isIterable(value: unknown): value is Iterable<unknown> | AsyncIterable<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    (typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function' ||
      typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function')
  );
}

/**
 * Audits a stream of histories one at a time and yields one result per input, in order. The stream
 * is pulled only as fast as results are read, and nothing is kept between histories, so memory stays
 * flat however many histories there are (a LAPOR! export of millions, read line by line). A bad
 * history yields a result with findings (`unauditable_history`, `invalid_event`, …), never ends the
 * stream; feed the results to `createAggregator` for the indicators.
 *
 * @param inputs - histories or `AuditInput` objects, as a sync or async iterable (an array, a generator, a stream)
 * @param policy - the policy, as for `auditHistory`
 * @param options - as for `auditHistory`
 * @returns an async iterable of results
 * @throws InvalidArgumentError when `inputs` is not iterable, PolicyError / InvalidDateError / InvalidArgumentError
 *   for bad arguments (on the first read); an error thrown by the input stream itself is passed on
 * @example
 * ```ts
 * import { uu25Policy } from 'pengaduan';
 * import { auditMany, createAggregator } from 'pengaduan/compliance';
 *
 * const histories = [
 *   [{ type: 'complaint.submitted', at: '2025-03-03T09:00:00+07:00', actor: { role: 'complainant' }, data: {} }],
 *   'not a history',
 * ];
 * const aggregator = createAggregator();
 * const kinds = [];
 * for await (const result of auditMany(histories, uu25Policy, { asOf: '2025-03-03T12:00:00+07:00' })) {
 *   aggregator.add(result);
 *   kinds.push(result.findings.map((f) => f.kind));
 * }
 * kinds; //=> [[], ['unauditable_history']]
 * aggregator.toJSON().total.audited; //=> 2
 * ```
 */
export async function* auditMany(
  inputs: AsyncIterable<unknown> | Iterable<unknown>,
  policy: Policy,
  options: AuditManyOptions,
): AsyncGenerator<AuditResult, void, undefined> {
  if (!isIterable(inputs)) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'inputs',
      value: inputs,
      expected: complianceText('iterable_expected'),
    });
  }
  checkAuditArguments(policy, options);
  for await (const input of inputs) {
    yield auditHistory(input, policy, options);
  }
}
