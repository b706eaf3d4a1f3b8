import type { LocalizedText } from '../types.js';

/**
 * The function that writes a message of one table pair in both languages, typed by the English
 * table: a missing key or parameter is a compile error. Each layer's table has its own (`rulesText`,
 * `cliText` …), so that a bundle takes only the tables it calls; `errorText` is the one of `./en.ts`.
 *
 * @param en - the messages in English
 * @param id - the same messages in Bahasa Indonesia
 */
export function textsOf<T extends { readonly [K in keyof T]: (...params: never[]) => string }>(
  en: T,
  id: T,
): <K extends keyof T>(key: K, ...params: Parameters<T[K]>) => LocalizedText {
  return (key, ...params) => ({
    id: (id[key] as (...p: typeof params) => string)(...params),
    en: (en[key] as (...p: typeof params) => string)(...params),
  });
}
