import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderInteropDoc } from '../../scripts/generate-interop-doc.js';
import { HISTORY_EVENT_TYPES } from '../../src/history/types.js';
import * as root from '../../src/index.js';
import * as interop from '../../src/interop/index.js';
import { ISO_10002 } from '../../src/interop/index.js';
import * as machine from '../../src/machine/index.js';
import { COMPLAINT_STATE_IDS } from '../../src/machine/states.js';
import { ombudsmanPolicy, sp4nLaporPolicy, tieredLocalPolicy, uu25Policy } from '../../src/rules/index.js';
import * as schema from '../../src/schema/index.js';

describe('docs/interop.md', () => {
  const committed = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'interop.md'), 'utf8');

  it('has the generated tables exactly as scripts/generate-interop-doc.ts makes them from the data', () => {
    expect(committed).toBe(renderInteropDoc(committed));
  });

  it('has a row for every state in the Open311 and LAPOR! tables and for every ISO 10002 item', () => {
    for (const state of COMPLAINT_STATE_IDS) {
      expect(committed.split(`| \`${state}\``).length - 1, state).toBeGreaterThanOrEqual(2);
    }
    for (const item of ISO_10002) expect(committed).toContain(`| ${item.clause} | ${item.title.en}`);
  });
});

describe('the ISO 10002 crosswalk', () => {
  const ruleIds = new Set(
    [uu25Policy, sp4nLaporPolicy, tieredLocalPolicy, ombudsmanPolicy].flatMap((p) => [
      ...p.rules.map((r) => r.id),
      ...(p.preconditions ?? []).map((r) => r.id),
    ]),
  );
  const exported = new Set([
    ...Object.keys(root),
    ...Object.keys(schema),
    ...Object.keys(machine),
    ...Object.keys(interop),
  ]);

  it('names only states, events, clocks and features that exist', () => {
    for (const item of ISO_10002) {
      for (const state of item.states) expect(COMPLAINT_STATE_IDS, item.id).toContain(state);
      for (const event of item.events) expect(HISTORY_EVENT_TYPES, item.id).toContain(event);
      for (const clock of item.clocks) expect(ruleIds.has(clock), `${item.id}: ${clock}`).toBe(true);
      for (const feature of item.features) expect(exported.has(feature), `${item.id}: ${feature}`).toBe(true);
    }
  });

  it('covers the nine process stages and nine principles, each once, and places every state in a stage', () => {
    const stages = ISO_10002.filter((i) => i.kind === 'stage');
    expect(stages.map((s) => s.clause)).toEqual([
      '7.1',
      '7.2',
      '7.3',
      '7.4',
      '7.5',
      '7.6',
      '7.7',
      '7.8',
      '7.9',
    ]);
    expect(ISO_10002.filter((i) => i.kind === 'principle').map((p) => p.clause)).toEqual([
      '4.2',
      '4.3',
      '4.4',
      '4.5',
      '4.6',
      '4.7',
      '4.8',
      '4.9',
      '4.10',
    ]);
    expect(new Set(ISO_10002.map((i) => i.id)).size).toBe(ISO_10002.length);
    const placed = new Set(stages.flatMap((s) => s.states));
    expect(COMPLAINT_STATE_IDS.filter((s) => !placed.has(s))).toEqual([]);
  });

  it('claims library coverage only where something implements it', () => {
    for (const item of ISO_10002.filter((i) => i.coverage === 'library')) {
      expect(
        item.states.length + item.events.length + item.clocks.length + item.features.length,
        item.id,
      ).toBeGreaterThan(0);
    }
  });
});
