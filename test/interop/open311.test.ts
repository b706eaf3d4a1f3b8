import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors/InvalidArgumentError.js';
import {
  OPEN311_EXTENDED_STATUSES,
  open311ServiceDefinition,
  open311Services,
  toOpen311ExtendedStatus,
  toOpen311Request,
  toOpen311Status,
  toOpen311Xml,
} from '../../src/interop/index.js';
import { applyEvent, COMPLAINT_STATES } from '../../src/machine/index.js';
import { COMPLAINT_STATE_IDS } from '../../src/machine/states.js';
import { ARCHIVE_REASONS, CLOSE_REASONS } from '../../src/schema/HistoryEventSchema.js';
import fields from '../fixtures/open311/georeport-v2-fields.json' with { type: 'json' };
import { formalComplaint, noIdentityReport } from '../views/_complaints.js';
import { admin, day, options, policy, snapshotIn } from './_snapshots.js';
import { asXmlSees, isXmlChar, readXml, xmlToJson } from './_xml.js';

const W3C = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})$/;

function expectFields(
  value: object,
  spec: { fields: readonly string[]; required?: readonly string[] },
  extra: string[] = [],
) {
  for (const key of Object.keys(value)) expect([...spec.fields, ...extra], key).toContain(key);
  for (const key of spec.required ?? []) expect(value, key).toHaveProperty(key);
}

describe('the Open311 status of a state', () => {
  it('is a total function: closed for exactly the final states, open for every other', () => {
    for (const state of COMPLAINT_STATE_IDS) {
      expect(toOpen311Status(state), state).toBe(COMPLAINT_STATES[state].final ? 'closed' : 'open');
      expect(fields.request.status).toContain(toOpen311Status(state, { answered: 'closed' }));
    }
  });

  it('reports an answered complaint as closed only when the host chooses so', () => {
    const changed = COMPLAINT_STATE_IDS.filter(
      (s) => toOpen311Status(s) !== toOpen311Status(s, { answered: 'closed' }),
    );
    expect(changed).toEqual(['awaitingFeedback']);
  });

  it('refuses any value that is not a state with InvalidArgumentError', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (state, opts) => {
        if ((COMPLAINT_STATE_IDS as readonly unknown[]).includes(state)) return;
        expect(() => toOpen311Status(state as never, opts as never)).toThrow(InvalidArgumentError);
        expect(() => toOpen311ExtendedStatus(state as never, opts as never)).toThrow(InvalidArgumentError);
      }),
    );
  });
});

describe('the FixMyStreet extended status', () => {
  const EXTENDED = fields.request.status; // for the type only
  void EXTENDED;
  const ALL = [
    'OPEN',
    'INVESTIGATING',
    'IN_PROGRESS',
    'ACTION_SCHEDULED',
    'FIXED',
    'CLOSED',
    'DUPLICATE',
    'NOT_COUNCILS_RESPONSIBILITY',
    'NO_FURTHER_ACTION',
    'INTERNAL_REFERRAL',
    'FOR_TRIAGE',
    'CANCELLED',
    'REOPEN',
  ];

  it('is defined for every state, and agrees with open/closed on the final states', () => {
    const closedKinds = [
      'FIXED',
      'CLOSED',
      'DUPLICATE',
      'NOT_COUNCILS_RESPONSIBILITY',
      'NO_FURTHER_ACTION',
      'INTERNAL_REFERRAL',
      'CANCELLED',
    ];
    for (const state of COMPLAINT_STATE_IDS) {
      const status = toOpen311ExtendedStatus(state);
      expect(ALL).toContain(status);
      if (COMPLAINT_STATES[state].final) expect(closedKinds, state).toContain(status);
      expect(['practice', 'inferred']).toContain(OPEN311_EXTENDED_STATUSES.byState[state].source.status);
    }
  });

  it('is refined by every archive and close reason', () => {
    const at = day(1);
    for (const reason of ARCHIVE_REASONS) {
      const cause = { type: 'complaint.archived', at, actor: admin, data: { reason } } as const;
      expect(ALL).toContain(toOpen311ExtendedStatus('archived', cause));
    }
    expect(
      toOpen311ExtendedStatus('archived', {
        type: 'complaint.archived',
        at,
        actor: admin,
        data: { reason: 'duplicate' },
      }),
    ).toBe('DUPLICATE');
    for (const reason of CLOSE_REASONS) {
      const cause = { type: 'complaint.closed', at, actor: admin, data: { reason } } as const;
      expect(ALL).toContain(toOpen311ExtendedStatus('closed', cause));
    }
    // A reason from another event, or an unknown one, gives the state's own status.
    expect(
      toOpen311ExtendedStatus('closed', {
        type: 'complaint.archived',
        at,
        actor: admin,
        data: { reason: 'duplicate' },
      }),
    ).toBe('CLOSED');
    expect(
      toOpen311ExtendedStatus('archived', {
        type: 'complaint.archived',
        at,
        actor: admin,
        data: { reason: 'toString' },
      } as never),
    ).toBe('CLOSED');
  });
});

