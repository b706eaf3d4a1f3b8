import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PENGADUAN_ERROR_CODES, type PengaduanErrorCode } from '../../src/errors/codes.js';
import { errorMessagesEn, errorMessagesId } from '../../src/i18n/errorMessages/index.js';
import { ERROR_MESSAGE_TABLES } from '../../src/i18n/errorMessages/tables.js';
import { textsOf } from '../../src/i18n/errorMessages/textsOf.js';

/** Codes whose message is written by `pengaduan/schema` from its catalogues (`messagesFor`). */
const SCHEMA_CODES: readonly PengaduanErrorCode[] = ['invalid_phone_number'];

const LOCALIZED =
  /^(expected|problem|reason|name|zoneExpected|instantExpected|text|role|event|state|why|first|known|fields|events|kind|where|late|detail|label|lines|permitted|endsAs|outcome|payBy|target|title|due|sanction)$/;

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
  it('have the same keys in Bahasa Indonesia and English, each key in one table only', () => {
    const owner = new Map<string, string>();
    for (const [name, { en, id }] of Object.entries(ERROR_MESSAGE_TABLES)) {
      expect(Object.keys(id).sort(), name).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en)) {
        expect(owner.get(key), `${key} in ${name}`).toBeUndefined();
        owner.set(key, name);
      }
    }
  });

  it('have a message in both languages for every error code of src/errors', () => {
    for (const code of PENGADUAN_ERROR_CODES) {
      if (SCHEMA_CODES.includes(code)) continue;
      expect(Object.keys(errorMessagesEn), code).toContain(code);
      expect(Object.keys(errorMessagesId), code).toContain(code);
    }
  });

  it('write a non-empty text in each language for every key, Indonesian differing from English', () => {
    for (const [key, write] of Object.values(ERROR_MESSAGE_TABLES).flatMap(({ en, id }) =>
      Object.keys(en).map(
        (k) => [k, textsOf(en, id) as (k: string, p: unknown) => { id: string; en: string }] as const,
      ),
    )) {
      const text = write(key, SAMPLE);
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

  it('are the only place the converted layers write a message: no inline { id, en } text outside data and labels', () => {
    const found: string[] = [];
    for (const dir of CONVERTED) {
      for (const path of sourceFiles(dir)) {
        const data = DATA[path];
        if (data === 'whole file') continue;
        const code = withoutDocComments(readFileSync(path, 'utf8'));
        for (const at of inlineTexts(code)) {
          const before = code.slice(Math.max(0, at - 80), at);
          if (data?.test(before)) continue;
          found.push(`${path}:${code.slice(0, at).split('\n').length}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('finds an inline text the way it is written in the sources (the scan itself)', () => {
    const texts = inlineTexts(
      [
        "fail(at, [], x, { id: 'diharapkan objek', en: 'expected an object' });",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text the scan reads
        "throw new CliError({\n  id: `Berkas ${path} tidak ada: 'x'`,\n  en: `No file ${path}: 'x'`,\n});",
        "const A = { id: 'it\\'s', en: 'it\\'s' };",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text the scan reads
        "const S = { id: `a ${b ? 'c' : 'd'}`, en: `a ${b ? 'c' : 'd'}` };",
        "const notText = { id: '', sessionId: '' };",
        "const t = errorText('x', { detail: { id: where, en: where } });",
      ].join('\n'),
    );
    expect(texts).toHaveLength(4);
  });
});

/** The layers whose every message comes from the tables. */
const CONVERTED = [
  'src/_lib',
  'src/errors',
  'src/calendar',
  'src/holidays',
  'src/rules',
  'src/sla',
  'src/schema',
  'src/views',
  'src/machine',
  'src/compliance',
  'src/interop',
  'src/testing',
  'src/cli',
];

/**
 * Texts that are data or labels, not messages: carried with their source (holiday names with their
 * decree, rule titles and summaries with their instrument and article, the vocabularies of
 * SP4N-LAPOR!, Open311 and ISO 10002, the audiences' legal notes) or the CLI's help and labels.
 * A whole file, or the keys under which a file carries them (the text must follow that key).
 */
const RULE_DATA = /\b(title|summary|consequence|text)\s*:\s*$/;
const DATA: Readonly<Record<string, RegExp | 'whole file'>> = {
  'src/_lib/formatForPeople.ts': /\bMOMENT_PATTERN\b[^\n]*=\s*$/,
  'src/holidays/nationalData.ts': 'whole file',
  'src/holidays/nationalDecrees.ts': 'whole file',
  'src/calendar/fixedDateHolidays.ts': 'whole file',
  'src/rules/_lib/uu25Sanctions.ts': 'whole file',
  'src/rules/uu25Policy.ts': RULE_DATA,
  'src/rules/sp4nLaporPolicy.ts': RULE_DATA,
  'src/rules/tieredLocalPolicy.ts': RULE_DATA,
  'src/rules/ombudsmanPolicy.ts': RULE_DATA,
  'src/views/AUDIENCE_RULES.ts': 'whole file',
  // The states' labels and descriptions, each state with its legal source and its SP4N-LAPOR! and
  // Open311 crosswalk; the permissions' notes, each with the source of the permission.
  'src/machine/states.ts': /\b(label|description)\s*:\s*$/,
  'src/machine/permissions.ts': /\bSOURCES\.\w+,\s*$/,
  'src/interop/ISO_10002.ts': 'whole file',
  'src/interop/LAPOR_STATUSES.ts': 'whole file',
  'src/interop/OPEN311_SERVICES.ts': 'whole file',
  'src/interop/_lib/attributes.ts':
    /\b(material|immaterial|both|individual|group|legal_entity|FORMAL_NOTE|FORMAL_ONLY_NOTE)\s*[:=]\s*$/,
  'src/interop/_lib/publicText.ts': 'whole file',
  'src/cli/runCli.ts': /\bMAIN_HELP\s*=\s*$/,
  'src/cli/commands/audit.ts': /\bAUDIT_HELP\s*=\s*$/,
  'src/cli/commands/explain.ts': /\bEXPLAIN_HELP\s*=\s*$/,
  'src/cli/commands/deadline.ts': /\b(DEADLINE_HELP\s*=|working_days:|calendar_days:)\s*$/,
  'src/cli/commands/calendar.ts':
    /\b(CALENDAR_HELP\s*=|national_holiday:|collective_leave:|regional:|office_closure:)\s*$/,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The code without its doc comments (their examples write policies with titles). */
function withoutDocComments(code: string): string {
  return code.replace(/\/\*\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
}

/**
 * Where an object literal whose first member is `id:` with a string literal and whose next member is
 * `en:` starts: `{ id: '…', en: '…' }`, on one line or several, with any quotes.
 */
function inlineTexts(code: string): number[] {
  const starts: number[] = [];
  for (const match of code.matchAll(/\{\s*id:\s*(?=[`'"])/g)) {
    const end = endOfString(code, match.index + match[0].length);
    if (end !== undefined && /^\s*,\s*en\s*:/.test(code.slice(end, end + 40))) starts.push(match.index);
  }
  return starts;
}

/** The index just past the string literal that starts at `start`, `${…}` included. */
function endOfString(code: string, start: number): number | undefined {
  const quote = code[start];
  let depth = 0;
  for (let i = start + 1; i < code.length; i++) {
    const c = code[i];
    if (c === '\\') i++;
    else if (depth > 0) {
      if (c === '{') depth++;
      else if (c === '}') depth--;
    } else if (quote === '`' && c === '$' && code[i + 1] === '{') {
      depth = 1;
      i++;
    } else if (c === quote) return i + 1;
  }
  return undefined;
}
