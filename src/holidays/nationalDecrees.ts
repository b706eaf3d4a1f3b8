import { deepFreeze } from '../_lib/deepFreeze.js';
import type { SourceStrength } from './types.js';

/** How far a year's data can be trusted, as the dataset's compilers rated it. */
export type DecreeConfidence =
  | 'high'
  | 'high_final_dates'
  | 'high_later_amendments_possible'
  | 'secondary_sources_tentative_days';

/** The decrees behind one year of the national calendar, for citing next to a deadline. */
export interface NationalYearDecrees {
  /** The calendar year. */
  readonly year: number;
  /** The base SKB 3 Menteri (Menag, Menaker, MenPANRB) with its signing date. */
  readonly baseSkb: string;
  /** Amending SKBs, in order; empty when none was found. */
  readonly amendingSkbs: readonly string[];
  /** Keppres declaring an election voting day a national holiday. */
  readonly electionKeppres: readonly string[];
  /** Keppres making the cuti bersama binding on civil servants (ASN), where the sources name one. */
  readonly asnKeppres: readonly string[];
  /** Final counts: libur nasional (SKB + Keppres), cuti bersama, and distinct Mon-Fri non-working days. */
  readonly nationalHolidays: number;
  /** The number of cuti bersama days the SKB (as amended) fixes. */
  readonly collectiveLeave: number;
  /** The number of distinct Monday-Friday days that are not working days (holidays and cuti bersama). */
  readonly weekdayNonWorkingDays: number;
  /** How far the year's data can be trusted, as the dataset's compilers rated it. */
  readonly confidence: DecreeConfidence;
  /** How strong the source of the year's dates is (see `SourceStrength`). */
  readonly sourceStrength: SourceStrength;
  /**
   * Decisions the year still waits for, as known when the data was compiled (e.g. the ASN Keppres on
   * cuti bersama, the Keputusan Menteri Agama after the isbat); empty when none.
   */
  readonly pending: readonly string[];
  /** What changed during the year, in brief. */
  readonly note: string;
}

/**
 * Per year 2018-2027: the base SKB on libur nasional and cuti bersama, its amendments, the election-day
 * Keppres and the ASN Keppres, with the final counts. Compiled from news reports quoting the decrees and
 * government sites, cross-checked against python-holidays, Google Calendar and kalenderbali (see
 * `docs/calendar.md`).
 */
