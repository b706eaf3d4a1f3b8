import { InvalidDateError } from '../errors/InvalidDateError.js';
import { daysFromCivil, daysInMonth, MS_PER_DAY } from './dayNumber.js';

// RFC 3339 / ISO 8601 extended form with a mandatory offset: the zone of an instant must never be
// guessed from the host. Seconds and fractions are optional; the offset may carry seconds
// (`+07:07:12`, as Temporal prints historical offsets).
const INSTANT_RE =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2})(?::(\d{2}))?)$/;

const INSTANT_REASON = {
  id: 'diharapkan waktu ISO 8601 dengan zona waktu eksplisit (offset atau Z), mis. 2025-03-27T16:30:00+07:00',
  en: 'expected an ISO 8601 instant with an explicit offset or Z, e.g. 2025-03-27T16:30:00+07:00',
} as const;

/**
 * Milliseconds since the epoch of an ISO 8601 instant that carries its offset (`Z` or `±HH:MM`).
 * Instants without an offset (`'2025-03-27 10:00'`, `'2025-03-27T10:00'`) are refused with an
 * `InvalidDateError`, because reading them would depend on the host's zone. Digits past the
 * millisecond are truncated.
 */
export function parseInstant(value: unknown, argument = 'instant'): number {
  const match = typeof value === 'string' ? INSTANT_RE.exec(value) : null;
  if (match === null) {
    throw new InvalidDateError(value, INSTANT_REASON, { argument, expected: 'ISO 8601 instant with offset' });
  }
  const [, ys, mos, ds, hs, mis, ss, fs, z, sign, ohs, oms, oss] = match;
  const year = Number(ys);
  const month = Number(mos);
  const day = Number(ds);
  const hour = Number(hs);
  const minute = Number(mis);
  const second = ss === undefined ? 0 : Number(ss);
  const fraction = fs === undefined ? 0 : Math.floor(Number(`0.${fs}`) * 1000 + 1e-7);
  const offsetHours = z === undefined ? Number(ohs) : 0;
  const offsetMinutes = z === undefined ? Number(oms) : 0;
  const offsetSeconds = z === undefined && oss !== undefined ? Number(oss) : 0;
  const valid =
    year >= 1 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 23 &&
    offsetMinutes <= 59 &&
    offsetSeconds <= 59;
  if (!valid) {
    throw new InvalidDateError(
      value,
      {
        id: `tanggal, jam atau offset di luar rentang; ${INSTANT_REASON.id}`,
        en: `the date, time or offset is out of range; ${INSTANT_REASON.en}`,
      },
      { argument, expected: 'ISO 8601 instant with offset' },
    );
  }
  const offsetMs = (sign === '-' ? -1 : 1) * ((offsetHours * 60 + offsetMinutes) * 60 + offsetSeconds) * 1000;
  const wallMs =
    daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + fraction;
  return wallMs - offsetMs;
}
