import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors/InvalidArgumentError.js';
import { PengaduanError } from '../../src/errors/PengaduanError.js';
import {
  fromOpen311Request,
  Open311RequestError,
  open311ServiceDefinition,
  open311Services,
  toOpen311Errors,
  toOpen311Request,
  toOpen311Xml,
} from '../../src/interop/index.js';
import { startComplaint } from '../../src/machine/index.js';
import { safeParseComplaint } from '../../src/schema/index.js';
import fields from '../fixtures/open311/georeport-v2-fields.json' with { type: 'json' };
import { policy } from './_snapshots.js';
import { readXml, xmlToJson } from './_xml.js';

const stamps = { receivedAt: '2025-04-10T21:14:00+07:00', complaintId: 'ADU-2025-0042' } as const;

const STREETLIGHT = {
  service_code: 'pengaduan',
  lat: '-6.9147',
  long: '107.6098',
  address_string: 'Jl. Merdeka No. 5, Bandung',
  address_id: '32.73.01.1001',
  description: 'Lampu jalan mati sejak dua minggu.',
  'attribute[service_name]': 'Penerangan jalan',
};

function form(value: Record<string, string | readonly string[]>): string {
  const params = new URLSearchParams();
  for (const [key, v] of Object.entries(value)) for (const item of [v].flat()) params.append(key, item);
  return params.toString();
}

function refusal(run: () => unknown): Open311RequestError {
  try {
    run();
  } catch (error) {
    if (error instanceof Open311RequestError) return error;
    throw error;
  }
  throw new Error('expected Open311RequestError');
}

describe('an Open311 POST read as a new complaint', () => {
  it('gives the same complaint and event from a form body, URLSearchParams and JSON', () => {
    const fromForm = fromOpen311Request(form(STREETLIGHT), stamps);
    expect(fromOpen311Request(new URLSearchParams(form(STREETLIGHT)), stamps)).toEqual(fromForm);
    const json = {
      service_code: 'pengaduan',
      lat: -6.9147,
      long: 107.6098,
      address_string: 'Jl. Merdeka No. 5, Bandung',
      address_id: '32.73.01.1001',
      description: 'Lampu jalan mati sejak dua minggu.',
      attribute: { service_name: 'Penerangan jalan' },
    };
    expect(fromOpen311Request(json, stamps)).toEqual(fromForm);
    expect(fromForm.complaint).toMatchObject({
      filing: 'no_identity',
      id: 'ADU-2025-0042',
      type: 'pengaduan',
      channel: 'integrated_channel',
      service: { name: 'Penerangan jalan', description: 'Lampu jalan mati sejak dua minggu.' },
      location: {
        address: 'Jl. Merdeka No. 5, Bandung',
        villageCode: '32.73.01.1001',
        coordinates: { latitude: -6.9147, longitude: 107.6098 },
      },
      submission: { at: stamps.receivedAt },
      confidentiality: { anonim: false, rahasia: false },
    });
    expect(fromForm.event).toEqual({
      type: 'complaint.submitted',
      at: stamps.receivedAt,
      actor: { role: 'system' },
      data: { complaintType: 'pengaduan' },
    });
  });

  it('takes identity only where the client gave it', () => {
    const bare = fromOpen311Request(form(STREETLIGHT), stamps).complaint;
    expect(bare.filing === 'no_identity' && bare.contact).toBe(undefined);
    const withEmail = fromOpen311Request(
      form({ ...STREETLIGHT, email: 'warga@example.id' }),
      stamps,
    ).complaint;
    expect(withEmail.filing === 'no_identity' && withEmail.contact).toEqual({ email: 'warga@example.id' });
  });

  it('reads a named complaint as a formal one, with what UU 25/2009 Pasal 42(3) requires', () => {
    const named = {
      ...STREETLIGHT,
      service_code: 'pengaduan.berkadar_pengawasan',
      first_name: 'Siti',
      last_name: 'Rahmawati',
      phone: '0812-3456-7890',
      'attribute[complainant_address]': 'Jl. Cihampelas No. 12, Bandung',
      'attribute[loss_kind]': 'immaterial',
      'attribute[loss_description]': 'Jalan gelap, rawan kecelakaan.',
      'attribute[requested_remedy]': 'Lampu diperbaiki.',
      'attribute[service_received_on]': '2025-04-01',
      'attribute[confidentiality]': ['anonim', 'identityConfidential'],
    };
    const { complaint, event } = fromOpen311Request(form(named), { ...stamps, place: 'Portal Kota Bandung' });
    expect(complaint).toMatchObject({
      filing: 'formal',
      classification: 'berkadar_pengawasan',
      complainant: {
        name: 'Siti Rahmawati',
        address: 'Jl. Cihampelas No. 12, Bandung',
        phone: '+6281234567890',
      },
      loss: { kind: 'immaterial' },
      submission: { place: 'Portal Kota Bandung', signature: { kind: 'electronic' } },
      confidentiality: { anonim: true, rahasia: false, identityConfidential: true },
    });
    expect(event.data).toEqual({
      complaintType: 'pengaduan',
      classification: 'berkadar_pengawasan',
      serviceReceivedOn: '2025-04-01',
    });
    // Without the address, loss and remedy a named complaint is refused, field by field.
    const error = refusal(() => fromOpen311Request(form({ ...STREETLIGHT, first_name: 'Siti' }), stamps));
    expect(error.issues.en.map((i) => i.field)).toEqual([
      'attribute[complainant_address]',
      'attribute[loss_kind]',
      'attribute[loss_description]',
      'attribute[requested_remedy]',
    ]);
  });

  it('refuses formal-only attributes on a report without a name', () => {
    const error = refusal(() =>
      fromOpen311Request(
        form({
          ...STREETLIGHT,
          'attribute[complainant_nik]': '3273015503850001',
          'attribute[confidentiality]': 'identityConfidential',
        }),
        stamps,
      ),
    );
    expect(error.issues.id.map((i) => i.field)).toEqual([
      'attribute[complainant_nik]',
      'attribute[confidentiality]',
    ]);
  });

  it('lists every problem by Open311 field, in both languages', () => {
    const error = refusal(() =>
      fromOpen311Request(
        form({
          service_code: 'jalan_rusak',
          lat: 'utara',
          long: '107.6',
          address_id: '3273',
          email: 'bukan-email',
          colour: 'merah',
          jurisdiction_id: 'kota-bogor',
          'attribute[loss_kind]': 'emotional',
        }),
        { ...stamps, jurisdictionId: 'kota-bandung' },
      ),
    );
    expect(error.code).toBe('open311_invalid_request');
    const fieldsEn = error.issues.en.map((i) => i.field);
    expect(fieldsEn).toEqual(error.issues.id.map((i) => i.field));
    for (const field of [
      'service_code',
      'lat',
      'address_id',
      'colour',
      'jurisdiction_id',
      'email',
      'attribute[loss_kind]',
      'description',
    ]) {
      expect(fieldsEn).toContain(field);
    }
    const xml = toOpen311Xml('errors', toOpen311Errors(error, { locale: 'en' }));
    const read = xmlToJson(readXml(xml)) as { code: string; description: string }[];
    expect(read.length).toBe(fieldsEn.length);
    for (const entry of read) {
      expect(Object.keys(entry)).toEqual(fields.error.fields);
      expect(entry.code).toBe('400');
    }
  });

  it('never lets the request set the time, the actor or the complaint id', () => {
    const sneaky = { ...STREETLIGHT, at: '2020-01-01T00:00:00Z', actor: 'supervisor', id: 'X' };
    expect(() => fromOpen311Request(sneaky, stamps)).toThrow(Open311RequestError);
    expect(() => fromOpen311Request(STREETLIGHT, { receivedAt: 'kemarin' } as never)).toThrow(
      InvalidArgumentError,
    );
  });

  it('answers any JSON value, and any form text, with a complaint or a typed error', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), fc.string(), fc.dictionary(fc.string(), fc.jsonValue())),
        (body) => {
          try {
            const { complaint } = fromOpen311Request(body, stamps);
            expect(safeParseComplaint(complaint).success).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(PengaduanError);
          }
        },
      ),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (opts) => {
        try {
          fromOpen311Request(STREETLIGHT, opts as never);
        } catch (error) {
          expect(error).toBeInstanceOf(PengaduanError);
        }
      }),
    );
  });

  it('refuses an oversized body without reading it', () => {
    expect(() => fromOpen311Request('a='.padEnd(300_000, 'x'), stamps)).toThrow(InvalidArgumentError);
  });
});

