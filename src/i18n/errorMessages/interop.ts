import type { LocalizedText } from '../types.js';
import { textsOf } from './textsOf.js';

/**
 * The messages of src/interop in English, in a table of their own so that a bundle takes only the
 * messages of the layers it uses. Keyed by problem, like `./en.ts`.
 */
export const interopMessagesEn = {
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
};

/** The same messages in Bahasa Indonesia: the same keys and parameters. */
export const interopMessagesId: typeof interopMessagesEn = {
  state_expected: (p) => `diharapkan salah satu status siklus pengaduan: ${p.states}`,
  interop_not_a_snapshot: () =>
    `bukan snapshot pengaduan (diharapkan { schemaVersion, machine, value, status, context })`,
  interop_invalid_state: (p) =>
    `status ${p.state} tidak ada pada mesin, atau riwayat tidak dimulai dengan complaint.submitted`,
  unknown_lapor_status: (p) => `bukan status SP4N-LAPOR! yang dikenal (${p.statuses})`,
  role_cannot_record: (p) => `peran ${p.role} tidak dapat mencatat ${p.eventType} pada status ini`,
  xml_value_invalid: (p) => `${p.why.id} (di ${p.path})`,
  xml_too_deep: () => `terlalu dalam`,
  xml_name_expected: () => `bukan nama elemen XML`,
  finite_number_expected: () => `bukan angka terhingga`,
  xml_list_without_item: () => `daftar tanpa nama butir`,
  json_value_expected: () => `bukan nilai JSON`,
  open311_root_expected: () => `diharapkan services, service_definition, service_requests atau errors`,
  json_object_expected: () => `diharapkan objek`,
  working_calendar_expected: () => `diharapkan kalender kerja (createWorkingCalendar, nationalCalendar)`,
  service_request_id_expected: () => `pengaduan tanpa id memerlukan serviceRequestId`,
  open311_service_code_expected: (p) => `diharapkan kode layanan Open311: ${p.codes}`,
  open311_unknown_field: () => `bukan kolom Open311 atau atribut layanan ini`,
  open311_repeated: () => `hanya boleh satu nilai`,
  open311_not_text: () => `diharapkan teks, angka atau boolean`,
  open311_too_many_values: (p) => `paling banyak ${p.max} nilai`,
  open311_required: () => `wajib diisi`,
  open311_unknown_service: (p) => `kode layanan tidak dikenal; yang ada: ${p.codes}`,
  open311_location_required: () => `lokasi wajib: lat dan long, address_string, atau address_id`,
  open311_lat_long_pair: () => `lat dan long harus diisi bersama`,
  number_expected: () => `diharapkan angka`,
  open311_region_code_expected: () =>
    `diharapkan kode wilayah Kemendagri (32, 32.73, 32.73.01 atau 32.73.01.1001)`,
  open311_other_jurisdiction: () => `yurisdiksi lain`,
  open311_not_an_option: () => `bukan salah satu nilai atribut ini`,
  open311_formal_only: () => `hanya untuk pengaduan dengan nama pengadu (first_name/last_name)`,
  open311_body_too_long: (p) => `badan permintaan lebih dari ${p.max} karakter`,
  open311_body_expected: () => `diharapkan badan form (application/x-www-form-urlencoded) atau objek JSON`,
  string_expected: () => `diharapkan teks`,
  received_at_options_expected: () => `diharapkan opsi dengan receivedAt`,
  received_at_expected: () => `diharapkan waktu ISO 8601 dengan offset dari jam server`,
  open311_event_invalid: (p) =>
    `opsi tidak menghasilkan peristiwa complaint.submitted yang valid: ${p.message}`,
};

/** The text of one of these messages in Bahasa Indonesia and English. */
export const interopText = /* @__PURE__ */ textsOf(interopMessagesEn, interopMessagesId);
