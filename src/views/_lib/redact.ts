// Free text (a reply, a follow-up summary, an incident address) can repeat a complainant's identity
// even when the identity fields are withheld. Every string of a view is therefore scanned for the
// identity values the audience may not see, and each occurrence is replaced.
//
// Every pattern here is linear in the length of the text it scans: separators are matched by
// bounded quantifiers ({0,3}) between tokens that cannot be separators, so no run of spaces, dots or
// dashes can make a pattern retry (test/views/redactionSpeed.test.ts scans 10^5-character inputs).

/** ASCII and full-width digits. */
const DIGIT = '[0-9\\uFF10-\\uFF19]';
/** What people put between the digits of a phone number or a NIK: spaces, dots, dashes, slashes, brackets. */
const DIGIT_SEPARATOR = '[\\s.\\-/()_\\u2010-\\u2015\\uFF0D\\uFF0E\\uFF0F\\uFF08\\uFF09]';
/** A run of digits with at most three separators between two digits. */
const DIGIT_RUN = new RegExp(`${DIGIT}(?:${DIGIT_SEPARATOR}{0,3}${DIGIT})*`, 'g');

/** Between the words of a name or an address: at most three spaces, dots, underscores or dashes. */
const WORD_SEPARATOR = '[\\s._\\-]{1,3}';
/** `@` as people disguise it: `@`, `＠`, `[at]`, `(at)`, `{at}`, ` at `. */
const AT = '\\s{0,3}(?:@|\\uFF20|\\[at\\]|\\(at\\)|\\{at\\}|\\sat\\s)\\s{0,3}';
/** `.` as people disguise it in an address: `.`, `[dot]`, `(dot)`, ` dot `. */
const DOT = '\\s{0,3}(?:\\.|\\uFF0E|\\[dot\\]|\\(dot\\)|\\{dot\\}|\\sdot\\s)\\s{0,3}';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** ASCII digits of a text, full-width digits included. */
function digitsOf(text: string): string {
  let digits = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code >= 48 && code <= 57) digits += char;
    else if (code >= 0xff10 && code <= 0xff19) digits += String.fromCharCode(code - 0xff10 + 48);
  }
  return digits;
}

/** The kind of an identity value, which decides how loosely it is matched. */
export type SecretKind = 'text' | 'phone' | 'digits' | 'email';

/** An identity value to keep out of a view. */
export interface Secret {
  readonly kind: SecretKind;
  readonly value: string;
}

/** Replaces every identity value it was built for in a text. */
export type Redactor = (text: string) => string;

/** The digits that identify a number: a phone's national number (without +62, 62 or 0), a NIK's digits. */
function identifyingDigits(secret: Secret): string | undefined {
  const digits = digitsOf(secret.value);
  const national =
    secret.kind === 'phone'
      ? digits.startsWith('62')
        ? digits.slice(2)
        : digits.startsWith('0')
          ? digits.slice(1)
          : digits
      : digits;
  return national.length >= 6 ? national : undefined;
}

function textPattern(secret: Secret): string | undefined {
  const value = secret.value.trim();
  if (value.length < 3) return undefined;
  if (secret.kind === 'email') {
    const at = value.lastIndexOf('@');
    if (at > 0) {
      const local = value.slice(0, at).split('.').map(escapeRegExp).join(DOT);
      const domain = value
        .slice(at + 1)
        .split('.')
        .map(escapeRegExp)
        .join(DOT);
      return `${local}${AT}${domain}`;
    }
  }
  return value.split(/\s+/).map(escapeRegExp).join(WORD_SEPARATOR);
}

/**
 * A function that replaces, in a text, every occurrence of the given identity values: numbers
 * (phone, NIK) in any writing (separators, full-width digits, +62 or 0), e-mail addresses with `@`
 * written as `[at]` or `(at)`, names and addresses in any letter case.
 */
export function compileSecrets(secrets: readonly Secret[], replacement: string): Redactor | undefined {
  const numbers: string[] = [];
  const texts: string[] = [];
  // Longest first, so that a name inside an address goes with the address.
  const sorted = [...secrets].sort((a, b) => b.value.length - a.value.length);
  for (const secret of sorted) {
    if (secret.kind === 'phone' || secret.kind === 'digits') {
      const digits = identifyingDigits(secret);
      if (digits !== undefined) numbers.push(digits);
    }
    if (secret.kind !== 'digits') {
      const pattern = secret.kind === 'phone' ? undefined : textPattern(secret);
      if (pattern !== undefined) texts.push(pattern);
    }
  }
  if (numbers.length === 0 && texts.length === 0) return undefined;
  // One alternation of literals: the engine scans the text once for all of them.
  const text = texts.length === 0 ? undefined : new RegExp(texts.join('|'), 'gi');
  const hidesNumber = (run: string) => {
    const digits = digitsOf(run);
    return numbers.some((number) => digits.includes(number));
  };
  return (value) => {
    let out = text === undefined ? value : value.replace(text, replacement);
    if (numbers.length > 0) out = out.replace(DIGIT_RUN, (run) => (hidesNumber(run) ? replacement : run));
    return out;
  };
}

/** A copy of a JSON value with every string passed through the redactor. */
export function redactStrings<T>(value: T, redact: Redactor | undefined): T {
  if (redact === undefined) return value;
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((item) => redactStrings(item, redact)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = redactStrings(item, redact);
    return out as T;
  }
  return value;
}
