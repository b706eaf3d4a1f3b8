/**
 * A small timing helper for the benchmarks: runs a function in growing batches until a batch takes
 * long enough to time reliably, then times several batches and keeps the median.
 */

/** One measured case; `bench/run.ts` prints these as a table. */
export interface BenchResult {
  /** The module's subject, e.g. `'calendar'`. */
  readonly suite: string;
  /** What is measured, e.g. `'addWorkingDays, 5 days'`. */
  readonly task: string;
  /** Who does it, e.g. `'pengaduan'` or `'day-by-day loop'`. */
  readonly implementation: string;
  /** Median nanoseconds per call. */
  readonly nsPerOp: number;
  /**
   * Median CPU nanoseconds per call (user + system time of the whole process, garbage collection
   * included), when measured: beside the wall time, it shows how much of it a busy machine added.
   */
  readonly cpuNsPerOp?: number;
  /** Another implementation of the same task to show the speed-up against. */
  readonly relativeTo?: string;
}

/** A sink that keeps results observable, so the engine cannot drop the measured work. */
export let blackhole = 0;

export function consume(value: unknown): void {
  blackhole = (blackhole + (typeof value === 'string' ? value.length : Number(value) || 1)) | 0;
}

function batchSize(fn: (i: number) => unknown, batchMs: number): number {
  // Warm up and find a batch size that takes about batchMs.
  let size = 16;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < size; i++) consume(fn(i));
    const elapsed = performance.now() - start;
    if (elapsed >= batchMs / 4) return Math.max(1, Math.round((size * batchMs) / elapsed));
    size *= 4;
  }
}

/** Wall and CPU nanoseconds per call of one batch. */
function timeBatch(fn: (i: number) => unknown, size: number): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < size; i++) consume(fn(i));
  const wall = ((performance.now() - start) * 1e6) / size;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: ((used.user + used.system) * 1e3) / size };
}

/** The median of some samples (the upper one of the middle two for an even count). */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Median nanoseconds per call of each function, timed in interleaved rounds (A, B, C, A, B, C …) so
 * that a busy machine slows all of them alike and the ratios stay fair.
 *
 * @param fns - the work per name, called with a counter `i` (use it to vary the input)
 * @param batchMs - how long one timed batch of one function should take
 * @param rounds - how many rounds; the median of each function's batches is kept
 */
export function compare(
  fns: Readonly<Record<string, (i: number) => unknown>>,
  batchMs = 40,
  rounds = 9,
): Record<string, number> {
  const times = compareWithCpu(fns, batchMs, rounds);
  return Object.fromEntries(Object.keys(times).map((name) => [name, times[name]!.wall]));
}

/** What {@link compareWithCpu} measured for one function. */
export interface Timing {
  /** Median wall nanoseconds per call. */
  readonly wall: number;
  /** Median CPU nanoseconds per call. */
  readonly cpu: number;
  /** Wall nanoseconds per call of each round, in order (round r of every function ran back to back). */
  readonly walls: readonly number[];
  /** CPU nanoseconds per call of each round, in order. */
  readonly cpus: readonly number[];
}

/**
 * As {@link compare}, with the median CPU time per call beside the median wall time (both in
 * nanoseconds). CPU time is the process's user + system time, so it includes garbage collection.
 */
export function compareWithCpu(
  fns: Readonly<Record<string, (i: number) => unknown>>,
  batchMs = 40,
  rounds = 9,
): Record<string, Timing> {
  const names = Object.keys(fns);
  const sizes = names.map((name) => batchSize(fns[name]!, batchMs));
  const walls = names.map((): number[] => []);
  const cpus = names.map((): number[] => []);
  for (let r = 0; r < rounds; r++) {
    names.forEach((name, k) => {
      const { wall, cpu } = timeBatch(fns[name]!, sizes[k]!);
      walls[k]!.push(wall);
      cpus[k]!.push(cpu);
    });
  }
  return Object.fromEntries(
    names.map((name, k) => [
      name,
      { wall: median(walls[k]!), cpu: median(cpus[k]!), walls: walls[k]!, cpus: cpus[k]! },
    ]),
  );
}

/** Median nanoseconds per call of one function (see {@link compare}). */
export function measure(fn: (i: number) => unknown, batchMs = 40, rounds = 9): number {
  return compare({ fn }, batchMs, rounds).fn!;
}
