import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ActorRole } from 'pengaduan';
import type { Audience, ComplaintSnapshot } from 'pengaduan/machine';
import { allowedEvents } from 'pengaduan/machine';

import { authenticate, type DemoUser, INTAKE_UNIT, UNITS } from '../config.js';
import type { Locale, Portal } from '../Portal.js';
import type { ComplaintRow } from '../store/Store.js';
import { localeOf } from './locale.js';
import { openApiDocument } from './openapi.js';
import { formPage, trackPage } from './pages.js';

const AUDIENCE_OF: Readonly<Record<ActorRole, Audience>> = {
  complainant: 'complainant',
  admin_instansi: 'handler',
  // Unit accounts see what the staff of the OPD the complaint was disposed to may see.
  admin_penghubung: 'opd_staff',
  apip: 'opd_staff',
  supervisor: 'supervisor',
  system: 'handler',
};

/** The HTTP status for each refusal reason of the machine (docs/embedding.md, "Handling refused events"). */
const STATUS_OF_REASON: Readonly<Record<string, ContentfulStatusCode>> = {
  invalid_event: 422,
  reason_not_allowed: 422,
  stamped_field: 422,
  missing_id: 422,
  reserved_id: 422,
  role_not_permitted: 403,
  unit_mismatch: 403,
  system_event: 403,
};

const MESSAGES = {
  unauthorized: {
    id: 'Masuk terlebih dahulu: token tidak ada atau tidak dikenal.',
    en: 'Sign in first: missing or unknown token.',
  },
  notFound: { id: 'Pengaduan tidak ditemukan.', en: 'Complaint not found.' },
  receiptNotFound: { id: 'Nomor tanda terima tidak ditemukan.', en: 'Receipt number not found.' },
  notJson: { id: 'Isi permintaan bukan JSON yang sah.', en: 'The request body is not valid JSON.' },
  invalidComplaint: {
    id: 'Pengaduan belum lengkap atau tidak sah.',
    en: 'The complaint is incomplete or invalid.',
  },
  notYourUnit: {
    id: 'Pengaduan ini tidak didisposisikan ke unit Anda.',
    en: 'This complaint was not disposed to your unit.',
  },
  otherUnit: {
    id: 'Anda hanya dapat melihat daftar unit Anda sendiri.',
    en: 'You can only list your own unit.',
  },
  badRevision: {
    id: 'If-Match harus berisi nomor revisi, misalnya "3".',
    en: 'If-Match must hold a revision number, such as "3".',
  },
} as const;

/** Whether a unit account may see this complaint: it was disposed to its unit at some point. */
function mayView(user: DemoUser, snapshot: ComplaintSnapshot): boolean {
  const unitId = user.actor.unitId;
  if (unitId === undefined) return true;
  return snapshot.context.history.some(
    (event) => event.type === 'complaint.dispositioned' && event.data.unitId === unitId,
  );
}

/** `If-Match: "3"` (or 3, or W/"3") → 3; undefined when absent; null when malformed. */
function revisionFrom(ifMatch: string | undefined): number | undefined | null {
  if (ifMatch === undefined) return undefined;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(ifMatch.trim());
  return match === null ? null : Number(match[1]);
}

/**
 * The portal's HTTP API and pages on Hono. `app.fetch` is a standard `(Request) => Response`, so the
 * tests call `app.request(...)` in-process, and @hono/node-server serves it in `main.ts`.
 */
