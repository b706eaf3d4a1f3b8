/**
 * A worker thread of `pengaduan audit`: it audits the batches the main thread posts and, when asked,
 * posts back its aggregates (plain JSON, merged on the main thread with `mergeAggregates`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkItem } from '../input/readWorkItems.js';
import { type AuditSettings, createAuditor } from './createAuditor.js';

export type ToWorker =
  | { readonly type: 'batch'; readonly seq: number; readonly items: readonly WorkItem[] }
  | { readonly type: 'finish' };

if (parentPort !== null) {
  const port = parentPort;
  const auditor = createAuditor(workerData as AuditSettings);
  port.on('message', (message: ToWorker) => {
    if (message.type === 'batch') {
      port.postMessage({ type: 'result', result: auditor.audit(message.seq, message.items) });
    } else {
      port.postMessage({ type: 'aggregates', aggregates: auditor.aggregates() });
    }
  });
}
