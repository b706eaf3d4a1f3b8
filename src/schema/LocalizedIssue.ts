import type { LegalSource } from '../rules/types.js';

/**
 * What kind of problem an issue is, stable for code to switch on:
 * - `required`: a required value is missing;
 * - `blank`: a text is empty or only white space;
 * - `invalid_type`: a value has the wrong type (text where a number is expected …);
 * - `too_long` / `too_short`: a text's length; `too_many` / `too_few`: a list's length;
 * - `too_big` / `too_small`: a number's size;
 * - `invalid_format`: a text does not have the expected shape (date, phone number, region code …);
 * - `invalid_nik`: a NIK fails one of its parts (see `diagnoseNik`);
 * - `invalid_option`: a value is not one of the accepted values;
 * - `unknown_key`: a key the schema does not know (every schema is strict);
 * - `region_prefix`: a region code does not belong to the region above it;
 * - `duplicate_id`: an id used twice in one list (policy rules, preconditions);
 * - `invalid`: anything else.
 */
export type IssueCode =
  | 'required'
  | 'blank'
  | 'invalid_type'
  | 'too_long'
  | 'too_short'
  | 'too_many'
  | 'too_few'
  | 'too_big'
  | 'too_small'
  | 'invalid_format'
  | 'invalid_nik'
  | 'invalid_option'
  | 'unknown_key'
  | 'region_prefix'
  | 'duplicate_id'
  | 'invalid';

/** One validation issue, worded for a person in one locale. */
export interface LocalizedIssue {
  /** Where the issue is, from the top of the value (list positions are numbers, 0-based). */
  readonly path: readonly (string | number)[];
  /** What kind of issue it is (see `IssueCode`). */
  readonly code: IssueCode;
  /** The field as a person would name it, e.g. `'Alamat lengkap pengadu'`. */
  readonly field: string;
  /** The full sentence, e.g. `'Alamat lengkap pengadu wajib diisi (UU 25/2009 Pasal 42 ayat (3) huruf a)'`. */
  readonly message: string;
  /** The article that requires or defines the field, when there is one. */
  readonly source?: LegalSource;
}
