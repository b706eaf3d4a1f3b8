/**
 * The CLI's one door to the library: it uses the public entries only (`pengaduan`,
 * `pengaduan/machine`, `pengaduan/compliance`). The published command (tsup.cli.config.ts) bundles
 * them with xstate into `dist/cli/`, so `npx pengaduan` works without the optional peers, and no
 * library entry ever imports the command.
 */
export * from '../../compliance/index.js';
export * from '../../index.js';
export * from '../../machine/index.js';
