import { formatInstant } from '../../calendar/formatInstant.js';
import { toEpochMilliseconds } from '../../calendar/toEpochMilliseconds.js';

/** An instant as Open311 writes date-times (W3C ISO 8601 with the zone's offset), in `zone`. */
export function w3c(instant: string, zone: string): string {
  return formatInstant(toEpochMilliseconds(instant), zone).replace(/\.000(?=[+-]|Z$)/, '');
}
