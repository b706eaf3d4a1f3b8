import type { HistoryEvent } from '../../history/types.js';
import type { LocalizedText } from '../../i18n/types.js';
import type { LegalSource } from '../../rules/types.js';
import type { ClockReport, SlaReport } from '../../sla/types.js';
import type {
  ComplaintContext,
  ComplaintEvent,
  Effect,
  EffectDeadline,
  EffectKind,
  EffectRecipient,
} from '../types.js';
import { activeUnits, lastDecision } from './facts.js';
import { valueLabel } from './labels.js';
import { SOURCES } from './sources.js';

/** Rupiah with dots between thousands, as written in Indonesian letters: `Rp750.000`. */
function rupiah(amount: number): string {
  const [whole = '0', cents] = String(amount).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `Rp${grouped}${cents === undefined ? '' : `,${cents}`}`;
}

/** " (unit X)" for per-unit clocks, so that two units' reminders can be told apart. */
function forUnit(unitId: string | undefined): string {
  return unitId === undefined ? '' : ` (unit ${unitId})`;
}

function deadlineOf(clock: ClockReport): EffectDeadline {
  return Object.freeze({
    key: clock.key,
    title: clock.title,
    ...(clock.dueDate === undefined ? {} : { dueDate: clock.dueDate }),
    ...(clock.dueAt === undefined ? {} : { dueAt: clock.dueAt }),
    source: clock.source,
  });
}

function isOpen(clock: ClockReport): boolean {
  return clock.status === 'running' || clock.status === 'paused';
}

/** The clocks open after a change that were not open before it: the duties the change started. */
function startedClocks(before: SlaReport | undefined, after: SlaReport): readonly ClockReport[] {
  const wasOpen = new Set((before?.clocks ?? []).filter(isOpen).map((c) => c.key));
  return after.clocks.filter((c) => isOpen(c) && !wasOpen.has(c.key));
}

function effect(
  kind: EffectKind,
  to: EffectRecipient,
  text: LocalizedText,
  source: LegalSource,
  cause: ComplaintEvent,
  deadlines: readonly ClockReport[] = [],
  unitId?: string,
): Effect {
  const causeRef =
    cause.type !== 'sla.tick' && cause.id !== undefined
      ? { type: cause.type, at: cause.at, id: cause.id }
      : { type: cause.type, at: cause.at };
  return Object.freeze({
    kind,
    to,
    text: Object.freeze(text),
    source,
    cause: Object.freeze(causeRef),
    ...(unitId === undefined ? {} : { unitId }),
    deadlines: Object.freeze(deadlines.map(deadlineOf)),
  });
}

