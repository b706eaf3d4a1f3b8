import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PengaduanError } from '../../src/errors/PengaduanError.js';
import * as interop from '../../src/interop/index.js';
import { formalComplaint } from '../views/_complaints.js';
import { policy, snapshotIn } from './_snapshots.js';

/**
 * Every public function of `pengaduan/interop` is a boundary (DESIGN principle 7): any JSON value in
 * any argument gets the documented result or a typed `PengaduanError`, never a TypeError, and the
 * inputs are not modified.
 */
function typedOrResult(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(PengaduanError);
  }
}

const snapshot = snapshotIn('dispositioned');
const complaint = formalComplaint();

describe('pengaduan/interop at its boundary', () => {
  it('toOpen311Request takes any value in any argument', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.jsonValue(),
        fc.dictionary(fc.string(), fc.jsonValue()),
        (a, b, extra) => {
          typedOrResult(() => interop.toOpen311Request(a, complaint, { policy }));
          typedOrResult(() => interop.toOpen311Request(snapshot, b as never, { policy }));
          typedOrResult(() => interop.toOpen311Request(snapshot, complaint, { ...extra, policy } as never));
          typedOrResult(() => interop.toOpen311Request(snapshot, complaint, { policy: a } as never));
          typedOrResult(() => interop.toOpen311Request(snapshot, complaint, a as never));
        },
      ),
      { numRuns: 60 },
    );
    for (const calendar of [5, 'national', {}, []]) {
      typedOrResult(() => interop.toOpen311Request(snapshot, complaint, { policy, calendar } as never));
    }
  });

  it('the other functions take any value in any argument', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        typedOrResult(() => interop.toOpen311Status(a as never, b as never));
        typedOrResult(() => interop.toOpen311ExtendedStatus(a as never, b as never));
        typedOrResult(() => interop.toLaporStatus(a as never));
        typedOrResult(() => interop.laporStatusChange(a as never, b as never));
        typedOrResult(() => interop.open311Services(a as never));
        typedOrResult(() => interop.open311ServiceDefinition(a as never, b as never));
        typedOrResult(() => interop.toOpen311Errors(a, b as never));
        typedOrResult(() => interop.toOpen311Xml(a as never, b));
        typedOrResult(() => interop.fromOpen311Request(a, b as never));
        typedOrResult(() =>
          interop.eventsFromLaporStatus(a, b as never, {
            at: '2025-04-10T09:00:00+07:00',
            actor: { role: 'admin_instansi' },
          }),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('does not modify what it is given', () => {
    const before = JSON.stringify([snapshot, complaint]);
    interop.toOpen311Request(snapshot, complaint, { policy, extensions: true });
    interop.eventsFromLaporStatus(snapshot, 'ditindaklanjuti', {
      at: '2025-04-12T09:00:00+07:00',
      actor: { role: 'admin_penghubung', unitId: 'dinas-pupr' },
      details: { unitId: 'dinas-pupr', summary: 'Selesai diperbaiki.' },
    });
    expect(JSON.stringify([snapshot, complaint])).toBe(before);
  });
});
