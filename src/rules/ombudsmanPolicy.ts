import { checkChoice } from './_lib/checkOption.js';
import { optionsObject } from './_lib/optionsObject.js';
import { policyId } from './_lib/policyId.js';
import { definePolicy } from './definePolicy.js';
import type { NonWorkingDueDate, Policy } from './types.js';

/** Options of {@link createOmbudsmanPolicy}. */
export interface OmbudsmanPolicyOptions {
  /**
   * How the unqualified "60 hari" of UU 37/2008 Pasal 38 ayat (2) is counted; default
   * `'calendar_days'` (the stricter reading, as for UU 25/2009).
   */
  readonly hari?: 'calendar_days' | 'working_days';
  /** A calendar-day (or year) due date on a non-working day: `'keep'` (default) or roll it. */
  readonly nonWorkingDueDate?: NonWorkingDueDate;
}

const DEFAULTS = { hari: 'calendar_days', nonWorkingDueDate: 'keep' } as const;

/**
 * The Ombudsman's time limits that touch a provider's complaint: the 2-year window to report to the
 * Ombudsman (UU 37/2008 Pasal 24 ayat (3)), the Terlapor's 30 hari kerja to act on an LHP (PO 58/2023
 * Pasal 54 ayat (1)), and the atasan Terlapor's 60 days to report on a Rekomendasi (UU 37/2008
 * Pasal 38 ayat (2)). The duty to complain to the provider first (Pasal 24 ayat (1) huruf c) is a
 * precondition, not a clock: it is listed in `preconditions`.
 *
 * @param options - how "hari" is read; what happens to a due date on a non-working day
 * @returns a frozen policy with id `ombudsman` (non-default options are appended to the id)
 * @see UU 37/2008 Pasal 24, 38, 39; PO 58/2023 Pasal 54
 * @example
 * ```ts
 * import { createOmbudsmanPolicy } from 'pengaduan';
 * createOmbudsmanPolicy().preconditions?.[0]?.id; //=> 'ombudsman.prior_complaint'
 * ```
 */
