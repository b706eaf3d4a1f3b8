import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HISTORY_EVENT_TYPES } from '../../src/history/types.js';
import { ombudsmanPolicy, sp4nLaporPolicy, tieredLocalPolicy, uu25Policy } from '../../src/index.js';
import { COMPLAINT_STATE_IDS } from '../../src/machine/states.js';
import { examplesInMarkdown, itRunsEveryExample } from '../_lib/runExamples.js';

/**
 * The README's examples run as written, and docs/regulation-map.md names only rules and states that
 * exist, and every rule of every preset: the map from the law to the code cannot drift.
 */
describe('README.md', () => {
  const examples = examplesInMarkdown('README.md');

  it('has the three runnable examples of its quick tour', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  itRunsEveryExample(examples);
});

describe('docs/regulation-map.md', () => {
  const map = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'regulation-map.md'), 'utf8');
  const examples = examplesInMarkdown('docs/regulation-map.md');
  if (examples.length > 0) itRunsEveryExample(examples);

  const presets = [uu25Policy, sp4nLaporPolicy, tieredLocalPolicy, ombudsmanPolicy];
  const ruleIds = new Set(presets.flatMap((p) => [...p.rules, ...(p.preconditions ?? [])].map((r) => r.id)));
  // `uu25.`, `sp4n.`, `local.`, `ombudsman.`: a backticked name with such a prefix is a rule, unless it
  // is a history event (`ombudsman.lhp_received`).
  const prefixes = new Set([...ruleIds].map((id) => id.split('.')[0]));
  const events = new Set<string>(HISTORY_EVENT_TYPES);
  const quoted = [...map.matchAll(/`([a-z0-9]+)\.([a-z0-9_]+)`/g)];
  const rulesNamed = new Set(
    quoted
      .filter(([, prefix]) => prefixes.has(prefix))
      .map(([, prefix, name]) => `${prefix}.${name}`)
      .filter((id) => !events.has(id)),
  );
  // "state `screening`", "machine state `disputed`", "states `onHold`, `referred`, `archived`".
  const statesNamed = new Set(
    [...map.matchAll(/\bstates? ((?:`\w+`(?:, | and )?)+)/g)].flatMap(([, list]) =>
      [...(list ?? '').matchAll(/`(\w+)`/g)].map(([, id]) => id ?? ''),
    ),
  );

  it('names only rule ids that a preset defines, as a rule or a precondition', () => {
    for (const id of [
      'uu25.response',
      'sp4n.followup',
      'local.berkadar_pengawasan',
      'ombudsman.lhp_followup',
    ])
      expect(rulesNamed).toContain(id);
    expect(rulesNamed).toContain('ombudsman.prior_complaint');
    for (const id of rulesNamed) expect(ruleIds, `rule \`${id}\` in the map`).toContain(id);
  });

  it('has a row for every rule and precondition of every preset', () => {
    for (const id of ruleIds) expect(rulesNamed, `rule \`${id}\` of a preset`).toContain(id);
  });

  it('names only states that the machine has', () => {
    for (const id of ['screening', 'awaitingCompletion', 'withdrawn', 'onHold', 'archived', 'settled'])
      expect(statesNamed).toContain(id);
    expect(statesNamed.size).toBeGreaterThanOrEqual(10);
    const states = new Set<string>(COMPLAINT_STATE_IDS);
    for (const id of statesNamed) expect(states, `state \`${id}\` in the map`).toContain(id);
  });
});
