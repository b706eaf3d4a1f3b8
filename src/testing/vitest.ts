/**
 * `import 'pengaduan/testing/vitest'` registers the pengaduan matchers on vitest's `expect`.
 * (Matchers in progress.)
 */
export {};
