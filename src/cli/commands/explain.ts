import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { cliText } from '../../i18n/errorMessages/cli.js';
import { CliError } from '../_lib/CliError.js';
import type { CliContext } from '../_lib/context.js';
import { longDate, zoneLabel } from '../_lib/dates.js';
import {
  civilDateOf,
  describeClock,
  describeState,
  evaluateSla,
  formatClockSource,
  type HistoryEvent,
  PengaduanError,
  type Policy,
  replayHistory,
  type SlaReport,
  type WorkingCalendar,
} from '../_lib/library.js';
import { COMMON_OPTIONS, parseCommandArgs } from '../_lib/parseCommandArgs.js';
import {
  fromLibraryError,
  loadCalendar,
  loadPolicy,
  resolveAsOf,
  resolveZone,
} from '../_lib/resolveOptions.js';

export const EXPLAIN_HELP = {
  id: `Penggunaan: pengaduan explain <riwayat.json|-> [opsi]

Linimasa satu pengaduan: setiap peristiwa, status, setiap jam batas waktu dengan tanggal jatuh tempo,
statusnya dan dasar hukumnya, serta batas waktu yang mengikat.
<riwayat.json> berisi larik peristiwa, atau { "id": …, "history": [ … ] }.

Opsi:
  --policy <nama|berkas> uu25-2009 (bawaan), sp4n-lapor, ombudsman, local-tiered, gabungan dengan
                         koma (uu25,sp4n-lapor), atau berkas kebijakan .json
  --as-of <instan>       per instan ini (atau tanggal: akhir hari itu); bawaan sekarang
  --zone <zona>          zona unit: Asia/Jakarta (WIB, bawaan), WITA, WIT, atau nama IANA
  --calendar <berkas>    kalender JSON; bawaan kalender nasional
  --json                 keluaran JSON (laporan SLA lengkap)
  --lang id|en           bahasa pesan (bawaan id)`,
  en: `Usage: pengaduan explain <history.json|-> [options]

One complaint's timeline: every event, the state, every deadline clock with its due date, status and
legal source, and the binding deadline.
<history.json> holds an array of events, or { "id": …, "history": [ … ] }.

Options:
  --policy <name|file>   uu25-2009 (default), sp4n-lapor, ombudsman, local-tiered, several joined by
                         commas (uu25,sp4n-lapor), or a policy .json file
  --as-of <instant>      as of this instant (or a date: the end of that day); default now
  --zone <zone>          the unit's zone: Asia/Jakarta (WIB, default), WITA, WIT, or an IANA name
  --calendar <file>      a calendar JSON file; default the national calendar
  --json                 JSON output (the whole SLA report)
  --lang id|en           language of messages (default id)`,
};

/** Reads a whole (small) JSON document from a file or stdin; gzip is recognised by its magic bytes. */
export async function readJsonDocument(path: string, ctx: CliContext): Promise<unknown> {
  let bytes: Buffer;
  try {
    if (path === '-') {
      const chunks: Buffer[] = [];
      for await (const chunk of ctx.stdin) chunks.push(Buffer.from(chunk as Buffer));
      bytes = Buffer.concat(chunks);
    } else {
      bytes = readFileSync(resolve(ctx.cwd, path));
    }
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliError(cliText('cli_file_unreadable', { path: JSON.stringify(path), reason }));
  }
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new CliError(
      cliText('cli_file_not_json', { path: JSON.stringify(path), message: (error as Error).message }),
    );
  }
}

interface Explained {
  readonly id?: string;
  readonly state: { readonly id: string; readonly label: string } | { readonly refused: string };
  readonly report: SlaReport;
}

export function explainHistory(
  document: unknown,
  policy: Policy,
  calendar: WorkingCalendar,
  zone: string,
  asOf: string,
  lang: 'id' | 'en',
): Explained {
  const record =
    typeof document === 'object' && document !== null && !Array.isArray(document) && 'history' in document
      ? (document as { id?: unknown; history: unknown })
      : { history: document };
  if (!Array.isArray(record.history)) {
    throw new CliError(cliText('cli_history_expected'));
  }
  const history = record.history as HistoryEvent[];
  let report: SlaReport;
  try {
    report = evaluateSla(history, policy, { calendar, asOf, zone });
  } catch (error) {
    return fromLibraryError(error, lang === 'id' ? 'riwayat' : 'history');
  }
  let state: Explained['state'];
  try {
    const snapshot = replayHistory(history.slice(0, report.eventsConsidered), {
      policy,
      calendar,
      zone,
      locale: lang,
    });
    state = { id: snapshot.value, label: describeState(snapshot).label[lang] };
  } catch (error) {
    if (!(error instanceof PengaduanError)) throw error;
    state = { refused: error.text[lang] };
  }
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : undefined;
  return { ...(id === undefined ? {} : { id }), state, report };
}

