/**
 * Writes the generated tables of docs/interop.md from the interop data: the Open311 and FixMyStreet
 * status of every state, the SP4N-LAPOR! crosswalk both ways, and the ISO 10002 crosswalk. Only the
 * parts between `<!-- BEGIN GENERATED: name -->` and `<!-- END GENERATED: name -->` are replaced; the
 * prose and examples around them are written by hand. Run with `npx tsx scripts/generate-interop-doc.ts`;
 * test/interop/interopDoc.test.ts fails when the committed file differs from what this produces.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ISO_10002 } from '../src/interop/ISO_10002.js';
import { LAPOR_CROSSWALK } from '../src/interop/LAPOR_CROSSWALK.js';
import { LAPOR_STATUSES } from '../src/interop/LAPOR_STATUSES.js';
import { OPEN311_EXTENDED_STATUSES } from '../src/interop/OPEN311_EXTENDED_STATUSES.js';
import { toOpen311Status } from '../src/interop/toOpen311Status.js';
import { COMPLAINT_STATE_IDS, COMPLAINT_STATES } from '../src/machine/states.js';
import type { LegalSource } from '../src/rules/types.js';

const code = (items: readonly string[]) =>
  items.length === 0 ? '—' : items.map((i) => `\`${i}\``).join(', ');
const basis = (s: LegalSource) => `${s.status}: ${s.instrument}, ${s.article}`;

function open311Table(): string[] {
  const out = [
    "| State | Open311 `status` | with `answered: 'closed'` | FixMyStreet extended status | Basis |",
    '|---|---|---|---|---|',
  ];
  for (const state of COMPLAINT_STATE_IDS) {
    const ext = OPEN311_EXTENDED_STATUSES.byState[state];
    out.push(
      `| \`${state}\` (${COMPLAINT_STATES[state].label.id}) | ${toOpen311Status(state)} | ${toOpen311Status(state, { answered: 'closed' })} | \`${ext.status}\` | ${ext.source.status} |`,
    );
  }
  out.push('');
  out.push('Refined by the reason of the event that ended the complaint:');
  out.push('');
  out.push(
    `- \`archived\`: ${Object.entries(OPEN311_EXTENDED_STATUSES.byArchiveReason)
      .map(([r, s]) => `${r} → \`${s}\``)
      .join(', ')}`,
  );
  out.push(
    `- \`closed\`: ${Object.entries(OPEN311_EXTENDED_STATUSES.byCloseReason)
      .map(([r, s]) => `${r} → \`${s}\``)
      .join(', ')}`,
  );
  return out;
}

function laporTable(): string[] {
  const out = ['| State | SP4N-LAPOR! status | Basis |', '|---|---|---|'];
  for (const state of COMPLAINT_STATE_IDS) {
    const m = LAPOR_CROSSWALK.byState[state];
    out.push(
      `| \`${state}\` | ${LAPOR_STATUSES[m.status].label.id} (\`${m.status}\`) | ${basis(m.source)} |`,
    );
  }
  out.push('');
  out.push(
    'A LAPOR! status change, from a state, as the history events that record it (any other change is refused):',
  );
  out.push('');
  out.push('| From state | To LAPOR! status | Events, in order | Defaults | Basis |');
  out.push('|---|---|---|---|---|');
  for (const t of LAPOR_CROSSWALK.transitions) {
    const defaults =
      'defaults' in t && t.defaults !== undefined
        ? Object.entries(t.defaults)
            .map(([k, v]) => `${k}: ${v}`)
            .join(', ')
        : '—';
    out.push(`| \`${t.from}\` | \`${t.to}\` | ${code(t.events)} | ${defaults} | ${basis(t.source)} |`);
  }
  return out;
}

function isoTable(): string[] {
  const out: string[] = [];
  for (const kind of ['stage', 'principle'] as const) {
    out.push(kind === 'stage' ? '**Process stages**' : '**Guiding principles**');
    out.push('');
    out.push(
      '| Clause | Stage or principle | What it expects | Coverage | States | Events | Clocks | Also |',
    );
    out.push('|---|---|---|---|---|---|---|---|');
    for (const item of ISO_10002.filter((i) => i.kind === kind)) {
      out.push(
        `| ${item.clause} | ${item.title.en} (*${item.title.id}*) | ${item.expects.en} | ${item.coverage} | ${code(item.states)} | ${code(item.events)} | ${code(item.clocks)} | ${code(item.features)} |`,
      );
    }
    out.push('');
  }
  out.push(
    'Coverage: `library` = states, events, clocks or views implement it; `partial` = the library carries part, the organisation the rest; `host` = outside a rules library. Clause numbers are those of ISO 10002:2014 (as 2004); the mapping is ours (status `inferred`).',
  );
  return out;
}

const SECTIONS: Readonly<Record<string, () => string[]>> = {
  open311: open311Table,
  lapor: laporTable,
  iso10002: isoTable,
};

/** docs/interop.md with every generated section rewritten from the data. */
export function renderInteropDoc(current: string): string {
  let text = current;
  for (const [name, render] of Object.entries(SECTIONS)) {
    const begin = `<!-- BEGIN GENERATED: ${name} (scripts/generate-interop-doc.ts; do not edit by hand) -->`;
    const end = `<!-- END GENERATED: ${name} -->`;
    const from = text.indexOf(begin);
    const to = text.indexOf(end);
    if (from < 0 || to < from) throw new Error(`docs/interop.md: markers for ${name} not found`);
    text = `${text.slice(0, from + begin.length)}\n\n${render().join('\n')}\n\n${text.slice(to)}`;
  }
  return text;
}

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const target = join(here, '..', 'docs', 'interop.md');
  writeFileSync(target, renderInteropDoc(readFileSync(target, 'utf8')));
}
