import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRulesDoc } from '../../scripts/generate-rules-doc.js';
import { ombudsmanPolicy } from '../../src/rules/ombudsmanPolicy.js';
import { sp4nLaporPolicy } from '../../src/rules/sp4nLaporPolicy.js';
import { tieredLocalPolicy } from '../../src/rules/tieredLocalPolicy.js';
import { uu25Policy } from '../../src/rules/uu25Policy.js';

describe('docs/rules.md', () => {
  const committed = readFileSync(join(__dirname, '..', '..', 'docs', 'rules.md'), 'utf8');

  it('is exactly what scripts/generate-rules-doc.ts makes from the data (run it after changing a rule)', () => {
    expect(committed).toBe(renderRulesDoc());
  });

  it('has a row for every rule of every preset', () => {
    for (const policy of [uu25Policy, sp4nLaporPolicy, tieredLocalPolicy, ombudsmanPolicy]) {
      for (const rule of policy.rules) expect(committed).toContain(`| \`${rule.id}\`<br>`);
    }
  });
});
