/**
 * The CLI's one door to the library: it uses the public entries only. In the published build
 * (tsup.cli.config.ts) this module's imports resolve to the package's own entries (`pengaduan`,
 * `pengaduan/machine`), so the command shares one copy of the engine with the library and the
 * library's entries never see the command.
 */
export * from '../../index.js';