function effectsOfEvent(
  event: HistoryEvent,
  after: ComplaintContext,
  started: readonly ClockReport[],
): readonly Effect[] {
  switch (event.type) {
    case 'complaint.submitted':
      return [
        effect(
          'issue_receipt',
          'handler',
          {
            id: 'Berikan tanda terima pengaduan (identitas pengadu, uraian, tempat dan waktu penerimaan, nama dan tanda tangan petugas).',
            en: 'Issue the receipt (tanda terima): complainant identity, description, place and time received, officer name and signature.',
          },
          SOURCES.receipt,
          event,
          started,
        ),
      ];
    case 'complaint.received':
      return [
        effect(
          'send_receipt',
          'complainant',
          {
            id: `Sampaikan tanda terima${event.data.receiptNumber === undefined ? '' : ` ${event.data.receiptNumber}`} kepada pengadu; tanggapan atas kelengkapan menyusul.`,
            en: `Send the receipt${event.data.receiptNumber === undefined ? '' : ` ${event.data.receiptNumber}`} to the complainant; the response on completeness follows.`,
          },
          SOURCES.receipt,
          event,
          started,
        ),
      ];
    case 'file.declared_complete':
      return [
        effect(
          'send_completeness_response',
          'complainant',
          {
            id: 'Sampaikan kepada pengadu bahwa berkas pengaduan lengkap; batas waktu memutuskan mulai berjalan.',
            en: 'Tell the complainant the file is complete; the limit to decide starts.',
          },
          SOURCES.screening,
          event,
          started,
        ),
      ];
    case 'file.declared_incomplete':
      return [
        effect(
          'send_completeness_response',
          'complainant',
          {
            id: `Sampaikan kepada pengadu bahwa materi aduan tidak lengkap (${event.data.missing.join('; ')}); pengadu melengkapinya paling lambat 30 hari sejak menerima tanggapan, jika tidak dianggap mencabut pengaduan.`,
            en: `Tell the complainant the file is incomplete (${event.data.missing.join('; ')}); they must complete it within 30 days of receiving the response, or the complaint is deemed withdrawn.`,
          },
          SOURCES.completion,
          event,
          started,
        ),
      ];
    case 'complaint.held':
      return [
        effect(
          'notify_hold',
          'complainant',
          {
            id: `Beri tahu pengadu bahwa pengaduan ditunda: ${event.data.reason}`,
            en: `Tell the complainant the complaint is on hold: ${event.data.reason}`,
          },
          SOURCES.hold,
          event,
          started,
        ),
      ];
    case 'complaint.referred':
      return [
        effect(
          'send_referral',
          'agency',
          {
            id: `Teruskan pengaduan kepada ${event.data.toAgency} sebagai instansi yang berwenang, dan beri tahu pengadu.`,
            en: `Forward the complaint to ${event.data.toAgency}, the competent agency, and tell the complainant.`,
          },
          SOURCES.notOurAuthority,
          event,
        ),
      ];
    case 'complaint.archived':
      return [
        effect(
          'notify_archived',
          'complainant',
          {
            id: `Beri tahu pengadu bahwa pengaduan diarsipkan (alasan: ${valueLabel(event.data.reason)}).`,
            en: `Tell the complainant the complaint was archived (reason: ${event.data.reason}).`,
          },
          SOURCES.archive,
          event,
        ),
      ];
    case 'complaint.dispositioned':
      return [
        effect(
          'send_disposition',
          'unit',
          {
            id: `Kirim disposisi kepada ${event.data.unitName ?? event.data.unitId} (${event.data.unitKind === 'apip' ? 'APIP' : 'OPD'}) untuk ditindaklanjuti.`,
            en: `Send the disposition to ${event.data.unitName ?? event.data.unitId} (${event.data.unitKind === 'apip' ? 'APIP' : 'OPD'}) for follow-up.`,
          },
          event.data.unitKind === 'apip' ? SOURCES.dispositionApip : SOURCES.disposition,
          event,
          started,
          event.data.unitId,
        ),
      ];
    case 'disposition.rejected': {
      const remaining = activeUnits(after.history).length;
      return [
        effect(
          'reroute_disposition',
          'handler',
          remaining === 0
            ? {
                id: `Unit ${event.data.unitId} menolak disposisi (${event.data.reason}); disposisikan ulang ke unit yang berwenang.`,
                en: `Unit ${event.data.unitId} sent the disposition back (${event.data.reason}); route the complaint to the competent unit.`,
              }
            : {
                id: `Unit ${event.data.unitId} menolak disposisi (${event.data.reason}); ${remaining} unit lain masih menanganinya.`,
                en: `Unit ${event.data.unitId} sent the disposition back (${event.data.reason}); ${remaining} other unit(s) still handle it.`,
              },
          SOURCES.disposition,
          event,
          [],
          event.data.unitId,
        ),
      ];
    }
    case 'followup.posted':
      return [
        effect(
          'publish_followup',
          'complainant',
          {
            id: `Sampaikan tindak lanjut ${event.data.unitId} kepada pengadu: ${event.data.summary}`,
            en: `Deliver the follow-up of ${event.data.unitId} to the complainant: ${event.data.summary}`,
          },
          SOURCES.followUp,
          event,
          started,
          event.data.unitId,
        ),
      ];
    case 'decision.made':
      return [
        effect(
          'send_decision_notice',
          'complainant',
          {
            id: `Sampaikan keputusan (${valueLabel(event.data.outcome)}) dan tembusannya kepada pengadu paling lambat 14 hari sejak diputuskan${event.data.compensation === undefined ? '' : `, termasuk ganti rugi ${rupiah(event.data.compensation.amount)} dan batas pembayarannya ${event.data.compensation.dueOn}`}.`,
            en: `Deliver the decision (${event.data.outcome}) and its copy to the complainant within 14 days of the decision${event.data.compensation === undefined ? '' : `, including compensation of ${rupiah(event.data.compensation.amount)} payable by ${event.data.compensation.dueOn}`}.`,
          },
          SOURCES.notification,
          event,
          started,
        ),
      ];
    case 'decision.notified': {
      const compensation = lastDecision(after.history)?.data.compensation;
      if (compensation === undefined) return [];
      return [
        effect(
          'pay_compensation',
          'handler',
          {
            id: `Bayar ganti rugi ${rupiah(compensation.amount)} paling lambat ${compensation.dueOn} sesuai keputusan.`,
            en: `Pay the compensation of ${rupiah(compensation.amount)} by ${compensation.dueOn} as decided.`,
          },
          SOURCES.compensation,
          event,
          started,
        ),
      ];
    }
    case 'complainant.replied':
      return event.data.kind === 'dispute'
        ? [
            effect(
              'respond_to_dispute',
              'handler',
              {
                id: 'Pengadu membantah jawaban: buka kembali penanganan, jawab bantahannya, atau minta atasan menutupnya dengan alasan.',
                en: 'The complainant disputes the answer: reopen the handling, answer the dispute, or ask a supervisor to close it with a reason.',
              },
              SOURCES.dispute,
              event,
            ),
          ]
        : [];
    case 'complaint.closed':
      return [
        effect(
          'notify_closed',
          'complainant',
          {
            id: `Beri tahu pengadu bahwa pengaduan ditutup (alasan: ${valueLabel(event.data.reason)}).`,
            en: `Tell the complainant the complaint is closed (reason: ${event.data.reason}).`,
          },
          event.data.reason === 'no_reply'
            ? SOURCES.closedNoReply
            : event.data.reason === 'accepted'
              ? SOURCES.closedAccepted
              : event.data.reason === 'settled'
                ? SOURCES.settled
                : SOURCES.closedAdministrative,
          event,
        ),
      ];
    case 'complaint.withdrawn':
      return [
        effect(
          'notify_withdrawn',
          'complainant',
          event.data.reason === 'deemed_lapsed'
            ? {
                id: 'Beri tahu pengadu bahwa berkas tidak dilengkapi dalam batas waktu sehingga pengadu dianggap mencabut pengaduannya.',
                en: 'Tell the complainant the file was not completed in time, so the complaint is deemed withdrawn.',
              }
            : {
                id: 'Konfirmasi kepada pengadu bahwa pengaduan telah dicabut.',
                en: 'Confirm to the complainant that the complaint was withdrawn.',
              },
          event.data.reason === 'deemed_lapsed' ? SOURCES.deemedWithdrawn : SOURCES.withdrawnByComplainant,
          event,
        ),
      ];
    case 'complaint.escalated':
      return [
        effect(
          'notify_escalation',
          'supervisor',
          {
            id: `Eskalasi ke ${valueLabel(event.data.to)} tercatat; kewajiban penyelenggara tetap berjalan.`,
            en: `Escalation to ${event.data.to} recorded; the provider's duties continue.`,
          },
          event.actor.role === 'system' ? SOURCES.laporIntervention : SOURCES.escalation,
          event,
        ),
      ];
    case 'sla.breach_recorded': {
      const clock = after.deadlines.clocks.find((c) => c.key === event.data.clockKey);
      const sanction = clock?.onLapse.kind === 'breach' ? clock.onLapse.sanction : undefined;
      const title = clock?.title ?? { id: event.data.clockKey, en: event.data.clockKey };
      return [
        effect(
          'send_breach_notice',
          'supervisor',
          {
            id: `Batas waktu terlewati: ${title.id}${forUnit(clock?.unitId)}${clock?.dueDate === undefined ? '' : ` (jatuh tempo ${clock.dueDate})`}.${sanction === undefined ? '' : ` Sanksi: ${sanction.text.id}`}`,
            en: `Limit missed: ${title.en}${forUnit(clock?.unitId)}${clock?.dueDate === undefined ? '' : ` (due ${clock.dueDate})`}.${sanction === undefined ? '' : ` Sanction: ${sanction.text.en}`}`,
          },
          clock?.source ?? SOURCES.breach,
          event,
          clock === undefined ? [] : [clock],
          clock?.unitId,
        ),
      ];
    }
    default:
      return [];
  }
}

