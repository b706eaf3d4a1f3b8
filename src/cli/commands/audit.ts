import { createWriteStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, resolve } from 'node:path';
import { cliText } from '../../i18n/errorMessages/cli.js';
import { CliError } from '../_lib/CliError.js';
import { type CliContext, EXIT } from '../_lib/context.js';
import type { GroupBy } from '../_lib/library.js';
import { Progress } from '../_lib/Progress.js';
import { COMMON_OPTIONS, parseCommandArgs } from '../_lib/parseCommandArgs.js';
import { loadCalendar, loadPolicy, resolveAsOf, resolveZone } from '../_lib/resolveOptions.js';
import type { AuditSettings } from '../audit/createAuditor.js';
import { runAuditPool } from '../audit/runAuditPool.js';
import { openInput } from '../input/openInput.js';
import {
  type InputFormat,
  type RefusedCount,
  type RefusedLine,
  readWorkItems,
  type WorkItem,
} from '../input/readWorkItems.js';
import { buildReport, FindingTally, SEVERITIES } from '../report/buildReport.js';
import { findingCsvHeader, findingCsvRow, findingJsonLine } from '../report/findingRows.js';
import { formatSummary } from '../report/formatSummary.js';
import { renderHtml } from '../report/renderHtml.js';
import { REFUSAL_LABELS } from '../report/texts.js';

export const AUDIT_HELP = {
  id: `Penggunaan: pengaduan audit <berkas|-> [opsi]

Mengaudit ekspor pengaduan terhadap kebijakan per suatu instan: setiap batas waktu yang terlampaui,
setiap peristiwa yang tidak sah, dengan pasalnya; indikator per unit dan per bulan.

Masukan (dikenali sendiri; gzip dibaca langsung):
  NDJSON satu pengaduan per baris     {"id": "…", "history": [ …peristiwa ]}
  NDJSON atau CSV log peristiwa       satu peristiwa per baris dengan kolom id pengaduan
                                      (complaintId / complaint_id), urutan baris bebas
  larik JSON                          [ {"id": …, "history": [ … ]}, … ]

Opsi:
  --policy <nama|berkas>   uu25-2009 (bawaan), sp4n-lapor, ombudsman, local-tiered, gabungan dengan
                           koma, atau berkas kebijakan .json
  --as-of <instan>         per instan ini (atau tanggal: akhir hari itu); bawaan sekarang
  --zone <zona>            zona unit: Asia/Jakarta (WIB, bawaan), WITA, WIT, atau nama IANA
  --calendar <berkas>      kalender JSON; bawaan kalender nasional
  --group-by <kunci>       unit, month, channel, classification, complaintType (keluaran JSON)
  --format <f>             summary (bawaan di terminal), json (bawaan selain itu), ndjson, csv, html
  -o, --output <berkas>    tulis ke berkas (formatnya dari akhiran .html/.json/.ndjson/.csv)
  --fail-on <tingkat>      keluar dengan kode 1 bila ada temuan high, medium, low atau info
                           (atau lebih berat); bawaan none
  --input-format <f>       auto (bawaan), complaints, events, csv, json
  --id-field <nama>        kolom id pengaduan pada log peristiwa
  --jobs <n>               jumlah thread pekerja; bawaan jumlah inti
  --max-findings <n>       temuan yang dicantumkan dalam ringkasan/JSON/HTML (bawaan 500; semua dihitung)
  --max-errors <n>         baris ditolak yang dicantumkan (bawaan 20; semua dihitung)
  --group-buffer <n>       peristiwa yang ditampung di memori sebelum dipecah ke disk (bawaan 200000)
  --temp-dir <dir>         direktori berkas sementara pengelompokan
  --progress               tampilkan kemajuan di stderr walau bukan terminal
  --quiet                  jangan tampilkan kemajuan
  --lang id|en             bahasa pesan (bawaan id)

Kode keluar: 0 selesai, 1 ada temuan setingkat --fail-on atau lebih berat, 2 masukan atau opsi tidak dapat dipakai.`,
  en: `Usage: pengaduan audit <file|-> [options]

Audits a complaint export against a policy as of an instant: every deadline missed, every event that
should not be there, with its article; indicators per unit and per month.

Input (recognised by itself; gzip is read directly):
  NDJSON, one complaint per line      {"id": "…", "history": [ …events ]}
  NDJSON or CSV event log             one event per line with a complaint id column
                                      (complaintId / complaint_id), lines in any order
  JSON array                          [ {"id": …, "history": [ … ]}, … ]

Options:
  --policy <name|file>     uu25-2009 (default), sp4n-lapor, ombudsman, local-tiered, several joined
                           by commas, or a policy .json file
  --as-of <instant>        as of this instant (or a date: the end of that day); default now
  --zone <zone>            the unit's zone: Asia/Jakarta (WIB, default), WITA, WIT, or an IANA name
  --calendar <file>        a calendar JSON file; default the national calendar
  --group-by <key>         unit, month, channel, classification, complaintType (JSON output)
  --format <f>             summary (default on a terminal), json (default otherwise), ndjson, csv, html
  -o, --output <file>      write to a file (its format from the suffix .html/.json/.ndjson/.csv)
  --fail-on <severity>     exit with code 1 when a finding is high, medium, low or info (or worse);
                           default none
  --input-format <f>       auto (default), complaints, events, csv, json
  --id-field <name>        the complaint id column of an event log
  --jobs <n>               worker threads; default the number of cores
  --max-findings <n>       findings listed in the summary/JSON/HTML (default 500; all are counted)
  --max-errors <n>         refused lines listed (default 20; all are counted)
  --group-buffer <n>       events held in memory before grouping spills to disk (default 200000)
  --temp-dir <dir>         where grouping's temporary files go
  --progress               show progress on stderr even when it is not a terminal
  --quiet                  never show progress
  --lang id|en             language of messages (default id)

Exit codes: 0 done, 1 findings at or above --fail-on, 2 unusable input or options.`,
};

