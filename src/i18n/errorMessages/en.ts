import type { LocalizedText } from '../types.js';

/**
 * The error messages in English, keyed by error code (the frame of each error's message, e.g.
 * `calendar_data`) and by problem (what a caller puts in that frame, e.g. `not_a_calendar`). The
 * Bahasa Indonesia table (`./id.ts`) has the same keys and parameters: its type is this table's.
 * Values are inserted already bounded (`describeValue`, `describeName`) where they come from input.
 */
export const errorMessagesEn = {
  date_format: () => `expected a date in YYYY-MM-DD form with two-digit month and day, e.g. 2025-03-27`,
  year_out_of_range: () => `the year must be between 0001 and 9999`,
  no_such_month: (p: { readonly month: string | number }) => `there is no month ${p.month} (expected 01-12)`,
  no_such_day: (p: { readonly value: string | number; readonly lastDay: string | number }) =>
    `${p.value} has ${p.lastDay} days (expected a day 01-${p.lastDay})`,
  date_without_zone: () =>
    `a Date without a time zone names no single calendar date (the date can differ in WIB, WITA and WIT), and the server's zone is never used: pass 'YYYY-MM-DD', a TZDate in the handling unit's zone (new TZDate(time, 'Asia/Jakarta') for WIB, 'Asia/Makassar' for WITA, 'Asia/Jayapura' for WIT), or take its date with civilDateOf(time, zone)`,
  invalid_date_object: () =>
    `the Date is invalid (Invalid Date); expected 'YYYY-MM-DD' or a valid TZDate with a time zone`,
  unknown_tzdate_zone: (p: { readonly zone: string | number; readonly zoneExpected: LocalizedText }) =>
    `the TZDate's zone ${p.zone} is unknown; ${p.zoneExpected.en}`,
  instant_date_expected: (p: {
    readonly firstInstantYear: string | number;
    readonly lastInstantYear: string | number;
    readonly instantExpected: LocalizedText;
  }) =>
    `expected a valid Date within the years ${p.firstInstantYear}-${p.lastInstantYear}, or ${p.instantExpected.en}`,
  iana_zone_expected: () =>
    `expected an IANA time zone name, e.g. Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)`,
  whole_days_expected: () => `expected a whole number of days (e.g. 3 or -5)`,
  duplicate_non_working_day: (p: {
    readonly date: string | number;
    readonly kind: string | number;
    readonly id: string | number;
    readonly field: string | number;
  }) => `${p.date} (${p.kind}, "${p.id}") duplicates ${p.field}`,
  duplicate_extra_working_day: (p: { readonly date: string | number; readonly field: string | number }) =>
    `extra working day ${p.date} duplicates ${p.field}`,
  extra_working_day_is_holiday: (p: {
    readonly date: string | number;
    readonly field: string | number;
    readonly name: LocalizedText;
  }) => `${p.date} cannot be both an extra working day and a non-working day (${p.field}: "${p.name.en}")`,
  coverage_gap: (p: {
    readonly fromYear: string | number;
    readonly toYear: string | number;
    readonly fromYear2: string | number;
    readonly toYear2: string | number;
  }) =>
    `coverage ${p.fromYear}-${p.toYear} does not touch ${p.fromYear2}-${p.toYear2}; the years in between cannot be claimed without their data`,
  unknown_non_working_kind: (p: { readonly nonWorkingKinds: string | number }) =>
    `unknown kind; expected one of ${p.nonWorkingKinds}`,
  no_non_working_day_to_cancel: (p: { readonly date: string | number }) =>
    `there is no matching non-working day on ${p.date} to cancel`,
  no_extra_working_day_to_cancel: (p: { readonly date: string | number }) =>
    `there is no extra working day on ${p.date} to cancel`,
  coverage_mode_expected: () => `expected 'provisional' (the default) or 'strict'`,
  not_a_calendar: () =>
    `expected a working calendar made by createWorkingCalendar(), nationalCalendar or calendar.extend()`,
  another_copy: () =>
    `this calendar comes from another copy of pengaduan (e.g. the ESM and CJS builds mixed, or two versions installed); import the calendar and the functions from the same copy (one version: \`npm ls pengaduan\`, \`npm dedupe\`; one module system: import or require)`,
  object_expected: () => `expected an object`,
  text_expected: () => `expected a non-empty string`,
  array_expected: () => `expected an array`,
  date_outside_window: (p: {
    readonly windowFirstYear: string | number;
    readonly windowLastYear: string | number;
  }) => `the date must lie between ${p.windowFirstYear}-01-01 and ${p.windowLastYear}-12-31`,
  bilingual_name_expected: () => `expected a name { id, en } in both languages`,
  tentative_expected: () => `expected { decidedBy }: the decision that will fix the date`,
  working_weekdays_expected: () =>
    `expected a non-empty array of distinct ISO weekdays (1 = Monday … 7 = Sunday)`,
  coverage_years_expected: (p: {
    readonly windowFirstYear: string | number;
    readonly windowLastYear: string | number;
  }) => `expected { fromYear, toYear }, whole years between ${p.windowFirstYear} and ${p.windowLastYear}`,
  coverage_reversed: (p: { readonly fromYear: string | number; readonly toYear: string | number }) =>
    `fromYear (${p.fromYear}) is after toYear (${p.toYear})`,
  calendar_zone_expected: () =>
    `expected an IANA time zone name, e.g. Asia/Jakarta, Asia/Makassar, Asia/Jayapura`,
  uncovered_years_expected: () => `expected 'fixed_date_holidays' (the default) or 'weekends_only'`,
  tentative_mode_expected: () => `expected 'mark' (the default) or 'strict'`,
  window_date_expected: (p: {
    readonly windowFirstYear: string | number;
    readonly windowLastYear: string | number;
  }) =>
    `expected a date between ${p.windowFirstYear}-01-01 and ${p.windowLastYear}-12-31 (the span the calendar can compute)`,
  result_outside_window: (p: {
    readonly windowFirstYear: string | number;
    readonly windowLastYear: string | number;
  }) =>
    `the result falls outside ${p.windowFirstYear}-01-01 … ${p.windowLastYear}-12-31, the span the calendar can compute`,
  result_outside_years: () => `the result falls outside the years 0001-9999`,
  epoch_milliseconds_expected: () =>
    `expected whole milliseconds since 1970-01-01T00:00:00Z within the years 0001-9999`,
  day_number_expected: (p: {
    readonly minDayNumber: string | number;
    readonly maxDayNumber: string | number;
  }) => `expected an integer between ${p.minDayNumber} (0001-01-01) and ${p.maxDayNumber} (9999-12-31)`,
  date_not_before_from: (p: { readonly first: string | number }) =>
    `expected a date not before from (${p.first})`,
  calendar_coverage: (p: {
    readonly calendar: string | number;
    readonly version: string | number;
    readonly covered: string | number;
    readonly years: string | number;
  }) =>
    `Calendar "${p.calendar}" (${p.version}) only has official holidays for ${p.covered}; this computation needs ${p.years}. Add that year's SKB with \`calendar.extend({ ..., coverage: { fromYear, toYear } })\`, or accept a provisional result (coverage: 'provisional').`,
  calendar_data: (p: {
    readonly where: string | number;
    readonly shown: string | number;
    readonly problem: LocalizedText;
  }) => `Invalid calendar data at \`${p.where}\`${p.shown}: ${p.problem.en}`,
  calendar_tentative: (p: {
    readonly days: string | number;
    readonly calendarId: string | number;
    readonly dataVersion: string | number;
  }) =>
    `This result depends on holidays whose date is not final yet (${p.days}) in calendar "${p.calendarId}" (${p.dataVersion}): the Minister of Religious Affairs fixes them after the sidang isbat and they may move by one day. Add that decision to the calendar with \`calendar.extend\`, or accept a marked result (tentative: 'mark').`,
  invalid_argument: (p: {
    readonly name: string | number;
    readonly shown: string | number;
    readonly expected: LocalizedText;
  }) => `Invalid argument \`${p.name}\` (${p.shown}): ${p.expected.en}`,
  invalid_date: (p: { readonly shown: string | number; readonly reason: LocalizedText }) =>
    `Invalid date ${p.shown}: ${p.reason.en}`,
  lapor_status_refused: (p: {
    readonly state: string | number;
    readonly current: string | number;
    readonly why: LocalizedText;
  }) => `SP4N-LAPOR! status change refused in state ${p.state} (${p.current}): ${p.why.en}`,
  revision_conflict: (p: { readonly shown: string | number; readonly actual: string | number }) =>
    `The complaint was changed by someone else: expected revision ${p.shown}, current revision ${p.actual}. Reload and retry.`,
  snapshot: (p: { readonly text: LocalizedText }) => `Complaint snapshot cannot be used: ${p.text.en}`,
  one_of_expected: (p: { readonly allowed: string | number }) => `expected one of ${p.allowed}`,
  decree_expected: () => `expected at least one decree (an SKB)`,
  decree_id_twice: (p: { readonly id: string | number }) => `decree id "${p.id}" is used twice`,
  decree_year_expected: (p: {
    readonly windowFirstYear: string | number;
    readonly windowLastYear: string | number;
  }) => `expected a whole year between ${p.windowFirstYear} and ${p.windowLastYear}`,
  amends_unknown: (p: { readonly amends: string | number }) =>
    `"${p.amends}" is not a decree of this file issued before this one`,
  skb_expected: () => `expected at least one SKB (type: skb), which makes its year covered`,
  decree_id_expected: () => `expected the id of a decree in \`decrees\``,
  cancel_before_add: () => `the cancelling decree must be issued after the decree that added the day`,
  confirm_not_tentative: () => `only a day marked tentative can be confirmed`,
  skb_years_gap: (p: { readonly years: string | number }) =>
    `the yearly SKBs must follow each other without gap or repeat; found ${p.years}`,
  format_expected: (p: { readonly calendarDataFormat: string | number }) =>
    `expected '${p.calendarDataFormat}'`,
  as_of_before_first_skb: (p: { readonly first: string | number }) =>
    `expected a date on or after the first SKB in the data (${p.first})`,
  year_without_skb: (p: { readonly year: string | number }) =>
    `year ${p.year} has no SKB (type: skb) in \`decrees\``,
  invalid_history: (p: {
    readonly index: number | undefined;
    readonly field: string;
    readonly shown: string;
    readonly expected: LocalizedText;
  }) =>
    `Invalid complaint history:${p.index === undefined ? '' : ` event [${p.index}],`} \`${p.field}\` (${p.shown}): ${p.expected.en}`,
  invalid_policy: (p: {
    readonly policy: string | undefined;
    readonly rule: string | undefined;
    readonly field: string;
    readonly shown: string;
    readonly expected: LocalizedText;
  }) =>
    `Invalid policy${p.policy === undefined ? '' : ` "${p.policy}"`}:${p.rule === undefined ? '' : ` rule "${p.rule}",`} \`${p.field}\` (${p.shown}): ${p.expected.en}`,
  open311_invalid_request: (p: {
    readonly first: { readonly id: string | undefined; readonly en: string | undefined };
    readonly count: number;
  }) =>
    `Invalid Open311 request: ${p.first.en ?? 'invalid data'}${p.count > 1 ? ` (and ${p.count - 1} more)` : ''}`,
  transition_refused: (p: {
    readonly event: LocalizedText;
    readonly role: LocalizedText | undefined;
    readonly state: LocalizedText;
    readonly why: LocalizedText;
  }) =>
    `Event ${p.event.en}${p.role === undefined ? '' : ` from role ${p.role.en}`} refused in state ${p.state.en}: ${p.why.en}`,
  options_object_expected: () => `expected an options object`,
  zod_error_expected: () => `expected a ZodError (an object with an \`issues\` list)`,
  complaint_output_expected: () => `expected a complaint as ComplaintSchema outputs it`,
  rule_only_title: () => `rule`,
  schema_validation: (p: {
    readonly first: { readonly id: string | undefined; readonly en: string | undefined };
    readonly count: number;
  }) => `${p.first.en ?? 'Invalid data'}${p.count > 1 ? ` (and ${p.count - 1} more)` : ''}`,
  list_expected: () => `expected a list`,
  locale_expected: () => `expected 'id' or 'en'`,
};

/** The shape both tables share: every key, with its parameters. */
export type ErrorMessageTable = typeof errorMessagesEn;
