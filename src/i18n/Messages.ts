import type {
  AllegedMisconduct,
  ComplaintSubject,
  FieldKey,
  FormatKey,
  NikProblemKey,
  Pasal42ItemKey,
  TypeKey,
} from './keys.js';
import type { Locale } from './types.js';

/** Sentences that describe one validation issue. `field` is a label from `fields`, already resolved. */
export interface IssueTemplates {
  /** A required value is absent or blank. */
  readonly required: (field: string) => string;
  /** A text is empty or only white space. */
  readonly blank: (field: string) => string;
  /** A value has the wrong type (`type` is a text from `types`). */
  readonly wrongType: (field: string, type: string) => string;
  /** Used when it is not known whether the value was absent or of the wrong type. */
  readonly requiredOfType: (field: string, type: string) => string;
  readonly tooLong: (field: string, max: number) => string;
  readonly tooShort: (field: string, min: number) => string;
  readonly tooFewItems: (field: string, min: number) => string;
  readonly tooManyItems: (field: string, max: number) => string;
  readonly tooSmall: (field: string, min: number, inclusive: boolean) => string;
  readonly tooBig: (field: string, max: number, inclusive: boolean) => string;
  /** `hint` is a text from `formats`. */
  readonly invalidFormat: (field: string, hint: string) => string;
  /** `problem` is a text from `nikProblems`. */
  readonly invalidNik: (field: string, problem: string) => string;
  /** `options` is the list of accepted values, already joined. */
  readonly invalidOption: (field: string, options: string) => string;
  /** An unknown key: `field` is the object it was found in, or undefined at the top level. */
  readonly unknownKey: (field: string | undefined, key: string) => string;
  /** A region code does not start with the code of the region above it. */
  readonly regionPrefix: (field: string, parentField: string, prefix: string) => string;
  /** An id used twice in one list (rule ids, precondition ids). */
  readonly duplicateId: (field: string) => string;
  /** A per-unit clock started by an event that carries no unit id; `events` lists those that do. */
  readonly perUnitStart: (field: string, events: string) => string;
  readonly invalid: (field: string) => string;
  /** A label for a field below a labelled one, e.g. a `where` condition on a data field. */
  readonly subField: (parent: string, path: string) => string;
  /** A label for the n-th item (1-based) of a list. */
  readonly item: (label: string, position: number) => string;
  /** A label for a path no field label is known for. */
  readonly unnamedField: (path: string) => string;
  /** The label of the whole value, when an issue concerns the top level. */
  readonly wholeValue: string;
  /** Appended to a list of options cut short. */
  readonly more: (count: number) => string;
}

/** Why a proposed classification is what it is (Permendagri 8/2023 Pasal 1 angka 3-4). */
export interface ClassificationTexts {
  readonly berkadar: (subject: string, misconduct: string) => string;
  readonly subjectOnly: (subject: string, misconduct: string) => string;
  readonly misconductOnly: (subject: string, misconduct: string) => string;
  readonly neither: (subject: string, misconduct: string) => string;
  /** `parts` are `subjectPart` and/or `misconductPart`. */
  readonly needsReview: (parts: readonly string[]) => string;
  readonly subjectPart: string;
  readonly misconductPart: string;
}

/** One locale's texts for everything the schema layer says to people. */
export interface Messages {
  /** The locale of these texts. */
  readonly locale: Locale;
  /** The templates of validation messages, one per kind of issue. */
  readonly issues: IssueTemplates;
  /** How a kind of value is named when a message says what was expected. */
  readonly types: Readonly<Record<TypeKey, string>>;
  /** The hint of each string format, showing the expected shape. */
  readonly formats: Readonly<Record<FormatKey, string>>;
  /** The label of each field, as a message names it. */
  readonly fields: Readonly<Record<FieldKey, string>>;
  /** Why a NIK fails, per problem; `code` is the province code found (used by `province`). */
  readonly nikProblems: Readonly<Record<NikProblemKey, (code: string) => string>>;
  /** The items of UU 25/2009 Pasal 42 ayat (3), as a person would name them. */
  readonly pasal42Items: Readonly<Record<Pasal42ItemKey, string>>;
  /** How each subject of a complaint (Permendagri 8/2023 Pasal 1 angka 4) is named. */
  readonly subjects: Readonly<Record<ComplaintSubject, string>>;
  /** How each alleged misconduct is named. */
  readonly misconducts: Readonly<Record<AllegedMisconduct, string>>;
  /** The texts of the classification rule's explanation. */
  readonly classification: ClassificationTexts;
  /**
   * How the codes a field accepts (roles, outcomes, event types …) are named when a message lists
   * them. A message in Bahasa Indonesia names them in words, not by code; a locale whose codes are
   * already its words (English) leaves this empty and lists the codes.
   */
  readonly values: Readonly<Record<string, string>>;
}