const OUTPUT_FORMATS = ['summary', 'json', 'ndjson', 'csv', 'html'] as const;
type OutputFormat = (typeof OUTPUT_FORMATS)[number];
const INPUT_FORMATS: readonly InputFormat[] = ['auto', 'complaints', 'events', 'csv', 'json'];
const GROUP_BYS: readonly GroupBy[] = ['unit', 'month', 'channel', 'classification', 'complaintType'];
const FAIL_ON = ['none', ...SEVERITIES] as const;

function choice<T extends string>(option: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  throw new CliError(
    cliText('cli_option_one_of', {
      option,
      allowed: allowed.join(', '),
      value: JSON.stringify(String(value).slice(0, 40)),
    }),
  );
}

function count(option: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = /^\d{1,9}$/.test(String(value)) ? Number(value) : Number.NaN;
  if (!(n >= min && n <= max)) {
    throw new CliError(
      cliText('cli_option_whole_number', {
        option,
        min,
        max,
        value: JSON.stringify(String(value).slice(0, 40)),
      }),
    );
  }
  return n;
}

function formatFromPath(path: string): OutputFormat | undefined {
  const suffix = /\.(html?|json|ndjson|jsonl|csv|txt)$/i.exec(path)?.[1]?.toLowerCase();
  if (suffix === undefined) return undefined;
  return (
    {
      html: 'html',
      htm: 'html',
      json: 'json',
      ndjson: 'ndjson',
      jsonl: 'ndjson',
      csv: 'csv',
      txt: 'summary',
    } as const
  )[suffix];
}

