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

  it('builds the errors above the calendar from (code, details, options?), with the texts 0.x gave', () => {
    // The expected texts and details are what the removed 0.x constructors gave for the same input.
    const lapor = { status: 'x', state: 'received', current: 'belum_terverifikasi', allowed: ['a'] };
    const issues = { id: [{ field: 'lat', message: 'wajib' }], en: [{ field: 'lat', message: 'required' }] };
    const refusal = { reason: 'not_allowed_in_state' as const, eventType: 'e', state: 's', allowed: [] };
    const names = { event: { id: 'peristiwa', en: 'event' }, state: { id: 'status', en: 'state' } };
    const cases: readonly [PengaduanError, { id: string; en: string }, Record<string, unknown>][] = [
      [
        new InvalidArgumentError(
          'invalid_argument',
          { argument: 'n', value: 1.5, expected: WHY, extra: 1 },
          { cause },
        ),
        { id: 'Argumen `n` tidak valid (1.5): alasan', en: 'Invalid argument `n` (1.5): reason' },
        { argument: 'n', value: 1.5, expected: 'reason', extra: 1 },
      ],
      [
        new PolicyError(
          'invalid_policy',
          { policyId: 'p', ruleId: 'r', field: 'f', value: 1, expected: WHY },
          { cause },
        ),
        {
          id: 'Kebijakan "p" tidak valid: aturan "r", `f` (1): alasan',
          en: 'Invalid policy "p": rule "r", `f` (1): reason',
        },
        { policyId: 'p', ruleId: 'r', field: 'f', value: 1, expected: 'reason' },
      ],
      [
        new SnapshotError('snapshot', { reason: 'invalid_state', text: WHY, state: 'x' }, { cause }),
        {
          id: 'Snapshot pengaduan tidak dapat dipakai: alasan',
          en: 'Complaint snapshot cannot be used: reason',
        },
        { reason: 'invalid_state', state: 'x' },
      ],
      [
        new RevisionConflictError('revision_conflict', { expected: 3, actual: 4 }, { cause }),
        {
          id: 'Pengaduan sudah diubah pihak lain: revisi yang diharapkan 3, revisi sekarang 4. Muat ulang lalu coba lagi.',
          en: 'The complaint was changed by someone else: expected revision 3, current revision 4. Reload and retry.',
        },
        { reason: 'revision_conflict', expected: 3, actual: 4 },
      ],
      [
        new LaporStatusRefusedError('lapor_status_refused', { ...lapor, why: WHY }, { cause }),
        {
          id: 'Perubahan status SP4N-LAPOR! ditolak pada status received (belum_terverifikasi): alasan',
          en: 'SP4N-LAPOR! status change refused in state received (belum_terverifikasi): reason',
        },
        lapor,
      ],
      [
        new Open311RequestError('open311_invalid_request', { issues }, { cause }),
        { id: 'Permintaan Open311 tidak valid: lat: wajib', en: 'Invalid Open311 request: lat: required' },
        { issues },
      ],
      [
        new TransitionRefusedError('transition_refused', { ...refusal, why: WHY, names }, { cause }),
        {
          id: 'Peristiwa peristiwa ditolak pada status status: alasan',
          en: 'Event event refused in state state: reason',
        },
        refusal,
      ],
    ];
    for (const [error, text, details] of cases) {
      expect(error.text, error.name).toEqual(text);
      expect(error.message, error.name).toBe(text.en);
      expect(error.details, error.name).toEqual(details);
      expect(error.cause, error.name).toBe(cause);
      expect(isPengaduanError(error), error.name).toBe(true);
    }
    expect((cases[6]![0] as TransitionRefusedError).why).toEqual(WHY);
  });
});
