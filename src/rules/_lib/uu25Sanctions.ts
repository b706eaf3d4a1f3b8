import type { Sanction } from '../types.js';

/**
 * The sanctions of UU 25/2009 Pasal 54 that attach to the complaint duties (regulations brief §1.7,
 * read in the law's text). Plain data, shared by the presets.
 */

/** Pasal 54 ayat (2): for Pasal 44 ayat (1) (receipt), among others. */
export const SANCTION_54_2: Sanction = {
  text: {
    id:
      'Teguran tertulis; jika dalam 3 (tiga) bulan kewajiban tetap tidak dilaksanakan, pembebasan dari ' +
      'jabatan.',
    en: 'Written reprimand; removal from office if the duty is still not met within 3 months.',
  },
  source: { instrument: 'UU 25/2009', article: 'Pasal 54 ayat (2)', status: 'verified' },
};

/** Pasal 54 ayat (5): for Pasal 44 ayat (3) (response) and Pasal 50 ayat (2) (notification). */
export const SANCTION_54_5: Sanction = {
  text: {
    id: 'Penurunan gaji sebesar satu kali kenaikan gaji berkala untuk paling lama 1 (satu) tahun.',
    en: 'Salary reduced by one periodic increment for at most 1 year.',
  },
  source: { instrument: 'UU 25/2009', article: 'Pasal 54 ayat (5)', status: 'verified' },
};

/** Pasal 54 ayat (7): for Pasal 50 ayat (1) (decision). */
export const SANCTION_54_7: Sanction = {
  text: { id: 'Pembebasan dari jabatan.', en: 'Removal from office.' },
  source: { instrument: 'UU 25/2009', article: 'Pasal 54 ayat (7)', status: 'verified' },
};