describe('GET services and the service definitions', () => {
  it('list every service with the GeoReport v2 fields only', () => {
    const services = open311Services();
    expect(services.length).toBe(6);
    for (const service of services) {
      expectFields(service, fields.service);
      expect(fields.service.type).toContain(service.type);
      const definition = open311ServiceDefinition(service.service_code);
      expectFields(definition, fields.service_definition);
      definition.attributes.forEach((attribute, i) => {
        expectFields(attribute, fields.attribute);
        expect(fields.attribute.datatype).toContain(attribute.datatype);
        expect(attribute.order).toBe(i + 1);
        expect('values' in attribute).toBe(fields.attribute.values_for.includes(attribute.datatype));
        for (const value of attribute.values ?? []) expectFields(value, fields.value);
      });
    }
  });

  it('derive the attributes from the complaint schema: required, lists and lengths', () => {
    const byCode = Object.fromEntries(
      open311ServiceDefinition('aspirasi', { locale: 'en' }).attributes.map((a) => [a.code, a]),
    );
    // service.name is required in every filing; loss only in a formal complaint.
    expect(byCode.service_name).toMatchObject({
      required: true,
      datatype: 'string',
      datatype_description: 'Text, at most 200 characters',
    });
    expect(byCode.loss_kind).toMatchObject({ required: false, datatype: 'singlevaluelist' });
    expect(byCode.loss_kind?.values?.map((v) => v.key)).toEqual(['material', 'immaterial', 'both']);
    expect(byCode.loss_description).toMatchObject({
      datatype: 'text',
      datatype_description: 'Text, at most 10000 characters',
    });
    expect(byCode.service_received_on?.datatype_description).toBe('A date, YYYY-MM-DD');
    expect(byCode.complainant_address?.description).toContain('required when the complainant');
    expect(byCode.confidentiality).toMatchObject({ datatype: 'multivaluelist' });
  });

  it('refuse an unknown service code or a bad option with InvalidArgumentError', () => {
    expect(() => open311ServiceDefinition('jalan_rusak')).toThrow(InvalidArgumentError);
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (code, opts) => {
        try {
          open311ServiceDefinition(code as never, opts as never);
          open311Services(opts as never);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidArgumentError);
        }
      }),
    );
  });
});