export function createApp(portal: Portal, options: { readonly clientScript: () => Promise<string> }): Hono {
  const app = new Hono();

  const fail = (
    locale: Locale,
    status: ContentfulStatusCode,
    code: string,
    message: { id: string; en: string },
    extra: Record<string, unknown> = {},
  ) =>
    new Response(JSON.stringify({ error: { code, message: message[locale], ...extra } }), {
      status,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });

  const localeFor = (c: {
    req: { header(name: string): string | undefined; query(name: string): string | undefined };
  }) => localeOf(c.req.header('accept-language'), c.req.query('lang'));

  const withRevision = (row: ComplaintRow, body: unknown, status: ContentfulStatusCode = 200) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json; charset=utf-8', etag: `"${row.revision}"` },
    });

  // ── Public pages ──────────────────────────────────────────────────────────────────────────────
  app.get('/', (c) => c.html(formPage()));
  app.get('/lacak', async (c) => {
    const number = c.req.query('nomor')?.trim();
    if (number === undefined || number === '') return c.html(trackPage({ kind: 'ask' }));
    const row = await portal.store.getByReceipt(number);
    if (row === undefined) return c.html(trackPage({ kind: 'not_found', number }), 404);
    return c.html(trackPage({ kind: 'found', number, view: portal.view(row, 'public') }));
  });
  app.get('/assets/form.js', async (c) => {
    c.header('content-type', 'text/javascript; charset=utf-8');
    c.header('cache-control', 'no-cache');
    return c.body(await options.clientScript());
  });

  // ── Public API ────────────────────────────────────────────────────────────────────────────────
  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));

  app.post('/api/complaints', async (c) => {
    const locale = localeFor(c);
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return fail(locale, 400, 'invalid_json', MESSAGES.notJson);
    }
    const outcome = await portal.submit(body, locale);
    if (!outcome.ok) {
      return fail(locale, 422, 'invalid_complaint', MESSAGES.invalidComplaint, { issues: outcome.issues });
    }
    const { row } = outcome;
    const view = portal.view(row, 'public');
    return withRevision(
      row,
      {
        id: row.id,
        receiptNumber: row.receiptNumber,
        revision: row.revision,
        status: view.status,
        trackingUrl: `/lacak?nomor=${encodeURIComponent(row.receiptNumber)}`,
      },
      201,
    );
  });

  app.get('/api/track/:receiptNumber', async (c) => {
    const locale = localeFor(c);
    const row = await portal.store.getByReceipt(c.req.param('receiptNumber'));
    if (row === undefined) return fail(locale, 404, 'not_found', MESSAGES.receiptNotFound);
    return c.json({ receiptNumber: row.receiptNumber, ...portal.view(row, 'public') });
  });

  // ── Staff API (bearer token) ──────────────────────────────────────────────────────────────────
  // Every staff route is registered with `signedIn`: the role and unit come from the token, never the body.
  const staff = new Hono<{ Variables: { user: DemoUser } }>();
  const signedIn = createMiddleware<{ Variables: { user: DemoUser } }>(async (c, next) => {
    const user = authenticate(c.req.header('authorization'));
    if (user === undefined) return fail(localeFor(c), 401, 'unauthorized', MESSAGES.unauthorized);
    c.set('user', user);
    await next();
  });

  staff.get('/me', signedIn, (c) => c.json({ name: c.get('user').name, actor: c.get('user').actor }));

  staff.get('/complaints/:id', signedIn, async (c) => {
    const locale = localeFor(c);
    const user = c.get('user');
    const row = await portal.store.get(c.req.param('id'));
    if (row === undefined) return fail(locale, 404, 'not_found', MESSAGES.notFound);
    const snapshot = portal.restore(row);
    if (!mayView(user, snapshot)) return fail(locale, 403, 'forbidden', MESSAGES.notYourUnit);
    return withRevision(row, {
      revision: row.revision,
      receiptNumber: row.receiptNumber,
      allowed: allowedEvents(snapshot, user.actor.role),
      view: portal.view(row, AUDIENCE_OF[user.actor.role]),
    });
  });

  staff.post('/complaints/:id/events', signedIn, async (c) => {
    const locale = localeFor(c);
    const user = c.get('user');
    const expectedRevision = revisionFrom(c.req.header('if-match'));
    if (expectedRevision === null) return fail(locale, 400, 'invalid_revision', MESSAGES.badRevision);
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return fail(locale, 400, 'invalid_json', MESSAGES.notJson);
    }
    // The idempotency key may come as the body's `id` or as an Idempotency-Key header.
    const key = c.req.header('idempotency-key');
    if (
      key !== undefined &&
      typeof body === 'object' &&
      body !== null &&
      !Array.isArray(body) &&
      !('id' in body)
    ) {
      body = { ...body, id: key };
    }
    const row = await portal.store.get(c.req.param('id'));
    if (row === undefined) return fail(locale, 404, 'not_found', MESSAGES.notFound);
    if (!mayView(user, portal.restore(row))) return fail(locale, 403, 'forbidden', MESSAGES.notYourUnit);
    const outcome = await portal.act(row.id, body, user.actor, {
      locale,
      ...(expectedRevision === undefined ? {} : { expectedRevision }),
    });
    switch (outcome.kind) {
      case 'not_found':
        return fail(locale, 404, 'not_found', MESSAGES.notFound);
      case 'conflict':
        return fail(locale, 409, 'revision_conflict', outcome.error.text, {
          reason: 'revision_conflict',
          expectedRevision: outcome.error.details.expected,
          currentRevision: outcome.error.details.actual,
        });
      case 'refused': {
        const { details } = outcome.error;
        return fail(locale, STATUS_OF_REASON[details.reason] ?? 409, outcome.error.code, outcome.error.text, {
          reason: details.reason,
          allowed: details.allowed,
          ...(details.issues === undefined ? {} : { issues: details.issues }),
        });
      }
      case 'ok':
        return withRevision(outcome.row, {
          revision: outcome.row.revision,
          duplicate: outcome.duplicate,
          state: outcome.row.snapshot.value,
          effects: outcome.effects.map((effect) => ({
            kind: effect.kind,
            to: effect.to,
            text: effect.text[locale],
          })),
        });
    }
  });

  staff.get('/complaints/:id/deadlines', signedIn, async (c) => {
    const locale = localeFor(c);
    const user = c.get('user');
    const row = await portal.store.get(c.req.param('id'));
    if (row === undefined) return fail(locale, 404, 'not_found', MESSAGES.notFound);
    if (!mayView(user, portal.restore(row))) return fail(locale, 403, 'forbidden', MESSAGES.notYourUnit);
    return withRevision(row, portal.deadlines(row));
  });

  staff.get('/units/:unitId/due', signedIn, async (c) => {
    const locale = localeFor(c);
    const user = c.get('user');
    const unitId = c.req.param('unitId');
    if (user.actor.unitId !== undefined && user.actor.unitId !== unitId) {
      return fail(locale, 403, 'forbidden', MESSAGES.otherUnit);
    }
    const days = Math.min(365, Math.max(0, Number.parseInt(c.req.query('days') ?? '3', 10) || 0));
    const beforeMs = portal.now().getTime() + days * 86_400_000;
    const unit = UNITS.find((u) => u.id === unitId);
    return c.json({
      unitId,
      unitName: unitId === INTAKE_UNIT ? 'Admin instansi (penerimaan dan penelaahan)' : unit?.name,
      asOf: portal.now().toISOString(),
      items: await portal.due(unitId, beforeMs),
    });
  });

  app.route('/api', staff);
  return app;
}
