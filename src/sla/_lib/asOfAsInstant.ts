import { epochMsOfDate } from '../../_lib/readInstantArgument.js';
import { formatInstantInZone, isValidZone } from '../../_lib/zones.js';
import type { InstantInput } from '../../calendar/types.js';
import { nationalCalendar } from '../../holidays/nationalCalendar.js';
import type { EngineOptions } from './engineOptions.js';

/**
 * The engine's options with `asOf` as an instant string. A `Date` or `TZDate` is converted once, here
 * at the boundary, and written in the report's zone (the report echoes `asOf`, and a report is JSON).
 * Options whose `asOf` is anything else are returned as they are, so strings cost nothing more and
 * the engine refuses what is wrong with its usual errors.
 */
export function asOfAsInstant<T extends { readonly asOf: InstantInput; readonly zone?: string }>(
  options: T,
): EngineOptions {
  const asOf = (options as { readonly asOf?: unknown } | null | undefined)?.asOf;
  if (!(asOf instanceof Date)) return options as unknown as EngineOptions;
  const ms = epochMsOfDate(asOf, 'asOf');
  const zone =
    options.zone ??
    ((options as { readonly calendar?: { readonly zone?: unknown } }).calendar ?? nationalCalendar).zone;
  // An unknown zone is refused by the engine just after; the instant is written in UTC meanwhile.
  return {
    ...options,
    asOf: formatInstantInZone(ms, isValidZone(zone) ? zone : 'UTC'),
  } as unknown as EngineOptions;
}