describe('a complaint as a GET request', () => {
  it.each(COMPLAINT_STATE_IDS.map((s) => [s]))(
    'in %s has the GeoReport v2 fields, in the unit’s zone',
    (state) => {
      const snapshot = snapshotIn(state);
      const request = toOpen311Request(snapshot, formalComplaint(), { policy, extensions: true });
      expect(request).not.toBeNull();
      if (request === null) return;
      expectFields(request, fields.request, [fields.request.extension]);
      expect(request.status).toBe(toOpen311Status(state));
      for (const key of fields.request.datetimes) {
        const value = (request as unknown as Record<string, string | undefined>)[key];
        if (value !== undefined) expect(value, key).toMatch(W3C);
        if (value !== undefined) expect(value.endsWith('+07:00'), key).toBe(true);
      }
      const history = snapshot.context.history;
      expect(request.updated_datetime).toBe(history[history.length - 1]?.at);
      expect(request.requested_datetime).toBe('2025-03-27T10:00:00+07:00');
      // A closed request has no expectation; an open one has one while a provider's clock runs.
      if (request.status === 'closed') expect(request.expected_datetime).toBeUndefined();
      expect(request.extended_attributes).toMatchObject({ pengaduan_state: state, anonim: false });
    },
  );

  it('says in status_notes what the event that caused the last change did, not what came after', () => {
    const dispositioned = snapshotIn('dispositioned');
    const replied = applyEvent(
      dispositioned,
      { type: 'admin.replied', at: day(2, '15:00:00'), actor: admin, data: { message: 'Sedang diproses.' } },
      options,
    ).snapshot;
    const request = toOpen311Request(replied, noIdentityReport(), { policy, serviceRequestId: 'ADU-9' });
    expect(request?.status_notes).toBe('Didisposisikan: Dinas PUPR');
    expect(request?.agency_responsible).toBe('Dinas PUPR');
    expect(request?.updated_datetime).toBe(day(2, '15:00:00'));
    expect(request?.service_notice).toMatch(/^Tindak lanjut .*: paling lambat \d{4}-\d{2}-\d{2}$/);
  });

  it('takes the reason from the record a transition wrote (a reply that accepts closes as accepted)', () => {
    const closed = snapshotIn('closed');
    expect(closed.context.history.slice(-2).map((e) => e.type)).toEqual([
      'complainant.replied',
      'complaint.closed',
    ]);
    const request = toOpen311Request(closed, formalComplaint(), { policy, extensions: true });
    expect(request?.status_notes).toBe('Selesai: diterima pengadu');
    expect(request?.extended_attributes?.fms_status).toBe('FIXED');
    expect(request?.updated_datetime).toBe(day(4));
  });

  it('names the reason of an archive, a close and a referral', () => {
    const archived = toOpen311Request(snapshotIn('archived'), formalComplaint(), {
      policy,
      locale: 'en',
      extensions: true,
    });
    expect(archived?.status_notes).toBe('Archived: a duplicate of another complaint');
    expect(archived?.extended_attributes?.fms_status).toBe('DUPLICATE');
    const referred = toOpen311Request(snapshotIn('referred'), formalComplaint(), { policy });
    expect(referred?.agency_responsible).toBe('BPN Kota Bandung');
    expect(referred?.status).toBe('closed');
  });

  it('takes expected_datetime from the provider’s binding clock, never the complainant’s', () => {
    const waiting = snapshotIn('awaitingCompletion');
    const request = toOpen311Request(waiting, formalComplaint(), { policy });
    const mine = waiting.context.deadlines.clocks
      .filter((c) => c.dutyOf === 'complainant')
      .map((c) => c.dueAt);
    expect(mine).not.toContain(request?.expected_datetime);
    const screening = snapshotIn('screening');
    const open = screening.context.deadlines.clocks.filter(
      (c) =>
        (c.status === 'running' || c.status === 'paused') &&
        c.dutyOf !== 'complainant' &&
        c.dueAt !== undefined,
    );
    const earliest = open.map((c) => c.dueAt as string).sort((a, b) => Date.parse(a) - Date.parse(b))[0];
    expect(toOpen311Request(screening, formalComplaint(), { policy })?.expected_datetime).toBe(earliest);
  });

  it('is null for a rahasia complaint: it is not published at all', () => {
    for (const state of COMPLAINT_STATE_IDS) {
      expect(toOpen311Request(snapshotIn(state), formalComplaint({ rahasia: true }), { policy })).toBeNull();
    }
  });

  it('needs a service_request_id and a policy, and a complaint record', () => {
    const snapshot = snapshotIn('screening');
    expect(() => toOpen311Request(snapshot, noIdentityReport(), { policy })).toThrow(InvalidArgumentError);
    expect(() => toOpen311Request(snapshot, formalComplaint(), {} as never)).toThrow(
      expect.objectContaining({ name: 'PolicyError' }),
    );
    expect(() => toOpen311Request(snapshot, { filing: 'formal' } as never, { policy })).toThrow(
      expect.objectContaining({ name: 'SchemaValidationError' }),
    );
    expect(() => toOpen311Request(null, formalComplaint(), { policy })).toThrow(
      expect.objectContaining({ name: 'SnapshotError' }),
    );
  });
});