describe('the round trip: service definition, POST, complaint, GET request', () => {
  it('gives back what the client posted, for every service', () => {
    for (const service of open311Services()) {
      const definition = open311ServiceDefinition(service.service_code);
      // A client fills every attribute its definition offers that a report without a name may carry.
      const body: Record<string, string | string[]> = { ...STREETLIGHT, service_code: service.service_code };
      for (const attribute of definition.attributes) {
        if (attribute.description.includes('hanya untuk') || attribute.description.includes('wajib bila'))
          continue;
        if (attribute.code === 'service_name') continue;
        if (attribute.datatype === 'multivaluelist') body[`attribute[${attribute.code}][]`] = ['anonim'];
        else if (attribute.datatype === 'singlevaluelist')
          body[`attribute[${attribute.code}]`] = attribute.values?.[0]?.key ?? '';
        else if (attribute.datatype_description.includes('YYYY-MM-DD'))
          body[`attribute[${attribute.code}]`] = '2025-04-01';
        else body[`attribute[${attribute.code}]`] = `Isian ${attribute.code}`;
      }
      const { complaint, event } = fromOpen311Request(form(body), stamps);
      const { snapshot } = startComplaint(event, { policy });
      const request = toOpen311Request(snapshot, complaint, { policy, extensions: true });
      expect(request).toMatchObject({
        service_request_id: 'ADU-2025-0042',
        status: 'open',
        service_code: service.service_code,
        service_name: service.service_name,
        description: STREETLIGHT.description,
        address: STREETLIGHT.address_string,
        address_id: STREETLIGHT.address_id,
        lat: -6.9147,
        long: 107.6098,
        requested_datetime: stamps.receivedAt,
        extended_attributes: { anonim: true, pengaduan_state: 'submitted' },
      });
      expect(complaint.service.providerName).toBe('Isian service_provider');
      expect(complaint.incidentOn).toBe('2025-04-01');
    }
  });
});
