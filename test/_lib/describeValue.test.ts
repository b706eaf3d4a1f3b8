import { describe, expect, it } from 'vitest';
import { describeValue } from '../../src/_lib/describeValue.js';

describe('describeValue (the value shown in every error message)', () => {
  it('never throws, even for a proxy whose every trap throws', () => {
    const trap = () => {
      throw new Error('trap');
    };
    const hostile = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap });
    expect(describeValue(hostile)).toBe('a value of type object');
  });

  it('shows strings, numbers, dates and arrays briefly', () => {
    expect(describeValue('x'.repeat(100))).toBe(`"${'x'.repeat(57)}..."`);
    expect(describeValue(Number.NaN)).toBe('NaN');
    expect(describeValue(new Date(Date.UTC(2025, 3, 4)))).toBe('a Date (2025-04-04T00:00:00.000Z)');
    expect(describeValue([1, 2, 3])).toBe('an array of 3');
  });
});
