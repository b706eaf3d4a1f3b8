import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors/InvalidArgumentError.js';
import { LaporStatusRefusedError } from '../../src/errors/LaporStatusRefusedError.js';
import { PengaduanError } from '../../src/errors/PengaduanError.js';
import {
  eventsFromLaporStatus,
  LAPOR_CROSSWALK,
  LAPOR_STATUSES,
  laporStatusChange,
  toLaporStatus,
} from '../../src/interop/index.js';
import { LAPOR_STATUS_IDS } from '../../src/interop/LAPOR_STATUSES.js';
import { applyEvent, COMPLAINT_STATES } from '../../src/machine/index.js';
import { COMPLAINT_STATE_IDS } from '../../src/machine/states.js';
import { admin, day, options, penghubung, snapshotIn } from './_snapshots.js';

const SYSTEM = { role: 'system' } as const;

/** The actor a LAPOR! integration records each change with. */
function actorFor(to: string, from: string) {
  if (to === 'ditindaklanjuti' && from === 'dispositioned') return penghubung;
  if (to === 'selesai' && from === 'awaitingFeedback') return SYSTEM;
  if (to === 'selesai' && from === 'disputed') return { role: 'supervisor' as const };
  return admin;
}

const DETAILS = {
  unitId: 'dinas-pupr',
  unitName: 'Dinas PUPR',
  summary: 'Lampu diganti.',
  reason: 'Laporan kurang jelas',
};

describe('the SP4N-LAPOR! status of a state', () => {
  it('is defined for every lifecycle state, with a basis that is practice or inferred', () => {
    for (const state of COMPLAINT_STATE_IDS) {
      const mapping = LAPOR_CROSSWALK.byState[state];
      expect(LAPOR_STATUS_IDS).toContain(toLaporStatus(state));
      expect(mapping.state).toBe(state);
      expect(['practice', 'inferred']).toContain(mapping.source.status);
    }
  });

  it('agrees with the crosswalk label of COMPLAINT_STATES where that label names a LAPOR! status', () => {
    // The machine's own crosswalk labels (e.g. 'Terdisposisi', 'Tunda (…)') name the same phase.
    const words: Record<string, string> = {
      belum_terverifikasi: 'belum terverifikasi',
      terverifikasi: 'terverifikasi',
      didisposisi: 'disposisi',
      ditindaklanjuti: 'ditindaklanjuti',
      selesai: 'selesai',
      diarsipkan: 'arsip',
      ditunda: 'tunda',
    };
    for (const state of COMPLAINT_STATE_IDS) {
      if (state === 'referred') continue; // 'Bukan Wewenang' is an action, not a status: read as diarsipkan.
      const label = COMPLAINT_STATES[state].crosswalk.sp4nLapor.toLowerCase();
      expect(label, state).toContain(words[toLaporStatus(state)]);
    }
  });

  it('shows selesai or diarsipkan exactly for the final states', () => {
    for (const state of COMPLAINT_STATE_IDS) {
      expect(['selesai', 'diarsipkan'].includes(toLaporStatus(state)), state).toBe(
        COMPLAINT_STATES[state].final,
      );
    }
  });

  it('refuses anything that is not a state with InvalidArgumentError', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        fc.pre(!(COMPLAINT_STATE_IDS as readonly unknown[]).includes(value));
        expect(() => toLaporStatus(value as never)).toThrow(InvalidArgumentError);
      }),
    );
    expect(() => toLaporStatus('__proto__' as never)).toThrow(InvalidArgumentError);
  });
});

