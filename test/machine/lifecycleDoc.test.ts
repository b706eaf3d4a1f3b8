import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderLifecycleDoc } from '../../scripts/generate-lifecycle-doc.js';
import { EVENT_PERMISSIONS } from '../../src/machine/index.js';
import { COMPLAINT_STATE_IDS } from '../../src/machine/states.js';

const committed = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'lifecycle.md'), 'utf8');
const rendered = renderLifecycleDoc();

describe('docs/lifecycle.md', () => {
  it('is exactly what scripts/generate-lifecycle-doc.ts produces from the machine (regenerate it if not)', () => {
    expect(committed).toBe(rendered);
  });

  it('draws every state and every final state in the Mermaid diagram', () => {
    const diagram = rendered.slice(
      rendered.indexOf('```mermaid'),
      rendered.indexOf('```', rendered.indexOf('```mermaid') + 3),
    );
    expect(diagram).toContain('stateDiagram-v2');
    for (const id of COMPLAINT_STATE_IDS) expect(diagram).toMatch(new RegExp(`\\n  ${id}: `));
    for (const id of ['referred', 'archived', 'settled', 'closed', 'withdrawn'])
      expect(diagram).toContain(`${id} --> [*]`);
    expect(diagram).toContain('awaitingCompletion --> withdrawn: sla.tick [completionLapsedAtTick]');
  });

  it('lists every event type in the permission table', () => {
    for (const event of Object.keys(EVENT_PERMISSIONS)) expect(rendered).toContain(`| \`${event}\` | `);
  });
});
