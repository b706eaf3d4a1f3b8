import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import type { HistoryEventType } from '../history/types.js';
import { rulesText } from '../i18n/errorMessages/rules.js';
import { checkChoice } from './_lib/checkOption.js';
import { optionsObject } from './_lib/optionsObject.js';
import { policyId } from './_lib/policyId.js';
import { SANCTION_54_2, SANCTION_54_5, SANCTION_54_7 } from './_lib/uu25Sanctions.js';
import { definePolicy } from './definePolicy.js';
import type { Limit, NonWorkingDueDate, Policy } from './types.js';

/** Options of {@link createUu25Policy}. Every default is the stricter reading for the provider. */
export interface Uu25PolicyOptions {
  /**
   * How the law's unqualified "hari" is counted. UU 25/2009 does not define it (Pasal 1 has no
   * definition; the same law writes "hari kalender" elsewhere and PP 96/2012 writes "hari kerja" when
   * it means working days). Default `'calendar_days'`, the stricter reading.
   */
  readonly hari?: 'calendar_days' | 'working_days';
  /**
   * A calendar-day due date on a Saturday, Sunday or holiday: `'keep'` it (default, stricter) or roll
   * it to the `'next_working_day'`. Ignored when `hari` is `'working_days'`.
   */
  readonly nonWorkingDueDate?: NonWorkingDueDate;
  /**
   * Days allowed for the receipt (tanda terima) of Pasal 44 ayat (1), which states no number of days.
   * Default `1` (in the `hari` unit), marked `inferred`; `null` leaves the receipt clock out.
   */
  readonly receiptDays?: number | null;
  /**
   * What the 30 days of Pasal 44 ayat (4) count from when the complainant's receipt of the response
   * (`data.receivedByComplainantAt` of `file.declared_incomplete`) is not recorded. The law counts
   * "sejak menerima tanggapan", from receipt. Default `'wait'`, the stricter reading for the
   * provider: without a recorded receipt no deemed withdrawal runs (the provider records the receipt
   * by sending the notice again with `receivedByComplainantAt`); `'from_notice'` counts from the
   * notice itself, which brings the deemed withdrawal forward (the behaviour before issue 8).
   */
  readonly unknownReceipt?: 'wait' | 'from_notice';
}

const DEFAULTS = {
  hari: 'calendar_days',
  nonWorkingDueDate: 'keep',
  receiptDays: 1,
  unknownReceipt: 'wait',
} as const;

// The events with which a complaint leaves the provider's hands: its open duties end with them.
const ENDED: readonly HistoryEventType[] = [
  'complaint.withdrawn',
  'complaint.archived',
  'complaint.referred',
  'complaint.closed',
];

const UU25 = 'UU 25/2009';

/**
 * The time limits of UU 25/2009 tentang Pelayanan Publik for a complaint to a provider, each with
 * its Pasal 54 sanction: filing window (Pasal 42(2)), receipt (44(1)), response on completeness
 * (44(3)), completion by the complainant or deemed withdrawal (44(4)-(5)), decision (50(1)) and
 * notification (50(2)).
 *
 * @param options - how "hari" is read, what happens to a due date on a non-working day, the receipt
 * @returns a frozen policy with id `uu25-2009` (non-default options are appended to the id)
 * @see UU 25/2009 Pasal 42, 44, 50, 54
 * @example
 * ```ts
 * import { createUu25Policy } from 'pengaduan';
 * const policy = createUu25Policy({ hari: 'working_days' });
 * policy.id; //=> 'uu25-2009;hari=working_days'
 * policy.rules.find((r) => r.id === 'uu25.decision')?.limit;
 * //=> { amount: 60, unit: 'working_days', basis: { status: 'inferred', note: '…' } }
 * ```
 */
