import type { ComplaintSnapshot, Effect } from 'pengaduan/machine';
import type { Complaint } from 'pengaduan/schema';

/** One complaint as the portal stores it: the host's record beside the library's snapshot. */
export interface ComplaintRow {
  readonly id: string;
  readonly receiptNumber: string;
  /** The complaint record as `safeParseComplaint` output it (identity, report, confidentiality). */
  readonly record: Complaint;
  readonly snapshot: ComplaintSnapshot;
  /** The snapshot's revision: the optimistic lock (`UPDATE … WHERE revision = ?`). */
  readonly revision: number;
}

/** An open clock of a complaint, indexed per unit for the "due or late" lists. */
export interface OpenClock {
  /** The unit that owes the duty: a disposition's `unitId`, or `intake` for the admin instansi. */
  readonly unitId: string;
  readonly clockKey: string;
  readonly title: string;
  /** Epoch milliseconds of the end of the due day, in the unit's zone. */
  readonly dueMs: number;
  readonly dueDate: string;
}

/** The derived columns written beside each snapshot, so that SQL can find work without parsing JSON. */
export interface RowIndex {
  readonly state: string;
  /** Epoch milliseconds of the next `sla.tick`; null when no clock is pending. */
  readonly wakeMs: number | null;
  readonly openClocks: readonly OpenClock[];
}

export interface NewComplaint extends ComplaintRow, RowIndex {}

/** One effect waiting in the outbox. `key` is unique: complaint, revision and position. */
export interface OutboxEntry {
  readonly key: string;
  readonly complaintId: string;
  readonly effect: Effect;
}

/** One line of a unit's "due or late" list. */
export interface DueItem {
  readonly complaintId: string;
  readonly receiptNumber: string;
  readonly state: string;
  readonly clockKey: string;
  readonly title: string;
  readonly dueDate: string;
  readonly dueMs: number;
}

/**
 * What the portal needs from a database. Two implementations: `SqliteStore` (one file, one process)
 * and `PostgresStore` (many app processes and scheduler workers). Every write that changes a
 * complaint writes its outbox entries in the same transaction.
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  insert(row: NewComplaint, effects: readonly OutboxEntry[]): Promise<void>;
  get(id: string): Promise<ComplaintRow | undefined>;
  getByReceipt(receiptNumber: string): Promise<ComplaintRow | undefined>;
  /**
   * Replaces the snapshot if the stored revision is still `expectedRevision`, with its index and its
   * outbox entries, in one transaction. Returns false (and writes nothing) when someone else wrote first.
   */
  update(
    id: string,
    expectedRevision: number,
    next: { readonly snapshot: ComplaintSnapshot; readonly revision: number } & RowIndex,
    effects: readonly OutboxEntry[],
  ): Promise<boolean>;
  /**
   * Leases up to `limit` complaints whose wake-up instant is at or before `nowMs` and whose lease is
   * free or expired. Two schedulers never hold the same complaint at once.
   */
  claimDue(nowMs: number, limit: number, owner: string, leaseMs: number): Promise<string[]>;
  /** Gives a lease back (after the tick was saved, or refused); `wakeMs` reschedules the next tick. */
  release(id: string, owner: string, wakeMs?: number): Promise<void>;
  /** The open clocks of a unit due at or before `beforeMs`, earliest first. */
  listDue(unitId: string, beforeMs: number, limit: number): Promise<DueItem[]>;
  /** Leases up to `limit` undelivered outbox entries, oldest first. */
  claimOutbox(limit: number, owner: string, leaseMs: number, nowMs: number): Promise<OutboxEntry[]>;
  markDelivered(keys: readonly string[], nowMs: number): Promise<void>;
  /** How many complaints are stored. */
  count(): Promise<number>;
  close(): Promise<void>;
}
