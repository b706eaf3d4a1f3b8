import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * Bundles the form's script (client/form.ts with the library's schema layer and zod) for the
 * browser, once, at the first request. esbuild resolves `pengaduan/schema` through the `paths` of the
 * root tsconfig.json, as tsx does on the server.
 */
export function clientBundle(): () => Promise<string> {
  let bundled: Promise<string> | undefined;
  return () => {
    bundled ??= build({
      entryPoints: [fileURLToPath(new URL('../client/form.ts', import.meta.url))],
      tsconfig: fileURLToPath(new URL('../../../../tsconfig.json', import.meta.url)),
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      write: false,
      logLevel: 'silent',
    }).then((result) => result.outputFiles[0]?.text ?? '');
    return bundled;
  };
}
