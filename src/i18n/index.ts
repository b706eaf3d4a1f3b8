export { en } from './en.js';
export { id } from './id.js';
export type {
  AllegedMisconduct,
  ComplaintSubject,
  FieldKey,
  FormatKey,
  NikProblemKey,
  Pasal42ItemKey,
  TypeKey,
} from './keys.js';
export {
  ALLEGED_MISCONDUCTS,
  COMPLAINT_SUBJECTS,
  FIELD_KEYS,
  FORMAT_KEYS,
  NIK_PROBLEM_KEYS,
  PASAL_42_ITEM_KEYS,
  TYPE_KEYS,
} from './keys.js';
export type { ClassificationTexts, IssueTemplates, Messages } from './Messages.js';
export { LOCALES, messagesFor } from './messagesFor.js';
export type { Locale, LocalizedText } from './types.js';
