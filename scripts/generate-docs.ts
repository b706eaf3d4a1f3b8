/**
 * `npm run docs:generate`: regenerates every generated guide from the data (the tests fail on drift):
 * docs/rules.md, docs/lifecycle.md, the tables of docs/interop.md and the options tables of docs/embedding.md.
 */
import { execFileSync } from 'node:child_process';

for (const script of [
  'generate-rules-doc.ts',
  'generate-lifecycle-doc.ts',
  'generate-interop-doc.ts',
  'generate-options-doc.ts',
]) {
  execFileSync(process.execPath, ['--import', 'tsx', new URL(script, import.meta.url).pathname], {
    stdio: 'inherit',
  });
}
