import type { FieldKey, FormatKey, TypeKey } from '../../i18n/keys.js';
import type { Messages } from '../../i18n/Messages.js';
import type { LegalSource } from '../../rules/types.js';
import { diagnoseNik } from '../diagnoseNik.js';
import type { IssueCode, LocalizedIssue } from '../LocalizedIssue.js';
import type { SchemaScope } from '../SchemaScope.js';
import { FIELD_SOURCES } from './fieldSources.js';
import { PATTERN_FORMATS } from './patterns.js';

/** The parts of a zod issue (raw or final) this module reads; everything is optional and checked. */
export interface IssueLike {
  readonly code?: string;
  readonly path?: readonly PropertyKey[];
  readonly expected?: unknown;
  readonly origin?: unknown;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly inclusive?: unknown;
  readonly format?: unknown;
  readonly pattern?: unknown;
  readonly values?: unknown;
  readonly options?: unknown;
  readonly keys?: unknown;
  readonly params?: unknown;
}

/** What is known of the value an issue is about. */
export type ValueAtPath =
  | { readonly known: false }
  | { readonly known: true; readonly present: boolean; readonly value: unknown };

const MAX_OPTIONS_LISTED = 30;
const MAX_KEY_SHOWN = 60;

/** Scopes whose values are lists of another scope's records. */
const ITEM_SCOPE: Partial<Record<SchemaScope, SchemaScope>> = { history: 'event' };

interface FieldInfo {
  readonly label: string;
  readonly source: LegalSource | undefined;
}

function hasKey(table: object, key: string): boolean {
  return Object.hasOwn(table, key);
}

/** Path names without list positions, and the last list position (1-based) when there is one. */
function splitPath(path: readonly PropertyKey[]): { names: string[]; position: number | undefined } {
  const names: string[] = [];
  let position: number | undefined;
  for (const part of path) {
    if (typeof part === 'number') position = part + 1;
    else names.push(String(part));
  }
  return { names, position };
}

/** Labels a path: the longest known key that ends it, tried first with the scope in front. */
export function fieldInfo(
  path: readonly PropertyKey[],
  scope: SchemaScope | undefined,
  messages: Messages,
): FieldInfo {
  const effectiveScope =
    scope !== undefined && typeof path[0] === 'number' ? (ITEM_SCOPE[scope] ?? scope) : scope;
  const { names, position } = splitPath(path);
  const fields = messages.fields;
  const scopedKey =
    effectiveScope === undefined
      ? names.join('.')
      : names.length === 0
        ? effectiveScope
        : `${effectiveScope}.${names.join('.')}`;
  const source = effectiveScope === undefined ? undefined : FIELD_SOURCES.get(scopedKey);
  let label: string | undefined;
  if (names.length === 0) {
    label =
      effectiveScope !== undefined && hasKey(fields, effectiveScope)
        ? fields[effectiveScope as FieldKey]
        : messages.issues.wholeValue;
  } else if (hasKey(fields, scopedKey)) {
    label = fields[scopedKey as FieldKey];
  } else {
    label = suffixLabel(names, fields);
    // No label for the path itself: name the nearest labelled ancestor and the rest of the path.
    for (let end = names.length - 1; end > 0 && label === undefined; end--) {
      const parent = suffixLabel(names.slice(0, end), fields);
      if (parent !== undefined)
        label = messages.issues.subField(parent, truncate(names.slice(end).join('.')));
    }
  }
  label ??= messages.issues.unnamedField(truncate(names.join('.')));
  if (position !== undefined) label = messages.issues.item(label, position);
  return { label, source };
}

/** The label of the longest key in `fields` that ends the path. */
function suffixLabel(names: readonly string[], fields: Messages['fields']): string | undefined {
  for (let start = 0; start < names.length; start++) {
    const key = names.slice(start).join('.');
    if (hasKey(fields, key)) return fields[key as FieldKey];
  }
  return undefined;
}

function truncate(value: string): string {
  // Keys and values come from untrusted input: show them escaped and short.
  const escaped = JSON.stringify(value).slice(1, -1);
  return escaped.length > MAX_KEY_SHOWN ? `${escaped.slice(0, MAX_KEY_SHOWN)}…` : escaped;
}

function typeKey(expected: unknown): TypeKey {
  switch (expected) {
    case 'string':
    case 'number':
    case 'int':
    case 'boolean':
    case 'object':
    case 'array':
      return expected;
    default:
      return 'other';
  }
}

function formatKey(issue: IssueLike): FormatKey | 'nonBlank' {
  if (issue.format === 'regex' && typeof issue.pattern === 'string') {
    return PATTERN_FORMATS.get(issue.pattern) ?? 'other';
  }
  if (issue.format === 'date') return 'civilDate';
  if (issue.format === 'datetime') return 'instant';
  return 'other';
}

