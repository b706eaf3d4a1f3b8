import { describe, expect, it, vi } from 'vitest';
import * as api from '../../src/index.js';
import { argumentsFor, type Contract, checkContract, functionExports, TIMEOUT_MS } from './_contract.js';

// Every property here may take as long as its runs need (see TIMEOUT_MS).
vi.setConfig({ testTimeout: TIMEOUT_MS });

/** Every function of the root entry `pengaduan`, with its contract. A new export needs a line here. */
const CASES: Record<string, Contract> = {
  addCalendarDays: 'throws_typed',
  addWorkingDays: 'throws_typed',
  calendarFromData: 'throws_typed',
  civilDateOf: 'throws_typed',
  combinePolicies: 'throws_typed',
  countWorkingDays: 'throws_typed',
  createOmbudsmanPolicy: 'throws_typed',
  createSp4nLaporPolicy: 'throws_typed',
  createTieredLocalPolicy: 'throws_typed',
  createUu25Policy: 'throws_typed',
  createWorkingCalendar: 'throws_typed',
  definePolicy: 'throws_typed',
  describeClock: 'throws_typed',
  describeDate: 'throws_typed',
  endOfCivilDay: 'throws_typed',
  evaluateSla: 'throws_typed',
  formatClockSource: 'throws_typed',
  formatDateForPeople: 'throws_typed',
  formatInstant: 'throws_typed',
  formatInstantForPeople: 'throws_typed',
  fromDayNumber: 'throws_typed',
  isCivilDate: 'never_throws',
  isPengaduanError: 'never_throws',
  isWorkingDay: 'throws_typed',
  listNonWorkingDays: 'throws_typed',
  nationalCalendarAsOf: 'throws_typed',
  nextWakeUp: 'throws_typed',
  nextWorkingDay: 'throws_typed',
  parseCivilDate: 'throws_typed',
  startOfCivilDay: 'throws_typed',
  toDayNumber: 'throws_typed',
  toEpochMilliseconds: 'throws_typed',
  toTZDate: 'throws_typed',
  validatePolicy: 'throws_typed',
  weekdayOf: 'throws_typed',
  withRegionalDays: 'throws_typed',
};

describe('the contract of every function of `pengaduan`', () => {
  it('has a case for every function export, and no case for a function that is gone', () => {
    expect(functionExports(api)).toEqual(Object.keys(CASES).sort());
  });

  for (const [name, contract] of Object.entries(CASES)) {
    it(`${name}: any input gives its result or a PengaduanError${contract === 'never_throws' ? ', never a throw' : ''}`, () => {
      const fn = (api as unknown as Record<string, (...args: unknown[]) => unknown>)[name]!;
      checkContract(name, fn, contract, argumentsFor());
    });
  }

  it('the calendar methods keep the contract too', () => {
    const calendar = api.nationalCalendar as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const method of Object.keys(calendar).filter((k) => typeof calendar[k] === 'function')) {
      checkContract(
        `nationalCalendar.${method}`,
        (...args) => calendar[method]!(...args),
        'throws_typed',
        argumentsFor(),
      );
    }
  });
});
