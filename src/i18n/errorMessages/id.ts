import type { ErrorMessageTable } from './en.js';

/** The error messages in Bahasa Indonesia: the same keys and parameters as `./en.ts`. */
export const errorMessagesId: ErrorMessageTable = {
  date_format: () =>
    `diharapkan tanggal berformat YYYY-MM-DD dengan bulan dan hari dua digit, mis. 2025-03-27`,
  year_out_of_range: () => `tahun harus antara 0001 dan 9999`,
  no_such_month: (p) => `bulan ${p.month} tidak ada (harus 01-12)`,
  no_such_day: (p) => `${p.value} hanya memiliki ${p.lastDay} hari (hari harus 01-${p.lastDay})`,
  date_without_zone: () =>
    `Date tanpa zona waktu tidak menunjuk satu tanggal kalender (tanggalnya bisa berbeda di WIB, WITA dan WIT), dan zona waktu server tidak dipakai: berikan tanggal 'YYYY-MM-DD', TZDate dalam zona unit yang menangani (new TZDate(waktu, 'Asia/Jakarta') untuk WIB, 'Asia/Makassar' untuk WITA, 'Asia/Jayapura' untuk WIT), atau ambil tanggalnya dengan civilDateOf(waktu, zona)`,
  invalid_date_object: () =>
    `Date tidak valid (Invalid Date); diharapkan tanggal 'YYYY-MM-DD' atau TZDate yang valid dengan zona waktu`,
  unknown_tzdate_zone: (p) => `zona waktu TZDate ${p.zone} tidak dikenal; ${p.zoneExpected.id}`,
  instant_date_expected: (p) =>
    `diharapkan Date yang valid dalam tahun ${p.firstInstantYear}-${p.lastInstantYear}, atau ${p.instantExpected.id}`,
  iana_zone_expected: () =>
    `diharapkan nama zona waktu IANA, mis. Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)`,
  whole_days_expected: () => `diharapkan bilangan bulat hari (mis. 3 atau -5)`,
  duplicate_non_working_day: (p) => `${p.date} (${p.kind}, "${p.id}") sudah ada di ${p.field}`,
  duplicate_extra_working_day: (p) => `hari kerja tambahan ${p.date} sudah ada di ${p.field}`,
  extra_working_day_is_holiday: (p) =>
    `${p.date} tidak bisa sekaligus hari kerja tambahan dan hari libur (${p.field}: "${p.name.id}")`,
  coverage_gap: (p) =>
    `cakupan ${p.fromYear}-${p.toYear} tidak bersambung dengan ${p.fromYear2}-${p.toYear2}; tahun di antaranya tidak boleh dianggap tercakup tanpa data`,
  unknown_non_working_kind: (p) => `jenis tidak dikenal; diharapkan salah satu dari ${p.nonWorkingKinds}`,
  no_non_working_day_to_cancel: (p) => `tidak ada hari libur yang cocok pada ${p.date} untuk dibatalkan`,
  no_extra_working_day_to_cancel: (p) => `tidak ada hari kerja tambahan pada ${p.date} untuk dibatalkan`,
  coverage_mode_expected: () => `diharapkan 'provisional' (bawaan) atau 'strict'`,
  not_a_calendar: () =>
    `diharapkan kalender kerja dari createWorkingCalendar(), nationalCalendar, atau calendar.extend()`,
  another_copy: () =>
    `kalender ini berasal dari salinan lain paket pengaduan (mis. build ESM dan CJS tercampur, atau dua versi terpasang); impor kalender dan fungsi dari salinan yang sama (satu versi: \`npm ls pengaduan\`, \`npm dedupe\`; satu sistem modul: import atau require)`,
  object_expected: () => `diharapkan sebuah objek`,
  text_expected: () => `diharapkan teks yang tidak kosong`,
  array_expected: () => `diharapkan sebuah array`,
  date_outside_window: (p) => `tanggal harus antara ${p.windowFirstYear}-01-01 dan ${p.windowLastYear}-12-31`,
  bilingual_name_expected: () => `diharapkan nama { id, en } dalam dua bahasa`,
  tentative_expected: () => `diharapkan { decidedBy }: keputusan yang akan menetapkan tanggalnya`,
  working_weekdays_expected: () =>
    `diharapkan array hari kerja ISO yang tidak kosong dan tanpa duplikat (1 = Senin … 7 = Minggu)`,
  coverage_years_expected: (p) =>
    `diharapkan { fromYear, toYear }, tahun bulat antara ${p.windowFirstYear} dan ${p.windowLastYear}`,
  coverage_reversed: (p) => `fromYear (${p.fromYear}) lebih besar dari toYear (${p.toYear})`,
  calendar_zone_expected: () =>
    `diharapkan nama zona waktu IANA, mis. Asia/Jakarta, Asia/Makassar, Asia/Jayapura`,
  uncovered_years_expected: () => `diharapkan 'fixed_date_holidays' (bawaan) atau 'weekends_only'`,
  tentative_mode_expected: () => `diharapkan 'mark' (bawaan) atau 'strict'`,
  window_date_expected: (p) =>
    `diharapkan tanggal antara ${p.windowFirstYear}-01-01 dan ${p.windowLastYear}-12-31 (rentang yang dapat dihitung kalender)`,
  result_outside_window: (p) =>
    `hasilnya jatuh di luar ${p.windowFirstYear}-01-01 … ${p.windowLastYear}-12-31, rentang yang dapat dihitung kalender`,
  result_outside_years: () => `hasilnya di luar tahun 0001-9999`,
  epoch_milliseconds_expected: () =>
    `diharapkan bilangan bulat milidetik sejak 1970-01-01T00:00:00Z dalam tahun 0001-9999`,
  day_number_expected: (p) =>
    `diharapkan bilangan bulat antara ${p.minDayNumber} (0001-01-01) dan ${p.maxDayNumber} (9999-12-31)`,
  date_not_before_from: (p) => `diharapkan tanggal yang tidak sebelum from (${p.first})`,
  calendar_coverage: (p) =>
    `Kalender "${p.calendar}" (${p.version}) hanya memuat hari libur resmi ${p.covered}; perhitungan ini memerlukan tahun ${p.years}. Tambahkan SKB hari libur tahun tersebut dengan \`calendar.extend({ ..., coverage: { fromYear, toYear } })\`, atau terima hasil sementara (coverage: 'provisional').`,
  calendar_data: (p) => `Data kalender tidak valid pada \`${p.where}\`${p.shown}: ${p.problem.id}`,
  calendar_tentative: (p) =>
    `Hasil ini bergantung pada hari libur yang tanggalnya belum pasti (${p.days}) di kalender "${p.calendarId}" (${p.dataVersion}): tanggal itu ditetapkan Keputusan Menteri Agama setelah sidang isbat dan bisa bergeser satu hari. Tambahkan keputusan itu ke kalender dengan \`calendar.extend\`, atau terima hasil bertanda (tentative: 'mark').`,
  invalid_argument: (p) => `Argumen \`${p.name}\` tidak valid (${p.shown}): ${p.expected.id}`,
  invalid_date: (p) => `Tanggal tidak valid ${p.shown}: ${p.reason.id}`,
  lapor_status_refused: (p) =>
    `Perubahan status SP4N-LAPOR! ditolak pada status ${p.state} (${p.current}): ${p.why.id}`,
  revision_conflict: (p) =>
    `Pengaduan sudah diubah pihak lain: revisi yang diharapkan ${p.shown}, revisi sekarang ${p.actual}. Muat ulang lalu coba lagi.`,
  snapshot: (p) => `Snapshot pengaduan tidak dapat dipakai: ${p.text.id}`,
  one_of_expected: (p) => `diharapkan salah satu dari ${p.allowed}`,
  decree_expected: () => `diharapkan setidaknya satu keputusan (SKB)`,
  decree_id_twice: (p) => `id keputusan "${p.id}" sudah dipakai`,
  decree_year_expected: (p) => `diharapkan tahun bulat antara ${p.windowFirstYear} dan ${p.windowLastYear}`,
  amends_unknown: (p) => `"${p.amends}" bukan keputusan yang terbit lebih dahulu di berkas ini`,
  skb_expected: () => `diharapkan setidaknya satu SKB (type: skb) yang menetapkan satu tahun`,
  decree_id_expected: () => `diharapkan id sebuah keputusan di \`decrees\``,
  cancel_before_add: () =>
    `keputusan yang membatalkan harus terbit sesudah keputusan yang menetapkan hari ini`,
  confirm_not_tentative: () => `hanya hari yang bertanda tentative yang dapat dikonfirmasi`,
  skb_years_gap: (p) => `SKB tahunan harus berurutan tanpa celah dan tanpa ganda; ditemukan ${p.years}`,
  format_expected: (p) => `diharapkan '${p.calendarDataFormat}'`,
  as_of_before_first_skb: (p) => `diharapkan tanggal sejak SKB pertama di data (${p.first})`,
  year_without_skb: (p) => `tahun ${p.year} tidak memiliki SKB (type: skb) di \`decrees\``,
  invalid_history: (p) =>
    `Riwayat pengaduan tidak valid:${p.index === undefined ? '' : ` peristiwa [${p.index}],`} \`${p.field}\` (${p.shown}): ${p.expected.id}`,
  invalid_policy: (p) =>
    `Kebijakan${p.policy === undefined ? '' : ` "${p.policy}"`} tidak valid:${p.rule === undefined ? '' : ` aturan "${p.rule}",`} \`${p.field}\` (${p.shown}): ${p.expected.id}`,
  open311_invalid_request: (p) =>
    `Permintaan Open311 tidak valid: ${p.first.id ?? 'data tidak valid'}${p.count > 1 ? ` (dan ${p.count - 1} masalah lain)` : ''}`,
  transition_refused: (p) =>
    `Peristiwa ${p.event.id}${p.role === undefined ? '' : ` dari ${p.role.id}`} ditolak pada status ${p.state.id}: ${p.why.id}`,
  // src/views, src/testing
  projection_input_expected: () => `diharapkan { complaint, history?, status?, deadlines? }`,
  sla_report_expected: () => `diharapkan laporan evaluateSla`,
  status_expected: () => `diharapkan { state, label?, category? }`,
  options_object_expected: () => `diharapkan objek opsi`,
  replacement_text_expected: () => `diharapkan teks pengganti`,
  conformance_adapter_expected: () => `diharapkan { submit, act, deadlines } (fungsi)`,
  vector_policy_expected: () => `diharapkan 'uu25', 'sp4n', 'uu25+sp4n', 'tiered' atau 'ombudsman'`,
  // src/_lib/instantDefinition.ts, src/schema
  instant_expected: (p) =>
    `waktu ISO 8601 dengan detik dan zona waktu eksplisit (offset atau Z), mis. 2025-03-27T16:30:00+07:00, tahun ${p.firstInstantYear}-${p.lastInstantYear}, offset paling jauh ±14:00, pecahan detik paling banyak ${p.maxFractionDigits} digit`,
  instant_form_expected: (p) => `diharapkan ${p.expected.id}`,
  instant_no_such_time: (p) => `tanggal atau jam itu tidak ada; ${p.expected.id}`,
  instant_year_out_of_range: (p) =>
    `tahun di luar ${p.firstInstantYear}-${p.lastInstantYear}, rentang yang tenggatnya dapat dihitung; ${p.expected.id}`,
  instant_offset_out_of_range: (p) => `offset zona waktu di luar -14:00 … +14:00; ${p.expected.id}`,
  zod_error_expected: () => `diharapkan ZodError (objek dengan daftar \`issues\`)`,
  complaint_output_expected: () => `diharapkan pengaduan keluaran ComplaintSchema`,
  rule_only_title: () => `aturan`,
  schema_validation: (p) =>
    `${p.first.id ?? 'Data tidak valid'}${p.count > 1 ? ` (dan ${p.count - 1} masalah lain)` : ''}`,
  // src/rules
  none_listed: () => `tidak ada`,
  unknown_key: (p) => `kunci tidak dikenal (salah ketik?); yang dikenal: ${p.known.id}`,
  unknown_where_field: (p) =>
    `bukan field data teks dari peristiwa ${p.type}, jadi syarat ini tidak akan pernah terpenuhi; yang dapat diuji: ${p.fields.id}`,
  instant_field_kind: () => `waktu (instant)`,
  date_field_kind: () => `tanggal`,
  unknown_start_field: (p) =>
    `bukan field ${p.kind.id} pada data peristiwa yang memulai jam (${p.events.id}), sehingga hari ke-0 akan diam-diam dihitung dari waktu peristiwa; yang ada: ${p.fields.id}`,
  too_long: (p) => `diharapkan paling banyak ${p.max} karakter`,
  too_many: (p) => `diharapkan paling banyak ${p.max} butir`,
  per_unit_start: (p) =>
    `jam per unit harus dimulai oleh peristiwa yang membawa data.unitId: ${p.eventTypes}`,
  rule_id_expected: () =>
    `diharapkan id berupa huruf, angka, titik, garis bawah, titik dua atau tanda hubung, mis. "uu25.response"`,
  starts_at_expected: () =>
    `diharapkan { field, type: "instant" | "date", otherwise: "event_at" | "not_applicable" }`,
  policy_options_expected: () =>
    `diharapkan objek berisi teks, angka hingga, boolean atau null, dengan kunci yang tidak kosong`,
  // src/rules
  bilingual_text_expected: () => `diharapkan teks { id, en } yang keduanya tidak kosong`,
  source_required: () => `setiap aturan wajib mencantumkan sumbernya { instrument, article, status }`,
  instrument_expected: () => `diharapkan nama peraturan, mis. "UU 25/2009"`,
  article_expected: () => `diharapkan pasal, mis. "Pasal 44 ayat (3)"`,
  non_blank_text_expected: () => `diharapkan teks yang tidak kosong`,
  where_expected: () => `diharapkan objek { field: nilai | [nilai, …] } berisi teks`,
  event_list_expected: () => `diharapkan daftar peristiwa riwayat yang tidak kosong`,
  event_type_expected: () => `diharapkan jenis peristiwa yang dikenal (lihat HISTORY_EVENT_TYPES)`,
  in_not_in_expected: () => `diharapkan { in?: [teks], notIn?: [teks] }`,
  sanction_expected: () => `diharapkan { text, source }`,
  limit_expected: () => `diharapkan { amount, unit }`,
  whole_number_expected: () => `diharapkan bilangan bulat ≥ 0`,
  rule_object_expected: () => `diharapkan objek aturan`,
  rule_id_unique: () => `id aturan harus unik dalam satu kebijakan`,
  scope_expected: () => `diharapkan "complaint" atau "per_unit"`,
  pause_expected: () => `diharapkan { on, resumeOn }`,
  new_cycle_expected: () => `diharapkan { on, startAt }`,
  new_cycle_start_expected: () => `diharapkan "cycle_event" atau "start_event"`,
  applies_to_expected: () => `diharapkan { complaintType?, classification? }`,
  list_expected: () => `diharapkan daftar`,
  precondition_id_expected: () => `diharapkan id prasyarat yang tidak kosong dan unik`,
  policy_object_expected: () => `diharapkan objek kebijakan`,
  policy_id_expected: () => `diharapkan id kebijakan yang tidak kosong`,
  rule_list_expected: () => `diharapkan daftar aturan`,
  lapse_expected: (p) => `diharapkan { kind: ${p.kinds} }`,
  at_most_expected: (p) => `diharapkan paling banyak ${p.max}`,
  basis_expected: (p) => `diharapkan { status: ${p.statuses}, note }`,
  warning_expected: () =>
    `diharapkan { workingDaysBefore: n } atau { calendarDaysBefore: n } (bilangan bulat ≥ 0) atau { fraction: f } (0 < f ≤ 1)`,
  rule_id_prefixes_expected: () =>
    `diharapkan satu awalan (teks) untuk setiap kebijakan, dalam urutan yang sama`,
  policy_list_expected: () => `diharapkan daftar kebijakan`,
  preset_options_expected: () => `diharapkan objek opsi, mis. { hari: "working_days" }`,
  receipt_days_expected: () => `diharapkan bilangan bulat ≥ 0, atau null untuk meniadakan jam tanda terima`,
  // src/compliance
  clock_late_open: (p) =>
    `${p.where.id}${p.unit}: jatuh tempo ${p.dueDate}, belum dilakukan per ${p.asOf}; terlambat ${p.late.id}.`,
  clock_late_done: (p) =>
    `${p.where.id}${p.unit}: jatuh tempo ${p.dueDate}, dilakukan ${p.stoppedAt}; terlambat ${p.late.id}.`,
  late_filing: (p) =>
    `${p.where.id}: batas ${p.dueDate}, diajukan ${p.filedAt}; lewat ${p.late.id} (undang-undang tidak menyebut akibatnya).`,
  completion_lapsed_unrecorded: (p) =>
    `${p.where.id}: batas melengkapi berkas ${p.dueDate} lewat tanpa kelengkapan, tetapi pengaduan belum dicatat dianggap dicabut.`,
  completion_lapsed_handled: (p) =>
    `${p.where.id}: batas melengkapi berkas ${p.dueDate} lewat, tetapi penanganan berlanjut (${p.eventType} pada ${p.at}) tanpa mencatat anggapan dicabut.`,
  event_left_out: (p) => `Peristiwa [${p.index}] ${p.why.id}; tidak dihitung.`,
  event_out_of_order: (p) =>
    `Peristiwa [${p.index}] ${p.eventType} bertanggal ${p.at}, sebelum peristiwa sebelumnya (${p.lastAt}); tidak dihitung.`,
  state_does_not_accept: (p) => `status ${p.state} tidak menerima ${p.eventType}`,
  event_refused_by_lifecycle: (p) =>
    `Peristiwa [${p.index}] ${p.eventType} oleh ${p.role} pada ${p.at} ditolak siklus pengaduan (status ${p.state}): ${p.why.id}`,
  history_not_submitted_first: (p) =>
    `Riwayat tidak dimulai dengan complaint.submitted (peristiwa pertama: ${p.eventType}); siklus tidak dapat diputar ulang.`,
  submitted_by_roles: (p) => `pengaduan diajukan oleh: ${p.roles}`,
  incomplete_notice_unrecorded: (p) =>
    `Pengaduan dianggap dicabut pada ${p.at}, tetapi tidak tercatat kapan pengadu menerima tanggapan ketidaklengkapan (${p.noticeAt}); 30 hari Pasal 44 ayat (4) dihitung dari penerimaan itu.`,
  confidential_to_reported_unit: (p) =>
    `Pengaduan rahasia/anonim didisposisikan pada ${p.at} kepada unit yang diadukan (${p.unitId}).`,
  supervision_to_opd: (p) =>
    `Pengaduan berkadar pengawasan/whistleblowing didisposisikan pada ${p.at} kepada OPD ${p.unitId}, bukan APIP.`,
  aggregate_expected: () =>
    `diharapkan agregat dari createAggregate/createAggregator (kind "pengaduan.aggregate", versi 1)`,
  audit_result_expected: () => `diharapkan hasil auditHistory`,
  aggregate_basis_differs: (p) =>
    `${p.key} berbeda (${p.value}); agregat hanya digabung untuk audit dengan ${p.key} yang sama`,
  group_by_expected: (p) => `diharapkan salah satu dari: ${p.allowed}`,
  aggregate_grouped_otherwise: (p) =>
    `agregat dikelompokkan menurut ${p.groupBy}, bukan ${p.expectedGroupBy}`,
  group_by_or_aggregate_expected: () => `diharapkan { groupBy } atau agregat`,
  percentile_expected: () => `diharapkan bilangan 0 < p ≤ 1`,
  histogram_expected: () => `diharapkan histogram { hari: jumlah } dengan bilangan bulat ≥ 0`,
  audit_options_expected: () => `diharapkan objek opsi dengan asOf`,
  locale_expected: () => `diharapkan 'id' atau 'en'`,
  audit_failed: () => `Riwayat tidak dapat dievaluasi (kesalahan tak terduga).`,
  history_unauditable: () => `Riwayat tidak dapat diaudit.`,
  history_empty: () => `Riwayat kosong: tidak ada yang dapat diaudit.`,
  not_a_history: () =>
    `Masukan bukan riwayat pengaduan (diharapkan larik peristiwa atau { history: [...] }).`,
  no_valid_event: (p) => `Tidak ada peristiwa valid pada atau sebelum ${p.asOf}.`,
  iterable_expected: () => `diharapkan iterable (larik, generator, stream) riwayat`,
  history_schema_mismatch: (p) => `tidak sesuai skema riwayat${p.detail.id}`,
  amount_calendar_days: (p) => `${p.amount} hari`,
  amount_working_days: (p) => `${p.amount} hari kerja`,
  amount_months: (p) => `${p.amount} bulan`,
  amount_years: (p) => `${p.amount} tahun`,
  // src/interop
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
  // src/interop: Open311 requests
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
  // src/cli
  cli_option_needs_value: (p) =>
    `Opsi \`${p.option}\` memerlukan nilai. Lihat \`pengaduan ${p.command} --help\`.`,
  cli_unknown_option: (p) =>
    `Opsi tidak dikenal atau salah pakai: \`${p.option}\`. Lihat \`pengaduan ${p.command} --help\`.`,
  cli_lang_expected: (p) => `\`--lang\` harus \`id\` atau \`en\`, bukan ${p.value}.`,
  cli_option_problem: (p) => `${p.option}: ${p.problem.id}`,
  cli_option_file_unreadable: (p) => `${p.option}: berkas ${p.path} tidak dapat dibaca (${p.reason}).`,
  cli_option_file_not_json: (p) => `${p.option}: ${p.path} bukan JSON yang sah (${p.message}).`,
  cli_unknown_policy: (p) =>
    `\`--policy\`: ${p.name} bukan nama kebijakan yang dikenal (${p.known}) dan bukan berkas .json.`,
  cli_unknown_command: (p) =>
    `Perintah tidak dikenal: ${p.name}. Perintah: audit, deadline, calendar, explain.`,
  cli_input_unreadable: (p) => `Berkas masukan ${p.path} tidak dapat dibaca (${p.reason}).`,
  cli_gzip_damaged: (p) => `Berkas gzip rusak atau terpotong: ${p.message}.`,
  cli_input_not_array: () => `Masukan bukan larik JSON (\`--format json\`).`,
  cli_csv_header: (p) =>
    `Baris judul CSV harus memuat kolom ${p.idField}, type dan at (ditemukan: ${p.found}).`,
  cli_file_unreadable: (p) => `Berkas ${p.path} tidak dapat dibaca (${p.reason}).`,
  cli_file_not_json: (p) => `${p.path} bukan JSON yang sah: ${p.message}.`,
  cli_history_expected: () =>
    `Riwayat harus berupa larik peristiwa, atau objek { "id": …, "history": [ … ] }.`,
  cli_explain_usage: () => `\`pengaduan explain\` memerlukan satu berkas riwayat (atau - untuk stdin).`,
  cli_deadline_usage: () =>
    `\`pengaduan deadline\` memerlukan tiga argumen: <tanggal-atau-instan> <n> <satuan>, mis. \`pengaduan deadline 2025-03-27 3 hari-kerja\`.`,
  cli_deadline_n: (p) => `<n> harus bilangan bulat 0 sampai 999999, bukan ${p.value}.`,
  cli_deadline_unit: (p) => `<satuan> harus hari-kerja atau hari, bukan ${p.value}.`,
  cli_option_one_of: (p) => `\`--${p.option}\` harus salah satu dari ${p.allowed}, bukan ${p.value}.`,
  cli_option_whole_number: (p) =>
    `\`--${p.option}\` harus bilangan bulat ${p.min} sampai ${p.max}, bukan ${p.value}.`,
  cli_audit_usage: () =>
    `\`pengaduan audit\` memerlukan satu berkas masukan (atau - untuk stdin). Lihat \`pengaduan audit --help\`.`,
  cli_output_unwritable: (p) => `Berkas keluaran ${p.path} tidak dapat ditulis (${p.reason}).`,
  cli_calendar_usage: () =>
    `\`pengaduan calendar\` memerlukan satu tahun (1901-2198), mis. \`pengaduan calendar 2025\`.`,
  cli_refused_line: (p) => `baris ${p.line}: ${p.label.id}`,
  cli_nothing_audited: (p) =>
    `Tidak ada pengaduan yang dapat diaudit: ${p.count} baris ditolak (${p.lines.id}). Periksa --input-format.`,
};
