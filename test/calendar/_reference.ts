/**
 * A deliberately plain reference for the property tests: it walks day by day over `Date.UTC`
 * timestamps and sets of strings, sharing no code with the library's tables or day-number helpers.
 */
const DAY_MS = 86_400_000;

export function refToTime(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t.getTime();
}

export function refFromTime(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function refAddDays(date: string, n: number): string {
  return refFromTime(refToTime(date) + n * DAY_MS);
}

export interface RefCalendar {
  readonly weekdays: ReadonlySet<number>; // ISO 1-7
  readonly holidays: ReadonlySet<string>;
  readonly extras: ReadonlySet<string>;
  readonly fromYear: number;
  readonly toYear: number;
  readonly fixedDateHolidays: boolean;
}

const FIXED = new Set(['01-01', '05-01', '06-01', '08-17', '12-25']);

export function refIsUncovered(date: string, cal: RefCalendar): boolean {
  const year = Number(date.slice(0, 4));
  return year < cal.fromYear || year > cal.toYear;
}

export function refIsWorking(date: string, cal: RefCalendar): boolean {
  if (cal.extras.has(date)) return true;
  if (cal.holidays.has(date)) return false;
  if (cal.fixedDateHolidays && refIsUncovered(date, cal) && FIXED.has(date.slice(5))) return false;
  const jsDay = new Date(refToTime(date)).getUTCDay(); // 0 = Sunday
  return cal.weekdays.has(jsDay === 0 ? 7 : jsDay);
}

export interface RefResult {
  readonly date: string;
  readonly uncoveredYears: number[];
}

function collectYears(days: string[], cal: RefCalendar): number[] {
  const years = new Set<number>();
  for (const day of days) if (refIsUncovered(day, cal)) years.add(Number(day.slice(0, 4)));
  return [...years].sort((a, b) => a - b);
}

/** n-th working day strictly after (n > 0) or before (n < 0) the date, walking one day at a time. */
export function refAddWorkingDays(date: string, n: number, cal: RefCalendar): RefResult {
  if (n === 0) return { date, uncoveredYears: [] };
  const step = n > 0 ? 1 : -1;
  let remaining = Math.abs(n);
  let current = date;
  const touched: string[] = [];
  while (remaining > 0) {
    current = refAddDays(current, step);
    touched.push(current);
    if (refIsWorking(current, cal)) remaining--;
  }
  return { date: current, uncoveredYears: collectYears(touched, cal) };
}

/** Working days in (from, to], or minus those in [to, from) when to < from. */
export function refCountWorkingDays(
  from: string,
  to: string,
  cal: RefCalendar,
): { days: number; uncoveredYears: number[] } {
  const touched: string[] = [];
  let days = 0;
  if (to >= from) {
    for (let d = refAddDays(from, 1); d <= to; d = refAddDays(d, 1)) {
      touched.push(d);
      if (refIsWorking(d, cal)) days++;
    }
  } else {
    for (let d = to; d < from; d = refAddDays(d, 1)) {
      touched.push(d);
      if (refIsWorking(d, cal)) days--;
    }
  }
  return { days, uncoveredYears: collectYears(touched, cal) };
}
