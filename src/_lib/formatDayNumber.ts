import { civilFromDays } from './dayNumber.js';

// 'MM-DD' for every month and day, indexed by the low 9 bits of a packed date (month << 5 | day), and
// 'YYYY-' per year, filled on first use. Formatting is then integer arithmetic and one concatenation
// of two cached strings (short enough for V8 to copy flat rather than build a rope).
const MONTH_DAY: readonly string[] = /* @__PURE__ */ Array.from({ length: 512 }, (_, key) => {
  const month = key >> 5;
  const day = key & 31;
  return `${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
});
// Preallocated so that the array keeps fast elements when filled in any order.
const YEAR_PREFIX: (string | undefined)[] = /* @__PURE__ */ new Array<string | undefined>(10_000);

/** The `YYYY-MM-DD` string of a day number (years 1-9999; the caller checks the range). */
export function formatDayNumber(dayNumber: number): string {
  const packed = civilFromDays(dayNumber);
  const year = packed >> 9;
  let prefix = YEAR_PREFIX[year];
  if (prefix === undefined) {
    prefix = `${String(year).padStart(4, '0')}-`;
    YEAR_PREFIX[year] = prefix;
  }
  return prefix + MONTH_DAY[packed & 511]!;
}
