import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitLines } from './splitLines.js';

/** One event of an event log, with the line it was read from. */
export interface LoggedEvent {
  readonly line: number;
  readonly complaintId: string;
  readonly event: Record<string, unknown>;
}

/** A complaint assembled from an event log: its events oldest first, and the lines they came from. */
export interface GroupedComplaint {
  readonly id: string;
  readonly history: readonly Record<string, unknown>[];
  readonly lines: readonly number[];
}

export interface GroupEventsOptions {
  /** How many events may be held in memory before spilling to disk; default 200 000. */
  readonly maxBufferedEvents?: number;
  /** Where spill files go; default the OS temp dir. */
  readonly tempDir?: string;
}

const FAN_OUT = 64;

/** FNV-1a over the id with a seed, so that a re-split of a bucket spreads its ids anew. */
function bucketOf(id: string, seed: number, buckets: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % buckets;
}

function epochOf(event: Record<string, unknown>): number {
  const at = event.at;
  const ms = typeof at === 'string' ? Date.parse(at) : Number.NaN;
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
}

/**
 * Events of one complaint, sorted by time. The sort is stable: events at the same instant keep the
 * order of their lines. An event whose `at` cannot be read sorts last and is refused later by the
 * engine with its line number.
 */
function complaintOf(id: string, events: LoggedEvent[]): GroupedComplaint {
  const ordered = events
    .map((e, i) => ({ e, i, t: epochOf(e.event) }))
    .sort((a, b) => a.t - b.t || a.i - b.i);
  return { id, history: ordered.map((o) => o.e.event), lines: ordered.map((o) => o.e.line) };
}

/** Writes records to a set of bucket files, buffered per bucket, with synchronous writes. */
class Spill {
  readonly files: string[];
  readonly counts: number[];
  private readonly fds: number[];
  private readonly buffers: string[];

  constructor(dir: string, prefix: string, buckets: number) {
    this.files = Array.from({ length: buckets }, (_, b) => join(dir, `${prefix}-${b}.ndjson`));
    this.fds = this.files.map((f) => openSync(f, 'w'));
    this.buffers = this.files.map(() => '');
    this.counts = this.files.map(() => 0);
  }

  add(bucket: number, event: LoggedEvent): void {
    this.buffers[bucket] += `${JSON.stringify([event.line, event.complaintId, event.event])}\n`;
    this.counts[bucket]!++;
    if (this.buffers[bucket]!.length > 65_536) this.flush(bucket);
  }

  private flush(bucket: number): void {
    writeSync(this.fds[bucket]!, this.buffers[bucket]!);
    this.buffers[bucket] = '';
  }

  close(): void {
    this.fds.forEach((fd, b) => {
      this.flush(b);
      closeSync(fd);
    });
  }
}

async function* readSpill(file: string): AsyncIterable<LoggedEvent> {
  for await (const item of splitLines(createReadStream(file, { highWaterMark: 1 << 20 }))) {
    if (!('text' in item)) continue;
    const [line, complaintId, event] = JSON.parse(item.text) as [number, string, Record<string, unknown>];
    yield { line, complaintId, event };
  }
}

/**
 * Groups an event log by complaint id, whatever the order of its lines, in bounded memory.
 *
 * Up to `maxBufferedEvents` events are grouped in memory. Past that, every event is written to one of
 * 64 bucket files on disk chosen by a hash of its complaint id, so that all events of one complaint
 * land in the same bucket; each bucket is then read back and grouped on its own. A bucket that is
 * still larger than the budget is split again (with another hash seed) before it is read. Memory is
 * so bounded by the budget (and by the largest single complaint), not by the file; the disk holds
 * one copy of the events meanwhile, and the files are removed at the end, also on error.
 *
 * Complaints come out in no particular order: the audit does not depend on it.
 */
export async function* groupEvents(
  events: AsyncIterable<LoggedEvent>,
  options: GroupEventsOptions = {},
): AsyncIterable<GroupedComplaint> {
  const budget = options.maxBufferedEvents ?? 200_000;
  let held = new Map<string, LoggedEvent[]>();
  let count = 0;
  let dir: string | undefined;
  let spill: Spill | undefined;
  try {
    for await (const event of events) {
      if (spill !== undefined) {
        spill.add(bucketOf(event.complaintId, 0, FAN_OUT), event);
        continue;
      }
      let list = held.get(event.complaintId);
      if (list === undefined) {
        list = [];
        held.set(event.complaintId, list);
      }
      list.push(event);
      if (++count > budget) {
        dir = mkdtempSync(join(options.tempDir ?? tmpdir(), 'pengaduan-group-'));
        spill = new Spill(dir, 'b', FAN_OUT);
        for (const [id, list2] of held) for (const e of list2) spill.add(bucketOf(id, 0, FAN_OUT), e);
        held = new Map();
      }
    }
    if (spill === undefined) {
      for (const [id, list] of held) yield complaintOf(id, list);
      return;
    }
    spill.close();
    yield* drain(spill, dir!, budget, 1);
  } finally {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  }
}

async function* drain(
  spill: Spill,
  dir: string,
  budget: number,
  depth: number,
): AsyncIterable<GroupedComplaint> {
  for (let b = 0; b < spill.files.length; b++) {
    const file = spill.files[b]!;
    if (spill.counts[b]! > budget && depth < 4) {
      const sub = new Spill(dir, `${file.slice(dir.length + 1, -'.ndjson'.length)}.${depth}`, FAN_OUT);
      for await (const event of readSpill(file)) sub.add(bucketOf(event.complaintId, depth, FAN_OUT), event);
      sub.close();
      rmSync(file, { force: true });
      yield* drain(sub, dir, budget, depth + 1);
      continue;
    }
    const groups = new Map<string, LoggedEvent[]>();
    for await (const event of readSpill(file)) {
      let list = groups.get(event.complaintId);
      if (list === undefined) {
        list = [];
        groups.set(event.complaintId, list);
      }
      list.push(event);
    }
    rmSync(file, { force: true });
    for (const [id, list] of groups) yield complaintOf(id, list);
  }
}
