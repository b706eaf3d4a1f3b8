import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** An expected issue: where, which code, and optionally the exact sentences in both languages. */
export interface ExpectedIssue {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message?: { readonly id: string; readonly en: string };
}

export interface SchemaFixtures {
  readonly valid: readonly { readonly name: string; readonly value: unknown }[];
  readonly invalid: readonly {
    readonly name: string;
    readonly value: unknown;
    readonly issues: readonly ExpectedIssue[];
  }[];
  /** Refused by zod only: cross-field rules the JSON Schema cannot state (documented in docs/schemas.md). */
  readonly zodOnly?: readonly {
    readonly name: string;
    readonly value: unknown;
    readonly issues: readonly ExpectedIssue[];
  }[];
}

export const FIXTURE_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'schema');

/** Reads a fixture file with `JSON.parse`, as a host would read a request body (`__proto__` stays a key). */
export function readFixtures(file: string): SchemaFixtures {
  return JSON.parse(readFileSync(join(FIXTURE_DIR, file), 'utf8')) as SchemaFixtures;
}