function listOptions(values: readonly unknown[], messages: Messages): string {
  // Named in words where the locale has them (Bahasa Indonesia): a clerk reads "dikabulkan sebagian",
  // not `partially_upheld`; the issue's code and path still tell a program what was wrong.
  const shown = values
    .slice(0, MAX_OPTIONS_LISTED)
    .map((v) =>
      typeof v === 'string' ? (Object.hasOwn(messages.values, v) ? messages.values[v]! : v) : String(v),
    );
  const rest = values.length - shown.length;
  return rest > 0 ? `${shown.join(', ')}, ${messages.issues.more(rest)}` : shown.join(', ');
}

function asNumber(value: unknown): number {
  return typeof value === 'bigint' ? Number(value) : typeof value === 'number' ? value : Number.NaN;
}

function cite(message: string, source: LegalSource | undefined): string {
  return source === undefined ? message : `${message} (${source.instrument} ${source.article})`;
}

function toPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((part) => (typeof part === 'number' ? part : String(part)));
}

/**
 * Turns one zod issue into localized issues: one, except for unknown keys (one per key, each with
 * the key at the end of its path, so a form can show it beside the right field).
 */
export function describeIssue(
  issue: IssueLike,
  scope: SchemaScope | undefined,
  messages: Messages,
  value: ValueAtPath,
): LocalizedIssue[] {
  const path = issue.path ?? [];
  const t = messages.issues;

  if (issue.code === 'unrecognized_keys' && Array.isArray(issue.keys)) {
    const parent = path.length === 0 ? undefined : fieldInfo(path, scope, messages).label;
    return issue.keys.map((key) => {
      const keyPath = [...path, String(key)];
      return {
        path: toPath(keyPath),
        code: 'unknown_key',
        field: fieldInfo(keyPath, scope, messages).label,
        message: t.unknownKey(parent, truncate(String(key))),
      };
    });
  }

  const { label, source } = fieldInfo(path, scope, messages);
  const make = (code: IssueCode, message: string): LocalizedIssue[] => {
    const base = { path: toPath(path), code, field: label, message: cite(message, source) };
    return [source === undefined ? base : { ...base, source }];
  };
  const type = messages.types[typeKey(issue.expected)];

  switch (issue.code) {
    case 'invalid_type': {
      if (!value.known) return make('invalid_type', t.requiredOfType(label, type));
      if (!value.present) return make('required', t.required(label));
      return make('invalid_type', t.wrongType(label, type));
    }
    case 'too_big': {
      const max = asNumber(issue.maximum);
      const inclusive = issue.inclusive !== false;
      if (issue.origin === 'string') return make('too_long', t.tooLong(label, max));
      if (issue.origin === 'array') return make('too_many', t.tooManyItems(label, max));
      return make('too_big', t.tooBig(label, max, inclusive));
    }
    case 'too_small': {
      const min = asNumber(issue.minimum);
      const inclusive = issue.inclusive !== false;
      if (issue.origin === 'string') return make('too_short', t.tooShort(label, min));
      if (issue.origin === 'array') return make('too_few', t.tooFewItems(label, min));
      return make('too_small', t.tooSmall(label, min, inclusive));
    }
    case 'invalid_format': {
      const format = formatKey(issue);
      if (format === 'nonBlank') return make('blank', t.blank(label));
      if (format === 'nik' && value.known && typeof value.value === 'string') {
        const problem = diagnoseNik(value.value);
        if (problem !== undefined) {
          const text = messages.nikProblems[problem.problem](problem.code ?? '');
          return make('invalid_nik', t.invalidNik(label, text));
        }
      }
      return make('invalid_format', t.invalidFormat(label, messages.formats[format]));
    }
    case 'invalid_value':
      // zod reports a missing enum or literal as a wrong value; say it is missing.
      if (value.known && !value.present) return make('required', t.required(label));
      return make(
        'invalid_option',
        t.invalidOption(label, listOptions(Array.isArray(issue.values) ? issue.values : [], messages)),
      );
    case 'invalid_union':
      if (Array.isArray(issue.options)) {
        // A discriminated union whose discriminator matched no option.
        if (value.known && !value.present) return make('required', t.required(label));
        return make('invalid_option', t.invalidOption(label, listOptions(issue.options, messages)));
      }
      return make('invalid', t.invalid(label));
    case 'custom': {
      const params = (issue.params ?? {}) as Record<string, unknown>;
      if (params.rule === 'regionPrefix' && typeof params.prefix === 'string') {
        const parentPath = [...path.slice(0, -1), String(params.parentField)];
        const parent = fieldInfo(parentPath, scope, messages).label;
        return make('region_prefix', t.regionPrefix(label, parent, params.prefix));
      }
      if (params.rule === 'duplicateId') return make('duplicate_id', t.duplicateId(label));
      if (params.rule === 'perUnitStart' && typeof params.events === 'string') {
        return make('invalid', t.perUnitStart(label, params.events));
      }
      // A problem found by the policy check shared with `validatePolicy`: its own words, both languages.
      const expected = params.expected as Record<string, unknown> | undefined;
      if (params.rule === 'policy' && typeof expected?.[messages.locale] === 'string') {
        return make('invalid', `${label}: ${expected[messages.locale] as string}`);
      }
      return make('invalid', t.invalid(label));
    }
    default:
      return make('invalid', t.invalid(label));
  }
}
