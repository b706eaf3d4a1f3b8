/**
 * `npm run portal`: the reference portal on one SQLite file (examples/portal/.data/portal.db), or on
 * PostgreSQL when DATABASE_URL is set. Seeds demo complaints on first start, then serves the API and
 * the public pages, runs the scheduler and delivers the outbox (to the log).
 *
 * Environment: PORT (default 3000), PORTAL_DB (SQLite file), DATABASE_URL (PostgreSQL),
 * PORTAL_RESET=1 (start from an empty database).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { DEMO_USERS } from './config.js';
import { createApp } from './http/app.js';
import { clientBundle } from './http/clientBundle.js';
import { OutboxWorker } from './OutboxWorker.js';
import { Portal } from './Portal.js';
import { Scheduler } from './Scheduler.js';
import { seedDemo } from './seed.js';
import { PostgresStore } from './store/PostgresStore.js';
import { SqliteStore } from './store/SqliteStore.js';
import type { Store } from './store/Store.js';

const port = Number(process.env.PORT ?? 3000);
const owner = `portal-${process.pid}`;

async function openStore(): Promise<Store> {
  const url = process.env.DATABASE_URL;
  if (url !== undefined && url !== '') return PostgresStore.connect(url);
  const file = process.env.PORTAL_DB ?? fileURLToPath(new URL('../.data/portal.db', import.meta.url));
  if (process.env.PORTAL_RESET === '1') rmSync(file, { force: true });
  mkdirSync(dirname(file), { recursive: true });
  console.log(`SQLite: ${file}`);
  return new SqliteStore(file);
}

const store = await openStore();
const portal = new Portal(store);
if ((await store.count()) === 0) {
  const receipts = await seedDemo(store, new Date());
  console.log(`Seeded ${receipts.length} demo complaints: ${receipts.join(', ')}`);
}

const scheduler = new Scheduler(portal, { owner });
const outbox = new OutboxWorker(store, { owner });
// Catch up first: everything that fell due while the portal was down is ticked now.
console.log(`Scheduler caught up: ${await scheduler.drain()} complaint(s) ticked.`);
await outbox.runOnce(1000);

let busy = false;
const timer = setInterval(async () => {
  if (busy) return;
  busy = true;
  try {
    await scheduler.drain();
    await outbox.runOnce();
  } finally {
    busy = false;
  }
}, 5_000);

const app = createApp(portal, { clientScript: clientBundle() });
const server = serve({ fetch: app.fetch, port }, (info) => {
  const url = `http://localhost:${info.port}`;
  console.log(
    `\nPortal pengaduan: ${url}\n  formulir publik  ${url}/\n  lacak            ${url}/lacak\n  OpenAPI          ${url}/api/openapi.json\n`,
  );
  console.log('Demo users (Authorization: Bearer <token>):');
  for (const user of DEMO_USERS)
    console.log(`  ${user.token.padEnd(14)} ${user.actor.role.padEnd(17)} ${user.name}`);
  console.log(`\nExample: curl -H 'Authorization: Bearer demo-pupr' ${url}/api/units/dinas-pupr/due\n`);
});

function shutdown() {
  clearInterval(timer);
  server.close();
  void store.close().then(() => process.exit(0));
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
