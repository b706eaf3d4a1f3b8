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
  // Small, so that callers inline it and the result stays an unboxed number: returned from a call
  // that is not inlined, every instant would be a heap-allocated number.
  return typeof value === 'string' && readCommonForm(value) ? commonForm[0]! : readByPattern(value);
}

/**
 * Where {@link readCommonForm} puts its result. A slot rather than a returned number: measured over the
 * instants of bench/sla.bench.ts, returning the number from the call (which is too large to inline)
 * made reading 3.5-7% slower, every result then being a heap number.
 */
const commonForm = /* @__PURE__ */ new Float64Array(1);

/** {@link readInstant} for every form, through the pattern; records why a value is refused. */
function readByPattern(value: unknown): number {
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

// Day numbers of the first of every month of the years an instant may be written in (one more entry
// closes the last December): the date of an instant is then one table read and a bounds check.
const MONTHS = (LAST_INSTANT_YEAR + 1 - FIRST_INSTANT_YEAR) * 12;
const MONTH_START = /* @__PURE__ */ (() => {
  const table = new Int32Array(MONTHS + 1);
  for (let i = 0; i <= MONTHS; i++)
    table[i] = daysFromCivil(FIRST_INSTANT_YEAR + Math.floor(i / 12), (i % 12) + 1, 1);
  return table;
})();

/**
 * The forms hosts write (`2025-03-27T16:30:00+07:00`, `…:00.000Z`, `…:00Z`), read character by
 * character into `commonForm[0]`: the SLA engine reads a million of them a second this way. False for
 * anything else (no seconds, other fraction lengths, or anything invalid), which {@link readByPattern}
 * then reads or refuses; it accepts nothing the pattern refuses (test/sla/internals.test.ts and
 * test/calendar/instantDefinition.test.ts hold the two together).
 */
function readCommonForm(value: string): boolean {
  const length = value.length;
  if (
    length < 20 ||
    value.charCodeAt(4) !== 45 ||
    value.charCodeAt(7) !== 45 ||
    value.charCodeAt(10) !== 84 ||
    value.charCodeAt(13) !== 58 ||
    value.charCodeAt(16) !== 58
  ) {
    return false;
  }
  const y0 = value.charCodeAt(0) - 48;
  const y1 = value.charCodeAt(1) - 48;
  const y2 = value.charCodeAt(2) - 48;
  const y3 = value.charCodeAt(3) - 48;
  const m0 = value.charCodeAt(5) - 48;
  const m1 = value.charCodeAt(6) - 48;
  const d0 = value.charCodeAt(8) - 48;
  const d1 = value.charCodeAt(9) - 48;
  const h0 = value.charCodeAt(11) - 48;
  const h1 = value.charCodeAt(12) - 48;
  const i0 = value.charCodeAt(14) - 48;
  const i1 = value.charCodeAt(15) - 48;
  const s0 = value.charCodeAt(17) - 48;
  const s1 = value.charCodeAt(18) - 48;
  // Every one must be a digit 0-9: no bit above the low four (rules out negatives and ≥ 16), and
  // none of 10-15 (adding 6 carries those into bit 16).
  const any = y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1 | h0 | h1 | i0 | i1 | s0 | s1;
  const carry =
    (y0 + 6) |
    (y1 + 6) |
    (y2 + 6) |
    (y3 + 6) |
    (m0 + 6) |
    (m1 + 6) |
    (d0 + 6) |
    (d1 + 6) |
    (h0 + 6) |
    (h1 + 6) |
    (i0 + 6) |
    (i1 + 6) |
    (s0 + 6) |
    (s1 + 6);
  if ((any & ~15) !== 0 || (carry & 16) !== 0) return false;
  let at = 19;
  let millis = 0;
  if (value.charCodeAt(19) === 46) {
    // Exactly three fraction digits here; other lengths go to the pattern.
    const f0 = value.charCodeAt(20) - 48;
    const f1 = value.charCodeAt(21) - 48;
    const f2 = value.charCodeAt(22) - 48;
    if (((f0 | f1 | f2) & ~15) !== 0 || (((f0 + 6) | (f1 + 6) | (f2 + 6)) & 16) !== 0) {
      return false;
    }
    millis = f0 * 100 + f1 * 10 + f2;
    at = 23;
  }
  let offsetMinutes = 0;
  const sign = value.charCodeAt(at);
  if (sign === 90 && length === at + 1) {
    offsetMinutes = 0;
  } else if ((sign === 43 || sign === 45) && length === at + 6 && value.charCodeAt(at + 3) === 58) {
    const o0 = value.charCodeAt(at + 1) - 48;
    const o1 = value.charCodeAt(at + 2) - 48;
    const o2 = value.charCodeAt(at + 4) - 48;
    const o3 = value.charCodeAt(at + 5) - 48;
    if (((o0 | o1 | o2 | o3) & ~15) !== 0 || (((o0 + 6) | (o1 + 6) | (o2 + 6) | (o3 + 6)) & 16) !== 0) {
      return false;
    }
    const oh = o0 * 10 + o1;
    const om = o2 * 10 + o3;
    if (om > 59 || oh * 60 + om > MAX_OFFSET_MINUTES) return false;
    offsetMinutes = (sign === 45 ? -1 : 1) * (oh * 60 + om);
  } else {
    return false;
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  const hour = h0 * 10 + h1;
  const minute = i0 * 10 + i1;
  const second = s0 * 10 + s1;
  if (
    year < FIRST_INSTANT_YEAR ||
    year > LAST_INSTANT_YEAR ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return false;
  }
  const m = (year - FIRST_INSTANT_YEAR) * 12 + month - 1;
  // The year check above keeps `m` inside the table.
  const first = MONTH_START[m]!;
  if (day > MONTH_START[m + 1]! - first) return false;
  commonForm[0] =
    (first + day - 1) * MS_PER_DAY + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + millis;
  return true;
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
