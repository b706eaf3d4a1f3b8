import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { HistoryEvent, HistoryEventOf, HistoryEventType } from '../../src/history/types.js';
import { HISTORY_EVENT_TYPES } from '../../src/history/types.js';
import { HistoryEventSchema, HistoryEventSchemas } from '../../src/schema/index.js';

type Inferred = z.infer<typeof HistoryEventSchema>;

// Compile-time: the schema's type and the hand-written union are assignable both ways.
const toHistoryEvent = (event: Inferred): HistoryEvent => event;
const fromHistoryEvent = (event: HistoryEvent): Inferred => event;

// And so is every single event type, one by one.
type BothWays<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type PerType = {
  [T in HistoryEventType]: BothWays<z.infer<(typeof HistoryEventSchemas)[T]>, HistoryEventOf<T>>;
};
type AllTrue = PerType[HistoryEventType];

describe('HistoryEventSchema and HistoryEvent', () => {
  it('infers a type assignable to and from HistoryEvent', () => {
    expectTypeOf(toHistoryEvent).returns.toEqualTypeOf<HistoryEvent>();
    expectTypeOf(fromHistoryEvent).returns.toEqualTypeOf<Inferred>();
    expectTypeOf<AllTrue>().toEqualTypeOf<true>();
  });

  it('refuses at compile time an event type the union does not have', () => {
    const wrong: Inferred = {
      // @ts-expect-error 'complaint.teleported' is not a history event type
      type: 'complaint.teleported',
      at: '2025-04-10T09:00:00+07:00',
      actor: { role: 'system' },
      data: {},
    };
    expect(HistoryEventSchema.safeParse(wrong).success).toBe(false);
  });

  it('has one schema per history event type, keyed by that type', () => {
    expect(Object.keys(HistoryEventSchemas).sort()).toEqual([...HISTORY_EVENT_TYPES].sort());
    for (const type of HISTORY_EVENT_TYPES) {
      expect(HistoryEventSchemas[type].shape.type.value).toBe(type);
    }
  });
});
