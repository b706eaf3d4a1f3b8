/**
 * One scheduler worker of the PostgreSQL scale test (run.ts starts four). It reads the test's clock
 * from the `scale_clock` table (the parent moves it forward in stages), claims due complaints with
 * `FOR UPDATE SKIP LOCKED` and a lease, ticks them, and prints its counts as JSON when told to stop.
 */
import { Portal } from '../../src/Portal.js';
import { Scheduler } from '../../src/Scheduler.js';
import { PostgresStore } from '../../src/store/PostgresStore.js';

const url = process.env.DATABASE_URL ?? '';
const name = process.env.WORKER_NAME ?? `worker-${process.pid}`;
const store = await PostgresStore.connect(url, { max: 3 });
let now = new Date(0);
const portal = new Portal(store, { now: () => now });
let ticked = 0;
let busyMs = 0;
const scheduler = new Scheduler(portal, {
  owner: name,
  batch: 25,
  leaseMs: 30_000,
  onTicked: () => void ticked++,
});

for (;;) {
  const { rows } = await store.pool.query('SELECT now_ms, done FROM scale_clock');
  if (rows[0]?.done === true) break;
  now = new Date(Number(rows[0]?.now_ms ?? 0));
  const started = performance.now();
  const claimed = await scheduler.runOnce();
  if (claimed > 0) busyMs += performance.now() - started;
  else await new Promise((resolve) => setTimeout(resolve, 25));
}
await store.close();
process.stdout.write(`${JSON.stringify({ name, ticked, busyMs, lostRaces: portal.lostRaces })}\n`);
