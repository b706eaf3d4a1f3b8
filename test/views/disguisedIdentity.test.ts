import { describe, expect, it } from 'vitest';
import type { History } from '../../src/history/types.js';
import { compileSecrets } from '../../src/views/_lib/redact.js';
import { type Audience, projectComplaint } from '../../src/views/index.js';
import { formalComplaint, IDENTITY, noIdentityReport } from './_complaints.js';

// The complainant's identity as people actually type it into a reply.
const DISGUISED = [
  '0812/3456/7890',
  '0812 3456 7890',
  '0812.3456.7890',
  '(0812) 3456-7890',
  '+62 812 3456 7890',
  '０８１２－３４５６－７８９０',
  '０８１２３４５６７８９０',
  '3273/0155/0385/0001',
  '3273 0155 0385 0001',
  '３２７３０１５５０３８５０００１',
  'siti.rahmawati[at]example.id',
  'siti.rahmawati (at) example.id',
  'siti.rahmawati(at)example(dot)id',
  'siti.rahmawati ＠ example.id',
  'SITI RAHMAWATI',
  'siti rahmawati',
  'Siti  Rahmawati',
  'sItI-rAhMaWaTi',
];

function history(text: string): History {
  return [
    {
      type: 'complaint.submitted',
      at: '2025-03-27T10:00:00+07:00',
      actor: { role: 'complainant', id: 'akun-siti-77' },
      data: {},
    },
    {
      type: 'complainant.replied',
      at: '2025-03-28T10:00:00+07:00',
      actor: { role: 'complainant', id: 'akun-siti-77' },
      data: { kind: 'comment', message: `Tolong hubungi saya: ${text}. Terima kasih.` },
    },
    {
      type: 'followup.posted',
      at: '2025-03-29T10:00:00+07:00',
      actor: { role: 'admin_instansi', id: 'petugas-01', unitId: 'disdukcapil' },
      data: { unitId: 'disdukcapil', summary: `Sudah dihubungi di ${text}.` },
    },
  ] as unknown as History;
}

const HIDDEN_FROM: readonly Audience[] = ['terlapor', 'opd_staff', 'supervisor'];

describe('identity written in disguise is hidden from audiences that may not see it', () => {
  for (const text of DISGUISED) {
    it(`hides ${JSON.stringify(text)} in an anonim complaint`, () => {
      for (const audience of HIDDEN_FROM) {
        const view = projectComplaint(
          { complaint: formalComplaint({ anonim: true }), history: history(text) },
          audience,
        );
        const json = JSON.stringify(view);
        expect(json, audience).not.toContain(text);
        expect(json, audience).toContain('[identitas disamarkan]');
      }
      const handler = JSON.stringify(
        projectComplaint({ complaint: formalComplaint({ anonim: true }), history: history(text) }, 'handler'),
      );
      expect(handler).toContain(text);
    });
  }

  it('withholds a rahasia report from the public entirely', () => {
    const view = projectComplaint(
      { complaint: formalComplaint({ rahasia: true }), history: history(DISGUISED[0]!) },
      'public',
    );
    expect(view.withheld).toBe(true);
    expect(JSON.stringify(view)).not.toContain('0812');
  });

  it('hides the phone of a report without identity in any writing from the public', () => {
    const view = projectComplaint(
      { complaint: noIdentityReport(), history: history('０８１２－３４５６－７８９０ dan 0812/3456/7890') },
      'public',
    );
    expect(JSON.stringify(view)).not.toMatch(/0812|０８１２/);
  });
});