describe('XML output', () => {
  const NASTY = `<a href="x">&amp; 'kutip' "ganda" </a> ]]> \u0000\u0001\u0008\u000B\u000C\u001F\u0085\t\n\r\uFFFE\uFFFF\uD800 ok \uD83D\uDE00`;

  /** What a string is after an XML round trip: characters XML 1.0 cannot carry become U+FFFD. */
  function survivable(text: string): string {
    let out = '';
    for (const ch of text) out += isXmlChar(ch) ? ch : '\uFFFD';
    return out;
  }

  it('escapes < > & " \' and keeps CR, and replaces characters XML 1.0 cannot carry', () => {
    const xml = toOpen311Xml('errors', [{ code: 400, description: NASTY }]);
    expect(xml).toContain(
      '&lt;a href=&quot;x&quot;&gt;&amp;amp; &apos;kutip&apos; &quot;ganda&quot; &lt;/a&gt; ]]&gt;',
    );
    expect(xml).toContain('&#13;');
    expect([...xml].filter((c) => survivable(c) !== c)).toEqual([]);
    expect(xmlToJson(readXml(xml))).toEqual([{ code: '400', description: survivable(NASTY) }]);
  });

  it('reads back as the same value for any text (fast-check, every code point)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.string({ unit: 'grapheme', maxLength: 20 }),
        (a, b) => {
          const value = [{ code: 400, description: a + b }];
          expect(xmlToJson(readXml(toOpen311Xml('errors', value)))).toEqual([
            { code: '400', description: survivable(a + b) },
          ]);
        },
      ),
    );
  });

  it('writes services, a definition and requests as GeoReport v2 documents that read back', () => {
    const services = open311Services();
    expect(xmlToJson(readXml(toOpen311Xml('services', services)))).toEqual(asXmlSees(services));
    const definition = open311ServiceDefinition('pengaduan');
    expect(xmlToJson(readXml(toOpen311Xml('service_definition', definition)))).toEqual(asXmlSees(definition));
    const requests = COMPLAINT_STATE_IDS.map((s) =>
      toOpen311Request(snapshotIn(s), formalComplaint(), { policy, extensions: true }),
    );
    expect(
      xmlToJson(
        readXml(
          toOpen311Xml(
            'service_requests',
            requests.filter((r) => r !== null),
          ),
        ),
      ),
    ).toEqual(asXmlSees(requests));
    expect(toOpen311Xml('service_requests', [])).toBe(
      '<?xml version="1.0" encoding="utf-8"?><service_requests></service_requests>',
    );
  });

  it('refuses a value it cannot write with InvalidArgumentError, for any JSON value', () => {
    expect(() => toOpen311Xml('services', {})).toThrow(InvalidArgumentError);
    expect(() => toOpen311Xml('errors', [{ 'bad name': 1 }])).toThrow(InvalidArgumentError);
    expect(() => toOpen311Xml('errors', [{ code: Number.NaN }])).toThrow(InvalidArgumentError);
    expect(() => toOpen311Xml('nope' as never, [])).toThrow(InvalidArgumentError);
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(() => toOpen311Xml('service_definition', deep)).toThrow(InvalidArgumentError);
    fc.assert(
      fc.property(
        fc.constantFrom('services', 'service_definition', 'service_requests', 'errors'),
        fc.jsonValue(),
        (root, value) => {
          try {
            expect(typeof toOpen311Xml(root as never, value)).toBe('string');
          } catch (error) {
            expect(error).toBeInstanceOf(InvalidArgumentError);
          }
        },
      ),
    );
  });
});
