import type { History } from '../../history/types.js';
import { nationalCalendar } from '../../holidays/index.js';
import { type ComplaintMachine, createComplaintMachine } from '../createComplaintMachine.js';
import type { ComplaintEventType, ComplaintState, DeadlineEngine } from '../types.js';

// The machine's shape (states, event types, guards, targets) does not depend on the policy. This
// engine lets the shape be read without a policy; reading the shape never evaluates a deadline, and
// it says so loudly if that ever changes.
const SHAPE_ONLY: DeadlineEngine = Object.freeze({
  policyId: 'shape-only',
  calendar: nationalCalendar,
  evaluate(_history: History): never {
    throw new Error('pengaduan internal: the shape-only machine cannot evaluate deadlines');
  },
  nextWakeUp(_history: History): never {
    throw new Error('pengaduan internal: the shape-only machine cannot evaluate deadlines');
  },
});

let shape: ComplaintMachine | undefined;

/** The machine built for reading its shape (diagrams, allowed events). */
export function shapeMachine(): ComplaintMachine {
  shape ??= createComplaintMachine(SHAPE_ONLY);
  return shape;
}

/** A transition as data: the guards it needs (in order) and its target, if it changes state. */
export interface TransitionShape {
  readonly guards: readonly string[];
  readonly target?: ComplaintState;
  readonly actions: readonly string[];
}

function guardNames(guard: unknown): string[] {
  if (guard === undefined || guard === null) return [];
  if (typeof guard === 'string') return [guard];
  if (typeof guard === 'object' && 'type' in guard && typeof guard.type === 'string') return [guard.type];
  // `and([...])` is a function carrying its operands in `guards`.
  const nested = (guard as { guards?: unknown }).guards;
  return Array.isArray(nested) ? nested.flatMap(guardNames) : [];
}

function actionNames(actions: readonly unknown[]): string[] {
  return actions.map((a) => (typeof a === 'string' ? a : ((a as { type?: string }).type ?? 'inline')));
}

let transitions:
  | ReadonlyMap<ComplaintState, ReadonlyMap<ComplaintEventType, readonly TransitionShape[]>>
  | undefined;

/** For every state, the event types it accepts and their transitions, in document order. */
export function transitionShapes(): ReadonlyMap<
  ComplaintState,
  ReadonlyMap<ComplaintEventType, readonly TransitionShape[]>
> {
  if (transitions !== undefined) return transitions;
  const machine = shapeMachine();
  const byState = new Map<ComplaintState, Map<ComplaintEventType, TransitionShape[]>>();
  for (const [key, node] of Object.entries(machine.root.states)) {
    const byEvent = new Map<ComplaintEventType, TransitionShape[]>();
    for (const [eventType, defs] of node.transitions) {
      byEvent.set(
        eventType as ComplaintEventType,
        defs.map((def) => {
          const target = def.target?.[0]?.key as ComplaintState | undefined;
          const shapeOf: TransitionShape = {
            guards: guardNames(def.guard),
            actions: actionNames(def.actions),
          };
          return target === undefined || target === key ? shapeOf : { ...shapeOf, target };
        }),
      );
    }
    byState.set(key as ComplaintState, byEvent);
  }
  transitions = byState;
  return transitions;
}
