import { tzOffset } from '@date-fns/tz';
import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import { errorText } from '../i18n/errorMessages/index.js';
import { civilFromDays, dayOfPacked, MS_PER_DAY, monthOfPacked, yearOfPacked } from './dayNumber.js';

/**
 * Indonesia's zones have had one fixed offset since 1 January 1964 (WIB +07:00, WITA +08:00,
 * WIT +09:00). After that instant the offset is known without asking `Intl`, which is the slow part.
 */
const FIXED_SINCE_1964: Readonly<Record<string, number>> = {
  'Asia/Jakarta': 420,
  'Asia/Makassar': 480,
  'Asia/Jayapura': 540,
  UTC: 0,
  'Etc/UTC': 0,
};
// 1964-01-01T00:00:00Z; every offset above was in force from the local midnight before that or earlier.
const FIXED_FROM_MS = Date.UTC(1964, 0, 1);

/**
 * The first day (1964-01-02) whose start, and the day before's, lie after {@link FIXED_FROM_MS}:
 * from it on, a day of a zone of {@link fixedOffsetMinutes} starts at `day × MS_PER_DAY − offset`,
 * exactly as {@link wallTimeToEpochMs} finds.
 */
export const FIXED_OFFSET_FROM_DAY = FIXED_FROM_MS / MS_PER_DAY + 1;

/**
 * The offset in minutes of a zone that has kept one offset since 1964-01-01T00:00Z (WIB, WITA, WIT,
 * UTC), else `undefined`: after that instant its civil days are one addition away, without `Intl`.
 */
export function fixedOffsetMinutes(zone: string): number | undefined {
  return Object.hasOwn(FIXED_SINCE_1964, zone) ? FIXED_SINCE_1964[zone] : undefined;
}

/** The instant from which {@link fixedOffsetMinutes} holds: 1964-01-01T00:00Z. */
export const FIXED_OFFSET_FROM_MS = FIXED_FROM_MS;

const validZones = new Map<string, boolean>();

/**
 * Throws `InvalidArgumentError` unless `zone` is an IANA time zone name the runtime knows
 * (`'Asia/Jakarta'`, `'Asia/Makassar'`, `'Asia/Jayapura'`, `'UTC'` …). Bare offsets such as
 * `'+07:00'` are refused: a handling unit sits in a zone, and the zone's rules are what count.
 */
export function isValidZone(zone: unknown): zone is string {
  if (typeof zone !== 'string') return false;
  // Indonesia's three zones and UTC are known without asking the runtime: creating the first
  // `Intl.DateTimeFormat` costs several milliseconds, and the national calendar checks its zone when
  // the module loads. Every runtime with time zone support knows these names.
  if (Object.hasOwn(FIXED_SINCE_1964, zone)) return true;
  const known = validZones.get(zone);
  if (known !== undefined) return known;
  let ok = false;
  if (zone.length > 0 && !/^[+-]/.test(zone)) {
    try {
      // The runtime's own zone database is the only authority available everywhere (browsers, Deno, Bun).
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      ok = true;
    } catch {
      ok = false;
    }
  }
  // Remember both answers; the set of names a program uses is small.
  if (validZones.size < 1000) validZones.set(zone, ok);
  return ok;
}

/** What a zone argument accepts, for error messages. */
export const ZONE_EXPECTED = /* @__PURE__ */ errorText('iana_zone_expected');

/**
 * Throws `InvalidArgumentError` unless `zone` is an IANA time zone name the runtime knows
 * (`'Asia/Jakarta'`, `'Asia/Makassar'`, `'Asia/Jayapura'`, `'UTC'` …). Bare offsets such as
 * `'+07:00'` are refused: a handling unit sits in a zone, and the zone's rules are what count.
 */
export function assertZone(zone: unknown, argument = 'zone'): asserts zone is string {
  if (!isValidZone(zone))
    throw new InvalidArgumentError('invalid_argument', { argument, value: zone, expected: ZONE_EXPECTED });
}

/** The zone's offset from UTC in minutes (east positive, `420` for WIB) at an instant. */
export function zoneOffsetMinutes(zone: string, epochMs: number): number {
  const fixed = FIXED_SINCE_1964[zone];
  if (fixed !== undefined && epochMs >= FIXED_FROM_MS) return fixed;
  return tzOffset(zone, new Date(epochMs));
}

/** The day number of the civil date of an instant in a zone. */
export function dayNumberInZone(epochMs: number, zone: string): number {
  const offset = zoneOffsetMinutes(zone, epochMs);
  return Math.floor((epochMs + offset * 60_000) / MS_PER_DAY);
}

/**
 * The instant at which a wall-clock time (given as milliseconds of a UTC-like wall clock) happens in
 * a zone. Where the wall time occurs twice (clocks set back) the earlier instant is taken; where it
 * does not occur (clocks set forward) the instant the gap ends, as Temporal's `'compatible'` does.
 */
export function wallTimeToEpochMs(wallMs: number, zone: string): number {
  const before = zoneOffsetMinutes(zone, wallMs - MS_PER_DAY);
  const after = zoneOffsetMinutes(zone, wallMs + MS_PER_DAY);
  const candidateBefore = wallMs - before * 60_000;
  if (before === after) return candidateBefore;
  const candidateAfter = wallMs - after * 60_000;
  const beforeHolds = zoneOffsetMinutes(zone, candidateBefore) === before;
  const afterHolds = zoneOffsetMinutes(zone, candidateAfter) === after;
  if (beforeHolds && afterHolds) return Math.min(candidateBefore, candidateAfter);
  if (afterHolds) return candidateAfter;
  return candidateBefore;
}

const TWO = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * An instant written as an ISO 8601 string in a zone's local time with that zone's offset:
 * `2025-04-10T23:59:59.999+09:00`. Offsets with seconds (historical local mean time) keep them.
 */
export function formatInstantInZone(epochMs: number, zone: string): string {
  const offsetMinutes = zoneOffsetMinutes(zone, epochMs);
  const offsetMs = Math.round(offsetMinutes * 60_000);
  const wall = epochMs + offsetMs;
  const dayNumber = Math.floor(wall / MS_PER_DAY);
  const msOfDay = wall - dayNumber * MS_PER_DAY;
  const packed = civilFromDays(dayNumber);
  const year = yearOfPacked(packed);
  const yearText = year >= 1000 ? String(year) : String(year).padStart(4, '0');
  const hours = Math.floor(msOfDay / 3_600_000);
  const minutes = Math.floor(msOfDay / 60_000) % 60;
  const seconds = Math.floor(msOfDay / 1000) % 60;
  const millis = String(msOfDay % 1000).padStart(3, '0');
  return (
    `${yearText}-${TWO(monthOfPacked(packed))}-${TWO(dayOfPacked(packed))}` +
    `T${TWO(hours)}:${TWO(minutes)}:${TWO(seconds)}.${millis}${formatOffset(offsetMinutes)}`
  );
}

/** An offset in minutes written `+07:00`, `-03:30`, or `+07:07:12` when it has seconds (local mean time). */
export function formatOffset(offsetMinutes: number): string {
  const absOffsetSeconds = Math.abs(Math.round(offsetMinutes * 60));
  return (
    `${offsetMinutes < 0 ? '-' : '+'}${TWO(Math.floor(absOffsetSeconds / 3600))}:${TWO(Math.floor(absOffsetSeconds / 60) % 60)}` +
    (absOffsetSeconds % 60 === 0 ? '' : `:${TWO(absOffsetSeconds % 60)}`)
  );
}
