import { parseInstant } from '../../_lib/parseInstant.js';
import type { Instant } from '../../calendar/types.js';

/** Milliseconds since the epoch of an instant with offset (throws `InvalidDateError` otherwise). */
export function instantMs(instant: Instant): number {
  return parseInstant(instant, 'at');
}

/** -1, 0 or 1 as `a` is before, equal to or after `b` (as instants, whatever their offsets). */
export function compareInstants(a: Instant, b: Instant): number {
  const d = instantMs(a) - instantMs(b);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/** The later of two instants (the first when equal). */
export function laterInstant(a: Instant, b: Instant): Instant {
  return compareInstants(b, a) > 0 ? b : a;
}

const OFFSET_RE = /(Z|[+-]\d{2}:\d{2}(?::\d{2})?)$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * The instant `ms` milliseconds after `instant`, written with the same offset, e.g. one millisecond
 * after `'2025-04-10T23:59:59.999+07:00'` is `'2025-04-11T00:00:00.000+07:00'`. Keeping the offset
 * keeps records readable in the handling unit's zone.
 */
export function shiftInstant(instant: Instant, ms: number): Instant {
  const offset = OFFSET_RE.exec(instant)?.[1] ?? 'Z';
  let offsetMs = 0;
  if (offset !== 'Z') {
    const sign = offset.startsWith('-') ? -1 : 1;
    const [h = '0', m = '0', s = '0'] = offset.slice(1).split(':');
    offsetMs = sign * ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000;
  }
  // A Date built from a number reads no host state; its UTC fields are the wall time in `offset`.
  const wall = new Date(instantMs(instant) + ms + offsetMs);
  return (
    `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}` +
    `T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}` +
    `.${pad(wall.getUTCMilliseconds(), 3)}${offset}`
  );
}
