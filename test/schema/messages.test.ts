import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { en } from '../../src/i18n/en.js';
import { id } from '../../src/i18n/id.js';
import {
  ALLEGED_MISCONDUCTS,
  COMPLAINT_SUBJECTS,
  FIELD_KEYS,
  FORMAT_KEYS,
  NIK_PROBLEM_KEYS,
  PASAL_42_ITEM_KEYS,
  TYPE_KEYS,
} from '../../src/i18n/keys.js';
import type { Messages } from '../../src/i18n/Messages.js';
import { messagesFor } from '../../src/i18n/messagesFor.js';
import { fieldInfo } from '../../src/schema/_lib/describeIssue.js';
import { FIELD_SOURCES } from '../../src/schema/_lib/fieldSources.js';
import { PUBLIC_SCHEMAS } from '../../src/schema/_lib/publicSchemas.js';
import {
  ComplaintSchema,
  formatIssues,
  HistoryEventSchema,
  localizedErrorMap,
  parseWith,
  SchemaValidationError,
  safeParseComplaint,
} from '../../src/schema/index.js';
import { jsonSchemas } from '../../src/schema/jsonSchemas.js';
import { jsonSchemaPaths } from './_lib/jsonSchemaPaths.js';

const catalogues: readonly Messages[] = [id, en];

function functionsIn(value: object): [string, (...args: never[]) => unknown][] {
  return Object.entries(value).filter(
    (entry): entry is [string, (...args: never[]) => unknown] => typeof entry[1] === 'function',
  );
}

