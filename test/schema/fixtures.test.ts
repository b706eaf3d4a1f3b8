import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { PUBLIC_SCHEMAS } from '../../src/schema/_lib/publicSchemas.js';
import { safeParseWith } from '../../src/schema/index.js';
import { jsonSchemas } from '../../src/schema/jsonSchemas.js';
import { FIXTURE_DIR, readFixtures } from './_lib/fixtures.js';

// Formats are not validated by ajv here: every format the schemas use also carries a `pattern`, and a
// host's validator may not know `date-time` or `email`. The patterns decide, in zod and in ajv alike.
const ajv = new Ajv({ strict: true, allErrors: true, validateFormats: false });

describe.each(Object.entries(PUBLIC_SCHEMAS))('the %s schema', (name, entry) => {
  const fixtures = readFixtures(entry.file);
  const validate = ajv.compile(jsonSchemas[name as keyof typeof jsonSchemas]);
  const parse = (value: unknown, locale: 'id' | 'en' = 'id') =>
    safeParseWith(
      entry.schema,
      value,
      entry.scope === undefined ? { locale } : { locale, scope: entry.scope },
    );

  it('has valid and invalid fixtures', () => {
    expect(existsSync(join(FIXTURE_DIR, entry.file))).toBe(true);
    expect(fixtures.valid.length).toBeGreaterThan(0);
    expect(fixtures.invalid.length).toBeGreaterThan(0);
  });

  it.each(fixtures.valid.map((f) => [f.name, f.value] as const))(
    'accepts %s, in zod and in ajv',
    (_, value) => {
      const result = parse(value);
      expect(result.success ? [] : result.issues).toEqual([]);
      expect(validate(value) ? [] : validate.errors).toEqual([]);
    },
  );

  it.each(fixtures.invalid.map((f) => [f.name, f.value, f.issues] as const))(
    'refuses %s, in zod and in ajv, with the expected issues',
    (_, value, expected) => {
      const result = parse(value);
      expect(result.success).toBe(false);
      expect(validate(value)).toBe(false);
      if (result.success) return;
      const english = parse(value, 'en');
      for (const issue of expected) {
        expect(result.issues).toContainEqual(expect.objectContaining({ path: issue.path, code: issue.code }));
        if (issue.message !== undefined && !english.success) {
          const at = (list: typeof result.issues) =>
            list.find((i) => JSON.stringify(i.path) === JSON.stringify(issue.path) && i.code === issue.code)
              ?.message;
          expect(at(result.issues)).toBe(issue.message.id);
          expect(at(english.issues)).toBe(issue.message.en);
        }
      }
    },
  );

  it.each((fixtures.zodOnly ?? []).map((f) => [f.name, f.value, f.issues] as const))(
    'refuses %s in zod only (a cross-field rule the JSON Schema cannot state)',
    (_, value, expected) => {
      const result = parse(value);
      expect(validate(value)).toBe(true);
      expect(result.success).toBe(false);
      if (result.success) return;
      for (const issue of expected) {
        expect(result.issues).toContainEqual(expect.objectContaining({ path: issue.path, code: issue.code }));
        if (issue.message !== undefined) {
          const english = parse(value, 'en');
          expect(result.issues.find((i) => i.code === issue.code)?.message).toBe(issue.message.id);
          expect(
            english.success ? undefined : english.issues.find((i) => i.code === issue.code)?.message,
          ).toBe(issue.message.en);
        }
      }
    },
  );
});
