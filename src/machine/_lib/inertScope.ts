import { type AnyActorScope, type AnyStateMachine, createActor } from 'xstate';

/**
 * What xstate's pure functions (`transition`, `initialTransition`) build on every call
 * (`createInertActorScope`), built once per machine. The complaint machine has no children, delays
 * or custom actions (every action is an `assign`), so nothing ever reaches the scope and one serves
 * every pure transition of that machine: building a whole actor per call made a transition several
 * times dearer than xstate's own work.
 */
export function inertScope(machine: AnyStateMachine): AnyActorScope {
  // Without input, as xstate's own pure functions build it: its initial snapshot is an error no one reads.
  const self = createActor(machine);
  return {
    self,
    id: '',
    sessionId: '',
    system: self.system,
    logger: () => {},
    defer: () => {},
    emit: () => {},
    stopChild: () => {},
    actionExecutor: () => {},
  };
}