describe('the message catalogues', () => {
  it.each(catalogues.map((m) => [m.locale, m] as const))(
    '%s has a text for every key and no other',
    (_, m) => {
      expect(Object.keys(m.fields).sort()).toEqual([...FIELD_KEYS].sort());
      expect(Object.keys(m.formats).sort()).toEqual([...FORMAT_KEYS].sort());
      expect(Object.keys(m.types).sort()).toEqual([...TYPE_KEYS].sort());
      expect(Object.keys(m.nikProblems).sort()).toEqual([...NIK_PROBLEM_KEYS].sort());
      expect(Object.keys(m.pasal42Items).sort()).toEqual([...PASAL_42_ITEM_KEYS].sort());
      expect(Object.keys(m.subjects).sort()).toEqual([...COMPLAINT_SUBJECTS].sort());
      expect(Object.keys(m.misconducts).sort()).toEqual([...ALLEGED_MISCONDUCTS].sort());
      const texts = [m.fields, m.formats, m.types, m.pasal42Items, m.subjects, m.misconducts].flatMap(
        Object.values,
      );
      for (const text of texts) expect(text.trim()).not.toBe('');
    },
  );

  it('has the same templates in both languages, each producing a different sentence', () => {
    const names = (m: Messages) => [
      ...functionsIn(m.issues).map(([k]) => `issues.${k}`),
      ...functionsIn(m.classification).map(([k]) => `classification.${k}`),
    ];
    expect(names(en).sort()).toEqual(names(id).sort());
    const sample = (f: (...args: never[]) => unknown) =>
      (f as (...args: unknown[]) => unknown)('Label', 'Other', 'x', ['a']) as string;
    for (const [name, f] of functionsIn(id.issues)) {
      const other = (en.issues as unknown as Record<string, (...args: never[]) => unknown>)[name];
      expect(other, name).toBeTypeOf('function');
      if (other === undefined) continue;
      expect(sample(f).trim(), name).not.toBe('');
      expect(sample(f), name).not.toBe(sample(other));
    }
    for (const key of NIK_PROBLEM_KEYS) expect(id.nikProblems[key]('99')).not.toBe(en.nikProblems[key]('99'));
  });

  it('labels every field of every public schema, in both languages', () => {
    for (const m of catalogues) {
      for (const [name, entry] of Object.entries(PUBLIC_SCHEMAS)) {
        const schema = jsonSchemas[name as keyof typeof jsonSchemas];
        for (const path of jsonSchemaPaths(schema)) {
          const { label } = fieldInfo(path, entry.scope, m);
          // Free-form keys (policy `where` conditions, `options`) are named after their labelled parent.
          expect(label, `${m.locale} ${name} ${path.join('.')}`).not.toMatch(/^(Kolom|Field) `/);
        }
      }
    }
  });

  it('cites articles only for fields that exist', () => {
    const known = new Set<string>();
    for (const [name, entry] of Object.entries(PUBLIC_SCHEMAS)) {
      const scope = entry.scope === 'history' ? 'event' : entry.scope;
      for (const path of jsonSchemaPaths(jsonSchemas[name as keyof typeof jsonSchemas])) {
        known.add([scope, ...path.filter((p) => typeof p === 'string')].join('.'));
      }
    }
    for (const key of FIELD_SOURCES.keys()) expect(known, key).toContain(key);
  });

  it('falls back to Bahasa Indonesia for a locale it does not know', () => {
    expect(messagesFor('fr' as never)).toBe(id);
    expect(messagesFor('__proto__' as never)).toBe(id);
    expect(messagesFor('en')).toBe(en);
    expect(messagesFor()).toBe(id);
  });
});

describe('choosing the locale', () => {
  const input = { filing: 'formal', type: 'pengaduan', channel: 'web' };

  it('is a per-parse choice: parses in both languages do not affect each other', () => {
    const first = safeParseComplaint(input, { locale: 'en' });
    const second = safeParseComplaint(input);
    const third = safeParseComplaint(input, { locale: 'en' });
    expect(first.success || second.success || third.success).toBe(false);
    if (first.success || second.success || third.success) return;
    expect(first.issues[0]?.message).toBe(
      'Complainant (pengadu) is required (UU 25/2009 Pasal 42 ayat (3) huruf a)',
    );
    expect(second.issues[0]?.message).toBe('Data pengadu wajib diisi (UU 25/2009 Pasal 42 ayat (3) huruf a)');
    expect(third.issues).toEqual(first.issues);
    // zod's own error carries the same sentences.
    expect(second.zodError.issues[0]?.message).toBe(second.issues[0]?.message);
  });

  it('leaves zod configured as it was: importing this package sets no global error map', () => {
    expect(z.string().safeParse(1).error?.issues[0]?.message).toBe(
      'Invalid input: expected string, received number',
    );
  });

  it('words the issues of ComplaintSchema.safeParse called directly in Bahasa Indonesia, citing the article', () => {
    const direct = ComplaintSchema.safeParse({
      filing: 'formal',
      type: 'pengaduan',
      channel: 'web',
      complainant: { name: 'Siti Rahmawati' },
    });
    expect(direct.error?.issues[0]?.message).toBe(
      'Alamat lengkap pengadu wajib diisi (UU 25/2009 Pasal 42 ayat (3) huruf a)',
    );
    expect(() => ComplaintSchema.parse({})).toThrow(/wajib diisi/);
    // A host's own error map still wins, and zod's other schemas keep zod's own messages.
    const own = ComplaintSchema.safeParse({}, { error: () => 'mine' });
    expect(own.error?.issues[0]?.message).toBe('mine');
    expect(z.string().safeParse(1).error?.issues[0]?.message).toMatch(/^Invalid input/);
  });

  it('can be passed to zod directly as a per-parse error map', () => {
    const result = HistoryEventSchema.safeParse(
      {
        type: 'complaint.held',
        at: '2025-04-14T08:00:00+07:00',
        actor: { role: 'admin_instansi' },
        data: {},
      },
      { error: localizedErrorMap({ locale: 'en', scope: 'event' }) },
    );
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['Reason is required']);
  });

  it('words issues after the fact with formatIssues, telling a missing field apart only when given the input', () => {
    const error = ComplaintSchema.safeParse(input).error;
    expect(error).toBeDefined();
    if (error === undefined) return;
    const withInput = formatIssues(error, { locale: 'id', scope: 'complaint', input });
    const withoutInput = formatIssues(error, { locale: 'id', scope: 'complaint' });
    expect(withInput.find((i) => i.path.join('.') === 'requestedRemedy')?.message).toBe(
      'Permintaan penyelesaian wajib diisi (UU 25/2009 Pasal 42 ayat (3) huruf c)',
    );
    expect(withoutInput.find((i) => i.path.join('.') === 'requestedRemedy')?.message).toBe(
      'Permintaan penyelesaian wajib diisi dengan teks (UU 25/2009 Pasal 42 ayat (3) huruf c)',
    );
    expect(
      formatIssues(error, { locale: 'en' }).find((i) => i.path.join('.') === 'requestedRemedy')?.field,
    ).toBe('Remedy requested');
  });

  it('throws a SchemaValidationError with the issues in both languages from parseWith', () => {
    let thrown: unknown;
    try {
      parseWith(
        HistoryEventSchema,
        { type: 'complaint.held', at: 'kemarin', actor: { role: 'system' }, data: {} },
        { scope: 'event' },
      );
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SchemaValidationError);
    const error = thrown as SchemaValidationError;
    expect(error.code).toBe('schema_validation');
    expect(error.issues.id.map((i) => i.path.join('.'))).toEqual(['at', 'data.reason']);
    expect(error.issues.en.map((i) => i.path.join('.'))).toEqual(['at', 'data.reason']);
    expect(error.text.id).toMatch(/^Waktu peristiwa tidak sesuai format: .* \(dan 1 masalah lain\)$/);
    expect(error.message).toMatch(/^Event time has the wrong format: .* \(and 1 more\)$/);
    expect(Object.isFrozen(error.issues.id)).toBe(true);
  });
});
