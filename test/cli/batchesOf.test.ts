import { describe, expect, it } from 'vitest';
import { batchesOf } from '../../src/cli/audit/runAuditPool.js';
import type { RefusedCount, RefusedLine, WorkItem } from '../../src/cli/input/readWorkItems.js';

async function* itemsOf(list: readonly (WorkItem | RefusedLine | RefusedCount)[]) {
  yield* list;
}

const raw = (line: number): WorkItem => ({ k: 'raw', line, text: `{"id":"C-${line}","history":[]}` });
const refused = (line: number): RefusedLine => ({ k: 'refused', line, reason: 'malformed_json' });

describe('batchesOf (the one batching loop of the audit, threads or not)', () => {
  it('cuts the items into batches in input order and hands refused lines on as they come', async () => {
    const input = [raw(1), refused(2), raw(3), raw(4), refused(5), raw(6), raw(7)];
    const seen: number[] = [];
    const batches: number[][] = [];
    for await (const batch of batchesOf(itemsOf(input), 2, (r) => seen.push('line' in r ? r.line : -1)))
      batches.push(batch.map((item) => (item.k === 'raw' ? item.line : -1)));
    expect(batches).toEqual([[1, 3], [4, 6], [7]]);
    expect(seen).toEqual([2, 5]);
  });

  it('gives no batch for an input of refused lines only, and none for an empty input', async () => {
    const batches: unknown[] = [];
    let refusedCount = 0;
    for await (const batch of batchesOf(itemsOf([refused(1)]), 10, () => refusedCount++)) batches.push(batch);
    for await (const batch of batchesOf(itemsOf([]), 10, () => refusedCount++)) batches.push(batch);
    expect(batches).toEqual([]);
    expect(refusedCount).toBe(1);
  });

  it('pulls the input only as fast as the consumer takes batches (back-pressure)', async () => {
    let pulled = 0;
    async function* counting() {
      for (let line = 1; line <= 100; line++) {
        pulled++;
        yield raw(line);
      }
    }
    const iterator = batchesOf(counting(), 10, () => {})[Symbol.asyncIterator]();
    await iterator.next();
    expect(pulled).toBe(10);
    await iterator.return?.(undefined);
  });
});