describe('a LAPOR! status change turned into history events', () => {
  it.each(LAPOR_CROSSWALK.transitions.map((t) => [t.from, t.to, t] as const))(
    'from %s to %s gives events the machine accepts, ending in a state that shows that status',
    (from, to, transition) => {
      const snapshot = snapshotIn(from);
      // The auto-close (10 hari kerja of silence) is due only three weeks after the follow-up.
      const at = to === 'selesai' && from === 'awaitingFeedback' ? day(30) : day(10);
      const events = eventsFromLaporStatus(snapshot, to, { at, actor: actorFor(to, from), details: DETAILS });
      expect(events.map((e) => e.type)).toEqual(transition.events);
      const after = events.reduce((s, e) => applyEvent(s, e, options).snapshot, snapshot);
      expect(toLaporStatus(after.value)).toBe(to);
      expect(laporStatusChange(from, after.value)).toEqual({ from: toLaporStatus(from), to });
    },
  );

  it('lists no change to the status a state already shows (such an entry could never be used)', () => {
    for (const t of LAPOR_CROSSWALK.transitions) expect(t.to, t.from).not.toBe(toLaporStatus(t.from));
  });

  it('records nothing for the status the complaint already shows', () => {
    for (const state of COMPLAINT_STATE_IDS) {
      const snapshot = snapshotIn(state);
      expect(eventsFromLaporStatus(snapshot, toLaporStatus(state), { at: day(10), actor: admin })).toEqual(
        [],
      );
    }
  });

  it('refuses every other change with LaporStatusRefusedError naming what is possible', () => {
    for (const state of COMPLAINT_STATE_IDS) {
      const snapshot = snapshotIn(state);
      const reachable = LAPOR_CROSSWALK.transitions.filter((t) => t.from === state).map((t) => t.to);
      for (const status of LAPOR_STATUS_IDS) {
        if (status === toLaporStatus(state) || reachable.includes(status)) continue;
        let error: unknown;
        try {
          eventsFromLaporStatus(snapshot, status, { at: day(10), actor: admin, details: DETAILS });
        } catch (caught) {
          error = caught;
        }
        expect(error, `${state} -> ${status}`).toBeInstanceOf(LaporStatusRefusedError);
        const refused = error as LaporStatusRefusedError;
        expect(refused.code).toBe('lapor_status_refused');
        expect(refused.details).toMatchObject({
          status,
          state,
          current: toLaporStatus(state),
          allowed: reachable,
        });
        expect(refused.text.id).toContain(status);
        expect(refused.text.en).toContain(status);
      }
    }
  });

  it('says in both languages why a report not yet verified cannot be finished', () => {
    const snapshot = snapshotIn('submitted');
    expect(() => eventsFromLaporStatus(snapshot, 'selesai', { at: day(1), actor: admin })).toThrow(
      'SP4N-LAPOR! status change refused in state submitted (belum_terverifikasi): the lifecycle does not allow a change to selesai; possible: terverifikasi, didisposisi, ditunda, diarsipkan',
    );
    try {
      eventsFromLaporStatus(snapshot, 'selesai', { at: day(1), actor: admin });
    } catch (error) {
      expect((error as PengaduanError).text.id).toBe(
        'Perubahan status SP4N-LAPOR! ditolak pada status submitted (belum_terverifikasi): siklus pengaduan tidak mengizinkan perubahan ke selesai; yang mungkin: terverifikasi, didisposisi, ditunda, diarsipkan',
      );
    }
  });

  it('refuses a role that cannot record the first event, before any event is built', () => {
    expect(() =>
      eventsFromLaporStatus(snapshotIn('screening'), 'terverifikasi', {
        at: day(1),
        actor: { role: 'complainant' },
      }),
    ).toThrow(LaporStatusRefusedError);
  });

  it('asks for the unit a disposition needs', () => {
    expect(() =>
      eventsFromLaporStatus(snapshotIn('fileComplete'), 'didisposisi', { at: day(3), actor: admin }),
    ).toThrow(expect.objectContaining({ name: 'SchemaValidationError' }));
  });

  it('numbers the ids of several events made from one change', () => {
    const events = eventsFromLaporStatus(snapshotIn('submitted'), 'terverifikasi', {
      at: day(1),
      actor: admin,
      id: 'lapor-77',
    });
    expect(events.map((e) => e.id)).toEqual(['lapor-77#1', 'lapor-77#2']);
  });

  it('gives a typed error for any JSON value in place of its arguments, never a TypeError', () => {
    const snapshot = snapshotIn('screening');
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), fc.jsonValue(), (s, status, opts) => {
        for (const args of [
          [s, 'terverifikasi', { at: day(1), actor: admin }],
          [snapshot, status, { at: day(1), actor: admin }],
          [snapshot, 'ditunda', opts],
        ] as const) {
          try {
            eventsFromLaporStatus(args[0], args[1] as never, args[2] as never);
          } catch (error) {
            expect(error).toBeInstanceOf(PengaduanError);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('has a label and a basis for every status', () => {
    for (const id of LAPOR_STATUS_IDS) {
      expect(LAPOR_STATUSES[id].label.id).not.toBe('');
      expect(['practice', 'inferred']).toContain(LAPOR_STATUSES[id].source.status);
    }
  });
});

describe('laporStatusChange', () => {
  it('is null exactly when both states show the same status', () => {
    for (const a of COMPLAINT_STATE_IDS) {
      for (const b of COMPLAINT_STATE_IDS) {
        const change = laporStatusChange(a, b);
        expect(change === null).toBe(toLaporStatus(a) === toLaporStatus(b));
      }
    }
  });
});
