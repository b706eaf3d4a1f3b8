import type { HistoryEventType } from '../history/types.js';
import { checkChoice } from './_lib/checkOption.js';
import { optionsObject } from './_lib/optionsObject.js';
import { policyId } from './_lib/policyId.js';
import { definePolicy } from './definePolicy.js';
import type { Policy } from './types.js';

/** Options of {@link createSp4nLaporPolicy}. */
export interface Sp4nLaporPolicyOptions {
  /**
   * Whether a complaint on hold (SP4N-LAPOR! "Tunda": `complaint.held` … `complaint.resumed`)
   * pauses the 3-hari-kerja verification clock. Not documented in what could be read: default
   * `'ignore'` (the stricter reading: the clock keeps running); `'pause'` suspends it.
   */
  readonly onHold?: 'ignore' | 'pause';
}

const DEFAULTS = { onHold: 'ignore' } as const;

const ENDED: readonly HistoryEventType[] = [
  'complaint.withdrawn',
  'complaint.archived',
  'complaint.referred',
  'complaint.closed',
];

const APP_LISTING = 'SP4N-LAPOR! (KemenPANRB; FAQ LAPOR!)';
const PRACTICE_NOTE =
  'Operating rule published by KemenPANRB for SP4N-LAPOR!; the article text of PermenPANRB 5/2025 (which replaced PermenPANRB 62/2018) could not be read.';

// What the published rule says follows a missed SP4N-LAPOR! limit (LAPOR! FAQ: "melakukan intervensi").
const LAPOR_INTERVENTION = {
  kind: 'breach',
  consequence: {
    id: 'Pengelola LAPOR! dapat melakukan intervensi kepada instansi.',
    en: 'The LAPOR! administrators may intervene with the agency.',
  },
} as const;

/**
 * The operating time limits of SP4N-LAPOR!, the national complaint system: verification and
 * forwarding by the admin within 3 hari kerja, a follow-up by every agency the complaint is disposed
 * to within 5 hari kerja (one clock per unit; a unit that answers "bukan wewenang" ends its clock and
 * a new disposition starts a new one), and automatic closure 10 hari kerja after a follow-up without
 * a reply from the complainant or an admin.
 *
 * @param options - whether a hold ("Tunda") pauses verification
 * @returns a frozen policy with id `sp4n-lapor` (non-default options are appended to the id)
 * @see SP4N-LAPOR! app listing by KemenPANRB (3 HK, 5 HK, 10 HK); PermenPANRB 5/2025
 * @example
 * ```ts
 * import { createSp4nLaporPolicy } from 'pengaduan';
 * createSp4nLaporPolicy({ onHold: 'pause' }).id; //=> 'sp4n-lapor;onHold=pause'
 * ```
 */
