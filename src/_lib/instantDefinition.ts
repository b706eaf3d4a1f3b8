import { instantText } from '../i18n/errorMessages/instant.js';
import type { LocalizedText } from '../i18n/types.js';
import { daysFromCivil, daysInMonth, MS_PER_DAY } from './dayNumber.js';

/*
 * The one definition of a valid instant for the whole package: the schema (`InstantSchema`), the
 * calendar (`civilDateOf`, `toEpochMilliseconds`), the SLA engine and the machine all accept exactly
 * these strings and refuse everything else.
 *
 * - RFC 3339 form `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`: seconds and an explicit offset are
 *   required (the zone of an instant must never be guessed from the host).
 * - Years 1970-2099 as written. The calendar computes 1900-2199, so every deadline a policy can
 *   reasonably set (the presets' longest is 60 hari; working days take about 1.5 times as long) and
 *   every reminder before it stays inside the span the calendar answers for, with a century to spare
 *   either side; a complaint system has no record from before 1970.
 * - Offsets from -14:00 to +14:00 (the real range, Kiribati to Baker Island), minutes 00-59: every
 *   offset in use since 1972 is whole minutes, so offsets with seconds are refused.
 * - At most 9 fraction digits (nanoseconds, as Temporal); digits past the millisecond are truncated.
 */

/** The first and last year an instant may be written in, inclusive. */
export const FIRST_INSTANT_YEAR = 1970;
export const LAST_INSTANT_YEAR = 2099;
/** The largest offset from UTC, in minutes (±14:00). */
export const MAX_OFFSET_MINUTES = 14 * 60;
/** The most digits a fraction of a second may have. */
export const MAX_FRACTION_DIGITS = 9;

// Linear: fixed-width fields and one bounded run of digits, no nested or overlapping quantifiers.
const INSTANT_RE =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/** What is expected of an instant, quoted by every message that refuses one. */
export const INSTANT_EXPECTED: LocalizedText = /* @__PURE__ */ instantText('instant_expected', {
  firstInstantYear: FIRST_INSTANT_YEAR,
  lastInstantYear: LAST_INSTANT_YEAR,
  maxFractionDigits: MAX_FRACTION_DIGITS,
});

const FORM = /* @__PURE__ */ instantText('instant_form_expected', { expected: INSTANT_EXPECTED });
const NO_SUCH_TIME = /* @__PURE__ */ instantText('instant_no_such_time', { expected: FORM });
const YEAR_OUT_OF_RANGE = /* @__PURE__ */ instantText('instant_year_out_of_range', {
  firstInstantYear: FIRST_INSTANT_YEAR,
  lastInstantYear: LAST_INSTANT_YEAR,
  expected: FORM,
});
const OFFSET_OUT_OF_RANGE = /* @__PURE__ */ instantText('instant_offset_out_of_range', { expected: FORM });

/** Where {@link readInstant} leaves the reason of its last refusal. */
let lastProblem: LocalizedText = FORM;

/**
 * Milliseconds since the epoch of a valid instant, or `NaN` for anything else (any type, any
 * string). Never throws; {@link instantProblem} says why a value was refused.
 */
export function readInstant(value: unknown): number {
  const match = typeof value === 'string' && value.length <= 40 ? INSTANT_RE.exec(value) : null;
  if (match === null) {
    lastProblem = FORM;
    return Number.NaN;
  }
  const [, ys, mos, ds, hs, mis, ss, fs, sign, ohs, oms] = match;
  const year = Number(ys);
  const month = Number(mos);
  const day = Number(ds);
  const hour = Number(hs);
  const minute = Number(mis);
  const second = Number(ss);
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    lastProblem = NO_SUCH_TIME;
    return Number.NaN;
  }
  if (year < FIRST_INSTANT_YEAR || year > LAST_INSTANT_YEAR) {
    lastProblem = YEAR_OUT_OF_RANGE;
    return Number.NaN;
  }
  const offsetMinutes = sign === undefined ? 0 : Number(ohs) * 60 + Number(oms);
  if (Number(oms) > 59 || offsetMinutes > MAX_OFFSET_MINUTES) {
    lastProblem = OFFSET_OUT_OF_RANGE;
    return Number.NaN;
  }
  const fraction = fs === undefined ? 0 : Number(`${fs}00`.slice(0, 3));
  const wallMs =
    daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + fraction;
  return wallMs - (sign === '-' ? -1 : 1) * offsetMinutes * 60_000;
}

/** Why a value is not a valid instant, in Bahasa Indonesia and English; `undefined` when it is one. */
export function instantProblem(value: unknown): LocalizedText | undefined {
  return Number.isNaN(readInstant(value)) ? lastProblem : undefined;
}

/** True when the value is a valid instant (see the definition at the top of this module). */
export function isValidInstant(value: unknown): boolean {
  return !Number.isNaN(readInstant(value));
}

/** The reason of the last refusal by {@link readInstant}, for a caller that just got `NaN`. */
export function lastInstantProblem(): LocalizedText {
  return lastProblem;
}

/**
 * The part of the definition an RFC 3339 format check does not cover, for a string that passed one
 * (zod's `z.iso.datetime({ offset: true })`): the year, the size of the offset, the number of fraction
 * digits. Reads characters rather than running a pattern, so validating an event stays cheap; the
 * property test in test/calendar/instantDefinition.test.ts holds it to {@link readInstant}.
 */
export function inRangeAfterFormat(value: string): boolean {
  const year =
    (value.charCodeAt(0) - 48) * 1000 +
    (value.charCodeAt(1) - 48) * 100 +
    (value.charCodeAt(2) - 48) * 10 +
    (value.charCodeAt(3) - 48);
  if (year < FIRST_INSTANT_YEAR || year > LAST_INSTANT_YEAR) return false;
  const length = value.length;
  let end = length;
  if (value.charCodeAt(length - 1) !== 90) {
    // ±HH:MM
    end = length - 6;
    const minutes =
      ((value.charCodeAt(end + 1) - 48) * 10 + (value.charCodeAt(end + 2) - 48)) * 60 +
      (value.charCodeAt(end + 4) - 48) * 10 +
      (value.charCodeAt(end + 5) - 48);
    if (minutes > MAX_OFFSET_MINUTES) return false;
  } else {
    end = length - 1;
  }
  // Seconds end at index 19; a fraction, if any, runs from 20 to `end`.
  return end - 20 <= MAX_FRACTION_DIGITS;
}
