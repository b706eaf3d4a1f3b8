import { assertZone } from '../../_lib/zones.js';
import type { CoverageMode, Instant, TentativeMode, WorkingCalendar } from '../../calendar/types.js';
import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';
import { nationalCalendar } from '../../holidays/nationalCalendar.js';
import { errorText } from '../../i18n/errorMessages/index.js';
import { slaText } from '../../i18n/errorMessages/sla.js';
import type { LocalizedText } from '../../i18n/types.js';
import { checkWarning } from '../../rules/_lib/checkWarning.js';
import type { WarningThreshold } from '../../rules/types.js';

/** The options the engine reads; `evaluateSla` and `nextWakeUp` both take them. */
export interface EngineOptions {
  /** Default `nationalCalendar`. */
  readonly calendar?: WorkingCalendar;
  readonly asOf: Instant;
  readonly zone?: string;
  readonly warning?: WarningThreshold | null;
  readonly coverage?: CoverageMode;
  readonly tentative?: TentativeMode;
}

/** The warning threshold used when neither the rule nor the caller gives one. */
export const DEFAULT_WARNING: WarningThreshold = /* @__PURE__ */ Object.freeze({ workingDaysBefore: 1 });

function failOption(field: string, value: unknown, expected: LocalizedText): never {
  throw new InvalidArgumentError('invalid_argument', { argument: field, value, expected });
}

/** The `calendar` option: `nationalCalendar` when none is given. */
export function calendarOf(options: { readonly calendar?: WorkingCalendar | undefined }): WorkingCalendar {
  return options.calendar ?? nationalCalendar;
}

/** Checks the options and returns the zone name (the coverage mode is then valid too). */
export function checkEngineOptions(options: EngineOptions): string {
  if (typeof options !== 'object' || options === null) {
    failOption('options', options, slaText('sla_options_expected'));
  }
  const calendar = calendarOf(options) as unknown;
  if (
    typeof calendar !== 'object' ||
    calendar === null ||
    typeof (calendar as WorkingCalendar).zone !== 'string'
  ) {
    failOption('options.calendar', calendar, slaText('sla_calendar_expected'));
  }
  const zone = options.zone ?? (calendar as WorkingCalendar).zone;
  assertZone(zone, 'options.zone');
  const coverage = options.coverage ?? 'provisional';
  if (coverage !== 'provisional' && coverage !== 'strict') {
    failOption('options.coverage', coverage, errorText('coverage_mode_expected'));
  }
  const tentative = options.tentative ?? 'mark';
  if (tentative !== 'mark' && tentative !== 'strict') {
    failOption('options.tentative', tentative, errorText('tentative_mode_expected'));
  }
  if (options.warning !== undefined && options.warning !== null) {
    checkWarning(options.warning, 'options.warning', failOption);
  }
  return zone;
}
