import { describe, expect, it } from 'vitest';
import { ALLEGED_MISCONDUCTS, COMPLAINT_SUBJECTS } from '../../src/i18n/keys.js';
import { proposeClassification, SchemaValidationError } from '../../src/schema/index.js';

// Permendagri 8/2023 Pasal 1 angka 4, read as two lists: who, and what.
const OFFICIALS = [
  'kepala_daerah',
  'wakil_kepala_daerah',
  'anggota_dprd',
  'asn_kementerian',
  'asn_pemerintah_daerah',
  'perangkat_desa',
];
const MISCONDUCT = ['penyalahgunaan_kewenangan', 'pelanggaran_hukum'];

describe('proposeClassification', () => {
  it('proposes berkadar pengawasan only when both the subject and the misconduct test are met', () => {
    for (const subject of COMPLAINT_SUBJECTS) {
      for (const misconduct of ALLEGED_MISCONDUCTS) {
        const proposal = proposeClassification({ subject, misconduct });
        const subjectTest =
          subject === 'unknown' ? 'unknown' : OFFICIALS.includes(subject) ? 'met' : 'not_met';
        const misconductTest =
          misconduct === 'unknown' ? 'unknown' : MISCONDUCT.includes(misconduct) ? 'met' : 'not_met';
        expect(proposal.subjectTest).toBe(subjectTest);
        expect(proposal.misconductTest).toBe(misconductTest);
        const expected =
          subjectTest === 'met' && misconductTest === 'met'
            ? 'berkadar_pengawasan'
            : subjectTest === 'not_met' || misconductTest === 'not_met'
              ? 'tidak_berkadar_pengawasan'
              : 'needs_review';
        expect(proposal.classification, `${subject} + ${misconduct}`).toBe(expected);
        expect(proposal.reason.id.length).toBeGreaterThan(20);
        expect(proposal.reason.en.length).toBeGreaterThan(20);
        expect(proposal.reason.id).not.toBe(proposal.reason.en);
        expect(proposal.source.instrument).toBe('Permendagri 8/2023');
        expect(Object.isFrozen(proposal)).toBe(true);
      }
    }
  });

  it('explains a village official abusing authority in both languages, citing angka 4', () => {
    const proposal = proposeClassification({
      subject: 'perangkat_desa',
      misconduct: 'penyalahgunaan_kewenangan',
    });
    expect(proposal).toEqual({
      classification: 'berkadar_pengawasan',
      subjectTest: 'met',
      misconductTest: 'met',
      reason: {
        id: 'Dugaan penyalahgunaan kewenangan oleh perangkat desa: kedua unsur pengaduan berkadar pengawasan terpenuhi (pihak yang diadukan dan perbuatannya).',
        en: 'Alleged abuse of authority by a village official (perangkat desa): both elements of a complaint with supervisory content (berkadar pengawasan) are met (the party and the conduct).',
      },
      source: { instrument: 'Permendagri 8/2023', article: 'Pasal 1 angka 4', status: 'verified' },
    });
  });

  it('does not treat a violation of law by an institution as berkadar pengawasan (no official named)', () => {
    const proposal = proposeClassification({ subject: 'institution', misconduct: 'pelanggaran_hukum' });
    expect(proposal.classification).toBe('tidak_berkadar_pengawasan');
    expect(proposal.source.status).toBe('inferred');
    expect(proposal.reason.id).toContain('bukan kepala daerah');
  });

  it('does not treat a regional head criticised for a slow service as berkadar pengawasan', () => {
    const proposal = proposeClassification({
      subject: 'kepala_daerah',
      misconduct: 'pelayanan_tidak_sesuai_standar',
    });
    expect(proposal.classification).toBe('tidak_berkadar_pengawasan');
    expect(proposal.reason.en).toContain('neither abuse of authority nor a violation of law');
  });

  it('leaves unknown facts to an officer by default, or to the inspectorate when the host prefers', () => {
    const facts = { subject: 'asn_pemerintah_daerah', misconduct: 'unknown' } as const;
    expect(proposeClassification(facts).classification).toBe('needs_review');
    expect(proposeClassification(facts).reason.id).toBe(
      'Unsur perbuatan yang diadukan belum diketahui; klasifikasi perlu ditelaah petugas.',
    );
    expect(proposeClassification(facts, { whenUnknown: 'berkadar_pengawasan' }).classification).toBe(
      'berkadar_pengawasan',
    );
  });

  it('refuses facts outside the lists with a typed error in both languages', () => {
    expect(() =>
      proposeClassification({ subject: 'bupati' as never, misconduct: 'korupsi' as never }),
    ).toThrow(SchemaValidationError);
    try {
      proposeClassification({ subject: 'bupati' as never, misconduct: 'pelanggaran_hukum' });
    } catch (error) {
      expect((error as SchemaValidationError).issues.id[0]?.message).toMatch(
        /^Pihak yang diadukan tidak dikenal/,
      );
    }
    expect(() =>
      proposeClassification({ subject: 'unknown', misconduct: 'unknown' }, { whenUnknown: 'maybe' as never }),
    ).toThrow(SchemaValidationError);
  });
});
