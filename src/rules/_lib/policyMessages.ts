import type { LocalizedText } from '../../i18n/types.js';

/*
 * The longer texts of `validatePolicy` (and, through it, of `PolicySchema`): what a field accepts, in
 * Bahasa Indonesia and English. Each is completed by `PolicyError` into "Kebijakan "x" tidak valid:
 * aturan "y", `field` (value): <text>".
 */

const list = (items: readonly string[], none: string) => (items.length === 0 ? none : items.join(', '));

/** A key the object does not have: usually a misspelling. */
export function unknownKey(known: readonly string[]): LocalizedText {
  return {
    id: `kunci tidak dikenal (salah ketik?); yang dikenal: ${list(known, 'tidak ada')}`,
    en: `unknown key (a misspelling?); the known keys are: ${list(known, 'none')}`,
  };
}

/** A `where` key that is not a text field of the matcher's event: it would never match. */
export function unknownWhereField(type: string, fields: readonly string[]): LocalizedText {
  return {
    id:
      `bukan field data teks dari peristiwa ${type}, jadi syarat ini tidak akan pernah terpenuhi; ` +
      `yang dapat diuji: ${list(fields, 'tidak ada')}`,
    en:
      `not a text data field of ${type} events, so the condition could never match; ` +
      `the fields it can test are: ${list(fields, 'none')}`,
  };
}

/** A `startsAt.field` that no start event carries with the selector's type. */
export function unknownStartField(
  type: 'instant' | 'date',
  events: readonly string[],
  fields: readonly string[],
): LocalizedText {
  const kind = {
    instant: { id: 'waktu (instant)', en: 'an instant' },
    date: { id: 'tanggal', en: 'a date' },
  }[type];
  return {
    id:
      `bukan field ${kind.id} pada data peristiwa yang memulai jam (${list(events, 'tidak ada')}), ` +
      `sehingga hari ke-0 akan diam-diam dihitung dari waktu peristiwa; yang ada: ${list(fields, 'tidak ada')}`,
    en:
      `not ${kind.en} field of the data of the events that start the clock (${list(events, 'none')}), ` +
      `so day 0 would silently be counted from the event's time; the fields there are: ${list(fields, 'none')}`,
  };
}

/** A text longer than the limit. */
export function tooLong(max: number): LocalizedText {
  return { id: `diharapkan paling banyak ${max} karakter`, en: `expected at most ${max} characters` };
}

/** A list longer than the limit. */
export function tooMany(max: number): LocalizedText {
  return { id: `diharapkan paling banyak ${max} butir`, en: `expected at most ${max} items` };
}

/** A value outside a closed list. */
export function oneOf(values: readonly string[]): LocalizedText {
  return {
    id: `diharapkan salah satu dari ${values.join(', ')}`,
    en: `expected one of ${values.join(', ')}`,
  };
}

/** A per-unit clock started by an event without `data.unitId`. */
export function perUnitStart(events: readonly string[]): LocalizedText {
  return {
    id: `jam per unit harus dimulai oleh peristiwa yang membawa data.unitId: ${events.join(', ')}`,
    en: `a per-unit clock must start on an event that carries data.unitId: ${events.join(', ')}`,
  };
}

export const RULE_ID: LocalizedText = {
  id: 'diharapkan id berupa huruf, angka, titik, garis bawah, titik dua atau tanda hubung, mis. "uu25.response"',
  en: 'expected an id of letters, digits, dots, underscores, colons or hyphens, e.g. "uu25.response"',
};

export const STARTS_AT: LocalizedText = {
  id: 'diharapkan { field, type: "instant" | "date", otherwise: "event_at" | "not_applicable" }',
  en: 'expected { field, type: "instant" | "date", otherwise: "event_at" | "not_applicable" }',
};

export const OPTIONS: LocalizedText = {
  id: 'diharapkan objek berisi teks, angka hingga, boolean atau null, dengan kunci yang tidak kosong',
  en: 'expected an object of strings, finite numbers, booleans or null, with non-blank keys',
};
