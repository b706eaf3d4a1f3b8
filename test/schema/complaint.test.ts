import { describe, expect, it } from 'vitest';
import {
  type Complaint,
  ComplaintSchema,
  missingFormalRequirements,
  safeParseComplaint,
} from '../../src/schema/index.js';
import { readFixtures } from './_lib/fixtures.js';

const fixtures = readFixtures('complaint.json');
const formal = fixtures.valid[0]?.value;
const anonymousSms = fixtures.valid[2]?.value;

describe('a complaint as filed', () => {
  it('fills in the documented defaults: source, attachments and every confidentiality choice', () => {
    const complaint = ComplaintSchema.parse(formal);
    expect(complaint.source).toBe('penerima_layanan');
    expect(complaint.attachments).toEqual([]);
    expect(complaint.confidentiality).toEqual({ identityConfidential: false, anonim: false, rahasia: false });
    expect(complaint.filing === 'formal' && complaint.complainant.kind).toBe('individual');
  });

  it('writes phone numbers in E.164 and keeps everything else as typed', () => {
    const complaint = ComplaintSchema.parse(fixtures.valid[1]?.value);
    if (complaint.filing !== 'formal') throw new Error('expected a formal complaint');
    expect(complaint.complainant.phone).toBe('+6281234567890');
    expect(complaint.representative?.phone).toBe('+62224234567');
    expect(complaint.complainant.nik).toBe('3273014507850001');
    expect(complaint.complainant.address).toBe('Jl. Cihampelas No. 12, Bandung');
  });

  it('lists every missing item of a formal complaint with the article of each', () => {
    const result = safeParseComplaint({ filing: 'formal', type: 'pengaduan', channel: 'letter' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((issue) => issue.message)).toEqual([
      'Data pengadu wajib diisi (UU 25/2009 Pasal 42 ayat (3) huruf a)',
      'Pelayanan yang diadukan wajib diisi',
      'Kerugian yang diderita wajib diisi (UU 25/2009 Pasal 42 ayat (3) huruf b)',
      'Permintaan penyelesaian wajib diisi (UU 25/2009 Pasal 42 ayat (3) huruf c)',
      'Penyampaian pengaduan wajib diisi (UU 25/2009 Pasal 42 ayat (3) huruf d)',
    ]);
    expect(result.issues[3]?.source).toEqual({
      instrument: 'UU 25/2009',
      article: 'Pasal 42 ayat (3) huruf c',
      status: 'verified',
    });
  });
});

describe('missingFormalRequirements', () => {
  it('finds nothing missing in a formal complaint', () => {
    expect(missingFormalRequirements(ComplaintSchema.parse(formal))).toEqual([]);
  });

  it('marks an anonymous SMS as missing every item of Pasal 42 ayat (3)', () => {
    const missing = missingFormalRequirements(ComplaintSchema.parse(anonymousSms));
    expect(missing.map((m) => m.item)).toEqual(['a', 'b', 'c', 'd']);
    expect(missing[0]).toEqual({
      item: 'a',
      text: { id: 'nama dan alamat lengkap pengadu', en: "the complainant's name and full address" },
      source: { instrument: 'UU 25/2009', article: 'Pasal 42 ayat (3) huruf a', status: 'verified' },
    });
    expect(Object.isFrozen(missing)).toBe(true);
  });

  it('drops huruf b and c from the list when the report gives a loss and a remedy', () => {
    const report = ComplaintSchema.parse(fixtures.valid[3]?.value);
    expect(missingFormalRequirements(report).map((m) => m.item)).toEqual(['a', 'd']);
  });

  it('follows the filing kind, not the presence of fields', () => {
    const noIdentity: Complaint = {
      filing: 'no_identity',
      type: 'aspirasi',
      channel: 'complaint_box',
      source: 'penerima_layanan',
      service: { name: 'Taman kota', description: 'Usul penambahan bangku.' },
      requestedRemedy: 'Tambah bangku.',
      submission: { at: '2025-04-10T10:00:00+08:00' },
      attachments: [],
      confidentiality: { anonim: false, rahasia: false },
    };
    expect(missingFormalRequirements(noIdentity).map((m) => m.item)).toEqual(['a', 'b', 'd']);
  });
});
