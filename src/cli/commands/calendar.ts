import { cliText } from '../../i18n/errorMessages/cli.js';
import { CliError } from '../_lib/CliError.js';
import type { CliContext } from '../_lib/context.js';
import { longDate, monthName, weekdayName } from '../_lib/dates.js';
import { countWorkingDays, listNonWorkingDays, type WorkingCalendar } from '../_lib/library.js';
import { COMMON_OPTIONS, parseCommandArgs } from '../_lib/parseCommandArgs.js';
import { fromLibraryError, loadCalendar } from '../_lib/resolveOptions.js';

export const CALENDAR_HELP = {
  id: `Penggunaan: pengaduan calendar <tahun> [opsi]

Hari libur nasional, cuti bersama dan hari kerja pengganti setahun, dengan surat keputusannya, dan
jumlah hari kerja per bulan.

Opsi:
  --calendar <berkas>    kalender JSON (lihat docs/cli.md); bawaan kalender nasional
  --json                 keluaran JSON
  --lang id|en           bahasa pesan (bawaan id)`,
  en: `Usage: pengaduan calendar <year> [options]

A year's national holidays, collective leave (cuti bersama) and make-up working days, with their
decrees, and the number of working days per month.

Options:
  --calendar <file>      a calendar JSON file (see docs/cli.md); default the national calendar
  --json                 JSON output
  --lang id|en           language of messages (default id)`,
};

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDayOf(year: number, month: number): string {
  return `${year}-${pad2(month)}-${pad2(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

/** What `pengaduan calendar <year>` reports. */
export function describeYear(year: number, calendar: WorkingCalendar) {
  try {
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const covered = year >= calendar.coverage.fromYear && year <= calendar.coverage.toYear;
    const months = Array.from({ length: 12 }, (_, i) => {
      const first = `${year}-${pad2(i + 1)}-01`;
      // countWorkingDays counts the days after `from` up to `to`: start the day before the 1st.
      const dayBefore = i === 0 ? `${year - 1}-12-31` : lastDayOf(year, i);
      return {
        month: i + 1,
        first,
        workingDays: countWorkingDays(dayBefore, lastDayOf(year, i + 1), calendar).days,
      };
    });
    return {
      year,
      calendar: { id: calendar.id, dataVersion: calendar.dataVersion, zone: calendar.zone },
      covered,
      nonWorkingDays: listNonWorkingDays(from, to, calendar),
      extraWorkingDays: calendar.extraWorkingDays.filter((d) => d.date >= from && d.date <= to),
      workingDays: months.reduce((sum, m) => sum + m.workingDays, 0),
      months,
    };
  } catch (error) {
    return fromLibraryError(error, 'calendar');
  }
}

export function runCalendar(args: readonly string[], ctx: CliContext): number {
  const { values, positionals } = parseCommandArgs('calendar', args, {
    ...COMMON_OPTIONS,
    calendar: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    ctx.stdout.write(`${CALENDAR_HELP[ctx.lang]}\n`);
    return 0;
  }
  const yearText = positionals[0] ?? '';
  if (
    positionals.length !== 1 ||
    !/^\d{4}$/.test(yearText) ||
    Number(yearText) < 1901 ||
    Number(yearText) > 2198
  ) {
    throw new CliError(cliText('cli_calendar_usage'));
  }
  const calendar = loadCalendar(values.calendar, ctx.cwd);
  const year = describeYear(Number(yearText), calendar);
  if (values.json) {
    ctx.stdout.write(`${JSON.stringify(year, null, 2)}\n`);
    return 0;
  }
  const { lang } = ctx;
  const lines: string[] = [
    lang === 'id'
      ? `Kalender kerja ${year.year} (${year.calendar.id}, data ${year.calendar.dataVersion})`
      : `Working calendar ${year.year} (${year.calendar.id}, data ${year.calendar.dataVersion})`,
  ];
  if (!year.covered) {
    lines.push(
      lang === 'id'
        ? `SEMENTARA: data kalender mencakup ${calendar.coverage.fromYear}-${calendar.coverage.toYear}; untuk ${year.year} hanya akhir pekan (dan libur bertanggal tetap) yang diasumsikan.`
        : `PROVISIONAL: the calendar data covers ${calendar.coverage.fromYear}-${calendar.coverage.toYear}; for ${year.year} only weekends (and fixed-date holidays) are assumed.`,
    );
  }
  const kinds = {
    national_holiday: { id: 'libur nasional', en: 'national holiday' },
    collective_leave: { id: 'cuti bersama', en: 'collective leave' },
    regional: { id: 'libur daerah', en: 'regional day off' },
    office_closure: { id: 'kantor tutup', en: 'office closed' },
  } as const;
  lines.push('');
  for (const day of year.nonWorkingDays) {
    lines.push(
      `${day.date}  ${weekdayName(day.date, lang).padEnd(7)}  ${kinds[day.kind][lang].padEnd(16)}  ${day.name[lang]}  [${day.source}]`,
    );
  }
  for (const day of year.extraWorkingDays) {
    lines.push(
      `${day.date}  ${weekdayName(day.date, lang).padEnd(7)}  ${(lang === 'id' ? 'hari kerja' : 'working day').padEnd(16)}  ${day.name[lang]}  [${day.source}]`,
    );
  }
  lines.push('');
  lines.push(lang === 'id' ? 'Hari kerja per bulan:' : 'Working days per month:');
  for (const m of year.months)
    lines.push(`  ${monthName(m.month, lang).padEnd(10)} ${String(m.workingDays).padStart(2)}`);
  lines.push(
    lang === 'id'
      ? `  Jumlah     ${year.workingDays} (${longDate(`${year.year}-01-01`, lang)} - ${longDate(`${year.year}-12-31`, lang)})`
      : `  Total      ${year.workingDays} (${longDate(`${year.year}-01-01`, lang)} - ${longDate(`${year.year}-12-31`, lang)})`,
  );
  ctx.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
