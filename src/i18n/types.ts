/** The locales every message in this library is written in. Bahasa Indonesia is the default. */
export type Locale = 'id' | 'en';

/** A text in Bahasa Indonesia and English, e.g. the name of a holiday or the title of a rule. */
export interface LocalizedText {
  /** In Bahasa Indonesia. */
  readonly id: string;
  /** In English. */
  readonly en: string;
}
