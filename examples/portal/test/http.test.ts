import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { replayHistory } from 'pengaduan/machine';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PORTAL_POLICY } from '../src/config.js';
import { createApp } from '../src/http/app.js';
import { OutboxWorker } from '../src/OutboxWorker.js';
import { Portal } from '../src/Portal.js';
import { Scheduler } from '../src/Scheduler.js';
import { demoComplaint } from '../src/seed.js';
import { SqliteStore } from '../src/store/SqliteStore.js';

/** Answers are JSON read loosely: each test asserts the fields it is about. */
// biome-ignore lint/suspicious/noExplicitAny: JSON answers of the API under test
type Loose = any;

let dir: string;
let store: SqliteStore;
let clock: Date;
let portal: Portal;
let app: ReturnType<typeof createApp>;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'portal-test-'));
  store = new SqliteStore(join(dir, 'portal.db'));
  clock = new Date('2025-03-27T02:00:00Z'); // Thursday 27 March 2025, 09:00 WIB
  portal = new Portal(store, { now: () => clock });
  app = createApp(portal, { clientScript: async () => '' });
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
const as = (token: string, headers: Record<string, string> = {}) => ({
  authorization: `Bearer ${token}`,
  ...headers,
});

async function file(overrides: Parameters<typeof demoComplaint>[0] = {}) {
  const response = await app.request('/api/complaints', json(demoComplaint(overrides)));
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; receiptNumber: string; revision: number };
}

/** Sends an action as a client does: with a fresh idempotency key unless the body brings its own. */
async function send(id: string, token: string, input: object, headers: Record<string, string> = {}) {
  const body = 'id' in input ? input : { id: randomUUID(), ...input };
  const response = await app.request(`/api/complaints/${id}/events`, json(body, as(token, headers)));
  return {
    status: response.status,
    etag: response.headers.get('etag'),
    body: (await response.json()) as Loose,
  };
}

async function history(id: string) {
  const row = await store.get(id);
  return row?.snapshot.context.history ?? [];
}

describe('filing a complaint', () => {
  it('files a valid complaint, receipts it at once and stamps the server instant and the web channel', async () => {
    const created = await file();
    expect(created.receiptNumber).toMatch(/^ADU-20250327-[0-9A-F]{10}$/);
    const row = await store.get(created.id);
    expect(row?.record.channel).toBe('web');
    expect(row?.record.submission.at).toBe('2025-03-27T02:00:00.000Z');
    expect(row?.snapshot.value).toBe('screening');
    expect(store.outboxOf(created.id).map((e) => e.effect.kind)).toEqual(['issue_receipt', 'send_receipt']);
  });

  it('answers an invalid complaint with 422 and the issues in Bahasa Indonesia, or in English when asked', async () => {
    const body = { ...demoComplaint(), complainant: { address: 'Jl. Merdeka 1' } };
    const id = await app.request('/api/complaints', json(body));
    expect(id.status).toBe(422);
    const idBody = (await id.json()) as Loose;
    expect(idBody.error.message).toBe('Pengaduan belum lengkap atau tidak sah.');
    const nameIssue = idBody.error.issues.find((i: Loose) => i.path.join('.') === 'complainant.name');
    expect(nameIssue.code).toBe('required');

    const en = await app.request('/api/complaints', json(body, { 'accept-language': 'en-US,en;q=0.9' }));
    const enBody = (await en.json()) as Loose;
    expect(enBody.error.message).toBe('The complaint is incomplete or invalid.');
    const enIssue = enBody.error.issues.find((i: Loose) => i.path.join('.') === 'complainant.name');
    expect(enIssue.message).not.toBe(nameIssue.message);
    expect(await store.count()).toBe(0);
  });

  it('answers a body that is not JSON with 400', async () => {
    const response = await app.request('/api/complaints', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"filing":',
    });
    expect(response.status).toBe(400);
  });
});

