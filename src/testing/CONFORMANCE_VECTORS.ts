import { deepFreeze } from '../_lib/deepFreeze.js';
import type { ConformanceVector } from './types.js';
import ombudsmanRecommendationReport from './vectors/ombudsman-recommendation-report.json';
import sp4nFollowupOverIdulAdha from './vectors/sp4n-followup-over-idul-adha.json';
import sp4nForwardingOverLebaran from './vectors/sp4n-forwarding-over-lebaran.json';
import tieredInformationRequest from './vectors/tiered-information-request.json';
import uu25DeemedWithdrawalTooEarly from './vectors/uu25-deemed-withdrawal-too-early.json';
import uu25DeemedWithdrawn from './vectors/uu25-deemed-withdrawn.json';
import uu25HandledOnTime from './vectors/uu25-handled-on-time.json';
import uu25LateDecision from './vectors/uu25-late-decision.json';
import uu25LateNotification from './vectors/uu25-late-notification.json';
import uu25LateResponse from './vectors/uu25-late-response.json';
import uu25MissingReceipt from './vectors/uu25-missing-receipt.json';
import uu25RoleNotPermitted from './vectors/uu25-role-not-permitted.json';

/**
 * The conformance vectors shipped with the package, as data. The same files are published as JSON
 * (`pengaduan/vectors/<id>.json`, with `pengaduan/vectors/conformance-vector.schema.json`) for test
 * suites in PHP, Java, Go or Python. Each vector's `reasoning` says how its expectation was worked out
 * by hand from the law and the official calendar; none was produced by running this library.
 *
 * @example
 * ```ts
 * import { CONFORMANCE_VECTORS } from 'pengaduan/testing';
 * CONFORMANCE_VECTORS.find((v) => v.id === 'sp4n-forwarding-over-lebaran')?.expected.clocks[0]?.dueDate;
 * //=> '2025-04-10'
 * ```
 */
export const CONFORMANCE_VECTORS: readonly ConformanceVector[] = /* @__PURE__ */ deepFreeze(
  [
    ombudsmanRecommendationReport,
    sp4nFollowupOverIdulAdha,
    sp4nForwardingOverLebaran,
    tieredInformationRequest,
    uu25DeemedWithdrawalTooEarly,
    uu25DeemedWithdrawn,
    uu25HandledOnTime,
    uu25LateDecision,
    uu25LateNotification,
    uu25LateResponse,
    uu25MissingReceipt,
    uu25RoleNotPermitted,
  ].map(({ $schema: _schema, ...vector }) => vector as unknown as ConformanceVector),
);
