import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import { en } from '../i18n/en.js';
import { errorText } from '../i18n/errorMessages/index.js';
import { id } from '../i18n/id.js';
import type { Pasal42ItemKey } from '../i18n/keys.js';
import type { LocalizedText } from '../i18n/types.js';
import type { LegalSource } from '../rules/types.js';
import type { Complaint } from './ComplaintSchema.js';

/** One item of UU 25/2009 Pasal 42 ayat (3) a complaint does not contain. */
export interface MissingFormalRequirement {
  /** The letter of the item: `a` name and address, `b` service and loss, `c` remedy, `d` place, time, signature. */
  readonly item: Pasal42ItemKey;
  /** What is missing, in Bahasa Indonesia and English. */
  readonly text: LocalizedText;
  /** The article that requires it: UU 25/2009 Pasal 42 ayat (3) with the item's letter. */
  readonly source: LegalSource;
}

function requirement(item: Pasal42ItemKey): MissingFormalRequirement {
  return Object.freeze({
    item,
    text: Object.freeze({ id: id.pasal42Items[item], en: en.pasal42Items[item] }),
    source: Object.freeze({
      instrument: 'UU 25/2009',
      article: `Pasal 42 ayat (3) huruf ${item}`,
      status: 'verified' as const,
    }),
  });
}

/**
 * Lists the items of UU 25/2009 Pasal 42 ayat (3) a parsed complaint does not contain. A `formal`
 * complaint has them all (the schema requires them), so the list is empty; a `no_identity` report
 * always lacks the name and address (huruf a) and the signature (huruf d), and lacks huruf b or c
 * when it gives no loss or no remedy. Such a report can still be handled (for example as an
 * *aspirasi*), but not as a complaint that meets Pasal 42 ayat (3).
 *
 * @param complaint - a complaint as output by `ComplaintSchema`
 * @returns the missing items, in the order of the article, each with its text and source
 * @throws {InvalidArgumentError} when `complaint` is not an object
 * @see UU 25/2009 Pasal 42 ayat (3)
 * @example
 * import { missingFormalRequirements } from 'pengaduan/schema';
 * missingFormalRequirements({ filing: 'no_identity', type: 'pengaduan', channel: 'sms_1708', source: 'penerima_layanan',
 *   service: { name: 'Penerangan jalan', description: 'Lampu jalan di Jl. Merdeka mati sejak 2 minggu.' },
 *   submission: { at: '2025-04-10T21:14:00+07:00' }, attachments: [], confidentiality: { anonim: false, rahasia: false } })
 *   .map((missing) => missing.item);
 * //=> ['a', 'b', 'c', 'd']
 */
export function missingFormalRequirements(complaint: Complaint): readonly MissingFormalRequirement[] {
  if (complaint === null || typeof complaint !== 'object') {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'complaint',
      value: complaint,
      expected: errorText('complaint_output_expected'),
    });
  }
  if (complaint.filing === 'formal') return Object.freeze([]);
  const missing: Pasal42ItemKey[] = ['a'];
  if (complaint.loss === undefined) missing.push('b');
  if (complaint.requestedRemedy === undefined) missing.push('c');
  missing.push('d');
  return Object.freeze(missing.map(requirement));
}
