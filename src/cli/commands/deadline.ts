import { cliText } from '../../i18n/errorMessages/cli.js';
import { CliError } from '../_lib/CliError.js';
import type { CliContext } from '../_lib/context.js';
import { longDate, weekdayName, zoneLabel } from '../_lib/dates.js';
import {
  addCalendarDays,
  addWorkingDays,
  civilDateOf,
  endOfCivilDay,
  isCivilDate,
  listNonWorkingDays,
  type NonWorkingDay,
  type WorkingCalendar,
} from '../_lib/library.js';
import { COMMON_OPTIONS, parseCommandArgs } from '../_lib/parseCommandArgs.js';
import { fromLibraryError, loadCalendar, resolveZone } from '../_lib/resolveOptions.js';

export const DEADLINE_HELP = {
  id: `Penggunaan: pengaduan deadline <tanggal-atau-instan> <n> <satuan> [opsi]

Batas waktu n hari dari sebuah tanggal (hari ke-0), pada kalender kerja resmi.
  <tanggal-atau-instan>  2025-03-27, atau 2025-03-27T16:30:00+07:00 (diambil tanggalnya di --zone)
  <n>                    bilangan bulat >= 0
  <satuan>               hari-kerja (working-days) atau hari (calendar-days)

Opsi:
  --zone <zona>          zona unit: Asia/Jakarta (WIB, bawaan), WITA, WIT, atau nama IANA
  --calendar <berkas>    kalender JSON (lihat docs/cli.md); bawaan kalender nasional
  --json                 keluaran JSON
  --lang id|en           bahasa pesan (bawaan id)`,
  en: `Usage: pengaduan deadline <date-or-instant> <n> <unit> [options]

The deadline n days after a date (day 0), on the official working calendar.
  <date-or-instant>      2025-03-27, or 2025-03-27T16:30:00+07:00 (its date in --zone is taken)
  <n>                    an integer >= 0
  <unit>                 working-days (hari-kerja) or calendar-days (hari)

Options:
  --zone <zone>          the unit's zone: Asia/Jakarta (WIB, default), WITA, WIT, or an IANA name
  --calendar <file>      a calendar JSON file (see docs/cli.md); default the national calendar
  --json                 JSON output
  --lang id|en           language of messages (default id)`,
};

const UNITS: Readonly<Record<string, 'working_days' | 'calendar_days'>> = {
  'hari-kerja': 'working_days',
  'working-days': 'working_days',
  working_days: 'working_days',
  wd: 'working_days',
  hari: 'calendar_days',
  'hari-kalender': 'calendar_days',
  'calendar-days': 'calendar_days',
  calendar_days: 'calendar_days',
  days: 'calendar_days',
};

interface DeadlineAnswer {
  readonly start: string;
  readonly n: number;
  readonly unit: 'working_days' | 'calendar_days';
  readonly dueDate: string;
  readonly dueAt: string;
  readonly zone: string;
  readonly provisional: boolean;
  readonly uncoveredYears: readonly number[];
  readonly skipped: readonly NonWorkingDay[];
  readonly calendar: { readonly id: string; readonly dataVersion: string };
}

/** The answer of `pengaduan deadline`, computed with the library's public functions only. */
export function computeDeadline(
  startText: string,
  n: number,
  unit: 'working_days' | 'calendar_days',
  calendar: WorkingCalendar,
  zone: string,
): DeadlineAnswer {
  try {
    const start = isCivilDate(startText) ? startText : civilDateOf(startText, zone);
    const result =
      unit === 'working_days'
        ? addWorkingDays(start, n, calendar)
        : { date: addCalendarDays(start, n), provisional: false, uncoveredYears: [] as number[] };
    const skipped = n === 0 ? [] : listNonWorkingDays(addCalendarDays(start, 1), result.date, calendar);
    return {
      start,
      n,
      unit,
      dueDate: result.date,
      dueAt: endOfCivilDay(result.date, zone),
      zone,
      provisional: result.provisional,
      uncoveredYears: result.uncoveredYears,
      skipped,
      calendar: { id: calendar.id, dataVersion: calendar.dataVersion },
    };
  } catch (error) {
    return fromLibraryError(error, 'deadline');
  }
}

