/**
 * `import 'pengaduan/testing/vitest'` (in a test file or a `setupFiles` entry) registers the
 * pengaduan matchers on vitest's `expect` and adds their types. The one entry of this package with a
 * side effect, and the only one that imports vitest.
 *
 * @module pengaduan/testing/vitest
 */
import { expect } from 'vitest';
import { type PengaduanMatchers, pengaduanMatchers } from './matchers.js';

expect.extend(pengaduanMatchers);

declare module 'vitest' {
  // biome-ignore lint/suspicious/noExplicitAny: the shape vitest's own Assertion declares
  interface Assertion<T = any> extends PengaduanMatchers<T> {}
  interface AsymmetricMatchersContaining extends PengaduanMatchers {}
}

export type { PengaduanMatchers };
