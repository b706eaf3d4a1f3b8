import { describe, expect, it } from 'vitest';
import { CalendarCoverageError } from '../../src/errors/CalendarCoverageError.js';
import { CalendarDataError } from '../../src/errors/CalendarDataError.js';
import { CalendarTentativeError } from '../../src/errors/CalendarTentativeError.js';
import { InvalidArgumentError } from '../../src/errors/InvalidArgumentError.js';
import { InvalidDateError } from '../../src/errors/InvalidDateError.js';
import { InvalidHistoryError } from '../../src/errors/InvalidHistoryError.js';
import { isPengaduanError } from '../../src/errors/isPengaduanError.js';
import { LaporStatusRefusedError } from '../../src/errors/LaporStatusRefusedError.js';
import { Open311RequestError } from '../../src/errors/Open311RequestError.js';
import type { PengaduanError } from '../../src/errors/PengaduanError.js';
import { PolicyError } from '../../src/errors/PolicyError.js';
import { RevisionConflictError } from '../../src/errors/RevisionConflictError.js';
import { SnapshotError } from '../../src/errors/SnapshotError.js';
import { TransitionRefusedError } from '../../src/errors/TransitionRefusedError.js';

const WHY = { id: 'alasan', en: 'reason' };
const cause = new Error('underlying');

function same(modern: PengaduanError, old: PengaduanError): void {
  expect(modern.constructor).toBe(old.constructor);
  expect(modern.code).toBe(old.code);
  expect(modern.text).toEqual(old.text);
  expect(modern.message).toBe(old.message);
  expect(modern.details).toEqual(old.details);
  expect(modern.cause).toBe(cause);
  expect(isPengaduanError(modern)).toBe(true);
}

describe('error constructors: (code, details, options?) for every class', () => {
  it('builds the calendar-layer errors with a code of their own union and a cause', () => {
    const errors = [
      new CalendarCoverageError(
        'calendar_coverage',
        {
          years: [2030],
          calendarId: 'id-national',
          dataVersion: 'v',
          coverage: { fromYear: 2018, toYear: 2027 },
        },
        { cause },
      ),
      new CalendarTentativeError(
        'calendar_tentative',
        { days: ['2027-03-10'], calendarId: 'id-national', dataVersion: 'v' },
        { cause },
      ),
      new CalendarDataError('calendar_data', { field: 'days[0].date', problem: WHY, entry: 1 }, { cause }),
      new InvalidDateError('invalid_date', { value: 'x', reason: WHY, argument: 'date' }, { cause }),
      new InvalidHistoryError(
        'invalid_history',
        { index: 0, field: 'at', value: 'x', expected: WHY },
        { cause },
      ),
    ];
    expect(errors.map((e) => e.code)).toEqual([
      'calendar_coverage',
      'calendar_tentative',
      'calendar_data',
      'invalid_date',
      'invalid_history',
    ]);
    for (const error of errors) {
      expect(error.cause).toBe(cause);
      expect(error.text.id).not.toBe(error.text.en);
    }
    expect(errors[2]!.details).toEqual({ field: 'days[0].date', problem: 'reason', entry: 1 });
    expect(errors[3]!.details).toEqual({ value: 'x', reason: 'reason', argument: 'date' });
    expect(errors[4]!.details).toEqual({ index: 0, field: 'at', value: 'x', expected: 'reason' });
  });

  it('gives the same error from the new order and the deprecated 0.x order', () => {
    same(
      new InvalidArgumentError(
        'invalid_argument',
        { argument: 'n', value: 1.5, expected: WHY, extra: 1 },
        { cause },
      ),
      new InvalidArgumentError('n', 1.5, WHY, { extra: 1 }),
    );
    same(
      new PolicyError(
        'invalid_policy',
        { policyId: 'p', ruleId: 'r', field: 'f', value: 1, expected: WHY },
        { cause },
      ),
      new PolicyError({ policyId: 'p', ruleId: 'r', field: 'f', value: 1 }, WHY),
    );
    same(
      new SnapshotError('snapshot', { reason: 'invalid_state', text: WHY, state: 'x' }, { cause }),
      new SnapshotError('invalid_state', WHY, { state: 'x' }),
    );
    same(
      new RevisionConflictError('revision_conflict', { expected: 3, actual: 4 }, { cause }),
      new RevisionConflictError(3, 4),
    );
    const lapor = { status: 'x', state: 'received', current: 'belum_terverifikasi', allowed: ['a'] };
    same(
      new LaporStatusRefusedError('lapor_status_refused', { ...lapor, why: WHY }, { cause }),
      new LaporStatusRefusedError(WHY, lapor),
    );
    const issues = { id: [{ field: 'lat', message: 'wajib' }], en: [{ field: 'lat', message: 'required' }] };
    same(
      new Open311RequestError('open311_invalid_request', { issues }, { cause }),
      new Open311RequestError(issues),
    );
    const refusal = { reason: 'not_allowed_in_state' as const, eventType: 'e', state: 's', allowed: [] };
    const names = { event: { id: 'peristiwa', en: 'event' }, state: { id: 'status', en: 'state' } };
    const modern = new TransitionRefusedError(
      'transition_refused',
      { ...refusal, why: WHY, names },
      { cause },
    );
    const old = new TransitionRefusedError(WHY, refusal, names);
    same(modern, old);
    expect(modern.why).toEqual(old.why);
  });

  it('takes the old InvalidArgumentError order even for a parameter named like the code', () => {
    const error = new InvalidArgumentError('invalid_argument', { argument: 'x' }, WHY);
    expect(error.details.argument).toBe('invalid_argument');
    expect(error.details.expected).toBe('reason');
  });
});
