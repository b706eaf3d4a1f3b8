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
  // src/views, src/testing
  projection_input_expected: () => `expected { complaint, history?, status?, deadlines? }`,
  sla_report_expected: () => `expected an evaluateSla report`,
  status_expected: () => `expected { state, label?, category? }`,
  options_object_expected: () => `expected an options object`,
  replacement_text_expected: () => `expected a replacement text`,
  conformance_adapter_expected: () => `expected { submit, act, deadlines } (functions)`,
  vector_policy_expected: () => `expected 'uu25', 'sp4n', 'uu25+sp4n', 'tiered' or 'ombudsman'`,
  // src/_lib/instantDefinition.ts, src/schema
  instant_expected: (p: {
    readonly firstInstantYear: string | number;
    readonly lastInstantYear: string | number;
    readonly maxFractionDigits: string | number;
  }) =>
    `an ISO 8601 time with seconds and an explicit offset or Z, e.g. 2025-03-27T16:30:00+07:00, in the years ${p.firstInstantYear}-${p.lastInstantYear}, offset at most ±14:00, at most ${p.maxFractionDigits} fraction digits`,
  instant_form_expected: (p: { readonly expected: LocalizedText }) => `expected ${p.expected.en}`,
  instant_no_such_time: (p: { readonly expected: LocalizedText }) =>
    `that date or time does not exist; ${p.expected.en}`,
  instant_year_out_of_range: (p: {
    readonly firstInstantYear: string | number;
    readonly lastInstantYear: string | number;
    readonly expected: LocalizedText;
  }) =>
    `the year is outside ${p.firstInstantYear}-${p.lastInstantYear}, the span whose deadlines can be computed; ${p.expected.en}`,
  instant_offset_out_of_range: (p: { readonly expected: LocalizedText }) =>
    `the offset is outside -14:00 … +14:00; ${p.expected.en}`,
  zod_error_expected: () => `expected a ZodError (an object with an \`issues\` list)`,
  complaint_output_expected: () => `expected a complaint as ComplaintSchema outputs it`,
  rule_only_title: () => `rule`,
  schema_validation: (p: {
    readonly first: { readonly id: string | undefined; readonly en: string | undefined };
    readonly count: number;
  }) => `${p.first.en ?? 'Invalid data'}${p.count > 1 ? ` (and ${p.count - 1} more)` : ''}`,
  // src/rules
  none_listed: () => `none`,
  unknown_key: (p: { readonly known: LocalizedText }) =>
    `unknown key (a misspelling?); the known keys are: ${p.known.en}`,
  unknown_where_field: (p: { readonly type: string | number; readonly fields: LocalizedText }) =>
    `not a text data field of ${p.type} events, so the condition could never match; the fields it can test are: ${p.fields.en}`,
  instant_field_kind: () => `an instant`,
  date_field_kind: () => `a date`,
  unknown_start_field: (p: {
    readonly kind: LocalizedText;
    readonly events: LocalizedText;
    readonly fields: LocalizedText;
  }) =>
    `not ${p.kind.en} field of the data of the events that start the clock (${p.events.en}), so day 0 would silently be counted from the event's time; the fields there are: ${p.fields.en}`,
  too_long: (p: { readonly max: string | number }) => `expected at most ${p.max} characters`,
  too_many: (p: { readonly max: string | number }) => `expected at most ${p.max} items`,
  per_unit_start: (p: { readonly eventTypes: string | number }) =>
    `a per-unit clock must start on an event that carries data.unitId: ${p.eventTypes}`,
  rule_id_expected: () =>
    `expected an id of letters, digits, dots, underscores, colons or hyphens, e.g. "uu25.response"`,
  starts_at_expected: () =>
    `expected { field, type: "instant" | "date", otherwise: "event_at" | "not_applicable" }`,
  policy_options_expected: () =>
    `expected an object of strings, finite numbers, booleans or null, with non-blank keys`,
  // src/rules
  bilingual_text_expected: () => `expected a text { id, en } with both languages filled in`,
  source_required: () => `every rule must cite its source { instrument, article, status }`,
  instrument_expected: () => `expected the instrument, e.g. "UU 25/2009"`,
  article_expected: () => `expected the article, e.g. "Pasal 44 ayat (3)"`,
  non_blank_text_expected: () => `expected a non-blank string`,
  where_expected: () => `expected an object { field: value | [value, …] } of strings`,
  event_list_expected: () => `expected a non-empty list of history events`,
  event_type_expected: () => `expected a known history event type (see HISTORY_EVENT_TYPES)`,
  in_not_in_expected: () => `expected { in?: [string], notIn?: [string] }`,
  sanction_expected: () => `expected { text, source }`,
  limit_expected: () => `expected { amount, unit }`,
  whole_number_expected: () => `expected a whole number ≥ 0`,
  rule_object_expected: () => `expected a rule object`,
  rule_id_unique: () => `rule ids must be unique within a policy`,
  scope_expected: () => `expected "complaint" or "per_unit"`,
  pause_expected: () => `expected { on, resumeOn }`,
  new_cycle_expected: () => `expected { on, startAt }`,
  new_cycle_start_expected: () => `expected "cycle_event" or "start_event"`,
  applies_to_expected: () => `expected { complaintType?, classification? }`,
  list_expected: () => `expected a list`,
  precondition_id_expected: () => `expected a non-empty, unique precondition id`,
  policy_object_expected: () => `expected a policy object`,
  policy_id_expected: () => `expected a non-empty policy id`,
  rule_list_expected: () => `expected a list of rules`,
  lapse_expected: (p: { readonly kinds: string | number }) => `expected { kind: ${p.kinds} }`,
  at_most_expected: (p: { readonly max: string | number }) => `expected at most ${p.max}`,
  basis_expected: (p: { readonly statuses: string | number }) => `expected { status: ${p.statuses}, note }`,
  warning_expected: () =>
    `expected { workingDaysBefore: n } or { calendarDaysBefore: n } (whole n ≥ 0) or { fraction: f } (0 < f ≤ 1)`,
  rule_id_prefixes_expected: () => `expected one prefix (a string) per policy, in the same order`,
  policy_list_expected: () => `expected a list of policies`,
  preset_options_expected: () => `expected an options object, e.g. { hari: "working_days" }`,
  receipt_days_expected: () => `expected a whole number ≥ 0, or null to leave the receipt clock out`,
  // src/compliance
  clock_late_open: (p: {
    readonly where: LocalizedText;
    readonly unit: string | number;
    readonly dueDate: string | number;
    readonly asOf: string | number;
    readonly late: LocalizedText;
  }) => `${p.where.en}${p.unit}: due ${p.dueDate}, not done as of ${p.asOf}; ${p.late.en} late.`,
  clock_late_done: (p: {
    readonly where: LocalizedText;
    readonly unit: string | number;
    readonly dueDate: string | number;
    readonly stoppedAt: string | number;
    readonly late: LocalizedText;
  }) => `${p.where.en}${p.unit}: due ${p.dueDate}, done ${p.stoppedAt}; ${p.late.en} late.`,
  late_filing: (p: {
    readonly where: LocalizedText;
    readonly dueDate: string | number;
    readonly filedAt: string | number;
    readonly late: LocalizedText;
  }) =>
    `${p.where.en}: window ended ${p.dueDate}, filed ${p.filedAt}; ${p.late.en} after it (the law names no consequence).`,
  completion_lapsed_unrecorded: (p: { readonly where: LocalizedText; readonly dueDate: string | number }) =>
    `${p.where.en}: the limit to complete the file (${p.dueDate}) ran out without completion, but no deemed withdrawal is recorded.`,
  completion_lapsed_handled: (p: {
    readonly where: LocalizedText;
    readonly dueDate: string | number;
    readonly eventType: string | number;
    readonly at: string | number;
  }) =>
    `${p.where.en}: the limit to complete the file (${p.dueDate}) ran out, yet handling went on (${p.eventType} at ${p.at}) without recording a deemed withdrawal.`,
  event_left_out: (p: { readonly index: string | number; readonly why: LocalizedText }) =>
    `Event [${p.index}] ${p.why.en}; left out.`,
  event_out_of_order: (p: {
    readonly index: string | number;
    readonly eventType: string | number;
    readonly at: string | number;
    readonly lastAt: string | number;
  }) =>
    `Event [${p.index}] ${p.eventType} is dated ${p.at}, before the event recorded before it (${p.lastAt}); left out.`,
  state_does_not_accept: (p: { readonly state: string | number; readonly eventType: string | number }) =>
    `state ${p.state} does not accept ${p.eventType}`,
  event_refused_by_lifecycle: (p: {
    readonly index: string | number;
    readonly eventType: string | number;
    readonly role: string | number;
    readonly at: string | number;
    readonly state: string | number;
    readonly why: LocalizedText;
  }) =>
    `Event [${p.index}] ${p.eventType} by ${p.role} at ${p.at} is refused by the lifecycle (state ${p.state}): ${p.why.en}`,
  history_not_submitted_first: (p: { readonly eventType: string | number }) =>
    `The history does not start with complaint.submitted (first event: ${p.eventType}); the lifecycle cannot be replayed.`,
  submitted_by_roles: (p: { readonly roles: string | number }) => `a complaint is submitted by: ${p.roles}`,
  incomplete_notice_unrecorded: (p: { readonly at: string | number; readonly noticeAt: string | number }) =>
    `The complaint was deemed withdrawn at ${p.at}, but when the complainant received the incompleteness response (${p.noticeAt}) is not recorded; the 30 days of Pasal 44(4) count from that receipt.`,
  confidential_to_reported_unit: (p: { readonly at: string | number; readonly unitId: string | number }) =>
    `A confidential or anonymous complaint was dispositioned at ${p.at} to the unit it is about (${p.unitId}).`,
  supervision_to_opd: (p: { readonly at: string | number; readonly unitId: string | number }) =>
    `A complaint about supervision matters (berkadar pengawasan / whistleblowing) was dispositioned at ${p.at} to OPD ${p.unitId}, not to APIP.`,
  aggregate_expected: () =>
    `expected an aggregate from createAggregate/createAggregator (kind "pengaduan.aggregate", version 1)`,
  audit_result_expected: () => `expected a result of auditHistory`,
  aggregate_basis_differs: (p: { readonly key: string | number; readonly value: string | number }) =>
    `another ${p.key} (${p.value}); aggregates only combine audits with the same ${p.key}`,
  group_by_expected: (p: { readonly allowed: string | number }) => `expected one of: ${p.allowed}`,
  aggregate_grouped_otherwise: (p: {
    readonly groupBy: string | number;
    readonly expectedGroupBy: string | number;
  }) => `the aggregate is grouped by ${p.groupBy}, not ${p.expectedGroupBy}`,
  group_by_or_aggregate_expected: () => `expected { groupBy } or an aggregate`,
  percentile_expected: () => `expected a number 0 < p ≤ 1`,
  histogram_expected: () => `expected a histogram { days: count } of whole numbers ≥ 0`,
  audit_options_expected: () => `expected an options object with asOf`,
  locale_expected: () => `expected 'id' or 'en'`,
  audit_failed: () => `The history could not be evaluated (unexpected error).`,
  history_unauditable: () => `The history could not be audited.`,
  history_empty: () => `The history is empty: nothing to audit.`,
  not_a_history: () =>
    `The input is not a complaint history (expected an array of events or { history: [...] }).`,
  no_valid_event: (p: { readonly asOf: string | number }) => `No valid event at or before ${p.asOf}.`,
  iterable_expected: () => `expected an iterable (array, generator, stream) of histories`,
  history_schema_mismatch: (p: { readonly detail: LocalizedText }) =>
    `does not match the history schema${p.detail.en}`,
  amount_calendar_days: (p: { readonly amount: number }) =>
    `${p.amount} ${p.amount === 1 ? 'calendar day' : 'calendar days'}`,
  amount_working_days: (p: { readonly amount: number }) =>
    `${p.amount} ${p.amount === 1 ? 'working day' : 'working days'}`,
  amount_months: (p: { readonly amount: number }) => `${p.amount} ${p.amount === 1 ? 'month' : 'months'}`,
  amount_years: (p: { readonly amount: number }) => `${p.amount} ${p.amount === 1 ? 'year' : 'years'}`,
  // src/interop
  state_expected: (p: { readonly states: string | number }) =>
    `expected one of the lifecycle states: ${p.states}`,
  interop_not_a_snapshot: () =>
    `not a complaint snapshot (expected { schemaVersion, machine, value, status, context })`,
  interop_invalid_state: (p: { readonly state: string | number }) =>
    `state ${p.state} does not exist in the machine, or the history does not start with complaint.submitted`,
  unknown_lapor_status: (p: { readonly statuses: string | number }) =>
    `not a known SP4N-LAPOR! status (${p.statuses})`,
  role_cannot_record: (p: { readonly role: string | number; readonly eventType: string | number }) =>
    `role ${p.role} cannot record ${p.eventType} in this state`,
  xml_value_invalid: (p: { readonly why: LocalizedText; readonly path: string | number }) =>
    `${p.why.en} (at ${p.path})`,
  xml_too_deep: () => `nested too deeply`,
  xml_name_expected: () => `not an XML element name`,
  finite_number_expected: () => `not a finite number`,
  xml_list_without_item: () => `a list with no item name`,
  json_value_expected: () => `not a JSON value`,
  open311_root_expected: () => `expected services, service_definition, service_requests or errors`,
  json_object_expected: () => `expected an object`,
  working_calendar_expected: () => `expected a working calendar (createWorkingCalendar, nationalCalendar)`,
  service_request_id_expected: () => `a complaint without an id needs serviceRequestId`,
  open311_service_code_expected: (p: { readonly codes: string | number }) =>
    `expected an Open311 service code: ${p.codes}`,
  // src/interop: Open311 requests
  open311_unknown_field: () => `not an Open311 field or an attribute of this service`,
  open311_repeated: () => `only one value is allowed`,
  open311_not_text: () => `expected text, a number or a boolean`,
  open311_too_many_values: (p: { readonly max: string | number }) => `at most ${p.max} values`,
  open311_required: () => `is required`,
  open311_unknown_service: (p: { readonly codes: string | number }) =>
    `unknown service code; known: ${p.codes}`,
  open311_location_required: () => `a location is required: lat and long, address_string, or address_id`,
  open311_lat_long_pair: () => `lat and long must be given together`,
  number_expected: () => `expected a number`,
  open311_region_code_expected: () =>
    `expected a Kemendagri region code (32, 32.73, 32.73.01 or 32.73.01.1001)`,
  open311_other_jurisdiction: () => `another jurisdiction`,
  open311_not_an_option: () => `not one of the values of this attribute`,
  open311_formal_only: () => `only for a complaint that gives the complainant's name (first_name/last_name)`,
  open311_body_too_long: (p: { readonly max: string | number }) =>
    `the request body is longer than ${p.max} characters`,
  open311_body_expected: () => `expected a form body (application/x-www-form-urlencoded) or a JSON object`,
  string_expected: () => `expected a text`,
  received_at_options_expected: () => `expected options with receivedAt`,
  received_at_expected: () => `expected an ISO 8601 instant with an offset, from the server's clock`,
  open311_event_invalid: (p: { readonly message: string | number }) =>
    `the options do not make a valid complaint.submitted event: ${p.message}`,
  // src/cli
  cli_option_needs_value: (p: { readonly option: string | number; readonly command: string | number }) =>
    `The option \`${p.option}\` needs a value. See \`pengaduan ${p.command} --help\`.`,
  cli_unknown_option: (p: { readonly option: string | number; readonly command: string | number }) =>
    `Unknown or misused option: \`${p.option}\`. See \`pengaduan ${p.command} --help\`.`,
  cli_lang_expected: (p: { readonly value: string | number }) =>
    `\`--lang\` must be \`id\` or \`en\`, not ${p.value}.`,
  cli_option_problem: (p: { readonly option: string | number; readonly problem: LocalizedText }) =>
    `${p.option}: ${p.problem.en}`,
  cli_option_file_unreadable: (p: {
    readonly option: string | number;
    readonly path: string | number;
    readonly reason: string | number;
  }) => `${p.option}: cannot read the file ${p.path} (${p.reason}).`,
  cli_option_file_not_json: (p: {
    readonly option: string | number;
    readonly path: string | number;
    readonly message: string | number;
  }) => `${p.option}: ${p.path} is not valid JSON (${p.message}).`,
  cli_unknown_policy: (p: { readonly name: string | number; readonly known: string | number }) =>
    `\`--policy\`: ${p.name} is not a known policy (${p.known}) nor a .json file.`,
  cli_unknown_command: (p: { readonly name: string | number }) =>
    `Unknown command: ${p.name}. Commands: audit, deadline, calendar, explain.`,
  cli_input_unreadable: (p: { readonly path: string | number; readonly reason: string | number }) =>
    `Cannot read the input file ${p.path} (${p.reason}).`,
  cli_gzip_damaged: (p: { readonly message: string | number }) =>
    `The gzip file is damaged or truncated: ${p.message}.`,
  cli_input_not_array: () => `The input is not a JSON array (\`--format json\`).`,
  cli_csv_header: (p: { readonly idField: string | number; readonly found: string | number }) =>
    `The CSV header must name the columns ${p.idField}, type and at (found: ${p.found}).`,
  cli_file_unreadable: (p: { readonly path: string | number; readonly reason: string | number }) =>
    `Cannot read the file ${p.path} (${p.reason}).`,
  cli_file_not_json: (p: { readonly path: string | number; readonly message: string | number }) =>
    `${p.path} is not valid JSON: ${p.message}.`,
  cli_history_expected: () =>
    `A history must be an array of events, or an object { "id": …, "history": [ … ] }.`,
  cli_explain_usage: () => `\`pengaduan explain\` needs one history file (or - for stdin).`,
  cli_deadline_usage: () =>
    `\`pengaduan deadline\` needs three arguments: <date-or-instant> <n> <unit>, e.g. \`pengaduan deadline 2025-03-27 3 working-days\`.`,
  cli_deadline_n: (p: { readonly value: string | number }) =>
    `<n> must be a whole number from 0 to 999999, not ${p.value}.`,
  cli_deadline_unit: (p: { readonly value: string | number }) =>
    `<unit> must be working-days or calendar-days, not ${p.value}.`,
  cli_option_one_of: (p: {
    readonly option: string | number;
    readonly allowed: string | number;
    readonly value: string | number;
  }) => `\`--${p.option}\` must be one of ${p.allowed}, not ${p.value}.`,
  cli_option_whole_number: (p: {
    readonly option: string | number;
    readonly min: string | number;
    readonly max: string | number;
    readonly value: string | number;
  }) => `\`--${p.option}\` must be a whole number from ${p.min} to ${p.max}, not ${p.value}.`,
  cli_audit_usage: () =>
    `\`pengaduan audit\` needs one input file (or - for stdin). See \`pengaduan audit --help\`.`,
  cli_output_unwritable: (p: { readonly path: string | number; readonly reason: string | number }) =>
    `Cannot write the output file ${p.path} (${p.reason}).`,
  cli_calendar_usage: () =>
    `\`pengaduan calendar\` needs one year (1901-2198), e.g. \`pengaduan calendar 2025\`.`,
  cli_refused_line: (p: { readonly line: string | number; readonly label: LocalizedText }) =>
    `line ${p.line}: ${p.label.en}`,
  cli_nothing_audited: (p: { readonly count: string | number; readonly lines: LocalizedText }) =>
    `No complaint could be audited: ${p.count} lines refused (${p.lines.en}). Check --input-format.`,
};

/** The shape both tables share: every key, with its parameters. */
export type ErrorMessageTable = typeof errorMessagesEn;
