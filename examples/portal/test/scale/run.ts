/**
 * The PostgreSQL scale test of the reference portal (scripts/ci/portal-postgres.sh runs it in CI):
 * 4 scheduler worker processes and concurrent clerk writes over 10 000 complaints whose timers fall
 * due. It checks that every due tick is applied exactly once, that no clerk write is lost, that no
 * effect is written twice, and that the final state of every complaint equals a replay of its
 * history. Without DATABASE_URL it says it skipped and exits 0.
 *
 * Environment: DATABASE_URL, SCALE_COMPLAINTS (default 10000), SCALE_WORKERS (default 4).
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { applyEvent, replayHistory, restoreSnapshot } from 'pengaduan/machine';
import { DEMO_USERS, PORTAL_POLICY } from '../../src/config.js';
import { Portal } from '../../src/Portal.js';
import { demoComplaint } from '../../src/seed.js';
import { PostgresStore } from '../../src/store/PostgresStore.js';

const url = process.env.DATABASE_URL;
if (url === undefined || url === '') {
  console.log(
    'SKIPPED: the PostgreSQL scale test needs DATABASE_URL (scripts/ci/portal-postgres.sh starts a server).',
  );
  process.exit(0);
}
const COMPLAINTS = Number(process.env.SCALE_COMPLAINTS ?? 10_000);
const WORKERS = Number(process.env.SCALE_WORKERS ?? 4);
const DAY = 86_400_000;
const T0 = Date.parse('2025-06-02T02:00:00Z'); // Monday 2 June 2025, 09:00 WIB
// The clock moves in stages; at each one timers of every complaint fall due (reminders, breaches, lapses).
const STAGES = [T0 + 6 * DAY, T0 + 75 * DAY];

const failures: string[] = [];
function check(condition: boolean, message: string) {
  if (!condition) failures.push(message);
}

// ── A fresh schema ────────────────────────────────────────────────────────────────────────────────
{
  const pg = (await import('pg')).default;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query('DROP TABLE IF EXISTS outbox, open_clocks, complaints, scale_clock');
  await admin.end();
}
const store = await PostgresStore.connect(url, { max: 8 });
await store.pool.query(
  'CREATE TABLE scale_clock (now_ms BIGINT NOT NULL, done BOOLEAN NOT NULL DEFAULT false)',
);
await store.pool.query('INSERT INTO scale_clock (now_ms) VALUES ($1)', [T0]);

// ── 10 000 complaints, filed at T0 ───────────────────────────────────────────────────────────────
// One complaint goes through the real use case; the others are copies of its snapshot and record
// under their own ids (the history is the same for all, so is the snapshot), inserted in bulk.
let clock = new Date(T0);
const portal = new Portal(store, { now: () => clock });
const filedAt = performance.now();
const template = await portal.submit(demoComplaint(), 'id');
if (!template.ok) throw new Error('template complaint invalid');
const templateWake = await wakeOf(template.row.id);
const ids: string[] = [template.row.id];
for (let start = 1; start < COMPLAINTS; start += 1000) {
  const batch = Array.from({ length: Math.min(1000, COMPLAINTS - start) }, () => randomUUID());
  ids.push(...batch);
  await store.pool.query(
    `INSERT INTO complaints (id, receipt_number, record, snapshot, revision, state, wake_ms)
     SELECT id, 'ADU-SCALE-' || id, $2::jsonb, $3::jsonb, $4, $5, $6 FROM unnest($1::text[]) AS id`,
    [
      batch,
      JSON.stringify(template.row.record),
      JSON.stringify(template.row.snapshot),
      template.row.revision,
      template.row.snapshot.value,
      templateWake,
    ],
  );
}
async function wakeOf(id: string): Promise<number | null> {
  const { rows } = await store.pool.query('SELECT wake_ms FROM complaints WHERE id = $1', [id]);
  return rows[0]?.wake_ms === null ? null : Number(rows[0]?.wake_ms);
}
const initialRevision = template.row.revision;
console.log(`filed ${COMPLAINTS} complaints in ${Math.round(performance.now() - filedAt)} ms`);

// ── Four scheduler workers ───────────────────────────────────────────────────────────────────────
const workerFile = fileURLToPath(new URL('./worker.ts', import.meta.url));
const workers = Array.from({ length: WORKERS }, (_, n) => {
  const child = spawn(process.execPath, ['--import', 'tsx', workerFile], {
    env: { ...process.env, WORKER_NAME: `w${n + 1}` },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
  });
  return new Promise<{ name: string; ticked: number; busyMs: number; lostRaces: number }>(
    (resolve, reject) => {
      child.on('exit', (code) =>
        code === 0
          ? resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '{}'))
          : reject(new Error(`worker exited ${code}`)),
      );
    },
  );
});

// ── Concurrent clerk writes, through the untrusted-input boundary ────────────────────────────────
const admin = DEMO_USERS.find((u) => u.token === 'demo-admin')?.actor;
const pupr = DEMO_USERS.find((u) => u.token === 'demo-pupr')?.actor;
if (admin === undefined || pupr === undefined) throw new Error('demo users missing');
const acknowledged: { complaintId: string; eventId: string }[] = [];
let conflicts = 0;
let duplicates = 0;
let refused = 0;
let clerkWrites = 0;

async function clerk(worker: number, stageEnd: number) {
  for (let n = worker; n < ids.length; n += 8) {
    if (n % 5 !== 0) continue; // every fifth complaint gets a clerk
    if (Date.now() > stageEnd) return;
    const id = ids[n] as string;
    const row = await store.get(id);
    if (row === undefined) continue;
    const state = row.snapshot.value;
    const [actor, body] =
      state === 'screening'
        ? n % 2 === 0
          ? [admin, { type: 'file.declared_complete', data: {} }]
          : [
              admin,
              {
                type: 'file.declared_incomplete',
                // Handed over at the counter: the Pasal 44 ayat (4) count runs from now.
                data: { missing: ['Fotokopi KTP'], receivedByComplainantAt: clock.toISOString() },
              },
            ]
        : state === 'fileComplete'
          ? [admin, { type: 'complaint.dispositioned', data: { unitId: 'dinas-pupr', unitKind: 'opd' } }]
          : state === 'dispositioned' && n % 3 === 0
            ? [
                pupr,
                {
                  type: 'followup.posted',
                  data: { unitId: 'dinas-pupr', summary: 'Sudah ditindaklanjuti.' },
                },
              ]
            : [undefined, undefined];
    if (actor === undefined || body === undefined) continue;
    const eventId = `clerk-${randomUUID()}`;
    // Half the writes say which revision they read (a stale one is refused, 409); half let the portal retry.
    const expectedRevision = n % 2 === 0 ? row.revision : undefined;
    const outcome = await portal.act(id, { ...body, id: eventId }, actor, {
      locale: 'id',
      ...(expectedRevision === undefined ? {} : { expectedRevision }),
    });
    clerkWrites++;
    if (outcome.kind === 'conflict') conflicts++;
    else if (outcome.kind === 'refused') refused++;
    else if (outcome.kind === 'ok') {
      acknowledged.push({ complaintId: id, eventId });
      // Every tenth acknowledged write is sent again, as a client retry would: answered as a duplicate.
      if (acknowledged.length % 10 === 0) {
        const again = await portal.act(id, { ...body, id: eventId }, actor, { locale: 'id' });
        if (again.kind === 'ok' && again.duplicate) duplicates++;
        else failures.push(`retry of ${eventId} was not a duplicate: ${again.kind}`);
      }
    }
  }
}

async function pending(nowMs: number): Promise<number> {
  const { rows } = await store.pool.query(
    'SELECT count(*) AS n FROM complaints WHERE wake_ms <= $1 OR lease_owner IS NOT NULL',
    [nowMs],
  );
  return Number(rows[0]?.n);
}

const started = performance.now();
for (const [stage, at] of STAGES.entries()) {
  clock = new Date(at);
  await store.pool.query('UPDATE scale_clock SET now_ms = $1', [at]);
  // The clerks write while the workers tick, during the first stages (for at most 20 s per stage).
  if (stage < 2) await Promise.all(Array.from({ length: 8 }, (_, w) => clerk(w, Date.now() + 20_000)));
  let left = await pending(at);
  while (left > 0) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    left = await pending(at);
  }
  console.log(
    `stage ${stage + 1}: clock ${new Date(at).toISOString()}, nothing due, ${Math.round(performance.now() - started)} ms`,
  );
}
await store.pool.query('UPDATE scale_clock SET done = true');
const results = await Promise.all(workers);
const elapsedS = (performance.now() - started) / 1000;

// ── Checks ───────────────────────────────────────────────────────────────────────────────────────
const finalClock = STAGES.at(-1) as number;
const ticks = results.reduce((sum, r) => sum + r.ticked, 0);
const clerkBumps = acknowledged.length; // duplicates do not change the revision
let revisionBumps = 0;
const acknowledgedBy = new Map<string, string[]>();
for (const a of acknowledged)
  acknowledgedBy.set(a.complaintId, [...(acknowledgedBy.get(a.complaintId) ?? []), a.eventId]);

for (let start = 0; start < ids.length; start += 500) {
  const { rows } = await store.pool.query(
    'SELECT id, snapshot, revision, wake_ms FROM complaints WHERE id = ANY($1::text[])',
    [ids.slice(start, start + 500)],
  );
  const { rows: effects } = await store.pool.query(
    'SELECT complaint_id, key, effect FROM outbox WHERE complaint_id = ANY($1::text[])',
    [ids.slice(start, start + 500)],
  );
  const effectsOf = new Map<string, { kind: string; keys: string[] }[]>();
  for (const e of effects) {
    const list = effectsOf.get(e.complaint_id) ?? [];
    list.push({ kind: e.effect.kind, keys: e.effect.deadlines.map((d: { key: string }) => d.key) });
    effectsOf.set(e.complaint_id, list);
  }
  for (const row of rows) {
    const id = String(row.id);
    const snapshot = restoreSnapshot(row.snapshot, { policy: PORTAL_POLICY });
    revisionBumps += Number(row.revision) - initialRevision;
    check(row.wake_ms === null || Number(row.wake_ms) > finalClock, `${id}: a timer still due`);
    // Equal to a replay of its history.
    const replayed = replayHistory(snapshot.context.history, { policy: PORTAL_POLICY });
    check(replayed.value === snapshot.value, `${id}: state ${snapshot.value}, replay ${replayed.value}`);
    check(
      isDeepStrictEqual(replayed.context.history, snapshot.context.history),
      `${id}: replay changed the history`,
    );
    // A tick now finds nothing more to do: every due tick was applied.
    const again = applyEvent(
      snapshot,
      { type: 'sla.tick', at: new Date(finalClock).toISOString() },
      { policy: PORTAL_POLICY },
    );
    check(again.snapshot.revision === snapshot.revision, `${id}: a tick at the end still changed something`);
    // Each breach recorded once, and one breach notice per breach.
    const breaches = snapshot.context.history.filter((e) => e.type === 'sla.breach_recorded');
    const keys = breaches.map((e) => (e.data as { clockKey: string }).clockKey);
    check(new Set(keys).size === keys.length, `${id}: a breach recorded twice (${keys.join(', ')})`);
    const notices = (effectsOf.get(id) ?? []).filter((e) => e.kind === 'send_breach_notice');
    check(
      notices.length === breaches.length,
      `${id}: ${breaches.length} breaches but ${notices.length} notices`,
    );
    const reminders = (effectsOf.get(id) ?? [])
      .filter((e) => e.kind === 'send_reminder')
      .map((e) => e.keys.join('+'));
    check(new Set(reminders).size === reminders.length, `${id}: a reminder sent twice`);
    const withdrawals = snapshot.context.history.filter((e) => e.type === 'complaint.withdrawn').length;
    check(withdrawals <= 1, `${id}: withdrawn ${withdrawals} times`);
    // No lost update: every acknowledged clerk write is in the history, once.
    for (const eventId of acknowledgedBy.get(id) ?? []) {
      const found = snapshot.context.history.filter((e) => e.id === eventId).length;
      check(found === 1, `${id}: acknowledged write ${eventId} found ${found} times`);
    }
  }
}
// Every revision bump is one acknowledged clerk write or one tick that changed something: no tick
// was applied twice (a second application would be a bump without a tick counted, or a duplicate record).
check(
  revisionBumps === ticks + clerkBumps,
  `revision bumps ${revisionBumps} ≠ ticks ${ticks} + clerk writes ${clerkBumps}`,
);
const { rows: outboxDupes } = await store.pool.query(
  'SELECT count(*) - count(DISTINCT key) AS n FROM outbox',
);
check(Number(outboxDupes[0]?.n) === 0, 'duplicate outbox keys');
await store.close();

console.log(
  JSON.stringify(
    {
      complaints: COMPLAINTS,
      workers: results,
      ticks,
      clerkWrites,
      acknowledged: acknowledged.length,
      conflicts,
      clerkLostRaces: portal.lostRaces,
      refused,
      duplicates,
      elapsedSeconds: Math.round(elapsedS * 10) / 10,
      ticksPerSecondPerWorker: results.map((r) => Math.round((r.ticked / (r.busyMs / 1000)) * 10) / 10),
    },
    null,
    2,
  ),
);
if (failures.length > 0) {
  console.error(`FAILED: ${failures.length} problem(s); first ones:\n${failures.slice(0, 20).join('\n')}`);
  process.exit(1);
}
console.log(
  'PASSED: every due tick applied once, no lost update, no duplicate effect, every complaint equals its replay.',
);
