import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The layers of DESIGN.md, as code: a module may import its own layer, the shared base (`_lib`,
 * `errors`, `i18n`), or a layer of lower rank; never one above it. `holidays` sits above `calendar`:
 * it builds the national calendar from its data with the calendar layer's constructor, so the
 * calendar layer must not reach back for `nationalCalendar` (the cycle issue 10 asked to break).
 */
const RANK: Readonly<Record<string, number>> = {
  _lib: 0,
  errors: 0,
  i18n: 0,
  calendar: 1,
  holidays: 2,
  history: 2,
  rules: 3,
  sla: 4,
  schema: 5,
  views: 6,
  machine: 7,
  compliance: 8,
  interop: 8,
  testing: 9,
  cli: 10,
};

const src = fileURLToPath(new URL('../../src/', import.meta.url));

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

/** The top-level folder of src/ a path belongs to (`index.ts` at the root is the entry, outside). */
const layerOf = (path: string): string | undefined => {
  const parts = relative(src, path).split(/[\\/]/);
  return parts.length > 1 ? parts[0] : undefined;
};

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  // Static imports and re-exports; `import type` counts too (a type cycle is still a cycle to read).
  const specifiers = [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'(\.[^']+)'/gm)].map(
    (m) => m[1]!,
  );
  return specifiers.map((s) => resolve(file, '..', s));
}

describe('layers', () => {
  const edges: { from: string; to: string; file: string }[] = [];
  for (const file of sourceFiles(src)) {
    const from = layerOf(file);
    if (from === undefined) continue;
    for (const target of importsOf(file)) {
      const to = layerOf(target);
      if (to !== undefined && to !== from) edges.push({ from, to, file: relative(src, file) });
    }
  }

  it('knows every folder of src/', () => {
    const folders = readdirSync(src, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.filter((f) => RANK[f] === undefined)).toEqual([]);
    expect(edges.length).toBeGreaterThan(100);
  });

  it('only imports downwards (or within the shared base)', () => {
    const upward = edges.filter(({ from, to }) => {
      const a = RANK[from]!;
      const b = RANK[to]!;
      return a === 0 && b === 0 ? false : b >= a;
    });
    expect(upward.map((e) => `${e.file} -> ${e.to}`)).toEqual([]);
  });

  it('keeps the calendar layer free of the holiday data', () => {
    expect(edges.filter((e) => e.from === 'calendar' && e.to === 'holidays')).toEqual([]);
  });
});