describe('what supervisors and OPD staff get of an anonim complaint', () => {
  const input = { complaint: formalComplaint({ anonim: true }), history: history('apa adanya') };

  it('gives supervisors no attachments and no account id of the complainant by default', () => {
    const view = projectComplaint(input, 'supervisor');
    expect(view.attachments).toBeUndefined();
    expect(view.timeline.map((e) => e.actorId)).toEqual([undefined, undefined, 'petugas-01']);
    expect(JSON.stringify(view)).not.toContain('akun-siti-77');
  });

  it('gives them both when the host opts in with supervisorEvidence: always', () => {
    const view = projectComplaint(input, 'supervisor', { supervisorEvidence: 'always' });
    expect(view.attachments).toHaveLength(1);
    expect(view.timeline[0]?.actorId).toBe('akun-siti-77');
    expect(view.complainant?.name).toBeUndefined();
  });

  it('gives supervisors everything of a complaint whose identity is not hidden', () => {
    const view = projectComplaint({ ...input, complaint: formalComplaint() }, 'supervisor');
    expect(view.attachments).toHaveLength(1);
    expect(view.timeline[0]?.actorId).toBe('akun-siti-77');
  });

  it('gives OPD staff the report, the dialogue and the deadlines but no identity, contact or account ids', () => {
    const view = projectComplaint(input, 'opd_staff');
    expect(view.report?.service.name).toBe('Penerbitan KTP-el');
    expect(view.timeline[1]?.data).toEqual({
      kind: 'comment',
      message: 'Tolong hubungi saya: apa adanya. Terima kasih.',
    });
    expect(view.complainant).toEqual({ kind: 'individual' });
    expect(view.attachments).toBeUndefined();
    expect(view.timeline.every((e) => e.actorId === undefined)).toBe(true);
    const named = projectComplaint({ ...input, complaint: formalComplaint() }, 'opd_staff');
    expect(named.complainant).toEqual({ kind: 'individual', name: IDENTITY.name });
    expect(named.attachments).toHaveLength(1);
  });
});

describe('redaction is linear in the length of the text', () => {
  const redact = compileSecrets(
    [
      { kind: 'phone', value: IDENTITY.phoneLocal },
      { kind: 'digits', value: IDENTITY.nik },
      { kind: 'email', value: IDENTITY.email },
      { kind: 'text', value: IDENTITY.name },
      { kind: 'text', value: IDENTITY.address },
    ],
    '[x]',
  )!;
  const N = 100_000;
  const ADVERSARIAL: Record<string, string> = {
    spaces: ' '.repeat(N),
    dots: '.'.repeat(N),
    dashes: '-'.repeat(N),
    mixedSeparators: ' .-/()'.repeat(N / 6),
    digitThenSpaces: `8${' '.repeat(N)}x`,
    digitsAndSpaces: '8 '.repeat(N / 2),
    digitsAndTripleSpaces: '8   '.repeat(N / 4),
    phonePrefixes: '+62 0 '.repeat(N / 6),
    almostPhone: '0812 3456 789 '.repeat(N / 14),
    digits: '0'.repeat(N),
    fullWidthDigits: '０'.repeat(N),
    nameThenSpaces: `Siti${' '.repeat(N)}`,
    namesAlmost: 'Siti Rahmawat '.repeat(N / 14),
    atAtAt: 'siti.rahmawati [at] [at] '.repeat(N / 25),
    dotDot: 'siti.rahmawati@example'.concat('.'.repeat(N)),
  };
  for (const [name, text] of Object.entries(ADVERSARIAL)) {
    it(`scans 10^5 characters of ${name} in under 200 ms`, () => {
      redact(text); // warm up the compiled patterns
      const start = performance.now();
      redact(text);
      expect(performance.now() - start).toBeLessThan(200);
    });
  }

  it('projects a complaint whose replies carry 10^5 characters of separators in under a second', () => {
    for (const unit of [' ', '. ', '8 ', '0812 ']) {
      // Ten replies at the schema's longest text (10 000 characters): 10^5 characters to scan.
      const message = `a${unit.repeat(Math.floor(9_900 / unit.length))}`;
      const replies = Array.from({ length: 10 }, (_, i) => ({
        type: 'complainant.replied',
        at: `2025-03-28T10:${String(i).padStart(2, '0')}:00+07:00`,
        actor: { role: 'complainant', id: 'akun-siti-77' },
        data: { kind: 'comment', message },
      }));
      const long = [...history('x').slice(0, 1), ...replies] as unknown as History;
      const start = performance.now();
      projectComplaint({ complaint: formalComplaint({ anonim: true }), history: long }, 'terlapor');
      expect(performance.now() - start).toBeLessThan(1000);
    }
  });
});