export async function runExplain(args: readonly string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs('explain', args, {
    ...COMMON_OPTIONS,
    policy: { type: 'string' },
    'as-of': { type: 'string' },
    zone: { type: 'string' },
    calendar: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    ctx.stdout.write(`${EXPLAIN_HELP[ctx.lang]}\n`);
    return 0;
  }
  if (positionals.length !== 1) {
    throw new CliError(cliText('cli_explain_usage'));
  }
  const calendar = loadCalendar(values.calendar, ctx.cwd);
  const zone = resolveZone(values.zone, calendar);
  const policy = loadPolicy(values.policy, ctx.cwd);
  const asOf = resolveAsOf(values['as-of'], zone);
  const document = await readJsonDocument(positionals[0]!, ctx);
  const explained = explainHistory(document, policy, calendar, zone, asOf, ctx.lang);
  if (values.json) {
    ctx.stdout.write(`${JSON.stringify(explained, null, 2)}\n`);
    return 0;
  }
  ctx.stdout.write(`${formatExplained(explained, document, zone, ctx.lang)}\n`);
  return 0;
}

const STATUS_MARK: Readonly<Record<string, string>> = {
  breached: '!!',
  lapsed: '!',
  running: '>',
  paused: '=',
  met: 'ok',
  not_started: '.',
  not_applicable: '-',
};

function formatExplained(e: Explained, document: unknown, zone: string, lang: 'id' | 'en'): string {
  const { report } = e;
  const history = (
    Array.isArray(document) ? document : (document as { history: HistoryEvent[] }).history
  ) as HistoryEvent[];
  const L = (id: string, en: string) => (lang === 'id' ? id : en);
  const lines: string[] = [
    `${L('Pengaduan', 'Complaint')}${e.id === undefined ? '' : ` ${e.id}`}: ${L('kebijakan', 'policy')} ${report.policyId}, ${L('per', 'as of')} ${report.asOf} (${zoneLabel(zone)})`,
  ];
  if ('refused' in e.state) {
    lines.push(
      `${L('Status: riwayat ditolak mesin', 'State: the machine refuses the history')}: ${e.state.refused}`,
    );
  } else {
    lines.push(`Status: ${e.state.label} (${e.state.id})`);
  }
  lines.push('', L('Linimasa:', 'Timeline:'));
  history.forEach((event, i) => {
    const later =
      i >= report.eventsConsidered
        ? L('  (setelah --as-of, tidak dihitung)', '  (after --as-of, not counted)')
        : '';
    const day = civilDateOf(event.at, zone);
    const actor =
      event.actor?.unitId === undefined ? event.actor?.role : `${event.actor.role}@${event.actor.unitId}`;
    lines.push(
      `  ${String(i + 1).padStart(3)}. ${day} ${event.at.slice(11, 16)}  ${event.type.padEnd(26)} ${actor ?? ''}${later}`,
    );
  });
  lines.push('', L('Jam batas waktu:', 'Deadline clocks:'));
  for (const clock of report.clocks) {
    const mark = STATUS_MARK[clock.status] ?? '?';
    lines.push(`  [${mark.padEnd(2)}] ${describeClock(clock, { locale: lang })}`);
  }
  if (report.binding !== undefined) {
    const b = report.binding;
    lines.push(
      '',
      `${L('Batas waktu yang mengikat', 'Binding deadline')}: ${b.title[lang]}, ${b.dueDate === undefined ? '' : longDate(b.dueDate, lang)} (${b.dueAt ?? ''}), ${formatClockSource(b, { locale: lang })}`,
    );
  }
  if (report.provisional) {
    lines.push(
      L(
        'SEMENTARA: sebagian tanggal di luar cakupan data kalender.',
        'PROVISIONAL: some dates lie outside the calendar data.',
      ),
    );
  }
  lines.push(`${L('Kalender', 'Calendar')}: ${report.calendar.id}, data ${report.calendar.dataVersion}`);
  lines.push(
    L(
      'Tanda: [!!] terlampaui, [!] lewat waktu, [>] berjalan, [=] dijeda, [ok] terpenuhi, [.] belum dimulai, [-] tidak berlaku',
      'Marks: [!!] breached, [!] lapsed, [>] running, [=] paused, [ok] met, [.] not started, [-] not applicable',
    ),
  );
  return lines.join('\n');
}
