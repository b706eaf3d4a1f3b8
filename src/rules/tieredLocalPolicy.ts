import type { HistoryEventType } from '../history/types.js';
import { checkChoice } from './_lib/checkOption.js';
import { optionsObject } from './_lib/optionsObject.js';
import { policyId } from './_lib/policyId.js';
import { definePolicy } from './definePolicy.js';
import type { ClockRule, LegalSource, Policy } from './types.js';

/** Options of {@link createTieredLocalPolicy}. */
export interface TieredLocalPolicyOptions {
  /**
   * A complaint (not a request for information) whose Permendagri 8/2023 class is not recorded in
   * `complaint.submitted` data: count it as `'tidak_berkadar_pengawasan'` (default: 14 hari kerja,
   * the shorter and so stricter limit) or leave the tiered clocks `'not_applicable'` until classified.
   */
  readonly unclassified?: 'tidak_berkadar_pengawasan' | 'not_applicable';
  /** Whether a hold (`complaint.held` … `complaint.resumed`) pauses the clocks; default `'ignore'`. */
  readonly onHold?: 'ignore' | 'pause';
}

const DEFAULTS = { unclassified: 'tidak_berkadar_pengawasan', onHold: 'ignore' } as const;

const SOURCE: LegalSource = {
  instrument: 'Standar pelayanan daerah (SIPPN) / klasifikasi Permendagri 8/2023',
  article: 'Standar pelayanan: jangka waktu penyelesaian pengaduan',
  status: 'practice',
  note:
    'Tiers found in many local service standards and one government complaint system (5/14/60 hari kerja). ' +
    'The class names are defined in Permendagri 8/2023 Pasal 1 angka 3-4 (verified); the regulation that sets the ' +
    'limits was not traced. Counted from receipt (complaint.received) to the first answer (our reading).',
};

/**
 * The tiered handling times of local service standards, keyed on the complaint's type and its
 * Permendagri 8/2023 class: permintaan informasi 5, pengaduan tidak berkadar pengawasan 14 and
 * berkadar pengawasan 60 hari kerja, from receipt to the first answer (a follow-up, a notified
 * decision, or closure).
 *
 * @param options - what an unclassified complaint counts as; whether a hold pauses the clocks
 * @returns a frozen policy with id `local-tiered` (non-default options are appended to the id)
 * @see Permendagri 8/2023 Pasal 1 angka 3-4 (classes); local service standards (limits)
 * @example
 * ```ts
 * import { createTieredLocalPolicy } from 'pengaduan';
 * createTieredLocalPolicy().rules.map((r) => r.limit.amount); //=> [5, 14, 60]
 * ```
 */
export function createTieredLocalPolicy(options: TieredLocalPolicyOptions = {}): Policy {
  const checked: TieredLocalPolicyOptions = optionsObject(options);
  const unclassified = checkChoice(
    'unclassified',
    checked.unclassified,
    ['tidak_berkadar_pengawasan', 'not_applicable'],
    DEFAULTS.unclassified,
  );
  const onHold = checkChoice('onHold', checked.onHold, ['ignore', 'pause'], DEFAULTS.onHold);
  const common = {
    dutyOf: 'provider',
    startOn: ['complaint.received'],
    stopOn: ['followup.posted', 'decision.notified', 'complaint.closed'],
    cancelOn: ['complaint.withdrawn', 'complaint.archived', 'complaint.referred'],
    newCycle: { on: ['complaint.reopened'], startAt: 'cycle_event' },
    ...(onHold === 'pause' ? { pause: { on: ['complaint.held'], resumeOn: ['complaint.resumed'] } } : {}),
    onLapse: { kind: 'breach' },
    source: SOURCE,
  } as const satisfies Partial<ClockRule> & { startOn: readonly HistoryEventType[] };
  const notInformation = { notIn: ['permintaan_informasi'] };
  const opts = { unclassified, onHold };
  return definePolicy({
    id: policyId('local-tiered', opts, DEFAULTS),
    title: {
      id: 'Standar pelayanan daerah: penyelesaian pengaduan berjenjang (praktik)',
      en: 'Local service standards: tiered complaint handling (practice)',
    },
    options: opts,
    rules: [
      {
        id: 'local.permintaan_informasi',
        title: { id: 'Penyelesaian permintaan informasi', en: 'Answer to a request for information' },
        limit: { amount: 5, unit: 'working_days' },
        appliesTo: { complaintType: { in: ['permintaan_informasi'] } },
        ...common,
      },
      {
        id: 'local.tidak_berkadar_pengawasan',
        title: {
          id: 'Penyelesaian pengaduan tidak berkadar pengawasan',
          en: 'Handling a complaint without a supervisory element',
        },
        limit: { amount: 14, unit: 'working_days' },
        appliesTo: {
          complaintType: notInformation,
          classification:
            unclassified === 'tidak_berkadar_pengawasan'
              ? { notIn: ['berkadar_pengawasan'] }
              : { in: ['tidak_berkadar_pengawasan'] },
        },
        ...common,
      },
      {
        id: 'local.berkadar_pengawasan',
        title: {
          id: 'Penyelesaian pengaduan berkadar pengawasan',
          en: 'Handling a complaint with a supervisory element',
        },
        limit: { amount: 60, unit: 'working_days' },
        appliesTo: { complaintType: notInformation, classification: { in: ['berkadar_pengawasan'] } },
        ...common,
      },
    ],
  });
}

/**
 * The tiered local standards with every default (an unclassified complaint counts as tidak
 * berkadar pengawasan; a hold does not pause). See {@link createTieredLocalPolicy}.
 *
 * @see Permendagri 8/2023 Pasal 1 angka 3-4
 * @example
 * ```ts
 * import { tieredLocalPolicy } from 'pengaduan';
 * tieredLocalPolicy.id; //=> 'local-tiered'
 * ```
 */
export const tieredLocalPolicy: Policy = /* @__PURE__ */ createTieredLocalPolicy();
