import { formatDateForPeople } from '../../calendar/formatDateForPeople.js';
import { isCivilDate } from '../../calendar/isCivilDate.js';
import type { HistoryEvent } from '../../history/types.js';
import { machineText } from '../../i18n/errorMessages/machine.js';
import type { Locale, LocalizedText } from '../../i18n/types.js';
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
import { valueNames } from './labels.js';
import { SOURCES } from './sources.js';

/** Rupiah with dots between thousands, as written in Indonesian letters: `Rp750.000`. */
function rupiah(amount: number): string {
  const [whole = '0', cents] = String(amount).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `Rp${grouped}${cents === undefined ? '' : `,${cents}`}`;
}

/** A civil date in words for a person ("Jumat, 4 April 2025"); anything else is shown as given. */
function dateInWords(date: string, locale: Locale): string {
  return isCivilDate(date) ? formatDateForPeople(date, { locale }) : date;
}

/** A date in words in both languages; `undefined` stays `undefined`. */
function datesInWords(date: string): LocalizedText;
function datesInWords(date: string | undefined): LocalizedText | undefined;
function datesInWords(date: string | undefined): LocalizedText | undefined {
  return date === undefined ? undefined : { id: dateInWords(date, 'id'), en: dateInWords(date, 'en') };
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
          machineText('effect_issue_receipt'),
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
          machineText('effect_send_receipt', { receiptNumber: event.data.receiptNumber }),
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
          machineText('effect_file_complete'),
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
          machineText('effect_file_incomplete', { missing: event.data.missing.join('; ') }),
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
          machineText('effect_notify_hold', { holdReason: event.data.reason }),
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
          machineText('effect_send_referral', { agency: event.data.toAgency }),
          SOURCES.notOurAuthority,
          event,
        ),
      ];
    case 'complaint.archived':
      return [
        effect(
          'notify_archived',
          'complainant',
          machineText('effect_notify_archived', { reason: valueNames(event.data.reason) }),
          SOURCES.archive,
          event,
        ),
      ];
    case 'complaint.dispositioned':
      return [
        effect(
          'send_disposition',
          'unit',
          machineText('effect_send_disposition', {
            unit: event.data.unitName ?? event.data.unitId,
            unitKind: event.data.unitKind === 'apip' ? 'APIP' : 'OPD',
          }),
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
            ? machineText('effect_reroute_disposition', {
                unitId: event.data.unitId,
                rejection: event.data.reason,
              })
            : machineText('effect_disposition_rejected_others', {
                unitId: event.data.unitId,
                rejection: event.data.reason,
                remaining,
              }),
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
          machineText('effect_publish_followup', { unitId: event.data.unitId, summary: event.data.summary }),
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
          machineText(
            'effect_send_decision_notice',
            event.data.compensation === undefined
              ? { outcome: valueNames(event.data.outcome) }
              : {
                  outcome: valueNames(event.data.outcome),
                  amount: rupiah(event.data.compensation.amount),
                  payBy: datesInWords(event.data.compensation.dueOn),
                },
          ),
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
          machineText('effect_pay_compensation', {
            amount: rupiah(compensation.amount),
            payBy: datesInWords(compensation.dueOn),
          }),
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
              machineText('effect_respond_to_dispute'),
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
          machineText('effect_notify_closed', { reason: valueNames(event.data.reason) }),
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
            ? machineText('effect_notify_deemed_withdrawn')
            : machineText('effect_confirm_withdrawn'),
          event.data.reason === 'deemed_lapsed' ? SOURCES.deemedWithdrawn : SOURCES.withdrawnByComplainant,
          event,
        ),
      ];
    case 'complaint.escalated':
      return [
        effect(
          'notify_escalation',
          'supervisor',
          machineText('effect_notify_escalation', { target: valueNames(event.data.to) }),
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
          machineText('effect_send_breach_notice', {
            title,
            unitId: clock?.unitId,
            due: datesInWords(clock?.dueDate),
            sanction: sanction?.text,
          }),
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
    machineText('effect_send_reminder', {
      title: clock.title,
      unitId: clock.unitId,
      due: datesInWords(clock.dueDate),
    }),
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