export function createOmbudsmanPolicy(options: OmbudsmanPolicyOptions = {}): Policy {
  const checked: OmbudsmanPolicyOptions = optionsObject(options);
  const hari = checkChoice('hari', checked.hari, ['calendar_days', 'working_days'], DEFAULTS.hari);
  const nonWorkingDueDate = checkChoice(
    'nonWorkingDueDate',
    checked.nonWorkingDueDate,
    ['keep', 'next_working_day'],
    DEFAULTS.nonWorkingDueDate,
  );
  const opts = { hari, nonWorkingDueDate };
  return definePolicy({
    id: policyId('ombudsman', opts, DEFAULTS),
    title: {
      id: 'Ombudsman RI: batas waktu laporan, LHP dan Rekomendasi',
      en: 'Ombudsman RI: time limits for reports, LHP and Rekomendasi',
    },
    options: opts,
    preconditions: [
      {
        id: 'ombudsman.prior_complaint',
        text: {
          id: 'Pelapor sudah menyampaikan laporan secara langsung kepada Terlapor atau atasannya, tetapi tidak mendapat penyelesaian sebagaimana mestinya.',
          en: 'The reporter first complained directly to the Terlapor or its superior, and the complaint was not properly resolved.',
        },
        evidencedBy: ['complaint.submitted'],
        source: {
          instrument: 'UU 37/2008',
          article: 'Pasal 24 ayat (1) huruf c',
          status: 'verified',
          note: 'UU 25/2009 Pasal 46 ayat (2) lets a complainant choose the Ombudsman instead; the Ombudsman still checks this condition.',
        },
      },
    ],
    rules: [
      {
        id: 'ombudsman.reporting_window',
        title: { id: 'Batas waktu melapor ke Ombudsman', en: 'Window to report to the Ombudsman' },
        summary: {
          id: 'Laporan ke Ombudsman disampaikan sebelum lewat 2 tahun sejak peristiwa, tindakan atau keputusan yang dilaporkan.',
          en: 'A report to the Ombudsman is made within 2 years of the event, act or decision complained of.',
        },
        dutyOf: 'complainant',
        limit: { amount: 2, unit: 'years' },
        startOn: ['complaint.submitted'],
        startsAt: { field: 'incidentOn', type: 'date', otherwise: 'not_applicable' },
        stopOn: [{ type: 'complaint.escalated', where: { to: 'ombudsman' } }],
        nonWorkingDueDate,
        onLapse: { kind: 'window_closed' },
        source: {
          instrument: 'UU 37/2008',
          article: 'Pasal 24 ayat (3)',
          status: 'practice',
          note: 'The text read breaks off inside ayat (3); the 2-year limit is from Ombudsman publications (secondary). Not applicable when incidentOn is not recorded.',
        },
      },
      {
        id: 'ombudsman.lhp_followup',
        title: { id: 'Tindak lanjut LHP oleh Terlapor', en: 'Action on the LHP by the Terlapor' },
        summary: {
          id: 'LHP yang tidak memperoleh tindak lanjut dari Terlapor dalam 30 hari kerja sejak diterima dilanjutkan ke tahap Resolusi dan Monitoring.',
          en: 'An LHP not acted on by the Terlapor within 30 working days of receipt moves to Resolution and Monitoring.',
        },
        dutyOf: 'terlapor',
        limit: { amount: 30, unit: 'working_days' },
        startOn: ['ombudsman.lhp_received'],
        stopOn: ['ombudsman.lhp_acted'],
        onLapse: {
          kind: 'breach',
          consequence: {
            id: 'Dilanjutkan dengan tahap Resolusi dan Monitoring.',
            en: 'The case moves to the Resolution and Monitoring stage.',
          },
        },
        source: { instrument: 'PO 58/2023', article: 'Pasal 54 ayat (1)', status: 'verified' },
      },
      {
        id: 'ombudsman.recommendation_report',
        title: { id: 'Laporan pelaksanaan Rekomendasi', en: 'Report on implementing a Rekomendasi' },
        summary: {
          id: 'Atasan Terlapor wajib melaporkan pelaksanaan Rekomendasi kepada Ombudsman paling lambat 60 hari sejak Rekomendasi diterima.',
          en: "The Terlapor's superior must report to the Ombudsman on implementing a Rekomendasi within 60 days of receiving it.",
        },
        dutyOf: 'atasan_terlapor',
        limit: {
          amount: 60,
          unit: hari,
          basis: {
            status: 'inferred',
            note: `The law says "hari" without defining it; read as ${hari === 'calendar_days' ? 'calendar days, the stricter reading' : "working days at the host's choice"} (option hari).`,
          },
        },
        startOn: ['ombudsman.recommendation_received'],
        stopOn: ['ombudsman.recommendation_reported'],
        ...(hari === 'calendar_days' ? { nonWorkingDueDate } : {}),
        onLapse: {
          kind: 'breach',
          sanction: {
            text: { id: 'Sanksi administrasi.', en: 'Administrative sanction.' },
            source: { instrument: 'UU 37/2008', article: 'Pasal 39', status: 'verified' },
          },
          consequence: {
            id: 'Ombudsman dapat mempublikasikan atasan Terlapor dan melaporkannya kepada DPR dan Presiden (Pasal 38 ayat (4)).',
            en: "The Ombudsman may publish the superior's name and report it to the DPR and the President (Pasal 38(4)).",
          },
        },
        source: {
          instrument: 'UU 37/2008',
          article: 'Pasal 38 ayat (2)',
          status: 'practice',
          note: 'Ayat (2) was read as quoted verbatim in the press (secondary); ayat (3)-(4) and Pasal 39 in the text.',
        },
      },
    ],
  });
}

/**
 * The Ombudsman clocks with every default. See {@link createOmbudsmanPolicy}.
 *
 * @see UU 37/2008 Pasal 24, 38; PO 58/2023 Pasal 54
 * @example
 * ```ts
 * import { ombudsmanPolicy } from 'pengaduan';
 * ombudsmanPolicy.rules.find((r) => r.id === 'ombudsman.lhp_followup')?.limit;
 * //=> { amount: 30, unit: 'working_days' }
 * ```
 */
export const ombudsmanPolicy: Policy = /* @__PURE__ */ createOmbudsmanPolicy();