export const NATIONAL_DECREES: readonly NationalYearDecrees[] = /* @__PURE__ */ deepFreeze([
  {
    year: 2018,
    baseSkb: 'SKB No. 707/2017, 256/2017, 01/SKB/MENPAN-RB/09/2017 (22 Sep 2017)',
    amendingSkbs: ['SKB No. 223/2018, 46/2018, 13/2018 (18 Apr 2018): added cuti bersama 11, 12 and 20 Jun'],
    electionKeppres: ['Keppres No. 15/2018 (25 Jun 2018): Pilkada serentak, 27 Jun 2018'],
    asnKeppres: [],
    nationalHolidays: 17,
    collectiveLeave: 8,
    weekdayNonWorkingDays: 22,
    confidence: 'high',
    sourceStrength: 'official_list',
    pending: [],
    note: 'Idul Fitri cuti bersama widened from 5 to 8 days by the April amendment.',
  },
  {
    year: 2019,
    baseSkb: 'SKB No. 617/2018, 262/2018, 16/2018 (2 Nov 2018)',
    amendingSkbs: [],
    electionKeppres: ['Keppres No. 10/2019 (8 Apr 2019): Pemilu, 17 Apr 2019'],
    asnKeppres: ['Keppres No. 13/2019 (Idul Fitri cuti bersama 3, 4, 7 Jun)'],
    nationalHolidays: 17,
    collectiveLeave: 4,
    weekdayNonWorkingDays: 15,
    confidence: 'high',
    sourceStrength: 'official_list',
    pending: [],
    note: 'No amending SKB found.',
  },
  {
    year: 2020,
    baseSkb: 'SKB No. 728/2019, 213/2019, 01/2019 (Aug 2019)',
    amendingSkbs: [
      'SKB No. 174/2020, 01/2020, 01/2020 (Mar 2020): added cuti bersama 28-29 May, 21 Aug, 30 Oct',
      'SKB No. 391/2020, 02/2020, 02/2020 (Apr 2020): Lebaran cuti bersama moved to 28-31 Dec; added 28 Oct',
      'SKB No. 440/2020, 3/2020, 3/2020 (20 May 2020): deleted 22 May',
      'SKB No. 744/2020, 05/2020, 06/2020 (1 Dec 2020): deleted 28, 29, 30 Dec; kept 24 and 31 Dec',
    ],
    electionKeppres: ['Keppres No. 22/2020 (27 Nov 2020): Pilkada serentak, 9 Dec 2020'],
    asnKeppres: ['Keppres No. 17/2020'],
    nationalHolidays: 17,
    collectiveLeave: 5,
    weekdayNonWorkingDays: 19,
    confidence: 'high_final_dates',
    sourceStrength: 'official_list',
    pending: [],
    note: 'COVID-19 year: five SKBs; final dates are certain, intermediate states less so.',
  },
  {
    year: 2021,
    baseSkb: 'SKB No. 642/2020, 4/2020, 4/2020 (10 Sep 2020)',
    amendingSkbs: [
      'SKB No. 281/2021, 1/2021, 1/2021 (22 Feb 2021): cuti bersama cut to 12 May and 24 Dec',
      'SKB No. 712/2021, 1/2021, 3/2021 (18 Jun 2021): Tahun Baru Islam 10 -> 11 Aug, Maulid 19 -> 20 Oct, 24 Dec deleted',
    ],
    electionKeppres: [],
    asnKeppres: [],
    nationalHolidays: 16,
    collectiveLeave: 1,
    weekdayNonWorkingDays: 13,
    confidence: 'high',
    sourceStrength: 'official_list',
    pending: [],
    note: '16 holidays on 15 dates: Kenaikan Isa Al Masih and Idul Fitri both fall on 13 May.',
  },
  {
    year: 2022,
    baseSkb: 'SKB No. 963/2021, 3/2021, 4/2021 (22 Sep 2021)',
    amendingSkbs: [
      'SKB No. 375/2022, 1/2022, 1/2022 (7 Apr 2022): cuti bersama 29 Apr, 4, 5, 6 May',
      'SKB No. 678/2022, 2/2022, 2/2022 (7 Jul 2022): Idul Adha 9 -> 10 Jul (KMA 668/2022, isbat)',
    ],
    electionKeppres: [],
    asnKeppres: ['Keppres No. 4/2022 (26 Apr 2022)'],
    nationalHolidays: 16,
    collectiveLeave: 4,
    weekdayNonWorkingDays: 14,
    confidence: 'high',
    sourceStrength: 'official_list',
    pending: [],
    note: 'No cuti bersama on 26 Dec 2022 (a retracted ministerial remark, not in any SKB).',
  },
  {
    year: 2023,
    baseSkb: 'SKB No. 1066/2022, 3/2022, 3/2022 (11 Oct 2022)',
    amendingSkbs: [
      'SKB No. 327/2023, 1/2023, 1/2023 (29 Mar 2023): Idul Fitri cuti bersama 19, 20, 21, 24, 25 Apr',
      'SKB No. 624/2023, 2/2023, 2/2023 (16 Jun 2023): added cuti bersama 28 and 30 Jun',
    ],
    electionKeppres: [],
    asnKeppres: ['Keppres No. 24/2022', 'Keppres No. 8/2023', 'Keppres No. 16/2023'],
    nationalHolidays: 16,
    collectiveLeave: 11,
    weekdayNonWorkingDays: 21,
    confidence: 'high',
    sourceStrength: 'official_list',
    pending: [],
    note: 'Idul Fitri 22 Apr and Idul Adha 29 Jun as set by the government (isbat).',
  },
  {
    year: 2024,
    baseSkb: 'SKB No. 855/2023, 3/2023, 4/2023 (12 Sep 2023)',
    amendingSkbs: [],
    electionKeppres: [
      'Keppres No. 10/2024 (6 Feb 2024): Pemilu, 14 Feb 2024',
      'Keppres No. 33/2024 (21 Nov 2024): Pilkada serentak, 27 Nov 2024',
    ],
    asnKeppres: ['Keppres No. 7/2024'],
    nationalHolidays: 19,
    collectiveLeave: 10,
    weekdayNonWorkingDays: 24,
    confidence: 'high',
    sourceStrength: 'official_list',
    pending: [],
    note: 'First year with Easter Sunday; Keppres 8/2024 renamed "Isa Al Masih" to "Yesus Kristus".',
  },
  {
    year: 2025,
    baseSkb: 'SKB No. 1017/2024, 2/2024, 2/2024 (14 Oct 2024)',
    amendingSkbs: ['SKB No. 933/2025, 1/2025, 3/2025 (7 Aug 2025): added cuti bersama 18 Aug (HUT ke-80 RI)'],
    electionKeppres: [],
    asnKeppres: ['Keppres No. 2/2025 (16 Jan 2025)'],
    nationalHolidays: 17,
    collectiveLeave: 11,
    weekdayNonWorkingDays: 24,
    confidence: 'high',
    sourceStrength: 'official_list',
    pending: [],
    note: '18 Aug 2025 was enacted as cuti bersama, not as a libur nasional.',
  },
  {
    year: 2026,
    baseSkb: 'SKB No. 1497/2025, 2/2025, 5/2025 (19 Sep 2025)',
    amendingSkbs: [],
    electionKeppres: [],
    asnKeppres: ['Keppres No. 42/2025 (31 Dec 2025)'],
    nationalHolidays: 17,
    collectiveLeave: 8,
    weekdayNonWorkingDays: 21,
    confidence: 'high_later_amendments_possible',
    sourceStrength: 'official_list',
    pending: [],
    note: 'No amendment found in sources up to late September 2026. WFA days (16-17, 25-27 Mar, SE MenPANRB 2/2026) are working days.',
  },
  {
    year: 2027,
    baseSkb: 'SKB No. 1205/2026, 3/2026, 2/2026 (15 Sep 2026)',
    amendingSkbs: [],
    electionKeppres: [],
    asnKeppres: [],
    nationalHolidays: 18,
    collectiveLeave: 8,
    weekdayNonWorkingDays: 19,
    confidence: 'secondary_sources_tentative_days',
    sourceStrength: 'secondary',
    pending: [
      'Keputusan Menteri Agama on Idulfitri 1448 H after the sidang isbat (10-11 Mar in the SKB; cuti bersama 9, 12, 15 Mar)',
      'Keputusan Menteri Agama on Iduladha 1448 H after the sidang isbat (17 May in the SKB; cuti bersama 18 May)',
      'Keppres on the cuti bersama of ASN for 2027 (not issued as of 2026-12-01; for 2026 it came on 31 Dec 2025)',
    ],
    note: '18 libur nasional (Isra Mikraj falls twice, 1448 and 1449 H) + 8 cuti bersama. Dates from secondary sources that agree with each other; the decree text was not read.',
  },
]);
