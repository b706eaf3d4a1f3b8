/**
 * The working-day calendar at work on real dates: `npx tsx examples/calendar.ts`.
 *
 * 1. Lebaran 2025: 3 hari kerja after a complaint received on Thursday 27 March 2025.
 * 2. One instant, two offices: day 0 and the 5 hari kerja deadline in WIT and in WIB.
 * 3. Lebaran 2027 before the isbat (tentative), and 2028, whose SKB does not exist yet (provisional).
 * 4. Adding next year's SKB and a regional day off with `extend`.
 */
import {
  addWorkingDays,
  CalendarCoverageError,
  civilDateOf,
  countWorkingDays,
  describeDate,
  endOfCivilDay,
  formatInstantForPeople,
  listNonWorkingDays,
  nationalCalendar,
  ZONES,
} from '../src/index.js';

const show = (label: string, value: unknown): void =>
  console.log(`${label.padEnd(44)} ${JSON.stringify(value)}`);

console.log(`Calendar ${nationalCalendar.id}, data ${nationalCalendar.dataVersion}\n`);

// 1. Lebaran 2025
console.log('1. Lebaran 2025');
const lebaran = addWorkingDays('2025-03-27', 3, nationalCalendar);
show('3 hari kerja after Thu 27 Mar 2025', lebaran);
for (const day of listNonWorkingDays('2025-03-28', lebaran.date, nationalCalendar)) {
  console.log(`   skipped ${day.date} ${day.kind.padEnd(16)} ${day.name.id}`);
}
show('working days in (27 Mar, 10 Apr]', countWorkingDays('2025-03-27', '2025-04-10', nationalCalendar).days);

// 2. An instant in WIT
console.log('\n2. A complaint logged by a server at 2025-04-09T16:30:00Z');
const received = '2025-04-09T16:30:00Z';
const papuaOffice = nationalCalendar.withZone(ZONES.WIT);
const day0 = civilDateOf(received, papuaOffice.zone);
show('day 0 for an office in WIT (01:30 on 10 Apr)', day0);
show('day 0 for an office in WIB (23:30 on 9 Apr)', civilDateOf(received, ZONES.WIB));
const followUp = addWorkingDays(day0, 5, papuaOffice);
show('5 hari kerja deadline in WIT (date)', followUp.date);
const followUpEnds = endOfCivilDay(followUp.date, papuaOffice.zone);
show('it ends at', followUpEnds);
show('for people (date-fns, id locale)', formatInstantForPeople(followUpEnds, papuaOffice.zone));
show('for people (en locale)', formatInstantForPeople(followUpEnds, papuaOffice.zone, { locale: 'en' }));
show(
  'the same deadline in WIB ends at',
  endOfCivilDay(addWorkingDays('2025-04-09', 5, nationalCalendar).date, ZONES.WIB),
);

// 3. Lebaran 2027 awaits the isbat; 2028 has no SKB yet
console.log('\n3. 60 hari kerja from Tue 15 Dec 2026, across Lebaran 2027');
show('result', addWorkingDays('2026-12-15', 60, nationalCalendar));
console.log('   20 hari kerja from Wed 15 Dec 2027, into 2028');
const longOne = addWorkingDays('2027-12-15', 20, nationalCalendar);
show('result', longOne);
show('1 Jan 2028 (assumed, not decreed)', describeDate('2028-01-01', nationalCalendar).assumedHoliday?.name);
try {
  addWorkingDays('2027-12-15', 20, nationalCalendar, { coverage: 'strict' });
} catch (error) {
  if (!(error instanceof CalendarCoverageError)) throw error;
  console.log(`   strict mode: ${error.code}, years ${error.details.years.join(', ')}`);
  console.log(`   ${error.text.id}`);
}

// 4. Extending the calendar at run time
console.log('\n4. A Papuan provincial office with a regional day off');
const papua = papuaOffice.extend({
  id: 'id-papua',
  dataVersion: `${nationalCalendar.dataVersion}+papua-hpi.1`,
  add: [
    {
      date: '2025-02-05',
      name: { id: 'Hari Pekabaran Injil di Tanah Papua', en: 'Gospel Day in Papua' },
      kind: 'regional',
      region: 'Papua',
      source: 'SK Gubernur Papua No. 140 Tahun 2008',
    },
  ],
});
show('1 hari kerja after Tue 4 Feb 2025, national', addWorkingDays('2025-02-04', 1, nationalCalendar).date);
show('1 hari kerja after Tue 4 Feb 2025, Papua', addWorkingDays('2025-02-04', 1, papua).date);
show('the original calendar is unchanged', nationalCalendar.nonWorkingDays.length);
