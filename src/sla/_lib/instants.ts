import { daysFromCivil, MS_PER_DAY } from '../../_lib/dayNumber.js';
import { FIRST_INSTANT_YEAR, LAST_INSTANT_YEAR, MAX_OFFSET_MINUTES } from '../../_lib/instantDefinition.js';
import { parseInstant } from '../../_lib/parseInstant.js';

// Day numbers of the first of every month of the years an instant may be written in (one more entry
// closes the last December): the date of an instant is then one table read and a bounds check.
const FIRST_YEAR = FIRST_INSTANT_YEAR;
const MONTHS = (LAST_INSTANT_YEAR + 1 - FIRST_YEAR) * 12;
const MONTH_START = /* @__PURE__ */ (() => {
  const table = new Int32Array(MONTHS + 1);
  for (let i = 0; i <= MONTHS; i++)
    table[i] = daysFromCivil(FIRST_YEAR + Math.floor(i / 12), (i % 12) + 1, 1);
  return table;
})();

/** Where {@link readFast} puts its result. */
const parsed = new Float64Array(1);

/**
 * Milliseconds since the epoch of an ISO 8601 instant with an offset. The forms hosts write
 * (`2025-03-27T16:30:00+07:00`, `…:00.000Z`, `…:00Z`) are read character by character, which is what
 * makes evaluating 100 000 histories a second possible; anything else (no seconds, other fraction
 * lengths, or anything refused) goes to the shared parser, which accepts the rarer forms and throws
 * `InvalidDateError` for what is not a valid instant (src/_lib/parseInstant.ts defines it once).
 */
export function instantMs(value: unknown, argument: string): number {
  // Small, so that callers inline it and the result stays an unboxed number: returned from a call
  // that is not inlined, every instant would be a heap-allocated number.
  return typeof value === 'string' && readFast(value) ? parsed[0]! : parseInstant(value, argument);
}

/** Reads the usual forms into `parsed[0]`; false for anything else, which the shared parser handles. */
function readFast(value: string): boolean {
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
    // Exactly three fraction digits on the fast path.
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
  const m = (year - FIRST_YEAR) * 12 + month - 1;
  // The year check above keeps `m` inside the table.
  const first = MONTH_START[m]!;
  if (day > MONTH_START[m + 1]! - first) return false;
  const dayNumber = first + day - 1;
  parsed[0] = dayNumber * MS_PER_DAY + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + millis;
  return true;
}
