import sqlite from 'node-sqlite3-wasm';
import type { ComplaintSnapshot } from 'pengaduan/machine';
import type { Complaint } from 'pengaduan/schema';
import type {
  ComplaintRow,
  DueItem,
  NewComplaint,
  OpenClock,
  OutboxEntry,
  RowIndex,
  Store,
} from './Store.js';
import { tablesSql } from './tables.js';

type SqlRow = Record<string, unknown>;

function toRow(row: SqlRow): ComplaintRow {
  return {
    id: String(row.id),
    receiptNumber: String(row.receipt_number),
    record: JSON.parse(String(row.record)) as Complaint,
    snapshot: JSON.parse(String(row.snapshot)) as ComplaintSnapshot,
    revision: Number(row.revision),
  };
}

/**
 * The portal's store on one SQLite file, through SQLite compiled to WebAssembly (node-sqlite3-wasm):
 * no native build and no binary download at install. One process owns the file; its calls are
 * synchronous, so a transaction never interleaves with another request of the same process.
 */
export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly #db: sqlite.Database;

  constructor(path: string) {
    this.#db = new sqlite.Database(path);
    this.#db.exec(tablesSql('sqlite'));
  }

  #transaction<T>(work: () => T): T {
    this.#db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      this.#db.exec('COMMIT');
      return result;
    } catch (error) {
      this.#db.exec('ROLLBACK');
      throw error;
    }
  }

  #writeIndex(id: string, clocks: readonly OpenClock[]): void {
    this.#db.run('DELETE FROM open_clocks WHERE complaint_id = ?', [id]);
    for (const clock of clocks) {
      this.#db.run(
        'INSERT OR REPLACE INTO open_clocks (complaint_id, unit_id, clock_key, title, due_ms, due_date) VALUES (?, ?, ?, ?, ?, ?)',
        [id, clock.unitId, clock.clockKey, clock.title, clock.dueMs, clock.dueDate],
      );
    }
  }

  #writeOutbox(effects: readonly OutboxEntry[]): void {
    for (const entry of effects) {
      this.#db.run('INSERT INTO outbox (key, complaint_id, effect) VALUES (?, ?, ?)', [
        entry.key,
        entry.complaintId,
        JSON.stringify(entry.effect),
      ]);
    }
  }

  async insert(row: NewComplaint, effects: readonly OutboxEntry[]): Promise<void> {
    this.#transaction(() => {
      this.#db.run(
        'INSERT INTO complaints (id, receipt_number, record, snapshot, revision, state, wake_ms) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [
          row.id,
          row.receiptNumber,
          JSON.stringify(row.record),
          JSON.stringify(row.snapshot),
          row.revision,
          row.state,
          row.wakeMs,
        ],
      );
      this.#writeIndex(row.id, row.openClocks);
      this.#writeOutbox(effects);
    });
  }

  async get(id: string): Promise<ComplaintRow | undefined> {
    const row = this.#db.get('SELECT * FROM complaints WHERE id = ?', [id]);
    return row === null ? undefined : toRow(row);
  }

  async getByReceipt(receiptNumber: string): Promise<ComplaintRow | undefined> {
    const row = this.#db.get('SELECT * FROM complaints WHERE receipt_number = ?', [receiptNumber]);
    return row === null ? undefined : toRow(row);
  }

  async update(
    id: string,
    expectedRevision: number,
    next: { readonly snapshot: ComplaintSnapshot; readonly revision: number } & RowIndex,
    effects: readonly OutboxEntry[],
  ): Promise<boolean> {
    return this.#transaction(() => {
      const { changes } = this.#db.run(
        'UPDATE complaints SET snapshot = ?, revision = ?, state = ?, wake_ms = ? WHERE id = ? AND revision = ?',
        [JSON.stringify(next.snapshot), next.revision, next.state, next.wakeMs, id, expectedRevision],
      );
      if (changes !== 1) return false;
      this.#writeIndex(id, next.openClocks);
      this.#writeOutbox(effects);
      return true;
    });
  }

  async claimDue(nowMs: number, limit: number, owner: string, leaseMs: number): Promise<string[]> {
    const rows = this.#db.all(
      `UPDATE complaints SET lease_owner = ?, lease_until = ?
       WHERE id IN (
         SELECT id FROM complaints
         WHERE wake_ms IS NOT NULL AND wake_ms <= ? AND (lease_until IS NULL OR lease_until < ?)
         ORDER BY wake_ms LIMIT ?
       )
       RETURNING id`,
      [owner, nowMs + leaseMs, nowMs, nowMs, limit],
    );
    return rows.map((row) => String(row.id));
  }

  async release(id: string, owner: string, wakeMs?: number): Promise<void> {
    this.#db.run(
      'UPDATE complaints SET lease_owner = NULL, lease_until = NULL, wake_ms = coalesce(?, wake_ms) WHERE id = ? AND lease_owner = ?',
      [wakeMs ?? null, id, owner],
    );
  }

  async listDue(unitId: string, beforeMs: number, limit: number): Promise<DueItem[]> {
    const rows = this.#db.all(
      `SELECT c.id, c.receipt_number, c.state, o.clock_key, o.title, o.due_date, o.due_ms
       FROM open_clocks o JOIN complaints c ON c.id = o.complaint_id
       WHERE o.unit_id = ? AND o.due_ms <= ? ORDER BY o.due_ms, c.id LIMIT ?`,
      [unitId, beforeMs, limit],
    );
    return rows.map((row) => ({
      complaintId: String(row.id),
      receiptNumber: String(row.receipt_number),
      state: String(row.state),
      clockKey: String(row.clock_key),
      title: String(row.title),
      dueDate: String(row.due_date),
      dueMs: Number(row.due_ms),
    }));
  }

  async claimOutbox(limit: number, owner: string, leaseMs: number, nowMs: number): Promise<OutboxEntry[]> {
    const rows = this.#db.all(
      `UPDATE outbox SET lease_owner = ?, lease_until = ?
       WHERE seq IN (
         SELECT seq FROM outbox
         WHERE delivered_ms IS NULL AND (lease_until IS NULL OR lease_until < ?)
         ORDER BY seq LIMIT ?
       )
       RETURNING key, complaint_id, effect, seq`,
      [owner, nowMs + leaseMs, nowMs, limit],
    );
    return rows
      .sort((a, b) => Number(a.seq) - Number(b.seq))
      .map((row) => ({
        key: String(row.key),
        complaintId: String(row.complaint_id),
        effect: JSON.parse(String(row.effect)),
      }));
  }

  async markDelivered(keys: readonly string[], nowMs: number): Promise<void> {
    this.#transaction(() => {
      for (const key of keys) {
        this.#db.run(
          'UPDATE outbox SET delivered_ms = ?, lease_owner = NULL, lease_until = NULL WHERE key = ?',
          [nowMs, key],
        );
      }
    });
  }

  /** Rows for tests and the scale check: every outbox entry of a complaint, in order. */
  outboxOf(complaintId: string): OutboxEntry[] {
    return this.#db
      .all('SELECT key, complaint_id, effect FROM outbox WHERE complaint_id = ? ORDER BY seq', [complaintId])
      .map((row) => ({
        key: String(row.key),
        complaintId: String(row.complaint_id),
        effect: JSON.parse(String(row.effect)),
      }));
  }

  async count(): Promise<number> {
    return Number(this.#db.get('SELECT count(*) AS n FROM complaints')?.n ?? 0);
  }

  async close(): Promise<void> {
    if (this.#db.isOpen) this.#db.close();
  }
}
