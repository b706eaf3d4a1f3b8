import type { LocalizedText } from '../types.js';
import { type ErrorMessageTable, errorMessagesEn } from './en.js';
import { errorMessagesId } from './id.js';

export type { ErrorMessageTable } from './en.js';
export { errorMessagesEn } from './en.js';
export { errorMessagesId } from './id.js';

/** A key of the error message tables: an error code, or a problem an error reports. */
export type ErrorMessageKey = keyof ErrorMessageTable;

/**
 * The text of an error message in Bahasa Indonesia and English, from the tables.
 *
 * @param key - the error code or problem
 * @param params - what the message names (the same for both languages)
 */
export function errorText<K extends ErrorMessageKey>(
  key: K,
  ...params: Parameters<ErrorMessageTable[K]>
): LocalizedText {
  const write = (table: ErrorMessageTable): string =>
    (table[key] as (...args: Parameters<ErrorMessageTable[K]>) => string)(...params);
  return { id: write(errorMessagesId), en: write(errorMessagesEn) };
}
