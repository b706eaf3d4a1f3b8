/**
 * The portal's tables, for both stores. The dialects differ only in three column types: JSON
 * (TEXT in SQLite, JSONB in PostgreSQL), epoch milliseconds (SQLite's INTEGER is 64-bit already) and
 * the outbox's sequence.
 */
export function tablesSql(dialect: 'sqlite' | 'postgres'): string {
  const json = dialect === 'postgres' ? 'JSONB' : 'TEXT';
  const ms = dialect === 'postgres' ? 'BIGINT' : 'INTEGER';
  const seq = dialect === 'postgres' ? 'BIGSERIAL PRIMARY KEY' : 'INTEGER PRIMARY KEY AUTOINCREMENT';
  return `
CREATE TABLE IF NOT EXISTS complaints (
  id TEXT PRIMARY KEY,
  receipt_number TEXT NOT NULL UNIQUE,
  record ${json} NOT NULL,
  snapshot ${json} NOT NULL,
  revision INTEGER NOT NULL,
  state TEXT NOT NULL,
  wake_ms ${ms},
  lease_owner TEXT,
  lease_until ${ms}
);
CREATE INDEX IF NOT EXISTS complaints_wake ON complaints (wake_ms) WHERE wake_ms IS NOT NULL;
CREATE TABLE IF NOT EXISTS open_clocks (
  complaint_id TEXT NOT NULL REFERENCES complaints (id),
  unit_id TEXT NOT NULL,
  clock_key TEXT NOT NULL,
  title TEXT NOT NULL,
  due_ms ${ms} NOT NULL,
  due_date TEXT NOT NULL,
  PRIMARY KEY (complaint_id, unit_id, clock_key)
);
CREATE INDEX IF NOT EXISTS open_clocks_unit ON open_clocks (unit_id, due_ms);
CREATE TABLE IF NOT EXISTS outbox (
  seq ${seq},
  key TEXT NOT NULL UNIQUE,
  complaint_id TEXT NOT NULL REFERENCES complaints (id),
  effect ${json} NOT NULL,
  delivered_ms ${ms},
  lease_owner TEXT,
  lease_until ${ms}
);
CREATE INDEX IF NOT EXISTS outbox_pending ON outbox (seq) WHERE delivered_ms IS NULL;
`;
}
