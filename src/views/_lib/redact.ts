// Free text (a reply, a follow-up summary, an incident address) can repeat a complainant's identity
// even when the identity fields are withheld. Every string of a view is therefore scanned for the
// identity values the audience may not see, and each occurrence is replaced.

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern for a phone number in any common writing: +62 812-3456-7890, 0812 3456 7890, 6281234567890. */
function phonePattern(phone: string): RegExp | undefined {
  const digits = phone.replace(/\D/g, '');
  const national = digits.startsWith('62')
    ? digits.slice(2)
    : digits.startsWith('0')
      ? digits.slice(1)
      : digits;
  if (national.length < 6) return undefined;
  const body = [...national].join('[\\s.\\-()]*');
  return new RegExp(`(?:\\+?\\s*62|0)?[\\s.\\-()]*${body}`, 'g');
}

/** A pattern for a number written with or without separators (NIK). */
function digitsPattern(value: string): RegExp | undefined {
  const digits = value.replace(/\D/g, '');
  if (digits.length < 6) return undefined;
  return new RegExp([...digits].join('[\\s.\\-]*'), 'g');
}

/** The kind of an identity value, which decides how loosely it is matched. */
export type SecretKind = 'text' | 'phone' | 'digits';

/** An identity value to keep out of a view. */
export interface Secret {
  readonly kind: SecretKind;
  readonly value: string;
}

/** Compiles the patterns for a set of identity values (longest first, so a name inside an address goes with it). */
export function compileSecrets(secrets: readonly Secret[]): readonly RegExp[] {
  const patterns: RegExp[] = [];
  const sorted = [...secrets]
    .filter((s) => s.value.trim().length >= 3)
    .sort((a, b) => b.value.length - a.value.length);
  for (const secret of sorted) {
    const pattern =
      secret.kind === 'phone'
        ? phonePattern(secret.value)
        : secret.kind === 'digits'
          ? digitsPattern(secret.value)
          : new RegExp(escapeRegExp(secret.value.trim()).replace(/\s+/g, '[\\s._-]+'), 'gi');
    if (pattern !== undefined) patterns.push(pattern);
  }
  return patterns;
}

/** A copy of a JSON value with every match of the patterns in its strings replaced. */
export function redactStrings<T>(value: T, patterns: readonly RegExp[], replacement: string): T {
  if (patterns.length === 0) return value;
  if (typeof value === 'string') {
    let text: string = value;
    for (const pattern of patterns) text = text.replace(pattern, replacement);
    return text as T;
  }
  if (Array.isArray(value)) return value.map((item) => redactStrings(item, patterns, replacement)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = redactStrings(item, patterns, replacement);
    return out as T;
  }
  return value;
}