export function createUu25Policy(options: Uu25PolicyOptions = {}): Policy {
  const checked: Uu25PolicyOptions = optionsObject(options);
  const hari = checkChoice('hari', checked.hari, ['calendar_days', 'working_days'], DEFAULTS.hari);
  const nonWorkingDueDate = checkChoice(
    'nonWorkingDueDate',
    checked.nonWorkingDueDate,
    ['keep', 'next_working_day'],
    DEFAULTS.nonWorkingDueDate,
  );
  const unknownReceipt = checkChoice(
    'unknownReceipt',
    checked.unknownReceipt,
    ['wait', 'from_notice'],
    DEFAULTS.unknownReceipt,
  );
  const receiptDays = checked.receiptDays === undefined ? DEFAULTS.receiptDays : checked.receiptDays;
  if (receiptDays !== null && (!Number.isInteger(receiptDays) || receiptDays < 0)) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'receiptDays',
      value: receiptDays,
      expected: rulesText('receipt_days_expected'),
    });
  }
  const basis = {
    status: 'inferred',
    note:
      hari === 'calendar_days'
        ? 'The law says "hari" without defining it; read as calendar days, the stricter reading (option hari).'
        : 'The law says "hari" without defining it; read as working days at the host\'s choice (option hari).',
  } as const;
  const days = (amount: number): Limit => ({ amount, unit: hari, basis });
  const dueRule = hari === 'calendar_days' ? { nonWorkingDueDate } : {};

  const opts = { hari, nonWorkingDueDate, receiptDays, unknownReceipt };
  return definePolicy({
    id: policyId('uu25-2009', opts, DEFAULTS),
    title: {
      id: 'UU 25/2009 tentang Pelayanan Publik: batas waktu pengaduan',
      en: 'UU 25/2009 on Public Services: complaint time limits',
    },
    options: opts,
    rules: [
      {
        id: 'uu25.filing_window',
        title: { id: 'Batas waktu pengajuan pengaduan', en: 'Filing window' },
        summary: {
          id: 'Pengaduan diajukan paling lambat 30 hari sejak pengadu menerima pelayanan.',
          en: 'A complaint is filed within 30 days of the complainant receiving the service.',
        },
        dutyOf: 'complainant',
        limit: days(30),
        startOn: ['complaint.submitted'],
        startsAt: { field: 'serviceReceivedOn', type: 'date', otherwise: 'not_applicable' },
        stopOn: ['complaint.submitted'],
        ...dueRule,
        onLapse: { kind: 'window_closed' },
        source: {
          instrument: UU25,
          article: 'Pasal 42 ayat (2)',
          status: 'verified',
          note: 'The law states no consequence of late filing; not applicable when serviceReceivedOn is not recorded.',
        },
      },
      ...(receiptDays === null
        ? []
        : [
            {
              id: 'uu25.receipt',
              title: { id: 'Tanda terima pengaduan', en: 'Receipt of the complaint' },
              summary: {
                id: 'Penyelenggara wajib memberikan tanda terima pengaduan.',
                en: 'The provider must issue a receipt (tanda terima) for the complaint.',
              },
              dutyOf: 'provider' as const,
              limit: {
                amount: receiptDays,
                unit: hari,
                basis: {
                  status: 'inferred' as const,
                  note: 'Pasal 44(1) sets no number of days; the limit is the option receiptDays (default 1).',
                },
              },
              startOn: ['complaint.submitted' as const],
              stopOn: ['complaint.received' as const],
              cancelOn: ENDED,
              ...dueRule,
              onLapse: { kind: 'breach' as const, sanction: SANCTION_54_2 },
              source: {
                instrument: UU25,
                article: 'Pasal 44 ayat (1)',
                status: 'inferred' as const,
                note: 'The duty is in the law; its time limit is not. The receipt is due "immediately" in practice.',
              },
            },
          ]),
      {
        id: 'uu25.response',
        title: { id: 'Tanggapan atas kelengkapan pengaduan', en: 'Response on completeness' },
        summary: {
          id: 'Penyelenggara wajib menanggapi pengaduan, sekurang-kurangnya lengkap atau tidak lengkapnya materi aduan, paling lambat 14 hari sejak pengaduan diterima.',
          en: 'The provider must respond, at least saying whether the complaint is complete, within 14 days of receiving it.',
        },
        dutyOf: 'provider',
        limit: days(14),
        startOn: ['complaint.submitted'],
        stopOn: ['file.declared_complete', 'file.declared_incomplete'],
        cancelOn: ENDED,
        ...dueRule,
        onLapse: { kind: 'breach', sanction: SANCTION_54_5 },
        source: {
          instrument: UU25,
          article: 'Pasal 44 ayat (3)',
          status: 'verified',
          note: '"Sejak pengaduan diterima": counted from submission (complaint.submitted), when the provider received it.',
        },
      },
      {
        id: 'uu25.completion',
        title: { id: 'Kelengkapan berkas oleh pengadu', en: 'Completion of the file by the complainant' },
        summary: {
          id: 'Pengadu melengkapi materi aduan paling lambat 30 hari sejak menerima tanggapan; jika tidak, pengadu dianggap mencabut pengaduannya.',
          en: 'The complainant completes the file within 30 days of receiving the response, or is deemed to withdraw the complaint.',
        },
        dutyOf: 'complainant',
        limit: days(30),
        startOn: ['file.declared_incomplete'],
        startsAt: {
          field: 'receivedByComplainantAt',
          type: 'instant',
          otherwise: unknownReceipt === 'wait' ? 'not_applicable' : 'event_at',
        },
        stopOn: ['file.completed'],
        cancelOn: ENDED,
        restartOn: ['file.declared_incomplete'],
        ...dueRule,
        onLapse: { kind: 'deemed_withdrawn' },
        source: {
          instrument: UU25,
          article: 'Pasal 44 ayat (4)-(5)',
          status: 'verified',
          note:
            unknownReceipt === 'wait'
              ? 'Counted from when the complainant received the response (data.receivedByComplainantAt). When the receipt is not recorded, no deemed withdrawal runs (option unknownReceipt, the stricter reading for the provider; inferred). A new incompleteness notice restarts the count (our reading).'
              : 'Counted from when the complainant received the response (data.receivedByComplainantAt), else from the notice itself (option unknownReceipt: from_notice; inferred). A new incompleteness notice restarts the count (our reading).',
        },
      },
      {
        id: 'uu25.decision',
        title: { id: 'Keputusan hasil pemeriksaan', en: 'Decision on the examination' },
        summary: {
          id: 'Penyelenggara wajib memutuskan hasil pemeriksaan pengaduan paling lambat 60 hari sejak berkas dinyatakan lengkap.',
          en: 'The provider must decide on the examination within 60 days of the file being declared complete.',
        },
        dutyOf: 'provider',
        limit: days(60),
        startOn: ['file.declared_complete'],
        stopOn: ['decision.made'],
        cancelOn: ENDED,
        newCycle: { on: ['complaint.reopened'], startAt: 'cycle_event' },
        ...dueRule,
        onLapse: { kind: 'breach', sanction: SANCTION_54_7 },
        source: {
          instrument: UU25,
          article: 'Pasal 50 ayat (1)',
          status: 'verified',
          note: 'A reopened complaint starts a new 60-day cycle at the reopening (the law does not provide for reopening; our reading). The machine accepts the decision wherever the clock runs, also while the SP4N-LAPOR! dialogue with the complainant goes on.',
        },
      },
      {
        id: 'uu25.notification',
        title: { id: 'Penyampaian keputusan kepada pengadu', en: 'Notification of the decision' },
        summary: {
          id: 'Keputusan wajib disampaikan kepada pengadu paling lambat 14 hari sejak diputuskan.',
          en: 'The decision must be delivered to the complainant within 14 days of being made.',
        },
        dutyOf: 'provider',
        limit: days(14),
        startOn: ['decision.made'],
        stopOn: ['decision.notified'],
        cancelOn: ENDED,
        newCycle: { on: ['complaint.reopened'], startAt: 'start_event' },
        ...dueRule,
        onLapse: { kind: 'breach', sanction: SANCTION_54_5 },
        source: { instrument: UU25, article: 'Pasal 50 ayat (2)', status: 'verified' },
      },
    ],
  });
}

/**
 * UU 25/2009 with every default: "hari" as calendar days, due dates on non-working days kept, a
 * receipt within 1 day (inferred). See {@link createUu25Policy}.
 *
 * @see UU 25/2009 Pasal 42, 44, 50, 54
 * @example
 * ```ts
 * import { uu25Policy } from 'pengaduan';
 * uu25Policy.rules.map((r) => r.id);
 * //=> ['uu25.filing_window', 'uu25.receipt', 'uu25.response', 'uu25.completion', 'uu25.decision', 'uu25.notification']
 * ```
 */
export const uu25Policy: Policy = /* @__PURE__ */ createUu25Policy();
