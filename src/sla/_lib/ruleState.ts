import type { Run } from './run.js';

/** Removes an item from a list, keeping the order of the others (`splice` would allocate a list). */
function remove(list: unknown[], at: number): void {
  for (let k = at + 1; k < list.length; k++) list[k - 1] = list[k];
  list.pop();
}

/**
 * What the engine knows of one rule while reading. Kept by the engine and reset for each history.
 * The unit lists serve per-unit rules: a complaint goes to few units, so short lists searched in order
 * do better than maps (whose keys, fresh strings from JSON, would be hashed at every lookup), and they
 * keep the units in the order they came.
 */
export class RuleState {
  constructor(readonly index: number) {}
  /** The evaluation that last used this state; another one must reset it first. */
  evaluation = 0;
  cycle = 1;
  /** The runs so far are `runs[0 … runCount - 1]` (the array is reused; setting its length is slow). */
  readonly runs: Run[] = [];
  runCount = 0;
  open: Run | undefined = undefined;
  // The unit lists are replaced rather than emptied when a history is done with them: a new empty
  // array costs less than setting the length of a used one.
  /** The open run of each unit, in the order they were opened. */
  openUnits: Run[] = [];
  /** The units a start reached and no cancellation removed, in the order they came. */
  activeUnits: string[] = [];
  /** How many runs each unit has had in this cycle: `unitRuns[k]` for `unitIds[k]`. */
  unitIds: string[] = [];
  unitRuns: number[] = [];
  runsInCycle = 0;
  noStartDate = false;
  ended = false;

  reset(): void {
    this.cycle = 1;
    this.runCount = 0;
    this.open = undefined;
    if (this.openUnits.length !== 0) this.openUnits = [];
    if (this.activeUnits.length !== 0) this.activeUnits = [];
    this.newCycle();
  }

  /** Forgets the runs counted in the cycle that ends. */
  newCycle(): void {
    this.runsInCycle = 0;
    if (this.unitIds.length !== 0) {
      this.unitIds = [];
      this.unitRuns = [];
    }
    this.noStartDate = false;
    this.ended = false;
  }

  openRunOf(unitId: string): Run | undefined {
    for (const run of this.openUnits) if (run.unitId === unitId) return run;
    return undefined;
  }

  closeUnit(unitId: string): void {
    const list = this.openUnits;
    for (let at = 0; at < list.length; at++) {
      if (list[at]!.unitId === unitId) {
        remove(list, at);
        return;
      }
    }
  }

  activate(unitId: string): void {
    if (!this.activeUnits.includes(unitId)) this.activeUnits.push(unitId);
  }

  deactivate(unitId: string): void {
    const at = this.activeUnits.indexOf(unitId);
    if (at >= 0) remove(this.activeUnits, at);
  }

  /** The number of the unit's next run in this cycle (1 for its first). */
  nextRunOf(unitId: string): number {
    const at = this.unitIds.indexOf(unitId);
    if (at < 0) {
      this.unitIds.push(unitId);
      this.unitRuns.push(1);
      return 1;
    }
    return ++this.unitRuns[at]!;
  }
}
