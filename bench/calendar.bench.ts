/**
 * The calendar against the ways projects usually count working days: a plain loop over a holiday
 * Set, date-fns' `addDays` + `isWeekend` + a holiday lookup, and a competent loop over integer day
 * numbers (parse once, step on integers, look holidays up in a Set of numbers, format once). All four
 * are checked to agree on every input before they are timed.
 */
import { addDays, format, isWeekend, parseISO } from 'date-fns';
import {
  addWorkingDays,
  countWorkingDays,
  NATIONAL_NON_WORKING_DAYS,
  nationalCalendar,
} from '../src/index.js';
import { type BenchResult, compare } from './_measure.js';

const holidays = new Set(NATIONAL_NON_WORKING_DAYS.map((d) => d.date));

/** (a) The plain loop: one UTC Date, one step per day, a Set of 'YYYY-MM-DD' strings. */
function loopAdd(date: string, n: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  let left = n;
  while (left > 0) {
    day.setUTCDate(day.getUTCDate() + 1);
    const weekday = day.getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    if (holidays.has(day.toISOString().slice(0, 10))) continue;
    left--;
  }
  return day.toISOString().slice(0, 10);
}

function loopCount(from: string, to: string): number {
  const day = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`).getTime();
  let count = 0;
  while (day.getTime() < end) {
    day.setUTCDate(day.getUTCDate() + 1);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !holidays.has(day.toISOString().slice(0, 10))) count++;
  }
  return count;
}

/** (c) The competent loop: integer day numbers, weekday by arithmetic, a Set of day numbers. */
const DAY_MS = 86_400_000;
const holidayDays = new Set(NATIONAL_NON_WORKING_DAYS.map((d) => Date.parse(`${d.date}T00:00:00Z`) / DAY_MS));
const dayOf = (date: string): number =>
  Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY_MS;
const isWorking = (day: number): boolean => {
  const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday (4)
  return weekday !== 0 && weekday !== 6 && !holidayDays.has(day);
};

function integerAdd(date: string, n: number): string {
  let day = dayOf(date);
  for (let left = n; left > 0; ) if (isWorking(++day)) left--;
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function integerCount(from: string, to: string): number {
  const end = dayOf(to);
  let count = 0;
  for (let day = dayOf(from) + 1; day <= end; day++) if (isWorking(day)) count++;
  return count;
}

/** (b) The usual date-fns workaround (date-fns has no holiday support). */
function dateFnsAdd(date: string, n: number): string {
  let day = parseISO(date);
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWeekend(day) || holidays.has(format(day, 'yyyy-MM-dd'))) continue;
    left--;
  }
  return format(day, 'yyyy-MM-dd');
}

function dateFnsCount(from: string, to: string): number {
  let day = parseISO(from);
  const end = parseISO(to).getTime();
  let count = 0;
  while (day.getTime() < end) {
    day = addDays(day, 1);
    if (!isWeekend(day) && !holidays.has(format(day, 'yyyy-MM-dd'))) count++;
  }
  return count;
}

// 1024 start dates spread over 2018-2023, so no single answer can be cached by the engine; every span
// measured stays inside the years the national data covers (2018-2027), where all three must agree.
const starts: string[] = Array.from({ length: 1024 }, (_, i) =>
  new Date(Date.UTC(2018, 0, 1) + ((i * 2467) % 2100) * 86_400_000).toISOString().slice(0, 10),
);
const ends = (span: number): string[] =>
  starts.map((s) => new Date(Date.parse(`${s}T00:00:00Z`) + span * 86_400_000).toISOString().slice(0, 10));

// 1024 start dates from 1 January to 10 March 2027: 60 working days from each cross Lebaran 2027, whose
// days are tentative, so every call also works out which of them could change the answer.
const lebaranStarts: string[] = Array.from({ length: 1024 }, (_, i) =>
  new Date(Date.UTC(2027, 0, 1) + ((i * 37) % 69) * 86_400_000).toISOString().slice(0, 10),
);

function verify(): void {
  for (const start of lebaranStarts.slice(0, 200)) {
    const ours = addWorkingDays(start, 60, nationalCalendar);
    if (ours.date !== loopAdd(start, 60) || !ours.tentative) {
      throw new Error(`implementations disagree on ${start} + 60 (or it is not tentative)`);
    }
  }
  for (const n of [5, 14, 60, 250]) {
    for (const start of starts.slice(0, 200)) {
      const ours = addWorkingDays(start, n, nationalCalendar).date;
      if (ours !== loopAdd(start, n) || ours !== dateFnsAdd(start, n) || ours !== integerAdd(start, n)) {
        throw new Error(`implementations disagree on ${start} + ${n}`);
      }
    }
  }
  for (const span of [90, 1000]) {
    const to = ends(span);
    starts.slice(0, 200).forEach((start, i) => {
      const ours = countWorkingDays(start, to[i]!, nationalCalendar).days;
      const reference = [loopCount(start, to[i]!), dateFnsCount(start, to[i]!), integerCount(start, to[i]!)];
      if (reference.some((days) => days !== ours)) {
        throw new Error(`implementations disagree on ${start} .. ${to[i]}`);
      }
    });
  }
}

const LOOP = 'day-by-day loop + Set';
const DATE_FNS = 'date-fns addDays + isWeekend';
const INTEGER = 'integer-day loop + Set';
const OURS = 'pengaduan';

function rows(task: string, times: Record<string, number>): BenchResult[] {
  return [
    { suite: 'calendar', task, implementation: LOOP, nsPerOp: times[LOOP]! },
    { suite: 'calendar', task, implementation: DATE_FNS, nsPerOp: times[DATE_FNS]!, relativeTo: LOOP },
    { suite: 'calendar', task, implementation: INTEGER, nsPerOp: times[INTEGER]!, relativeTo: LOOP },
    { suite: 'calendar', task, implementation: OURS, nsPerOp: times[OURS]!, relativeTo: LOOP },
  ];
}

export function run(): BenchResult[] {
  verify();
  const results: BenchResult[] = [];
  const at = (i: number): string => starts[i & 1023]!;
  for (const n of [5, 14, 60, 250]) {
    const times = compare({
      [LOOP]: (i) => loopAdd(at(i), n),
      [DATE_FNS]: (i) => dateFnsAdd(at(i), n),
      [INTEGER]: (i) => integerAdd(at(i), n),
      [OURS]: (i) => addWorkingDays(at(i), n, nationalCalendar).date,
    });
    results.push(...rows(`addWorkingDays, ${n} days`, times));
  }
  for (const span of [90, 1000]) {
    const to = ends(span);
    const end = (i: number): string => to[i & 1023]!;
    const times = compare({
      [LOOP]: (i) => loopCount(at(i), end(i)),
      [DATE_FNS]: (i) => dateFnsCount(at(i), end(i)),
      [INTEGER]: (i) => integerCount(at(i), end(i)),
      [OURS]: (i) => countWorkingDays(at(i), end(i), nationalCalendar).days,
    });
    results.push(...rows(`countWorkingDays, ${span}-day spans`, times));
  }
  // The tentative path: the same arithmetic, plus the check of the tentative days near the span.
  const lebaran = (i: number): string => lebaranStarts[i & 1023]!;
  const tentative = compare({
    [LOOP]: (i) => loopAdd(lebaran(i), 60),
    [OURS]: (i) => addWorkingDays(lebaran(i), 60, nationalCalendar).date,
  });
  const task = 'addWorkingDays, 60 days across Lebaran 2027 (tentative days)';
  results.push(
    { suite: 'calendar', task, implementation: LOOP, nsPerOp: tentative[LOOP]! },
    { suite: 'calendar', task, implementation: OURS, nsPerOp: tentative[OURS]!, relativeTo: LOOP },
  );
  return results;
}
