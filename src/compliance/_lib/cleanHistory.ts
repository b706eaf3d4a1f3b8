import { deepFreeze } from '../../_lib/deepFreeze.js';
import { parseInstant } from '../../_lib/parseInstant.js';
import type { HistoryEvent } from '../../history/types.js';
import { complianceText } from '../../i18n/errorMessages/compliance.js';
import type { Locale, LocalizedText } from '../../i18n/types.js';
import { HistoryEventSchema, safeParseHistoryEvent } from '../../schema/index.js';
import type { Finding } from '../types.js';
import { RECORD_SOURCE } from './sources.js';

/** The events an audit evaluates, with their positions in the input. */
export interface CleanHistory {
  readonly events: readonly HistoryEvent[];
  /** `indices[k]` is the position in the input of `events[k]`. */
  readonly indices: readonly number[];
  readonly findings: readonly Finding[];
}

/** An event left out because it is not a valid history event, with why (in both languages). */
export function invalidEventFinding(
  index: number,
  eventType: string | undefined,
  why: LocalizedText,
): Finding {
  return {
    kind: 'invalid_event',
    severity: 'low',
    ruleId: 'record.schema',
    source: RECORD_SOURCE,
    instants: {},
    eventIndex: index,
    ...(eventType === undefined ? {} : { eventType }),
    text: complianceText('event_left_out', { index, why }),
  };
}

function typeOf(value: unknown): string | undefined {
  const type = (value as { type?: unknown } | null)?.type;
  return typeof type === 'string' ? type.slice(0, 80) : undefined;
}

function tryInstant(value: unknown): number | undefined {
  try {
    return parseInstant(value);
  } catch {
    return undefined;
  }
}

/**
 * Keeps the events that are valid history events (`HistoryEventSchema`), dated at or before `asOf`
 * and not before the event kept before them; every other event gives a finding and is left out of
 * the clocks and the replay. The events kept are frozen copies (the input is never touched).
 */
export function cleanHistory(input: readonly unknown[], asOfMs: number, locale: Locale): CleanHistory {
  const events: HistoryEvent[] = [];
  const indices: number[] = [];
  const findings: Finding[] = [];
  let lastMs = Number.NEGATIVE_INFINITY;
  let lastAt = '';
  input.forEach((raw, index) => {
    // The schema alone first: building the localized messages costs more than the check itself,
    // and they are only needed for an event that fails.
    const quick = HistoryEventSchema.safeParse(raw);
    const parsed = quick.success ? quick : safeParseHistoryEvent(raw, { locale });
    const eventType = typeOf(raw);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const message =
        issue === undefined
          ? ''
          : issue.message.length > 120
            ? `${issue.message.slice(0, 117)}...`
            : issue.message;
      const where = issue === undefined ? '' : ` (${issue.path.join('.') || 'event'}: ${message})`;
      findings.push(
        invalidEventFinding(
          index,
          eventType,
          // The schema's message is in the audit's locale only: the other text leaves it out.
          complianceText('history_schema_mismatch', {
            detail: { id: locale === 'id' ? where : '', en: locale === 'en' ? where : '' },
          }),
        ),
      );
      return;
    }
    const event = parsed.data as HistoryEvent;
    const ms = tryInstant(event.at) ?? Number.NaN;
    if (ms > asOfMs) return; // after the audit's instant: not yet part of the record
    if (ms < lastMs) {
      findings.push({
        kind: 'event_out_of_order',
        severity: 'low',
        ruleId: 'record.order',
        source: RECORD_SOURCE,
        instants: { doneAt: event.at },
        eventIndex: index,
        eventType: event.type,
        responsible: {
          role: event.actor.role,
          ...(event.actor.id === undefined ? {} : { actorId: event.actor.id }),
        },
        text: complianceText('event_out_of_order', { index, eventType: event.type, at: event.at, lastAt }),
      });
      return;
    }
    lastMs = ms;
    lastAt = event.at;
    events.push(deepFreeze(event));
    indices.push(index);
  });
  return { events, indices, findings };
}
