/**
 * `pengaduan/machine` needs xstate, an optional peer dependency that `npx pengaduan` does not
 * install. Commands that can show the complaint's state load it when it is there and say so when it
 * is not, instead of failing.
 */
export type MachineModule = typeof import('../../machine/index.js');

let loaded: Promise<MachineModule | undefined> | undefined;

export function loadMachine(): Promise<MachineModule | undefined> {
  loaded ??= import('../../machine/index.js').then(
    (module) => module as MachineModule,
    () => undefined,
  );
  return loaded;
}