export function runDeadline(args: readonly string[], ctx: CliContext): number {
  const { values, positionals } = parseCommandArgs('deadline', args, {
    ...COMMON_OPTIONS,
    zone: { type: 'string' },
    calendar: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    ctx.stdout.write(`${DEADLINE_HELP[ctx.lang]}\n`);
    return 0;
  }
  if (positionals.length !== 3) {
    throw new CliError(cliText('cli_deadline_usage'));
  }
  const [startText, nText, unitText] = positionals as [string, string, string];
  const n = /^\d{1,6}$/.test(nText) ? Number(nText) : Number.NaN;
  if (!Number.isInteger(n)) {
    throw new CliError(cliText('cli_deadline_n', { value: JSON.stringify(nText.slice(0, 40)) }));
  }
  const unit = Object.hasOwn(UNITS, unitText.toLowerCase()) ? UNITS[unitText.toLowerCase()] : undefined;
  if (unit === undefined) {
    throw new CliError(cliText('cli_deadline_unit', { value: JSON.stringify(unitText.slice(0, 40)) }));
  }
  const calendar = loadCalendar(values.calendar, ctx.cwd);
  const zone = resolveZone(values.zone, calendar);
  const answer = computeDeadline(startText, n, unit, calendar, zone);
  if (values.json) {
    ctx.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
    return 0;
  }
  ctx.stdout.write(`${formatDeadline(answer, ctx.lang)}\n`);
  return 0;
}

/** The unit of an answer, as the output names it. */
const UNIT_WORDS = {
  working_days: { id: 'hari kerja', en: 'working days' },
  calendar_days: { id: 'hari kalender', en: 'calendar days' },
} as const;

function formatDeadline(a: DeadlineAnswer, lang: 'id' | 'en'): string {
  const unitWord = UNIT_WORDS[a.unit][lang];
  const lines =
    lang === 'id'
      ? [
          `Hari ke-0: ${weekdayName(a.start, lang)}, ${longDate(a.start, lang)}`,
          `${a.n} ${unitWord} kemudian: ${weekdayName(a.dueDate, lang)}, ${longDate(a.dueDate, lang)} (${a.dueDate})`,
          `Batas akhir: ${a.dueAt} (akhir hari itu, ${zoneLabel(a.zone)})`,
        ]
      : [
          `Day 0: ${weekdayName(a.start, lang)}, ${longDate(a.start, lang)}`,
          `${a.n} ${unitWord} later: ${weekdayName(a.dueDate, lang)}, ${longDate(a.dueDate, lang)} (${a.dueDate})`,
          `Ends at: ${a.dueAt} (the end of that day, ${zoneLabel(a.zone)})`,
        ];
  if (a.skipped.length > 0) {
    lines.push(
      lang === 'id'
        ? a.unit === 'working_days'
          ? 'Hari libur yang dilewati:'
          : 'Hari libur dalam rentang (dihitung, karena satuannya hari kalender):'
        : a.unit === 'working_days'
          ? 'Non-working days skipped:'
          : 'Non-working days in the span (counted: the unit is calendar days):',
    );
    for (const day of a.skipped) {
      lines.push(`  ${day.date} ${weekdayName(day.date, lang)}: ${day.name[lang]} (${day.source})`);
    }
  }
  if (a.provisional) {
    lines.push(
      lang === 'id'
        ? `SEMENTARA: tahun ${a.uncoveredYears.join(', ')} belum tercakup data kalender; hari liburnya diasumsikan.`
        : `PROVISIONAL: the calendar data does not cover ${a.uncoveredYears.join(', ')}; its holidays are assumed.`,
    );
  }
  lines.push(
    lang === 'id'
      ? `Kalender: ${a.calendar.id}, data ${a.calendar.dataVersion}`
      : `Calendar: ${a.calendar.id}, data ${a.calendar.dataVersion}`,
  );
  return lines.join('\n');
}