describe('the public view', () => {
  it('shows an anonim complaint by its receipt number with its status and service, without identity', async () => {
    const created = await file({ name: 'Rahmat Hidayat', anonim: true });
    const response = await app.request(`/api/track/${created.receiptNumber}`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toContain('Rahmat');
    expect(text).not.toContain('0812');
    const view = JSON.parse(text);
    expect(view.audience).toBe('public');
    expect(view.status.label.id).toBe('Penelaahan');
    expect(view.report.service.name).toBe('Penerbitan KTP-el');

    const page = await (await app.request(`/lacak?nomor=${created.receiptNumber}`)).text();
    expect(page).toContain('Status: Penelaahan');
    expect(page).not.toContain('Rahmat');
  });

  it('withholds a rahasia complaint from the public: neither report nor status', async () => {
    const created = await file({ name: 'Rahmat Hidayat', anonim: true, rahasia: true });
    const text = await (await app.request(`/api/track/${created.receiptNumber}`)).text();
    const view = JSON.parse(text);
    expect(view.withheld).toBe(true);
    expect(view.report).toBeUndefined();
    expect(view.status).toBeUndefined();
    expect(text).not.toContain('KTP-el belum terbit');
    const page = await (await app.request(`/lacak?nomor=${created.receiptNumber}`)).text();
    expect(page).toContain('dirahasiakan');
    expect(page).not.toContain('Rahmat');
    expect(page).not.toContain('Penerbitan KTP-el');
  });

  it('never shows the name on the public view even without anonim, but the handler sees it', async () => {
    const created = await file({ name: 'Siti Rahmawati' });
    expect(await (await app.request(`/api/track/${created.receiptNumber}`)).text()).not.toContain('Siti');
    const staff = await app.request(`/api/complaints/${created.id}`, { headers: as('demo-admin') });
    expect(((await staff.json()) as Loose).view.complainant.name).toBe('Siti Rahmawati');
  });

  it('answers an unknown receipt number with 404', async () => {
    expect((await app.request('/api/track/ADU-00000000-0000000000')).status).toBe(404);
    expect((await app.request('/lacak?nomor=ADU-X')).status).toBe(404);
  });
});

describe('clerk and unit actions through the untrusted-input boundary', () => {
  it('requires a known token', async () => {
    const created = await file();
    expect((await send(created.id, 'nobody', { type: 'file.declared_complete', data: {} })).status).toBe(401);
    const unauthenticated = await app.request(`/api/complaints/${created.id}`);
    expect(unauthenticated.status).toBe(401);
  });

  it('refuses a body that tries to set the instant or the actor, and stamps both itself', async () => {
    const created = await file();
    clock = new Date('2025-03-28T03:00:00Z');
    const forged = await send(created.id, 'demo-admin', {
      type: 'file.declared_complete',
      at: '2020-01-01T00:00:00Z',
      actor: { role: 'supervisor', id: 'someone-else' },
      data: {},
    });
    expect(forged.status).toBe(422);
    expect(forged.body.error.reason).toBe('stamped_field');
    expect((await history(created.id)).map((e) => e.type)).toEqual([
      'complaint.submitted',
      'complaint.received',
    ]);

    const honest = await send(created.id, 'demo-admin', { type: 'file.declared_complete', data: {} });
    expect(honest.status).toBe(200);
    const last = (await history(created.id)).at(-1);
    expect(last?.at).toBe('2025-03-28T03:00:00.000Z');
    expect(last?.actor).toEqual({ role: 'admin_instansi', id: 'admin-1' });
  });

  it('requires an idempotency key, from the body or the Idempotency-Key header', async () => {
    const created = await file();
    const response = await app.request(
      `/api/complaints/${created.id}/events`,
      json({ type: 'file.declared_complete', data: {} }, as('demo-admin')),
    );
    expect(response.status).toBe(422);
    expect(((await response.json()) as Loose).error.reason).toBe('missing_id');
    const withHeader = await app.request(
      `/api/complaints/${created.id}/events`,
      json({ type: 'file.declared_complete', data: {} }, as('demo-admin', { 'idempotency-key': 'hdr-1' })),
    );
    expect(withHeader.status).toBe(200);
    expect((await history(created.id)).at(-1)?.id).toBe('hdr-1');
  });

  it('refuses a timer event from a request body', async () => {
    const created = await file();
    await send(created.id, 'demo-admin', {
      type: 'file.declared_incomplete',
      data: { missing: ['Fotokopi KTP'] },
    });
    const forged = await send(created.id, 'demo-admin', { type: 'sla.tick', data: {} });
    expect(forged.status).toBe(403);
    expect(forged.body.error.reason).toBe('system_event');
    const breach = await send(created.id, 'demo-admin', {
      type: 'sla.breach_recorded',
      data: { clockKey: 'uu25.response' },
    });
    expect(breach.status).toBe(403);
    expect((await store.get(created.id))?.snapshot.value).toBe('awaitingCompletion');
  });

  it('refuses an action the role may not take with 403 and the allowed events', async () => {
    const created = await file();
    const refused = await send(created.id, 'demo-atasan', { type: 'file.declared_complete', data: {} });
    expect(refused.status).toBe(403);
    expect(refused.body.error.reason).toBe('role_not_permitted');
    expect(refused.body.error.message).toContain('ditolak');
  });

  it('refuses an invalid event body with 422 and localized issues', async () => {
    const created = await file();
    const refused = await send(
      created.id,
      'demo-admin',
      { type: 'file.declared_incomplete', data: { missing: [] } },
      { 'accept-language': 'en' },
    );
    expect(refused.status).toBe(422);
    expect(refused.body.error.issues.length).toBeGreaterThan(0);
  });

  it('refuses a stale write with 409 and says so in Bahasa Indonesia', async () => {
    const created = await file();
    const first = await send(
      created.id,
      'demo-admin',
      { type: 'file.declared_complete', data: {} },
      { 'if-match': `"${created.revision}"` },
    );
    expect(first.status).toBe(200);
    expect(first.etag).toBe(`"${first.body.revision}"`);
    expect(first.body.revision).toBeGreaterThan(created.revision);
    const stale = await send(
      created.id,
      'demo-admin',
      { type: 'complaint.dispositioned', data: { unitId: 'dinas-pupr', unitKind: 'opd' } },
      { 'if-match': `"${created.revision}"` },
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('revision_conflict');
    expect(stale.body.error.message).toContain('diubah pihak lain');
    expect(stale.body.error.currentRevision).toBe(first.body.revision);
    expect((await store.get(created.id))?.snapshot.value).toBe('fileComplete');
  });

  it('loses no update when another write lands between a read and its save', async () => {
    const created = await file();
    await send(created.id, 'demo-admin', { type: 'file.declared_complete', data: {} });
    // A store whose next update is preceded by another clerk's write on the same complaint.
    const update = store.update.bind(store);
    let interleave = true;
    store.update = async (...args) => {
      if (interleave) {
        interleave = false;
        const other = await portal.act(
          created.id,
          { id: 'other-1', type: 'complaint.escalated', data: { to: 'atasan' } },
          { role: 'admin_instansi', id: 'admin-2' },
          { locale: 'id' },
        );
        expect(other.kind).toBe('ok');
      }
      return update(...args);
    };
    const racing = portal.lostRaces;
    const mine = await send(created.id, 'demo-admin', {
      id: 'mine-1',
      type: 'complaint.dispositioned',
      data: { unitId: 'dinas-pupr', unitKind: 'opd' },
    });
    expect(mine.status).toBe(200);
    expect(portal.lostRaces).toBe(racing + 1);
    const ids = (await history(created.id)).map((e) => e.id);
    expect(ids).toContain('other-1');
    expect(ids).toContain('mine-1');

    // With If-Match the same race is a 409 instead of a silent retry.
    interleave = true;
    const row = await store.get(created.id);
    store.update = async (...args) => {
      if (interleave) {
        interleave = false;
        await portal.act(
          created.id,
          { id: 'other-2', type: 'complaint.escalated', data: { to: 'ombudsman' } },
          { role: 'admin_instansi', id: 'admin-2' },
          { locale: 'id' },
        );
      }
      return update(...args);
    };
    const stale = await send(
      created.id,
      'demo-pupr',
      { id: 'mine-2', type: 'followup.posted', data: { unitId: 'dinas-pupr', summary: 'Selesai.' } },
      { 'if-match': `"${row?.revision}"` },
    );
    expect(stale.status).toBe(409);
    expect((await history(created.id)).map((e) => e.id)).not.toContain('mine-2');
  });

  it('answers a retry with the same event id as a duplicate and writes no second effect', async () => {
    const created = await file();
    const body = { id: 'req-7f3a', type: 'file.declared_complete', data: {} };
    const first = await send(created.id, 'demo-admin', body);
    const outboxAfterFirst = store.outboxOf(created.id).length;
    const retry = await send(created.id, 'demo-admin', body);
    expect(first.body.duplicate).toBe(false);
    expect(retry.status).toBe(200);
    expect(retry.body.duplicate).toBe(true);
    expect(retry.body.revision).toBe(first.body.revision);
    expect(store.outboxOf(created.id).length).toBe(outboxAfterFirst);
    expect((await history(created.id)).filter((e) => e.id === 'req-7f3a')).toHaveLength(1);
  });

  it('lets a unit see and act only on complaints disposed to it', async () => {
    const created = await file();
    await send(created.id, 'demo-admin', { type: 'file.declared_complete', data: {} });
    await send(created.id, 'demo-admin', {
      type: 'complaint.dispositioned',
      data: { unitId: 'dinas-pupr', unitKind: 'opd' },
    });
    expect(
      (await app.request(`/api/complaints/${created.id}`, { headers: as('demo-dukcapil') })).status,
    ).toBe(403);
    const own = await app.request(`/api/complaints/${created.id}`, { headers: as('demo-pupr') });
    expect(own.status).toBe(200);
    expect(((await own.json()) as Loose).allowed).toContain('followup.posted');
    const posted = await send(created.id, 'demo-pupr', {
      type: 'followup.posted',
      data: { unitId: 'dinas-pupr', summary: 'Jalan sudah diperbaiki.' },
    });
    expect(posted.status).toBe(200);
    expect(posted.body.state).toBe('awaitingFeedback');
  });
});

describe('deadlines and due lists', () => {
  it("lists a unit's follow-up as due, then late, and keeps other units out", async () => {
    const created = await file();
    await send(created.id, 'demo-admin', { type: 'file.declared_complete', data: {} });
    await send(created.id, 'demo-admin', {
      type: 'complaint.dispositioned',
      data: { unitId: 'dinas-pupr', unitKind: 'opd' },
    });
    // 5 hari kerja from Thursday 27 March 2025 skips Nyepi, Idul Fitri and cuti bersama: due 14 April.
    const due = await app.request('/api/units/dinas-pupr/due?days=30', { headers: as('demo-pupr') });
    const items = ((await due.json()) as Loose).items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ complaintId: created.id, dueDate: '2025-04-14', late: false });
    clock = new Date('2025-04-15T02:00:00Z');
    const late = (
      (await (await app.request('/api/units/dinas-pupr/due', { headers: as('demo-pupr') })).json()) as Loose
    ).items;
    expect(late[0]).toMatchObject({ complaintId: created.id, late: true });
    expect((await app.request('/api/units/dinas-pupr/due', { headers: as('demo-dukcapil') })).status).toBe(
      403,
    );
  });

  it("reports a complaint's deadlines as of now", async () => {
    const created = await file();
    const response = await app.request(`/api/complaints/${created.id}/deadlines`, {
      headers: as('demo-admin'),
    });
    const report = (await response.json()) as Loose;
    expect(report.asOf).toBe('2025-03-27T02:00:00.000Z');
    const keys = report.clocks.map((c: Loose) => c.key);
    expect(keys).toContain('uu25.response');
    expect(report.binding).toBeDefined();
  });
});

