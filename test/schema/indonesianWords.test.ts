import { describe, expect, it } from 'vitest';
import { HISTORY_EVENT_TYPES } from '../../src/history/types.js';
import { PUBLIC_SCHEMAS } from '../../src/schema/_lib/publicSchemas.js';
import * as schema from '../../src/schema/index.js';
import { CODE_LISTS } from './_lib/codeLists.js';
import { readFixtures } from './_lib/fixtures.js';

// Every code a field accepts (roles, outcomes, reasons, event types …): the words of a program, not
// of a clerk. A message in Bahasa Indonesia names them in words (messagesFor('id').values).
const CODES = new Set<string>([
  ...HISTORY_EVENT_TYPES,
  ...Object.values(CODE_LISTS)
    .flat()
    .filter((code) => /[_.]/.test(code) || /^[a-z]+$/.test(code)),
]);
// Codes that are also ordinary Indonesian words (or names) and may appear as such.
const ALSO_WORDS = new Set(['pengaduan', 'aspirasi', 'atasan', 'pembina', 'spam', 'web', 'email', 'opd']);

/** The codes a message names outside back-quotes (a key the sender wrote is quoted as written). */
function codesIn(message: string): string[] {
  const prose = message.replace(/`[^`]*`/g, '');
  return [...CODES].filter(
    (code) =>
      !ALSO_WORDS.has(code) && new RegExp(`(^|[^\\w.])${code.replace(/\./g, '\\.')}($|[^\\w.])`).test(prose),
  );
}

describe('messages in Bahasa Indonesia carry no internal codes', () => {
  it('names every code in words', () => {
    const values = schema.messagesFor('id').values;
    expect([...CODES].filter((code) => !Object.hasOwn(values, code) && !ALSO_WORDS.has(code))).toEqual([]);
  });

  for (const [name, entry] of Object.entries(PUBLIC_SCHEMAS)) {
    it(`in every issue of the ${name} fixtures`, () => {
      for (const fixture of readFixtures(entry.file).invalid) {
        const result = schema.safeParseWith(entry.schema, fixture.value, {
          scope: entry.scope,
          locale: 'id',
        });
        for (const issue of result.success ? [] : result.issues) {
          expect(codesIn(issue.message), `${fixture.name}: ${issue.message}`).toEqual([]);
          expect(issue.message).not.toMatch(/HistoryEventSchema|ComplaintSchema/);
        }
      }
    });
  }

  it('lists a decision outcome and an actor role in words', () => {
    const result = schema.safeParseHistoryEvent({
      type: 'decision.made',
      at: '2025-04-14T08:00:00+07:00',
      actor: { role: 'kepala_dinas' },
      data: { outcome: 'menang', summary: 'x' },
    });
    const messages = result.success ? [] : result.issues.map((i) => i.message);
    expect(messages.join('\n')).toContain('dikabulkan sebagian');
    expect(messages.join('\n')).toContain('admin instansi');
    expect(messages.join('\n')).not.toMatch(/partially_upheld|admin_instansi/);
  });
});