function reminderEffect(clock: ClockReport, tick: ComplaintEvent): Effect {
  const toComplainant = clock.dutyOf === 'complainant' || clock.onLapse.kind === 'deemed_withdrawn';
  return effect(
    'send_reminder',
    toComplainant ? 'complainant' : clock.unitId === undefined ? 'handler' : 'unit',
    {
      id: `Pengingat: ${clock.title.id}${forUnit(clock.unitId)}${clock.dueDate === undefined ? '' : ` jatuh tempo ${clock.dueDate}`}.`,
      en: `Reminder: ${clock.title.en}${forUnit(clock.unitId)}${clock.dueDate === undefined ? '' : ` is due ${clock.dueDate}`}.`,
    },
    clock.source,
    tick,
    [clock],
    clock.unitId,
  );
}

/**
 * The effects of one accepted call: the effects of every history event it appended (records first,
 * in order), the duties the call started attached to the event that caused them, and the reminders
 * of a tick.
 */
export function effectsOf(
  cause: ComplaintEvent,
  appendedEvents: readonly HistoryEvent[],
  before: ComplaintContext | undefined,
  after: ComplaintContext,
): readonly Effect[] {
  const started = startedClocks(before?.deadlines, after.deadlines);
  // A person's or system's event is appended last, after any record its catch-up made; the clocks the
  // call started belong to it. A tick appends only records, which start no clock.
  const last = cause.type === 'sla.tick' ? -1 : appendedEvents.length - 1;
  const effects: Effect[] = [];
  appendedEvents.forEach((event, index) => {
    effects.push(...effectsOfEvent(event, after, index === last ? started : []));
  });
  if (cause.type === 'sla.tick' && before !== undefined) {
    const already = new Set(before.reminded);
    for (const key of after.reminded) {
      if (already.has(key)) continue;
      const clock = after.deadlines.clocks.find((c) => c.key === key);
      if (clock !== undefined) effects.push(reminderEffect(clock, cause));
    }
  }
  return Object.freeze(effects);
}
