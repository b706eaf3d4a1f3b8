import type { FormatKey } from '../../i18n/keys.js';

/*
 * Every pattern here is anchored and linear: no nested quantifiers over overlapping classes, no
 * back-references, no look-around (so that the same patterns, copied into the JSON Schemas, also run
 * on RE2 in Go and on PCRE in PHP). Each string is length-checked with an aborting `max` before any
 * pattern runs, so a pattern never sees an oversized input.
 */

/** Not empty and not only white space. Unanchored on purpose: it stops at the first visible character. */
export const NON_BLANK = /\S/;

/** Host identifiers: ids of complaints, events, units, actors. */
export const IDENTIFIER = /^[A-Za-z0-9._:/#@+-]+$/;

/**
 * A clock's key in a deadline report: a rule id, `@unitId`, `#cycle`, `~run` (see docs/sla.md), so
 * an identifier plus `~`. Breach records carry it; the library must accept every key it writes.
 */
export const CLOCK_KEY = /^[A-Za-z0-9._:/#@+~-]+$/;

/** Kemendagri province codes in use: Sumatra 11-19, Riau Islands 21, Java 31-36, Bali-Nusa 51-53,
 * Kalimantan 61-65, Sulawesi 71-76, Maluku 81-82, Papua 91-96 (the six provinces since 2022). */
const PROVINCE = '(?:1[1-9]|21|3[1-6]|5[1-3]|6[1-5]|7[1-6]|8[12]|9[1-6])';
const TWO_DIGITS_NOT_00 = '(?:0[1-9]|[1-9][0-9])';
const FOUR_DIGITS_NOT_0000 = '(?:000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})';

export const PROVINCE_CODE = new RegExp(`^${PROVINCE}$`);
export const REGENCY_CODE = new RegExp(`^${PROVINCE}\\.${TWO_DIGITS_NOT_00}$`);
export const DISTRICT_CODE = new RegExp(`^${PROVINCE}\\.${TWO_DIGITS_NOT_00}\\.${TWO_DIGITS_NOT_00}$`);
export const VILLAGE_CODE = new RegExp(
  `^${PROVINCE}\\.${TWO_DIGITS_NOT_00}\\.${TWO_DIGITS_NOT_00}\\.${FOUR_DIGITS_NOT_0000}$`,
);
/** A region code of any level. */
export const REGION_CODE = new RegExp(
  `^${PROVINCE}(?:\\.${TWO_DIGITS_NOT_00}(?:\\.${TWO_DIGITS_NOT_00}(?:\\.${FOUR_DIGITS_NOT_0000})?)?)?$`,
);

/**
 * Day and month of a NIK's birth date, DDMM, where women add 40 to the day: 31-day months, 30-day
 * months, and February up to 29 (the century is not in the NIK, so 29 February is always accepted).
 */
const NIK_DAY_MONTH =
  '(?:(?:0[1-9]|[12][0-9]|3[01]|4[1-9]|[56][0-9]|7[01])(?:0[13578]|1[02])' +
  '|(?:0[1-9]|[12][0-9]|30|4[1-9]|[56][0-9]|70)(?:0[469]|11)' +
  '|(?:0[1-9]|[12][0-9]|4[1-9]|[56][0-9])02)';

/** NIK: province, regency, district, birth date DDMMYY, serial; see `diagnoseNik` for the parts. */
export const NIK = new RegExp(
  `^${PROVINCE}${TWO_DIGITS_NOT_00}${TWO_DIGITS_NOT_00}${NIK_DAY_MONTH}[0-9]{2}${FOUR_DIGITS_NOT_0000}$`,
);

/** The parts of a NIK checked one by one, to say which one is wrong. */
export const NIK_PARTS = {
  shape: /^[0-9]{16}$/,
  province: PROVINCE_CODE,
  twoDigitsNot00: new RegExp(`^${TWO_DIGITS_NOT_00}$`),
  dayMonth: new RegExp(`^${NIK_DAY_MONTH}$`),
  serial: new RegExp(`^${FOUR_DIGITS_NOT_0000}$`),
} as const;

/**
 * An Indonesian phone number as people write it: `+62`, `62` or `0`, then the national number with
 * single spaces or hyphens between digits. A mobile number is 8, a digit 1-9 and 7 to 10 more digits
 * (`0812-3456-7890`); a fixed line is an area code starting 2-7 or 9 and 6 to 10 more digits
 * (`022-4234567`). The first digit picks the branch, so the alternation never backtracks.
 */
export const PHONE = /^(?:\+62|62|0)[ -]?(?:8[ -]?[1-9](?:[ -]?[0-9]){7,10}|[2-79](?:[ -]?[0-9]){6,10})$/;

/** An e-mail address: a plain local part and a dotted domain. Deliberately simpler than RFC 5322. */
export const EMAIL =
  /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** A MIME type `type/subtype` without parameters. */
export const MEDIA_TYPE = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$/;

export const SHA256 = /^[0-9A-Fa-f]{64}$/;

export const HTTP_URL = /^https?:\/\/[^\s]+$/;

export const SOCIAL_HANDLE = /^@?[A-Za-z0-9._]{1,50}$/;

/** How each pattern is named in messages; `nonBlank` is reported as a blank value, not a format. */
export const PATTERN_FORMATS: ReadonlyMap<string, FormatKey | 'nonBlank'> = new Map<
  string,
  FormatKey | 'nonBlank'
>([
  [NON_BLANK.toString(), 'nonBlank'],
  [IDENTIFIER.toString(), 'identifier'],
  [CLOCK_KEY.toString(), 'clockKey'],
  [NIK.toString(), 'nik'],
  [PHONE.toString(), 'phone'],
  [EMAIL.toString(), 'email'],
  [PROVINCE_CODE.toString(), 'provinceCode'],
  [REGENCY_CODE.toString(), 'regencyCode'],
  [DISTRICT_CODE.toString(), 'districtCode'],
  [VILLAGE_CODE.toString(), 'villageCode'],
  [REGION_CODE.toString(), 'regionCode'],
  [MEDIA_TYPE.toString(), 'mediaType'],
  [SHA256.toString(), 'sha256'],
  [HTTP_URL.toString(), 'url'],
  [SOCIAL_HANDLE.toString(), 'socialHandle'],
]);
