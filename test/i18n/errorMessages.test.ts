import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PENGADUAN_ERROR_CODES, type PengaduanErrorCode } from '../../src/errors/codes.js';
import {
  type ErrorMessageKey,
  errorMessagesEn,
  errorMessagesId,
  errorText,
} from '../../src/i18n/errorMessages/index.js';

/** Codes whose message is written by `pengaduan/schema` from its catalogues (`messagesFor`). */
const SCHEMA_CODES: readonly PengaduanErrorCode[] = ['schema_validation', 'invalid_phone_number'];

const LOCALIZED =
  /^(expected|problem|reason|name|zoneExpected|instantExpected|text|role|event|state|why|first|known|fields|events|kind|where|late|detail|label|lines)$/;

/** A value for every parameter a message can name, so that every entry can be called. */
const SAMPLE = new Proxy(
  {},
  {
    get: (_, key) => {
      const name = String(key);
      if (name === 'index') return 3;
      if (name === 'count') return 2;
      if (LOCALIZED.test(name)) return { id: `${name}-id`, en: `${name}-en` };
      return `<${name}>`;
    },
  },
);

describe('the error message tables (src/i18n/errorMessages)', () => {
  it('have the same keys in Bahasa Indonesia and English', () => {
    expect(Object.keys(errorMessagesId).sort()).toEqual(Object.keys(errorMessagesEn).sort());
  });

  it('have a message in both languages for every error code of src/errors', () => {
    for (const code of PENGADUAN_ERROR_CODES) {
      if (SCHEMA_CODES.includes(code)) continue;
      expect(Object.keys(errorMessagesEn), code).toContain(code);
      expect(Object.keys(errorMessagesId), code).toContain(code);
    }
  });

  it('write a non-empty text in each language for every key, Indonesian differing from English', () => {
    for (const key of Object.keys(errorMessagesEn) as ErrorMessageKey[]) {
      const text = (errorText as (k: ErrorMessageKey, p: unknown) => { id: string; en: string })(key, SAMPLE);
      expect(text.id.trim(), key).not.toBe('');
      expect(text.en.trim(), key).not.toBe('');
      expect(text.id, key).not.toBe(text.en);
      expect(text.id, key).not.toContain('undefined');
      expect(text.en, key).not.toContain('undefined');
      // A localized parameter is written in the table's own language.
      expect(text.id, key).not.toMatch(/-en\b/);
      expect(text.en, key).not.toMatch(/-id\b/);
    }
  });

  it('are the only place src/errors, src/calendar and src/holidays write an error text', () => {
    const inline = /\{\s*id:\s*[`'"][^`'"]*[`'"],\s*en:\s*[`'"]/;
    for (const dir of ['src/errors', 'src/calendar', 'src/calendar/_lib', 'src/holidays']) {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
        // Holiday names are data, not messages.
        if (/fixedDateHolidays|nationalData|nationalDecrees/.test(file)) continue;
        const code = readFileSync(`${dir}/${file}`, 'utf8')
          .split('\n')
          .filter((line) => !line.trim().startsWith('*'))
          .join('\n');
        expect(inline.test(code), `${dir}/${file}`).toBe(false);
      }
    }
  });
});
