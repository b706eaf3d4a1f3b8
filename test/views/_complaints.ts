import type { Complaint } from '../../src/schema/index.js';
import { safeParseComplaint } from '../../src/schema/index.js';

/** The identity of the complainant and her representative in every fixture. */
export const IDENTITY = {
  name: 'Siti Rahmawati',
  address: 'Jl. Cihampelas No. 12, RT 03/RW 05, Bandung',
  nik: '3273015503850001',
  phoneLocal: '0812-3456-7890',
  phoneE164: '+6281234567890',
  email: 'siti.rahmawati@example.id',
  repName: 'Andi Pratama',
  repAddress: 'Jl. Dago No. 5, Bandung',
  repPhone: '0813-1111-2222',
  repEmail: 'andi@lbh.example.id',
  powerOfAttorney: 'SK-017/LBH/IV/2025',
  signature: 'konfirmasi-portal-88213',
} as const;

/** Every writing of the complainant's name a test looks for. */
export const NAME_FORMS = ['siti rahmawati', 'siti-rahmawati', 'siti_rahmawati', 'sitirahmawati'];
/** Every writing of her contact details a test looks for. */
export const CONTACT_FORMS = [
  IDENTITY.address.toLowerCase(),
  IDENTITY.nik,
  '3273 0155 0385 0001',
  IDENTITY.phoneE164,
  '6281234567890',
  '081234567890',
  '0812-3456-7890',
  '0812 3456 7890',
  IDENTITY.email,
  IDENTITY.repAddress.toLowerCase(),
  '+6281311112222',
  '081311112222',
  IDENTITY.repEmail,
  IDENTITY.powerOfAttorney.toLowerCase(),
  IDENTITY.signature,
];
export const REP_NAME_FORMS = ['andi pratama'];

export interface Flags {
  readonly anonim?: boolean;
  readonly rahasia?: boolean;
  readonly identityConfidential?: boolean;
}

function parsed(input: unknown): Complaint {
  const result = safeParseComplaint(input);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

/** A formal complaint about a KTP-el, carrying every identity field, with the given flags. */
export function formalComplaint(flags: Flags = {}): Complaint {
  return parsed({
    filing: 'formal',
    id: 'ADU-2025-0042',
    type: 'pengaduan',
    channel: 'web',
    complainant: {
      name: IDENTITY.name,
      address: IDENTITY.address,
      nik: IDENTITY.nik,
      phone: IDENTITY.phoneLocal,
      email: IDENTITY.email,
    },
    representative: {
      name: IDENTITY.repName,
      address: IDENTITY.repAddress,
      phone: IDENTITY.repPhone,
      email: IDENTITY.repEmail,
      powerOfAttorney: { reference: IDENTITY.powerOfAttorney },
    },
    service: {
      name: 'Penerbitan KTP-el',
      description: 'KTP-el belum terbit setelah 45 hari di Disdukcapil.',
      receivedOn: '2025-03-03',
    },
    loss: { kind: 'immaterial', description: 'Tidak dapat membuka rekening bank.' },
    requestedRemedy: 'KTP-el diterbitkan.',
    submission: {
      place: 'Bandung',
      at: '2025-03-27T10:00:00+07:00',
      signature: { kind: 'electronic', reference: IDENTITY.signature },
    },
    // The service failed at the complainant's home: the incident address is her address.
    location: { address: IDENTITY.address },
    attachments: [{ fileName: 'ktp-siti-rahmawati.jpg', mediaType: 'image/jpeg', sizeBytes: 182_113 }],
    confidentiality: { anonim: false, rahasia: false, identityConfidential: false, ...flags },
  });
}

/** A report without identity (an SMS to 1708) whose contact is the complainant's phone and e-mail. */
export function noIdentityReport(flags: Omit<Flags, 'identityConfidential'> = {}): Complaint {
  return parsed({
    filing: 'no_identity',
    type: 'pengaduan',
    channel: 'sms_1708',
    contact: { phone: IDENTITY.phoneLocal, email: IDENTITY.email },
    service: { name: 'Penerangan jalan', description: 'Lampu jalan mati sejak dua minggu.' },
    submission: { at: '2025-03-27T10:00:00+07:00' },
    confidentiality: { anonim: false, rahasia: false, ...flags },
  });
}
