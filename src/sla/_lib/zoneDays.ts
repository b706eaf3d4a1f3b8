import { MS_PER_DAY } from '../../_lib/dayNumber.js';
import {
  dayNumberInZone,
  FIXED_OFFSET_FROM_DAY,
  FIXED_OFFSET_FROM_MS,
  fixedOffsetMinutes,
  formatInstantInZone,
  wallTimeToEpochMs,
} from '../../_lib/zones.js';
import { WINDOW_END, WINDOW_START } from '../../calendar/_lib/window.js';

/**
 * Civil days of one zone as instants: where a day starts and ends, as milliseconds and as the ISO
 * strings a report shows (`2025-04-10T23:59:59.999+07:00`, exactly as `endOfCivilDay` writes them).
 * Results are cached in arrays indexed by day number over 1900-2199: a report names few distinct
 * days, and many reports share them.
 */
export interface ZoneDays {
  readonly zone: string;
  dayOf(epochMs: number): number;
  startMs(day: number): number;
  /** The last millisecond of the day. */
  endMs(day: number): number;
  startIso(day: number): string;
  endIso(day: number): string;
}

// The span of the calendar's tables (1900-2199).
const FIRST = WINDOW_START;
const LAST = WINDOW_END;
const SPAN = LAST - FIRST + 2;

class Zone implements ZoneDays {
  readonly zone: string;
  /** Offset in milliseconds for a fixed-offset zone, else `NaN`. */
  private readonly fixedMs: number;
  private readonly fixedFromMs: number;
  private starts: Float64Array | undefined;
  private readonly startText: TextCache = newTextCache();
  private readonly endText: TextCache = newTextCache();

  constructor(zone: string) {
    this.zone = zone;
    // The zone layer's own table of fixed offsets (WIB, WITA, WIT, UTC): for days from 1964 on, the
    // day of an instant and the start of a day are then one addition, without asking the zone database.
    const fixed = fixedOffsetMinutes(zone);
    this.fixedMs = fixed === undefined ? Number.NaN : fixed * 60_000;
    this.fixedFromMs = fixed === undefined ? Number.POSITIVE_INFINITY : FIXED_OFFSET_FROM_MS;
  }

  dayOf(epochMs: number): number {
    if (epochMs >= this.fixedFromMs) return Math.floor((epochMs + this.fixedMs) / MS_PER_DAY);
    return dayNumberInZone(epochMs, this.zone);
  }

  startMs(day: number): number {
    // The usual case is kept small enough for callers to inline, so the result stays unboxed.
    if (day >= FIXED_OFFSET_FROM_DAY && !Number.isNaN(this.fixedMs)) return day * MS_PER_DAY - this.fixedMs;
    return this.startMsInDatabase(day);
  }

  /** The start of a day from the zone database (cached), for zones or days without a fixed offset. */
  private startMsInDatabase(day: number): number {
    if (day < FIRST || day > LAST + 1) return wallTimeToEpochMs(day * MS_PER_DAY, this.zone);
    if (this.starts === undefined) this.starts = new Float64Array(SPAN).fill(Number.NaN);
    let ms = this.starts[day - FIRST]!;
    if (Number.isNaN(ms)) {
      ms = wallTimeToEpochMs(day * MS_PER_DAY, this.zone);
      this.starts[day - FIRST] = ms;
    }
    return ms;
  }

  endMs(day: number): number {
    return this.startMs(day + 1) - 1;
  }

  startIso(day: number): string {
    return this.text(this.startText, day, 0);
  }

  endIso(day: number): string {
    return this.text(this.endText, day, 1);
  }

  /** The start (`end` 0) or end (`end` 1) of a day as text, from its cache. */
  private text(cache: TextCache, day: number, end: 0 | 1): string {
    if (day < FIRST || day > LAST) return formatInstantInZone(this.startMs(day + end) - end, this.zone);
    const at = day - FIRST;
    let chunk = cache[at >> CHUNK_BITS];
    if (chunk === undefined) {
      chunk = new Array<string | undefined>(CHUNK).fill(undefined);
      cache[at >> CHUNK_BITS] = chunk;
    }
    let text = chunk[at & (CHUNK - 1)];
    if (text === undefined) {
      text = formatInstantInZone(this.startMs(day + end) - end, this.zone);
      chunk[at & (CHUNK - 1)] = text;
    }
    return text;
  }
}

/**
 * The texts of a zone's days, in chunks of 512 days made when a day in them is first written: a
 * process that reports on a few years holds a few kilobytes per zone, not two arrays over the whole
 * 1900-2199 window (1.7 MB per zone, and about 1.7 ms to fill on a complaint's first call). Each
 * chunk is filled, not sparse, so that V8 keeps it in fast (indexed) mode.
 */
type TextCache = ((string | undefined)[] | undefined)[];
const CHUNK_BITS = 9;
const CHUNK = 1 << CHUNK_BITS;

function newTextCache(): TextCache {
  return new Array<(string | undefined)[] | undefined>((SPAN >> CHUNK_BITS) + 1).fill(undefined);
}

const zones = new Map<string, Zone>();

/** The day helper of a zone (validated by the caller). */
export function zoneDaysOf(zone: string): ZoneDays {
  let z = zones.get(zone);
  if (z === undefined) {
    z = new Zone(zone);
    if (zones.size < 1000) zones.set(zone, z);
  }
  return z;
}
