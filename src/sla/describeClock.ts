import { formatDayForPeople } from '../_lib/formatForPeople.js';
import { type LocaleOptions, localeOptionOf } from '../_lib/localeOptionOf.js';
import { parseDayNumber } from '../_lib/parseDayNumber.js';
import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import { slaText } from '../i18n/errorMessages/sla.js';
import type { Locale } from '../i18n/types.js';
import { STATUS_LABELS, UNIT_LABELS } from './_lib/labels.js';
import { formatClockSource, sourceOf } from './formatClockSource.js';
import type { ClockReport } from './types.js';

const EXPECTED_CLOCK = /* @__PURE__ */ slaText('clock_expected');

function notAClock(clock: unknown): never {
  throw new InvalidArgumentError('invalid_argument', {
    argument: 'clock',
    value: clock,
    expected: EXPECTED_CLOCK,
  });
}

function isOptional(value: unknown, type: 'string' | 'number'): boolean {
  return value === undefined || typeof value === type;
}

/** Checks the fields a sentence reads, so that a wrong value is an `InvalidArgumentError`, not a `TypeError`. */
function checkClock(clock: unknown, locale: Locale): ClockReport {
  const c = clock as ClockReport;
  const valid =
    clock !== null &&
    typeof clock === 'object' &&
    c.title !== null &&
    typeof c.title === 'object' &&
    typeof c.title[locale] === 'string' &&
    Object.hasOwn(UNIT_LABELS.id, c.unit) &&
    Object.hasOwn(STATUS_LABELS.id, c.status) &&
    typeof c.limit === 'number' &&
    isOptional(c.unitId, 'string') &&
    isOptional(c.dueDate, 'string') &&
    isOptional(c.left, 'number') &&
    isOptional(c.overdue, 'number') &&
    c.onLapse !== null &&
    typeof c.onLapse === 'object';
  if (!valid) notAClock(clock);
  sourceOf(clock, 'clock');
  if (c.status === 'breached' && c.onLapse.kind === 'breach' && c.onLapse.sanction !== undefined) {
    const sanction = c.onLapse.sanction;
    sourceOf(sanction, 'clock.onLapse.sanction');
    if (typeof sanction.text?.[locale] !== 'string') notAClock(clock);
  }
  return c;
}

/**
 * One sentence that says what a clock is, when it falls due, under which rule, and where it stands,
 * for a complaint page, a notification or an audit sheet. For a breached duty it names the sanction.
 *
 * @param input - a clock of an `SlaReport`
 * @param options - `locale`: `'id'` (default) or `'en'`; any other value writes Bahasa Indonesia
 * @returns the sentence
 * @throws {InvalidArgumentError} when `clock` is not a clock of a report
 * @throws {InvalidDateError} when its `dueDate` is not a date
 * @see UU 25/2009 Pasal 54
 * @example
 * ```ts
 * import { describeClock, evaluateSla, nationalCalendar, uu25Policy } from 'pengaduan';
 * const report = evaluateSla(
 *   [{ type: 'complaint.submitted', at: '2025-03-21T10:00:00+07:00', actor: { role: 'complainant' }, data: {} }],
 *   uu25Policy,
 *   { calendar: nationalCalendar, asOf: '2025-04-01T09:00:00+07:00' },
 * );
 * describeClock(report.clocks.find((c) => c.ruleId === 'uu25.response')!);
 * //=> 'Tanggapan atas kelengkapan pengaduan: batas waktu Jumat, 4 April 2025 (14 hari kalender) menurut UU 25/2009 Pasal 44 ayat (3); berjalan, sisa 3 hari kalender.'
 * ```
 */
export function describeClock(input: ClockReport, options: LocaleOptions = {}): string {
  const locale = localeOptionOf(options);
  const clock = checkClock(input, locale);
  const unit = UNIT_LABELS[locale][clock.unit];
  const status = STATUS_LABELS[locale][clock.status];
  const source = formatClockSource(clock, { locale });
  const title = clock.title[locale];
  const unitName = clock.unitId === undefined ? '' : ` (${clock.unitId})`;
  if (clock.dueDate === undefined) {
    return locale === 'id'
      ? `${title}${unitName} (${clock.limit} ${unit}) menurut ${source}: ${status}.`
      : `${title}${unitName} (${clock.limit} ${unit}) under ${source}: ${status}.`;
  }
  const due = formatDayForPeople(parseDayNumber(clock.dueDate, 'dueDate'), locale);
  let sentence =
    locale === 'id'
      ? `${title}${unitName}: batas waktu ${due} (${clock.limit} ${unit}) menurut ${source}; ${status}`
      : `${title}${unitName}: due ${due} (${clock.limit} ${unit}) under ${source}; ${status}`;
  if ((clock.status === 'running' || clock.status === 'paused') && clock.left !== undefined) {
    sentence += locale === 'id' ? `, sisa ${clock.left} ${unit}` : `, ${clock.left} ${unit} left`;
  }
  if (clock.overdue !== undefined && (clock.status === 'breached' || clock.status === 'lapsed')) {
    sentence += locale === 'id' ? `, lewat ${clock.overdue} ${unit}` : `, ${clock.overdue} ${unit} over`;
  }
  sentence += '.';
  if (
    clock.status === 'breached' &&
    clock.onLapse.kind === 'breach' &&
    clock.onLapse.sanction !== undefined
  ) {
    const { sanction } = clock.onLapse;
    sentence +=
      locale === 'id'
        ? ` Sanksi (${formatClockSource(sanction, { locale: 'id' })}): ${sanction.text.id}`
        : ` Sanction (${formatClockSource(sanction, { locale: 'en' })}): ${sanction.text.en}`;
  }
  return sentence;
}