describe('the scheduler and the outbox', () => {
  it('records a missed limit once, dated when it fell due, even when two schedulers run', async () => {
    const created = await file();
    await send(created.id, 'demo-admin', { type: 'file.declared_complete', data: {} });
    await send(created.id, 'demo-admin', {
      type: 'complaint.dispositioned',
      data: { unitId: 'dinas-pupr', unitKind: 'opd' },
    });
    clock = new Date('2025-05-20T01:00:00Z'); // the portal was down for weeks
    const a = new Scheduler(portal, { owner: 'a' });
    const b = new Scheduler(portal, { owner: 'b' });
    // a holds the lease: b finds nothing to claim while it is held.
    expect(await store.claimDue(clock.getTime(), 10, 'a', 60_000)).toEqual([created.id]);
    expect(await b.runOnce()).toBe(0);
    await store.release(created.id, 'a');
    expect(await a.drain()).toBe(1);
    expect(await b.drain()).toBe(0);
    const breaches = (await history(created.id)).filter((e) => e.type === 'sla.breach_recorded');
    expect(breaches.map((e) => [e.data, e.at])).toContainEqual([
      { clockKey: 'sp4n.followup@dinas-pupr' },
      '2025-04-15T00:00:00.000+07:00',
    ]);
    const notices = store.outboxOf(created.id).filter((e) => e.effect.kind === 'send_breach_notice');
    expect(new Set(notices.map((n) => JSON.stringify(n.effect.deadlines.map((d) => d.key)))).size).toBe(
      notices.length,
    );

    // A second tick later changes nothing.
    clock = new Date('2025-05-21T01:00:00Z');
    const before = (await store.get(created.id))?.revision;
    await portal.tick(created.id, clock);
    expect((await store.get(created.id))?.revision).toBe(before);
  });

  it('catches up after downtime: an incomplete file lapses on the day the law says, not when the tick came', async () => {
    const created = await file();
    clock = new Date('2025-04-02T02:00:00Z');
    // The 30 days of Pasal 44 ayat (4) run from the complainant's receipt of the response: here handed over at the counter.
    await send(created.id, 'demo-admin', {
      type: 'file.declared_incomplete',
      data: { missing: ['KTP'], receivedByComplainantAt: '2025-04-02T09:00:00+07:00' },
    });
    clock = new Date('2025-06-30T00:00:00Z');
    await new Scheduler(portal, { owner: 'catch-up' }).drain();
    const row = await store.get(created.id);
    expect(row?.snapshot.value).toBe('withdrawn');
    const withdrawn = row?.snapshot.context.history.find((e) => e.type === 'complaint.withdrawn');
    // Due 2 May 2025 (30 days from 2 April); deemed withdrawn from the first instant of 3 May, WIB.
    expect(withdrawn?.at).toBe('2025-05-03T00:00:00.000+07:00');
    const replayed = replayHistory(row!.snapshot.context.history, { policy: PORTAL_POLICY });
    expect(replayed.value).toBe(row?.snapshot.value);
  });

  it('delivers each outbox entry once', async () => {
    await file();
    const delivered: string[] = [];
    const worker = new OutboxWorker(store, {
      owner: 'w',
      deliver: async (entry) => void delivered.push(entry.key),
    });
    expect(await worker.runOnce()).toBe(2);
    expect(await worker.runOnce()).toBe(0);
    expect(new Set(delivered).size).toBe(2);
  });
});

