import { describe, expect, it } from 'vitest';
import type { SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { toEnvelope } from '../../src/machine/_lib/envelope.js';
import { type ComplaintMachine, viewComplaint } from '../../src/machine/index.js';
import type { Complaint } from '../../src/schema/index.js';
import { AUDIENCE_RULES, type Audience } from '../../src/views/index.js';
import { candidateEvents, modelInput, modelMachine, serializeModelState } from '../machine/_model.js';
import {
  CONTACT_FORMS,
  type Flags,
  formalComplaint,
  IDENTITY,
  NAME_FORMS,
  noIdentityReport,
  REP_NAME_FORMS,
} from './_complaints.js';

type Snap = SnapshotFrom<ComplaintMachine>;

// Every reachable state, reached with histories in which the complainant's identity appears where
// people put it: her account id, her replies, a unit's follow-up summary, an admin's message.
const IDENTITY_TEXT = {
  complainantId: IDENTITY.email,
  reply: `Saya ${IDENTITY.name} (NIK 3273 0155 0385 0001), rumah di ${IDENTITY.address}, HP 0812 3456 7890`,
  summary: `Petugas sudah mendatangi Ibu ${IDENTITY.name} di ${IDENTITY.address}`,
  adminMessage: `Ibu Siti-Rahmawati, silakan hubungi kami; kami mencoba 081234567890 dan ${IDENTITY.email}`,
};
const paths = getShortestPaths(modelMachine, {
  input: modelInput,
  events: (s: Snap) => candidateEvents(s, IDENTITY_TEXT),
  serializeState: (s: Snap) => serializeModelState(s),
} as never) as unknown as { state: Snap }[];

const REPORT_CONTACT_FORMS = CONTACT_FORMS.filter(
  (f) => /^[+\d]|@/.test(f) && !f.includes(' 0155 ') && f !== IDENTITY.nik,
);

const AUDIENCES: readonly Audience[] = ['public', 'complainant', 'terlapor', 'handler', 'supervisor'];
const VARIANTS: readonly { label: string; complaint: Complaint; flags: Flags }[] = [
  { label: 'formal', flags: {} },
  { label: 'formal anonim', flags: { anonim: true } },
  { label: 'formal rahasia', flags: { rahasia: true } },
  { label: 'formal identityConfidential', flags: { identityConfidential: true } },
  { label: 'formal anonim+rahasia', flags: { anonim: true, rahasia: true } },
].map((v) => ({ ...v, complaint: formalComplaint(v.flags) }));
const REPORTS = [
  { label: 'no_identity', complaint: noIdentityReport() },
  { label: 'no_identity anonim', complaint: noIdentityReport({ anonim: true }) },
];

/** Which of her identity strings an audience may see, by the rules (not by the implementation). */
function permitted(audience: Audience, flags: Flags): { name: boolean; contact: boolean } {
  const rules = AUDIENCE_RULES[audience];
  const hidden = flags.anonim === true || flags.identityConfidential === true;
  const withheld = rules.content === 'unless_rahasia' && flags.rahasia === true;
  const name = !withheld && (rules.name === 'always' || (rules.name === 'unless_hidden' && !hidden));
  return { name, contact: !withheld && rules.contact };
}

function found(json: string, forms: readonly string[]): string[] {
  const lower = json.toLowerCase();
  return forms.filter((form) => lower.includes(form.toLowerCase()));
}

describe('confidentiality in every reachable state', () => {
  it('walks enough of the lifecycle to mean something', () => {
    const states = new Set(paths.map((p) => String(p.state.value)));
    expect(states.size).toBe(16);
    const texts = paths.flatMap((p) => p.state.context.history).map((e) => JSON.stringify(e));
    expect(texts.some((t) => t.includes(IDENTITY.name))).toBe(true);
  });

  it('shows no identity string to an audience that may not see it, and every one to an audience that may', () => {
    const failures: string[] = [];
    for (const path of paths) {
      const snapshot = toEnvelope(path.state, 1);
      for (const { label, complaint, flags } of VARIANTS) {
        for (const audience of AUDIENCES) {
          const json = JSON.stringify(viewComplaint(snapshot, complaint, audience));
          const may = permitted(audience, flags);
          const where = `${serializeModelState(path.state)} ${label} → ${audience}`;
          if (!may.name) {
            for (const hit of found(json, [...NAME_FORMS, ...REP_NAME_FORMS]))
              failures.push(`${where}: name ${hit}`);
          }
          if (!may.contact) {
            for (const hit of found(json, CONTACT_FORMS)) failures.push(`${where}: contact ${hit}`);
          }
          // The scan must be able to fail: where the rules allow it, the identity is there.
          if (may.name) expect(json, where).toContain(IDENTITY.name);
          if (may.contact) expect(json, where).toContain(IDENTITY.nik);
        }
      }
      // A report without identity carries only a contact; that is what the library knows to withhold.
      for (const { label, complaint } of REPORTS) {
        for (const audience of AUDIENCES) {
          const json = JSON.stringify(viewComplaint(snapshot, complaint, audience));
          if (permitted(audience, {}).contact) continue;
          for (const hit of found(json, REPORT_CONTACT_FORMS)) {
            failures.push(`${String(path.state.value)} ${label} → ${audience}: ${hit}`);
          }
        }
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
    // Every reachable state × 7 complaints × 5 audiences: about 40 s on a loaded CI machine.
  }, 120_000);
});
