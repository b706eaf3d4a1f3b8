import type { LocalizedText } from '../types.js';
import { textsOf } from './textsOf.js';

/**
 * The messages of the pengaduan command (src/cli) in English, in a table of their own so that a bundle takes only the
 * messages of the layers it uses. Keyed by problem, like `./en.ts`.
 */
export const cliMessagesEn = {
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

/** The same messages in Bahasa Indonesia: the same keys and parameters. */
export const cliMessagesId: typeof cliMessagesEn = {
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

/** The text of one of these messages in Bahasa Indonesia and English. */
export const cliText = /* @__PURE__ */ textsOf(cliMessagesEn, cliMessagesId);
