import { Worker } from 'node:worker_threads';
import type { RefusedCount, RefusedLine, WorkItem } from '../input/readWorkItems.js';
import {
  type AuditAggregates,
  type AuditSettings,
  type BatchResult,
  createAuditor,
} from './createAuditor.js';
import type { ToWorker } from './worker.js';

export interface PoolOptions {
  readonly jobs: number;
  readonly batchSize: number;
}

export interface PoolCallbacks {
  /** Called with each batch's results in input order (deterministic output whatever the threads do). */
  onBatch(result: BatchResult): void;
  /** Refused lines found while reading (before any worker). */
  onRefused(line: RefusedLine | RefusedCount): void;
}

/**
 * The worker module: the built `worker.js` beside this file; or, when the command runs from its
 * TypeScript source (tests, `npx tsx src/cli/main.ts`), `worker.ts` loaded through tsx.
 */
function startWorker(settings: AuditSettings): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./worker.js', here), { workerData: settings });
  const source = new URL('./worker.ts', here).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((t) => t.tsImport(${JSON.stringify(source)}, ${JSON.stringify(source)}))`;
  return new Worker(boot, { eval: true, workerData: settings });
}

/**
 * Groups the work items into batches of `size` (the last one may be shorter) and hands refused lines
 * to `onRefused` as they come, so both the single-thread and the worker paths read the input the same
 * way. The generator pulls the next item only when the consumer asks: back-pressure is the caller's.
 */
export async function* batchesOf(
  items: AsyncIterable<WorkItem | RefusedLine | RefusedCount>,
  size: number,
  onRefused: (line: RefusedLine | RefusedCount) => void,
): AsyncGenerator<WorkItem[]> {
  let batch: WorkItem[] = [];
  for await (const item of items) {
    if (item.k === 'refused' || item.k === 'refusedCount') {
      onRefused(item);
      continue;
    }
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Runs the audit of `items` over `jobs` worker threads (or on this thread when `jobs` is 1): batches
 * of `batchSize` items go to whichever worker is free, at most two per worker in flight, so reading
 * waits for auditing and memory stays bounded. Results are handed on in input order. At the end each
 * worker's aggregates are collected; the caller merges them.
 */
export async function runAuditPool(
  items: AsyncIterable<WorkItem | RefusedLine | RefusedCount>,
  settings: AuditSettings,
  options: PoolOptions,
  callbacks: PoolCallbacks,
): Promise<AuditAggregates[]> {
  if (options.jobs <= 1) {
    const auditor = createAuditor(settings);
    let seq = 0;
    for await (const batch of batchesOf(items, options.batchSize, callbacks.onRefused))
      callbacks.onBatch(auditor.audit(seq++, batch));
    return [auditor.aggregates()];
  }

  const workers = Array.from({ length: options.jobs }, () => startWorker(settings));
  const inFlight = new Map<Worker, number>(workers.map((w) => [w, 0]));
  const pending = new Map<number, BatchResult>();
  let nextToDeliver = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  for (const worker of workers) {
    worker.on('message', (message: { type: string; result?: BatchResult }) => {
      if (message.type !== 'result' || message.result === undefined) return;
      inFlight.set(worker, inFlight.get(worker)! - 1);
      pending.set(message.result.seq, message.result);
      while (pending.has(nextToDeliver)) {
        const result = pending.get(nextToDeliver)!;
        pending.delete(nextToDeliver);
        nextToDeliver++;
        callbacks.onBatch(result);
      }
      notify();
    });
    worker.on('error', (error) => {
      failure = error;
      notify();
    });
  }
  const freeWorker = async (): Promise<Worker> => {
    for (;;) {
      if (failure !== undefined) throw failure;
      let best: Worker | undefined;
      for (const [worker, count] of inFlight)
        if (count < 2 && (best === undefined || count < inFlight.get(best)!)) best = worker;
      if (best !== undefined) return best;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  };
  let seq = 0;
  const send = async (batch: WorkItem[]) => {
    const worker = await freeWorker();
    inFlight.set(worker, inFlight.get(worker)! + 1);
    worker.postMessage({ type: 'batch', seq: seq++, items: batch } satisfies ToWorker);
  };
  try {
    for await (const batch of batchesOf(items, options.batchSize, callbacks.onRefused)) await send(batch);
    while (nextToDeliver < seq) {
      if (failure !== undefined) throw failure;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
    return await Promise.all(
      workers.map(
        (worker) =>
          new Promise<AuditAggregates>((resolve, reject) => {
            worker.on('message', (message: { type: string; aggregates?: AuditAggregates }) => {
              if (message.type === 'aggregates') resolve(message.aggregates!);
            });
            worker.on('error', reject);
            worker.postMessage({ type: 'finish' } satisfies ToWorker);
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
