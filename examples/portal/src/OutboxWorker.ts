import type { Effect } from 'pengaduan/machine';
import type { OutboxEntry, Store } from './store/Store.js';

/** Carries out one effect. The example logs it; production sends the letter, the SMS, the e-mail. */
export type Deliver = (entry: OutboxEntry) => Promise<void>;

/** The example's channel: one log line per effect, in Bahasa Indonesia, with its legal basis. */
export const logDelivery: Deliver = async ({ complaintId, effect }) => {
  console.log(
    `[outbox] ${complaintId} → ${effect.to}: ${effect.kind} — ${effect.text.id} (${basis(effect)})`,
  );
};

function basis(effect: Effect): string {
  return `${effect.source.instrument} ${effect.source.article}`;
}

/**
 * Delivers the outbox: effects were written in the same transaction as the state change that
 * caused them, so a letter goes out if and only if the change was saved. Delivery is at least once
 * (a crash between sending and marking sends again): give the channel the entry's `key` as its
 * idempotency key.
 */
export class OutboxWorker {
  readonly #store: Store;
  readonly #deliver: Deliver;
  readonly #owner: string;

  constructor(store: Store, options: { readonly owner: string; readonly deliver?: Deliver }) {
    this.#store = store;
    this.#owner = options.owner;
    this.#deliver = options.deliver ?? logDelivery;
  }

  /** Delivers one batch; returns how many entries it delivered. */
  async runOnce(limit = 100): Promise<number> {
    const entries = await this.#store.claimOutbox(limit, this.#owner, 60_000, Date.now());
    const delivered: string[] = [];
    for (const entry of entries) {
      try {
        await this.#deliver(entry);
        delivered.push(entry.key);
      } catch (error) {
        console.error(`[outbox ${this.#owner}] ${entry.key} failed, retried after its lease:`, error);
      }
    }
    if (delivered.length > 0) await this.#store.markDelivered(delivered, Date.now());
    return delivered.length;
  }
}