export function createSp4nLaporPolicy(options: Sp4nLaporPolicyOptions = {}): Policy {
  const checked: Sp4nLaporPolicyOptions = optionsObject(options);
  const onHold = checkChoice('onHold', checked.onHold, ['ignore', 'pause'], DEFAULTS.onHold);
  const opts = { onHold };
  return definePolicy({
    id: policyId('sp4n-lapor', opts, DEFAULTS),
    title: {
      id: 'SP4N-LAPOR!: batas waktu pengelolaan pengaduan (praktik)',
      en: 'SP4N-LAPOR!: complaint handling time limits (practice)',
    },
    options: opts,
    rules: [
      {
        id: 'sp4n.verification',
        title: { id: 'Verifikasi dan penerusan aduan', en: 'Verification and forwarding' },
        summary: {
          id: 'Aduan diverifikasi admin dan diteruskan ke instansi terkait paling lambat 3 hari kerja setelah pengaduan dilakukan.',
          en: 'The admin verifies the report and forwards it to the agency within 3 working days of submission.',
        },
        dutyOf: 'sp4n_admin',
        limit: { amount: 3, unit: 'working_days' },
        startOn: ['complaint.submitted'],
        stopOn: ['complaint.dispositioned', 'complaint.referred', 'complaint.archived'],
        cancelOn: ['complaint.withdrawn', 'complaint.closed'],
        ...(onHold === 'pause'
          ? { pause: { on: ['complaint.held' as const], resumeOn: ['complaint.resumed' as const] } }
          : {}),
        onLapse: LAPOR_INTERVENTION,
        source: {
          instrument: APP_LISTING,
          article: 'Verifikasi: paling lambat 3 hari kerja setelah pengaduan dilakukan',
          status: 'practice',
          note: `${PRACTICE_NOTE} Stopped by the first disposition, a referral ("bukan wewenang") or an archive.`,
        },
      },
      {
        id: 'sp4n.followup',
        title: { id: 'Tindak lanjut oleh instansi', en: 'Follow-up by the agency' },
        summary: {
          id: 'Instansi yang menerima disposisi diberi waktu paling lambat 5 hari kerja untuk koordinasi internal dan perumusan tindak lanjut.',
          en: 'Each agency a report is disposed to has 5 working days to coordinate internally and post its follow-up.',
        },
        dutyOf: 'handling_unit',
        limit: { amount: 5, unit: 'working_days' },
        scope: 'per_unit',
        startOn: ['complaint.dispositioned'],
        stopOn: ['followup.posted'],
        cancelOn: ['disposition.rejected', ...ENDED],
        newCycle: { on: ['complaint.reopened'], startAt: 'cycle_event' },
        onLapse: LAPOR_INTERVENTION,
        source: {
          instrument: APP_LISTING,
          article: 'Tindak lanjut: paling lambat 5 hari kerja',
          status: 'practice',
          note: `${PRACTICE_NOTE} The start (the disposition to the unit) is our reading; a reopened complaint gives every unit still assigned a new 5 days.`,
        },
      },
      {
        id: 'sp4n.auto_close',
        title: { id: 'Aduan dianggap selesai', en: 'Automatic closure' },
        summary: {
          id: 'Aduan dianggap selesai 10 hari kerja setelah tindak lanjut tanpa balasan dari pelapor maupun administrator.',
          en: 'A report is deemed finished 10 working days after a follow-up with no reply from the complainant or an administrator.',
        },
        dutyOf: 'complainant',
        limit: { amount: 10, unit: 'working_days' },
        startOn: ['followup.posted', 'decision.notified'],
        stopOn: ['complaint.closed'],
        restartOn: ['followup.posted', 'decision.notified', 'complainant.replied', 'admin.replied'],
        cancelOn: ['complaint.withdrawn', 'complaint.archived', 'complaint.referred'],
        newCycle: { on: ['complaint.reopened'], startAt: 'start_event' },
        onLapse: { kind: 'auto_close' },
        source: {
          instrument: APP_LISTING,
          article: 'Aduan dianggap selesai: 10 hari kerja setelah tindak lanjut tanpa balasan',
          status: 'practice',
          note: `${PRACTICE_NOTE} The 10 working days after a follow-up are documented practice. Our readings (inferred): a reply (or a further follow-up) restarts the count from that reply, and a decision notified to the complainant (UU 25/2009 Pasal 50(2)) is the agency's follow-up too, so the count also starts there.`,
        },
      },
    ],
  });
}

/**
 * SP4N-LAPOR! with every default (a hold does not pause verification). See
 * {@link createSp4nLaporPolicy}.
 *
 * @see SP4N-LAPOR! app listing by KemenPANRB
 * @example
 * ```ts
 * import { sp4nLaporPolicy } from 'pengaduan';
 * sp4nLaporPolicy.rules.map((r) => `${r.id}: ${r.limit.amount} ${r.limit.unit}`);
 * //=> ['sp4n.verification: 3 working_days', 'sp4n.followup: 5 working_days', 'sp4n.auto_close: 10 working_days']
 * ```
 */
export const sp4nLaporPolicy: Policy = /* @__PURE__ */ createSp4nLaporPolicy();