export async function runAudit(args: readonly string[], ctx: CliContext): Promise<number> {
  const started = Date.now();
  const { values, positionals } = parseCommandArgs('audit', args, {
    ...COMMON_OPTIONS,
    policy: { type: 'string' },
    'as-of': { type: 'string' },
    zone: { type: 'string' },
    calendar: { type: 'string' },
    'group-by': { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    'fail-on': { type: 'string' },
    'input-format': { type: 'string' },
    'id-field': { type: 'string' },
    jobs: { type: 'string' },
    'max-findings': { type: 'string' },
    'max-errors': { type: 'string' },
    'group-buffer': { type: 'string' },
    'temp-dir': { type: 'string' },
    'batch-size': { type: 'string' },
    progress: { type: 'boolean' },
    quiet: { type: 'boolean' },
  });
  if (values.help) {
    ctx.stdout.write(`${AUDIT_HELP[ctx.lang]}\n`);
    return EXIT.ok;
  }
  if (positionals.length !== 1) {
    throw new CliError(cliText('cli_audit_usage'));
  }
  const path = positionals[0]!;
  const output = values.output === undefined ? undefined : String(values.output);
  const format = choice(
    'format',
    values.format,
    OUTPUT_FORMATS,
    (output === undefined ? undefined : formatFromPath(output)) ??
      (output === undefined && ctx.stdoutIsTTY ? 'summary' : 'json'),
  );
  const failOn = choice('fail-on', values['fail-on'], FAIL_ON, 'none');
  const inputFormat = choice('input-format', values['input-format'], INPUT_FORMATS, 'auto');
  const groupBy =
    values['group-by'] === undefined ? undefined : choice('group-by', values['group-by'], GROUP_BYS, 'unit');
  const jobs = count('jobs', values.jobs, availableParallelism(), 1, 256);
  const maxFindings = count('max-findings', values['max-findings'], 500, 0, 1_000_000);
  const maxErrors = count('max-errors', values['max-errors'], 20, 0, 1_000_000);
  const groupBuffer = count('group-buffer', values['group-buffer'], 200_000, 1, 100_000_000);
  const batchSize = count('batch-size', values['batch-size'], 256, 1, 100_000);

  // Options are checked here, once, before any worker starts: a bad one is exit code 2 with its message.
  const calendar = loadCalendar(values.calendar, ctx.cwd);
  const zone = resolveZone(values.zone, calendar);
  const policy = loadPolicy(values.policy, ctx.cwd);
  const asOf = resolveAsOf(values['as-of'], zone);
  const settings: AuditSettings = {
    ...(values.policy === undefined ? {} : { policy: String(values.policy) }),
    ...(values.calendar === undefined ? {} : { calendar: String(values.calendar) }),
    ...(values.zone === undefined ? {} : { zone: String(values.zone) }),
    asOf,
    lang: ctx.lang,
    ...(groupBy === undefined ? {} : { groupBy }),
    cwd: ctx.cwd,
  };

  const input = await openInput(path, ctx.cwd, ctx.stdin);
  let out: NodeJS.WritableStream = ctx.stdout;
  let file: ReturnType<typeof createWriteStream> | undefined;
  if (output !== undefined) {
    file = createWriteStream(resolve(ctx.cwd, output));
    await new Promise<void>((ok, fail) => {
      file!.once('open', () => ok());
      file!.once('error', (error: NodeJS.ErrnoException) =>
        fail(
          new CliError(
            cliText('cli_output_unwritable', {
              path: JSON.stringify(output),
              reason: error.code ?? error.message,
            }),
          ),
        ),
      );
    });
    out = file;
  }
  let waitForDrain: Promise<void> | undefined;
  const write = (text: string) => {
    if (!out.write(text) && waitForDrain === undefined) {
      waitForDrain = new Promise((ok) => out.once('drain', () => ok()));
    }
  };

  const tally = new FindingTally(maxFindings, maxErrors);
  const progress = new Progress(
    ctx.stderr,
    values.quiet !== true && (values.progress === true || ctx.stderrIsTTY),
    ctx.lang,
    input.size,
    input.bytesRead,
    ctx.stderrIsTTY,
  );
  let detected = inputFormat;
  let read = 0;
  const items = readWorkItems(input, {
    format: inputFormat,
    ...(values['id-field'] === undefined ? {} : { idField: String(values['id-field']) }),
    maxBufferedEvents: groupBuffer,
    ...(values['temp-dir'] === undefined ? {} : { tempDir: String(values['temp-dir']) }),
    onDetected: (f) => {
      detected = f;
    },
  });
  // Reading waits while the output is behind (a slow pipe), so nothing piles up in memory.
  const paced = (async function* (): AsyncIterable<WorkItem | RefusedLine | RefusedCount> {
    for await (const item of items) {
      if (waitForDrain !== undefined) {
        await waitForDrain;
        waitForDrain = undefined;
      }
      if (item.k !== 'refused' && item.k !== 'refusedCount') progress.update(++read);
      yield item;
    }
  })();

  if (format === 'csv') write(findingCsvHeader());
  const onRefused = (line: RefusedLine | RefusedCount) => {
    if (line.k === 'refusedCount') {
      tally.refusedCount += line.count;
      return;
    }
    tally.addRefused(line);
    // Streaming outputs carry findings only; refused lines go to stderr, bounded.
    if ((format === 'ndjson' || format === 'csv') && tally.refusedCount <= maxErrors) {
      ctx.stderr.write(
        `pengaduan: ${ctx.lang === 'id' ? 'baris' : 'line'} ${line.line}: ${REFUSAL_LABELS[ctx.lang][line.reason]}${line.detail === undefined ? '' : ` (${line.detail})`}\n`,
      );
    }
  };
  const parts = await runAuditPool(
    paced,
    settings,
    { jobs, batchSize },
    {
      onBatch: (result) => {
        tally.audited += result.audited;
        tally.compliant += result.compliant;
        for (const refusal of result.refused) onRefused(refusal);
        for (const finding of result.findings) {
          tally.addFinding(finding);
          if (format === 'ndjson') write(findingJsonLine(finding, ctx.lang));
          else if (format === 'csv') write(findingCsvRow(finding, ctx.lang));
        }
      },
      onRefused,
    },
  );
  progress.done();
  if (tally.audited === 0 && tally.refusedCount > 0) {
    file?.destroy();
    const shown = tally.refusedShown.slice(0, 3).map((r) =>
      cliText('cli_refused_line', {
        line: r.line,
        label: { id: REFUSAL_LABELS.id[r.reason], en: REFUSAL_LABELS.en[r.reason] },
      }),
    );
    throw new CliError(
      cliText('cli_nothing_audited', {
        count: tally.refusedCount,
        lines: { id: shown.map((t) => t.id).join('; '), en: shown.map((t) => t.en).join('; ') },
      }),
    );
  }
  const report = buildReport(parts, tally, {
    asOf,
    policyId: policy.id,
    zone,
    calendar: { id: calendar.id, dataVersion: calendar.dataVersion },
    input: {
      name: path === '-' ? 'stdin' : basename(path),
      format: `${detected}${input.gzip ? ', gzip' : ''}`,
    },
    elapsedMs: Date.now() - started,
  });
  if (format === 'summary') write(`${formatSummary(report, ctx.lang)}\n`);
  else if (format === 'json') write(`${JSON.stringify(report, null, 2)}\n`);
  else if (format === 'html') write(renderHtml(report, ctx.lang));
  if (file !== undefined) {
    await new Promise<void>((ok, fail) => {
      file!.end(() => ok());
      file!.once('error', fail);
    });
    // A report written to a file: show the summary on a terminal, so the user sees the outcome.
    if (ctx.stdoutIsTTY && format !== 'summary') ctx.stdout.write(`${formatSummary(report, ctx.lang)}\n`);
  }
  if (failOn === 'none') return EXIT.ok;
  const threshold = SEVERITIES.indexOf(failOn);
  const failing = SEVERITIES.slice(0, threshold + 1).some((s) => report.findings.bySeverity[s] > 0);
  return failing ? EXIT.findings : EXIT.ok;
}
