import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toOpen311Request, toOpen311Xml } from '../../src/interop/index.js';
import { COMPLAINT_STATE_IDS } from '../../src/machine/states.js';
import { safeParseComplaint } from '../../src/schema/index.js';
import { policy, snapshotIn } from './_snapshots.js';

/**
 * No identity ever leaves through Open311: for random complaints, formal or not, with any choice of
 * anonim / rahasia / confidential identity, whose free texts repeat the complainant's name, phone,
 * NIK, e-mail and address (a report without identity: its phone and e-mail), neither the JSON nor the XML of the request contains any of them; a
 * rahasia complaint is not published at all.
 */

const word = fc.stringMatching(/^[A-Z][a-z]{5,9}$/);
const identity = fc.record({
  first: word,
  last: word,
  // A mobile number as people type it: 08xx-xxxx-xxxx.
  phone: fc.stringMatching(/^08[1-9][0-9]-[0-9]{4}-[0-9]{4}$/),
  email: fc.stringMatching(/^[a-z]{6,10}\.[a-z]{6,10}@[a-z]{6,10}\.id$/),
  street: word,
});
const flags = fc.record({ anonim: fc.boolean(), rahasia: fc.boolean(), identityConfidential: fc.boolean() });
const NIK = '3273015503850001';
const states = fc.constantFrom(...COMPLAINT_STATE_IDS);

function complaintOf(id: Identity, f: Flags, formal: boolean) {
  const name = `${id.first} ${id.last}`;
  const address = `Jl. ${id.street} No. 7, Bandung`;
  // Free texts that repeat the identity, as real complaints do.
  const description = `Saya ${name} (${id.phone}, NIK ${NIK}, ${id.email}) tinggal di ${address}; lampu mati.`;
  const base = {
    id: 'ADU-2025-0042',
    type: 'pengaduan',
    channel: 'web',
    service: { name: `Layanan untuk ${id.first}`, description },
    location: { address, coordinates: { latitude: -6.9, longitude: 107.6 } },
  };
  const input = formal
    ? {
        ...base,
        filing: 'formal',
        complainant: { name, address, nik: NIK, phone: id.phone, email: id.email },
        loss: { kind: 'immaterial', description: `${name} dirugikan.` },
        requestedRemedy: `Hubungi ${id.phone}.`,
        submission: { place: 'Bandung', at: '2025-03-27T10:00:00+07:00', signature: { kind: 'electronic' } },
        confidentiality: f,
      }
    : {
        ...base,
        filing: 'no_identity',
        contact: { phone: id.phone, email: id.email },
        submission: { at: '2025-03-27T10:00:00+07:00' },
        confidentiality: { anonim: f.anonim, rahasia: f.rahasia },
      };
  const parsed = safeParseComplaint(input);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
  return parsed.data;
}
type Identity = { first: string; last: string; phone: string; email: string; street: string };
type Flags = { anonim: boolean; rahasia: boolean; identityConfidential: boolean };

/** The identity values the record carries (a report without identity carries only its contact). */
function secretsOf(id: Identity, formal: boolean): string[] {
  const digits = id.phone.replace(/\D/g, '');
  const contact = [id.email, digits, `62${digits.slice(1)}`, id.phone];
  return (formal ? [...contact, id.first, id.last, NIK, id.street] : contact).map((s) => s.toLowerCase());
}

const snapshots = new Map(COMPLAINT_STATE_IDS.map((s) => [s, snapshotIn(s)]));

describe('Open311 requests and identity', () => {
  it('never carry the complainant’s identity, in JSON or XML, and leave rahasia complaints out', () => {
    fc.assert(
      fc.property(identity, flags, fc.boolean(), states, fc.boolean(), (id, f, formal, state, extensions) => {
        const complaint = complaintOf(id, f, formal);
        const request = toOpen311Request(snapshots.get(state), complaint, { policy, extensions });
        if (f.rahasia) {
          expect(request).toBeNull();
          return;
        }
        expect(request).not.toBeNull();
        const json = JSON.stringify(request).toLowerCase();
        const xml = toOpen311Xml('service_requests', [request]).toLowerCase();
        for (const secret of secretsOf(id, formal)) {
          expect(json, secret).not.toContain(secret);
          expect(xml, secret).not.toContain(secret);
        }
        // What the request is about still goes out.
        expect(json).toContain('lampu mati');
      }),
      { numRuns: 150 },
    );
  });
});
