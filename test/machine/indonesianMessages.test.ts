import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HISTORY_EVENT_TYPES } from '../../src/history/types.js';
import { fromEnvelope } from '../../src/machine/_lib/envelope.js';
import { type ComplaintSnapshot, safeApplyEvent, startComplaint } from '../../src/machine/index.js';
import { COMPLAINT_STATE_IDS } from '../../src/machine/states.js';
import { ACTOR_ROLES } from '../../src/schema/ActorSchema.js';
import { ARCHIVE_REASONS, CLOSE_REASONS, DECISION_OUTCOMES } from '../../src/schema/HistoryEventSchema.js';
import { candidateEvents, modelInput, modelMachine, modelPolicy } from './_model.js';

// Issue 8: messages in Bahasa Indonesia from the machine carry no internal codes or English words;
// they use the labels (states, roles, events, outcomes, reasons). The codes stay in `details`.

const CODES = [
  ...COMPLAINT_STATE_IDS.filter((s) => s !== 'closed'),
  ...ACTOR_ROLES,
  ...HISTORY_EVENT_TYPES,
  ...DECISION_OUTCOMES,
  ...ARCHIVE_REASONS.filter((r) => r !== 'duplicate' && r !== 'spam' && r !== 'other'),
  ...CLOSE_REASONS,
  'HistoryEventSchema',
  'HistorySchema',
  'deemed_lapsed',
  'by_complainant',
];
const ROLES_ALL = [...ACTOR_ROLES];
const opts = { policy: modelPolicy };

function codesIn(text: string): string[] {
  return CODES.filter((code) => new RegExp(`(^|[^\\w.])${code.replace('.', '\\.')}($|[^\\w])`).test(text));
}

describe('Indonesian texts of the machine (issue 8)', () => {
  it('name no internal code in refusals and effects, for every role sending every candidate event along random walks', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1000 }), { minLength: 0, maxLength: 12 }), (picks) => {
        let snapshot: ComplaintSnapshot = startComplaint(modelInput.submission, opts).snapshot;
        const found: string[] = [];
        for (const pick of [...picks, 0]) {
          const candidates = candidateEvents(fromEnvelope(modelMachine, snapshot.value, snapshot.context));
          for (const event of candidates) {
            for (const role of event.type === 'sla.tick' ? [undefined] : ROLES_ALL) {
              const sent = role === undefined ? event : { ...event, actor: { role } };
              const result = safeApplyEvent(snapshot, sent as never, opts);
              const texts = result.success ? result.effects.map((e) => e.text.id) : [result.error.text.id];
              for (const text of texts) {
                const codes = codesIn(text);
                if (codes.length > 0) found.push(`${codes.join(', ')} in: ${text}`);
              }
            }
          }
          const next = safeApplyEvent(snapshot, candidates[pick % candidates.length]!, opts);
          snapshot = next.snapshot;
        }
        expect([...new Set(found)].slice(0, 10)).toEqual([]);
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
