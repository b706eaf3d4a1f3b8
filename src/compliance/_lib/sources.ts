import type { LegalSource } from '../../rules/types.js';

// The sources of the audit's own rules (the clock rules carry theirs in the policy).

export const RECORD_SOURCE: LegalSource = Object.freeze({
  instrument: 'pengaduan',
  article: 'riwayat: hanya bertambah, urut waktu / history: append-only, oldest first',
  status: 'inferred',
  note: 'No regulation sets the form of the record; an audit reads the record as given and says where it cannot.',
});

export const DEEMED_WITHDRAWAL_SOURCE: LegalSource = Object.freeze({
  instrument: 'UU 25/2009',
  article: 'Pasal 44 ayat (4)-(5)',
  status: 'verified',
});

export const CONFIDENTIALITY_SOURCE: LegalSource = Object.freeze({
  instrument: 'UU 25/2009',
  article: 'Pasal 42 ayat (5); Pasal 49 ayat (1)',
  status: 'verified',
  note: 'The identity may be kept confidential and the examination must be kept confidential.',
});

export const SUPERVISION_ROUTING_SOURCE: LegalSource = Object.freeze({
  instrument: 'Permendagri 8/2023; UU 25/2009',
  article: 'Pasal 1 (APIP, pengaduan berkadar pengawasan); UU 25/2009 Pasal 49 ayat (1)',
  status: 'inferred',
  note: 'That berkadar pengawasan complaints go to APIP, not the unit concerned, is read from the definitions; the allocating article was not read.',
});
