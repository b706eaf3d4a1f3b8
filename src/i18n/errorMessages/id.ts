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
  options_object_expected: () => `diharapkan objek opsi`,
  zod_error_expected: () => `diharapkan ZodError (objek dengan daftar \`issues\`)`,
  complaint_output_expected: () => `diharapkan pengaduan keluaran ComplaintSchema`,
  rule_only_title: () => `aturan`,
  schema_validation: (p) =>
    `${p.first.id ?? 'Data tidak valid'}${p.count > 1 ? ` (dan ${p.count - 1} masalah lain)` : ''}`,
  list_expected: () => `diharapkan daftar`,
  locale_expected: () => `diharapkan 'id' atau 'en'`,
};
