import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { machineOptions, OPTIONS_DOC, regenerated } from '../../scripts/generate-options-doc.js';

describe('docs/embedding.md options tables', () => {
  it('lists every option of every machine function, as the sources declare and document it', () => {
    const committed = readFileSync(OPTIONS_DOC, 'utf8');
    // On drift: `npm run docs:generate`.
    expect(committed).toBe(regenerated(committed));
  });

  it('covers the functions a host calls, each with its documented options', () => {
    const all = machineOptions();
    for (const name of ['startComplaint', 'applyEvent', 'applyUntrusted', 'restoreSnapshot', 'replayHistory'])
      expect(all.has(name), name).toBe(true);
    const start = all.get('startComplaint')!.rows.map((r) => r.name);
    expect(start).toEqual(
      expect.arrayContaining(['policy', 'calendar', 'zone', 'escalateBreachesTo', 'locale']),
    );
    // An option without a comment would leave a reader guessing.
    for (const [name, { rows }] of all)
      for (const row of rows) expect(row.doc, `${name}: ${row.name}`).not.toBe('');
  });
});
