/**
 * Which record a value is validated as. The scope picks the field labels and the articles quoted in
 * messages: `complainant.name` is "Nama pengadu" in a complaint and in a receipt, but only the
 * complaint quotes Pasal 42 ayat (3) and only the receipt Pasal 44 ayat (2).
 */
export type SchemaScope =
  | 'complaint'
  | 'event'
  | 'actor'
  | 'history'
  | 'receipt'
  | 'decision'
  | 'unit'
  | 'location'
  | 'nik'
  | 'phone'
  | 'email'
  | 'attachment'
  | 'policy'
  | 'classificationFacts';

export const SCHEMA_SCOPES: readonly SchemaScope[] = Object.freeze([
  'complaint',
  'event',
  'actor',
  'history',
  'receipt',
  'decision',
  'unit',
  'location',
  'nik',
  'phone',
  'email',
  'attachment',
  'policy',
  'classificationFacts',
] as const);

/** The scope named by a value, or `undefined` for anything that is not one (no label, no article). */
export function scopeOf(value: unknown): SchemaScope | undefined {
  return typeof value === 'string' && (SCHEMA_SCOPES as readonly string[]).includes(value)
    ? (value as SchemaScope)
    : undefined;
}
