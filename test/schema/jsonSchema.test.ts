import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_DIR, renderJsonSchemas } from '../../scripts/generate-json-schema.js';
import { PUBLIC_SCHEMAS } from '../../src/schema/_lib/publicSchemas.js';
import { jsonSchemas } from '../../src/schema/jsonSchemas.js';

function collect(node: unknown, key: string, found: unknown[] = []): unknown[] {
  if (Array.isArray(node)) for (const item of node) collect(item, key, found);
  else if (node !== null && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === key) found.push(v);
      collect(v, key, found);
    }
  }
  return found;
}

describe('the committed JSON Schemas', () => {
  const rendered = renderJsonSchemas();

  it('are exactly what the generator produces today (no drift: run scripts/generate-json-schema.ts)', () => {
    const committed = readdirSync(JSON_SCHEMA_DIR).filter((file) => file.endsWith('.json'));
    expect(committed.sort()).toEqual(Object.keys(rendered).sort());
    for (const [file, text] of Object.entries(rendered)) {
      expect(readFileSync(join(JSON_SCHEMA_DIR, file), 'utf8'), file).toBe(text);
    }
  });

  it('are all exported by jsonSchemas under the names of the public schemas', () => {
    expect(Object.keys(jsonSchemas).sort()).toEqual(Object.keys(PUBLIC_SCHEMAS).sort());
    for (const [name, entry] of Object.entries(PUBLIC_SCHEMAS)) {
      expect(jsonSchemas[name as keyof typeof jsonSchemas]).toEqual(
        JSON.parse(rendered[entry.file] ?? 'null'),
      );
    }
  });

  it('are draft-07 documents that ajv compiles in strict mode', () => {
    const ajv = new Ajv({ strict: true, validateFormats: false });
    for (const [name, schema] of Object.entries(jsonSchemas)) {
      expect(schema.$schema, name).toBe('http://json-schema.org/draft-07/schema#');
      expect(() => ajv.compile(schema), name).not.toThrow();
    }
  });

  it('refuse unknown keys in every object they describe', () => {
    for (const [name, schema] of Object.entries(jsonSchemas)) {
      const objects = collect(schema, 'properties').length;
      const closed = collect(schema, 'additionalProperties').filter((v) => v === false).length;
      // Records (policy options) use `additionalProperties` with a schema, not `false`.
      expect(closed, name).toBe(objects);
    }
  });

  it('carry a pattern beside every format, so validators without format support agree with zod', () => {
    const check = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(check);
      else if (node !== null && typeof node === 'object') {
        const schema = node as Record<string, unknown>;
        if ('format' in schema)
          expect(typeof schema.pattern, JSON.stringify(schema).slice(0, 80)).toBe('string');
        Object.values(schema).forEach(check);
      }
    };
    for (const schema of Object.values(jsonSchemas)) check(schema);
  });

  it('use no look-around or back-reference in patterns, so RE2 (Go) and PCRE (PHP) run them too', () => {
    const patterns = Object.values(jsonSchemas).flatMap((schema) => collect(schema, 'pattern')) as string[];
    expect(patterns.length).toBeGreaterThan(20);
    for (const pattern of patterns) {
      expect(pattern).not.toMatch(/\(\?[=!<]|\\[1-9]/);
      expect(() => new RegExp(pattern, 'u')).not.toThrow();
    }
  });
});
