import { describe, expect, it } from 'vitest';
import { AUDIENCE_RULES, projectComplaint } from '../../src/views/index.js';
import { ev, wib } from '../machine/_fixtures.js';
import { formalComplaint, IDENTITY, noIdentityReport } from './_complaints.js';

const history = [
  ev('complaint.submitted', wib('2025-03-27'), { role: 'complainant', id: IDENTITY.email }, {}),
  ev('complaint.received', wib('2025-03-27', '10:00:00'), { role: 'admin_instansi', id: 'petugas-7' }, {}),
  ev(
    'complainant.replied',
    wib('2025-03-28'),
    { role: 'complainant', id: IDENTITY.email },
    {
      kind: 'comment',
      message: `Saya ${IDENTITY.name}, hubungi 0812 3456 7890`,
    },
  ),
  ev(
    'followup.posted',
    wib('2025-04-03'),
    { role: 'admin_penghubung', unitId: 'dukcapil' },
    {
      unitId: 'dukcapil',
      summary: `KTP-el Ibu ${IDENTITY.name} sudah dicetak`,
    },
  ),
];

describe('projectComplaint', () => {
  it('shows an anonim complaint to the party complained about without the complainant’s identity', () => {
    const view = projectComplaint({ complaint: formalComplaint({ anonim: true }), history }, 'terlapor');
    expect(view.complainant).toEqual({ kind: 'individual' });
    expect(view.representative).toBeUndefined();
    expect(view.attachments).toBeUndefined();
    expect(view.report?.service.name).toBe('Penerbitan KTP-el');
    expect(view.report?.location?.address).toBe('[identitas disamarkan]');
    expect(view.timeline.find((e) => e.type === 'followup.posted')?.text).toBe(
      'KTP-el Ibu [identitas disamarkan] sudah dicetak',
    );
  });

  it('withholds a rahasia complaint from the public entirely, but not from the party that must answer it', () => {
    const complaint = formalComplaint({ rahasia: true });
    const pub = projectComplaint({ complaint, history, status: { state: 'screening' } }, 'public');
    expect(pub).toEqual({
      audience: 'public',
      confidentiality: { anonim: false, rahasia: true, identityConfidential: false },
      withheld: true,
      timeline: [],
    });
    const terlapor = projectComplaint({ complaint, history }, 'terlapor');
    expect(terlapor.withheld).toBe(false);
    expect(terlapor.report?.requestedRemedy).toBe('KTP-el diterbitkan.');
    expect(terlapor.complainant?.name).toBe(IDENTITY.name);
  });

  it('keeps the identity confidential under Pasal 42(5) like anonim, for the terlapor and the supervisor', () => {
    const complaint = formalComplaint({ identityConfidential: true });
    expect(projectComplaint({ complaint }, 'terlapor').complainant?.name).toBeUndefined();
    expect(projectComplaint({ complaint }, 'supervisor').complainant?.name).toBeUndefined();
    expect(projectComplaint({ complaint }, 'handler').complainant?.name).toBe(IDENTITY.name);
  });

  it('never shows the public a name unless asked to, and then only when it is not hidden', () => {
    const complaint = formalComplaint();
    expect(projectComplaint({ complaint }, 'public').complainant).toEqual({ kind: 'individual' });
    const named = projectComplaint({ complaint }, 'public', { publicIdentity: 'name_unless_hidden' });
    expect(named.complainant).toEqual({ kind: 'individual', name: IDENTITY.name });
    const anonim = projectComplaint({ complaint: formalComplaint({ anonim: true }) }, 'public', {
      publicIdentity: 'name_unless_hidden',
    });
    expect(anonim.complainant).toEqual({ kind: 'individual' });
  });

  it('gives the public a milestone timeline without messages, actor ids or internal records', () => {
    const view = projectComplaint({ complaint: formalComplaint(), history }, 'public');
    expect(view.timeline.map((e) => e.type)).toEqual([
      'complaint.submitted',
      'complaint.received',
      'followup.posted',
    ]);
    expect(view.timeline.every((e) => e.actorId === undefined && e.data === undefined)).toBe(true);
  });

  it('shows the complainant everything about her own complaint, and the handler the actor ids too', () => {
    const own = projectComplaint({ complaint: formalComplaint({ anonim: true }), history }, 'complainant');
    expect(own.complainant).toMatchObject({
      name: IDENTITY.name,
      nik: IDENTITY.nik,
      phone: IDENTITY.phoneE164,
    });
    expect(own.timeline.find((e) => e.type === 'complainant.replied')?.data?.message).toContain(
      IDENTITY.name,
    );
    expect(own.timeline.some((e) => e.actorId !== undefined)).toBe(false);
    const handler = projectComplaint({ complaint: formalComplaint({ anonim: true }), history }, 'handler');
    expect(handler.timeline[1]?.actorId).toBe('petugas-7');
    expect(handler.signature).toEqual({ kind: 'electronic', reference: IDENTITY.signature });
  });

  it('shows the supervisor the handling and the name, but no contact details, even inside messages', () => {
    const view = projectComplaint({ complaint: formalComplaint(), history }, 'supervisor');
    expect(view.complainant).toEqual({ kind: 'individual', name: IDENTITY.name });
    expect(view.representative).toEqual({ name: IDENTITY.repName });
    const message = view.timeline.find((e) => e.type === 'complainant.replied')?.data?.message;
    expect(message).toBe(`Saya ${IDENTITY.name}, hubungi [identitas disamarkan]`);
    expect(view.timeline[0]?.actorId).toBe('[identitas disamarkan]');
  });

  it('never passes the contact of a report without identity to the public, the terlapor or the supervisor', () => {
    for (const audience of ['public', 'terlapor', 'supervisor'] as const) {
      const json = JSON.stringify(projectComplaint({ complaint: noIdentityReport() }, audience));
      expect(json).not.toContain(IDENTITY.phoneE164);
      expect(json).not.toContain(IDENTITY.email);
    }
    expect(projectComplaint({ complaint: noIdentityReport() }, 'handler').complainant).toEqual({
      phone: IDENTITY.phoneE164,
      email: IDENTITY.email,
    });
  });

  it('lists the deadlines by audience: open ones for the complainant, all for handlers, none for the public', () => {
    const deadlines = {
      asOf: wib('2025-04-01'),
      zone: 'Asia/Jakarta',
      policyId: 'x',
      calendar: { id: 'id-national', dataVersion: 'v' },
      provisional: false,
      eventsConsidered: 2,
      clocks: [
        { key: 'a', status: 'running', dueDate: '2025-04-10' },
        { key: 'b', status: 'met', dueDate: '2025-03-28' },
      ].map((c) => ({
        ...c,
        ruleId: c.key,
        title: { id: c.key, en: c.key },
        cycle: 1,
        run: 1,
        unit: 'calendar_days' as const,
        limit: 14,
        paused: [],
        warning: false,
        provisional: false,
        onLapse: { kind: 'breach' as const },
        source: { instrument: 'UU 25/2009', article: 'Pasal 44 ayat (3)', status: 'verified' as const },
      })),
    } as Parameters<typeof projectComplaint>[0]['deadlines'];
    const complaint = formalComplaint();
    expect(projectComplaint({ complaint, deadlines }, 'complainant').deadlines?.map((d) => d.key)).toEqual([
      'a',
    ]);
    expect(projectComplaint({ complaint, deadlines }, 'handler').deadlines?.map((d) => d.key)).toEqual([
      'a',
      'b',
    ]);
    expect(projectComplaint({ complaint, deadlines }, 'public').deadlines).toBeUndefined();
  });

  it('does not modify its input and returns a frozen view', () => {
    const complaint = formalComplaint({ anonim: true });
    const copy = structuredClone(complaint);
    const view = projectComplaint({ complaint, history }, 'terlapor');
    expect(complaint).toEqual(copy);
    expect(Object.isFrozen(view)).toBe(true);
    expect(Object.isFrozen(view.report)).toBe(true);
  });

  it('documents every audience with a source', () => {
    expect(Object.keys(AUDIENCE_RULES).sort()).toEqual([
      'complainant',
      'handler',
      'opd_staff',
      'public',
      'supervisor',
      'terlapor',
    ]);
    for (const rules of Object.values(AUDIENCE_RULES))
      expect(rules.source.instrument.length).toBeGreaterThan(0);
  });
});
