import type { Portal } from './Portal.js';

export interface SchedulerOptions {
  /** This worker's name in the lease column (host name + process id in production). */
  readonly owner: string;
  /** How many complaints one claim leases. */
  readonly batch?: number;
  /** How long a lease holds if this worker dies mid-batch; another worker takes over after it. */
  readonly leaseMs?: number;
  /** Called for each complaint a tick changed (the scale test counts them). */
  readonly onTicked?: (id: string, at: Date) => void;
}

/**
 * Fires the machine's timers: leases complaints whose stored wake-up instant has passed, delivers
 * `sla.tick` at the server's current time, and saves what it recorded. After downtime the first pass
 * finds every overdue complaint; the library dates each lapse or breach when it took effect, not
 * when the tick arrived, so catching up records the same history an on-time tick would have.
 *
 * Two guards make a tick apply once: the lease (no two workers hold a complaint at once) and the
 * revision check in the save (a worker whose lease expired while it worked loses the write and
 * reloads, and the tick on the fresh snapshot finds nothing more to do).
 */
export class Scheduler {
  readonly #portal: Portal;
  readonly #owner: string;
  readonly #batch: number;
  readonly #leaseMs: number;
  readonly #onTicked: ((id: string, at: Date) => void) | undefined;

  constructor(portal: Portal, options: SchedulerOptions) {
    this.#portal = portal;
    this.#owner = options.owner;
    this.#batch = options.batch ?? 50;
    this.#leaseMs = options.leaseMs ?? 60_000;
    this.#onTicked = options.onTicked;
  }

  /** One claim and its ticks; returns how many complaints it claimed (0: nothing is due). */
  async runOnce(): Promise<number> {
    const store = this.#portal.store;
    const now = this.#portal.now();
    const ids = await store.claimDue(now.getTime(), this.#batch, this.#owner, this.#leaseMs);
    for (const id of ids) {
      try {
        const { changed, wakeMs } = await this.#portal.tick(id, now);
        if (changed) this.#onTicked?.(id, now);
        // A wake-up that is still not in the future after a tick would be claimed again at once;
        // push it back a minute instead of spinning (it means the calendar or policy changed under it).
        const stuck = !changed && wakeMs !== null && wakeMs <= now.getTime();
        await store.release(id, this.#owner, stuck ? now.getTime() + 60_000 : undefined);
      } catch (error) {
        // Leave the lease to expire: another worker (or this one later) retries the complaint.
        console.error(`[scheduler ${this.#owner}] tick ${id} failed:`, error);
      }
    }
    return ids.length;
  }

  /** Runs claims until nothing is due (the catch-up after downtime); returns the complaints claimed. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const claimed = await this.runOnce();
      total += claimed;
      if (claimed === 0) return total;
    }
  }
}
