import type { ComplaintSnapshot } from 'pengaduan/machine';
import type { Complaint } from 'pengaduan/schema';
import pg from 'pg';
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
    record: row.record as Complaint,
    snapshot: row.snapshot as ComplaintSnapshot,
    revision: Number(row.revision),
  };
}

/**
 * The portal's store on PostgreSQL, for many stateless app processes and scheduler workers. Writes
 * are optimistic (`UPDATE … WHERE revision = $n`); the scheduler and the outbox worker claim rows
 * with `FOR UPDATE SKIP LOCKED` and a lease column, so workers never wait on each other and a dead
 * worker's rows come back when its lease runs out.
 */
export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  readonly pool: pg.Pool;

  private constructor(pool: pg.Pool) {
    this.pool = pool;
  }

  /** Connects (`DATABASE_URL`) and creates the tables if they are missing. */
  static async connect(
    connectionString: string,
    options: { readonly max?: number } = {},
  ): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString, max: options.max ?? 10 });
    await pool.query(tablesSql('postgres'));
    return new PostgresStore(pool);
  }

  async #transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }

  async #writeIndex(client: pg.PoolClient, id: string, clocks: readonly OpenClock[]): Promise<void> {
    await client.query('DELETE FROM open_clocks WHERE complaint_id = $1', [id]);
    if (clocks.length === 0) return;
    await client.query(
      `INSERT INTO open_clocks (complaint_id, unit_id, clock_key, title, due_ms, due_date)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::bigint[], $6::text[])
       ON CONFLICT DO NOTHING`,
      [
        id,
        clocks.map((c) => c.unitId),
        clocks.map((c) => c.clockKey),
        clocks.map((c) => c.title),
        clocks.map((c) => c.dueMs),
        clocks.map((c) => c.dueDate),
      ],
    );
  }

  async #writeOutbox(client: pg.PoolClient, effects: readonly OutboxEntry[]): Promise<void> {
    if (effects.length === 0) return;
    await client.query(
      `INSERT INTO outbox (key, complaint_id, effect)
       SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[])`,
      [
        effects.map((e) => e.key),
        effects.map((e) => e.complaintId),
        effects.map((e) => JSON.stringify(e.effect)),
      ],
    );
  }

  async insert(row: NewComplaint, effects: readonly OutboxEntry[]): Promise<void> {
    await this.#transaction(async (client) => {
      await client.query(
        `INSERT INTO complaints (id, receipt_number, record, snapshot, revision, state, wake_ms)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
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
      await this.#writeIndex(client, row.id, row.openClocks);
      await this.#writeOutbox(client, effects);
    });
  }

  async get(id: string): Promise<ComplaintRow | undefined> {
    const { rows } = await this.pool.query('SELECT * FROM complaints WHERE id = $1', [id]);
    return rows[0] === undefined ? undefined : toRow(rows[0]);
  }

  async getByReceipt(receiptNumber: string): Promise<ComplaintRow | undefined> {
    const { rows } = await this.pool.query('SELECT * FROM complaints WHERE receipt_number = $1', [
      receiptNumber,
    ]);
    return rows[0] === undefined ? undefined : toRow(rows[0]);
  }

  async update(
    id: string,
    expectedRevision: number,
    next: { readonly snapshot: ComplaintSnapshot; readonly revision: number } & RowIndex,
    effects: readonly OutboxEntry[],
  ): Promise<boolean> {
    return this.#transaction(async (client) => {
      const { rowCount } = await client.query(
        'UPDATE complaints SET snapshot = $1, revision = $2, state = $3, wake_ms = $4 WHERE id = $5 AND revision = $6',
        [JSON.stringify(next.snapshot), next.revision, next.state, next.wakeMs, id, expectedRevision],
      );
      if (rowCount !== 1) return false;
      await this.#writeIndex(client, id, next.openClocks);
      await this.#writeOutbox(client, effects);
      return true;
    });
  }

  async claimDue(nowMs: number, limit: number, owner: string, leaseMs: number): Promise<string[]> {
    const { rows } = await this.pool.query(
      `UPDATE complaints SET lease_owner = $1, lease_until = $2
       WHERE id IN (
         SELECT id FROM complaints
         WHERE wake_ms <= $3 AND (lease_until IS NULL OR lease_until < $3)
         ORDER BY wake_ms LIMIT $4
         FOR UPDATE SKIP LOCKED
       )
       RETURNING id`,
      [owner, nowMs + leaseMs, nowMs, limit],
    );
    return rows.map((row) => String(row.id));
  }

  async release(id: string, owner: string, wakeMs?: number): Promise<void> {
    await this.pool.query(
      `UPDATE complaints SET lease_owner = NULL, lease_until = NULL, wake_ms = coalesce($3::bigint, wake_ms)
       WHERE id = $1 AND lease_owner = $2`,
      [id, owner, wakeMs ?? null],
    );
  }

  async listDue(unitId: string, beforeMs: number, limit: number): Promise<DueItem[]> {
    const { rows } = await this.pool.query(
      `SELECT c.id, c.receipt_number, c.state, o.clock_key, o.title, o.due_date, o.due_ms
       FROM open_clocks o JOIN complaints c ON c.id = o.complaint_id
       WHERE o.unit_id = $1 AND o.due_ms <= $2 ORDER BY o.due_ms, c.id LIMIT $3`,
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
    const { rows } = await this.pool.query(
      `UPDATE outbox SET lease_owner = $1, lease_until = $2
       WHERE seq IN (
         SELECT seq FROM outbox
         WHERE delivered_ms IS NULL AND (lease_until IS NULL OR lease_until < $3)
         ORDER BY seq LIMIT $4
         FOR UPDATE SKIP LOCKED
       )
       RETURNING key, complaint_id, effect, seq`,
      [owner, nowMs + leaseMs, nowMs, limit],
    );
    return rows
      .sort((a, b) => Number(a.seq) - Number(b.seq))
      .map((row) => ({ key: String(row.key), complaintId: String(row.complaint_id), effect: row.effect }));
  }

  async markDelivered(keys: readonly string[], nowMs: number): Promise<void> {
    if (keys.length === 0) return;
    await this.pool.query(
      'UPDATE outbox SET delivered_ms = $1, lease_owner = NULL, lease_until = NULL WHERE key = ANY($2::text[])',
      [nowMs, keys],
    );
  }

  async count(): Promise<number> {
    const { rows } = await this.pool.query('SELECT count(*) AS n FROM complaints');
    return Number(rows[0]?.n ?? 0);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
