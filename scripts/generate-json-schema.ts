/**
 * Writes the JSON Schema of every public schema of `pengaduan/schema` to `src/schema/json/`.
 * Run `npx tsx scripts/generate-json-schema.ts` after changing a schema and commit the diff;
 * `test/schema/jsonSchema.test.ts` fails while the committed files differ from what this produces.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PUBLIC_SCHEMAS } from '../src/schema/_lib/publicSchemas.js';
import { toJsonSchema } from '../src/schema/_lib/toJsonSchema.js';

export const JSON_SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'schema', 'json');

/** Every file this script writes, by file name, with its exact text. */
export function renderJsonSchemas(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of Object.values(PUBLIC_SCHEMAS)) {
    files[entry.file] = `${JSON.stringify(toJsonSchema(entry), null, 2)}\n`;
  }
  return files;
}

function main(): void {
  mkdirSync(JSON_SCHEMA_DIR, { recursive: true });
  for (const [file, content] of Object.entries(renderJsonSchemas())) {
    writeFileSync(join(JSON_SCHEMA_DIR, file), content);
    console.log(`wrote src/schema/json/${file}`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