describe('documents and pages', () => {
  it('publishes an OpenAPI document generated from the library schemas', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as Loose;
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/complaints/{id}/events');
    expect(doc.components.schemas.Complaint.oneOf ?? doc.components.schemas.Complaint.anyOf).toBeDefined();
    const actionTypes = doc.components.schemas.Action.oneOf.map((s: Loose) => s.properties.type.const);
    expect(actionTypes).toContain('complaint.dispositioned');
    expect(actionTypes).not.toContain('sla.breach_recorded');
    expect(actionTypes).not.toContain('complaint.submitted');
  });

  it('labels every field of the public form and explains anonim and rahasia', async () => {
    const page = await (await app.request('/')).text();
    const ids = [...page.matchAll(/<(?:input|select|textarea)[^>]*\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids)
      expect(page).toMatch(new RegExp(`<label[^>]*for="${id}"|<label class="check"><input[^>]*id="${id}"`));
    const paths = [...page.matchAll(/data-path="([^"]+)"/g)].map((m) => m[1]);
    expect(paths).toContain('complainant.name');
    expect(paths).toContain('confidentiality.anonim');
    expect(paths.filter((p) => !/^[a-z][A-Za-z.]+$/.test(p ?? ''))).toEqual([]);
    expect(page).toContain('Anonim');
    expect(page).toContain('Rahasia');
    expect(page).toContain('lang="id"');
  });
});
