/**
 * The keys of the message catalogues. Every catalogue (`id`, `en`) has a text for every key; a test
 * checks it, and the types make a missing key a compile error.
 */

/**
 * The fields the schemas know, keyed by their path without array positions (`complainant.address`),
 * optionally prefixed with the record they belong to (`receipt.place`) where a bare path would be
 * ambiguous. A path is labelled by the longest key that ends it.
 */
export const FIELD_KEYS = [
  // roots
  'complaint',
  'event',
  'history',
  'receipt',
  'decision',
  'unit',
  'location',
  'nik',
  'phone',
  'email',
  'attachment',
  'policy',
  'classificationFacts',
  // history events
  'event.id',
  'event.type',
  'event.at',
  'event.actor',
  'event.data',
  'actor',
  'actor.role',
  'actor.id',
  'actor.unitId',
  'data.serviceReceivedOn',
  'data.incidentOn',
  'data.complaintType',
  'data.classification',
  'data.receiptNumber',
  'data.missing',
  'data.receivedByComplainantAt',
  'data.reason',
  'data.toAgency',
  'data.note',
  'data.duplicateOf',
  'data.unitId',
  'data.unitKind',
  'data.unitName',
  'data.summary',
  'data.outcome',
  'data.compensation',
  'data.compensation.amount',
  'data.compensation.dueOn',
  'data.channel',
  'data.amount',
  'data.kind',
  'data.message',
  'data.to',
  'data.reference',
  'data.clockKey',
  // complaint
  'complaint.id',
  'filing',
  'type',
  'classification',
  'channel',
  'source',
  'complainant',
  'complainant.kind',
  'complainant.name',
  'complainant.address',
  'complainant.nik',
  'complainant.phone',
  'complainant.email',
  'representative',
  'representative.name',
  'representative.address',
  'representative.nik',
  'representative.phone',
  'representative.email',
  'representative.powerOfAttorney',
  'powerOfAttorney.reference',
  'powerOfAttorney.issuedOn',
  'contact',
  'contact.phone',
  'contact.email',
  'contact.handle',
  'service',
  'service.name',
  'service.providerName',
  'service.description',
  'service.receivedOn',
  'loss',
  'loss.kind',
  'loss.description',
  'requestedRemedy',
  'compensationClaim',
  'compensationClaim.amount',
  'compensationClaim.description',
  'submission',
  'submission.place',
  'submission.at',
  'submission.signature',
  'signature.kind',
  'signature.reference',
  'incidentOn',
  'location.provinceCode',
  'location.regencyCode',
  'location.districtCode',
  'location.villageCode',
  'location.address',
  'location.coordinates',
  'coordinates.latitude',
  'coordinates.longitude',
  'attachments',
  'attachments.fileName',
  'attachments.mediaType',
  'attachments.sizeBytes',
  'attachments.sha256',
  'attachments.url',
  'attachments.description',
  'attachments.capturedAt',
  'fileName',
  'mediaType',
  'sizeBytes',
  'sha256',
  'url',
  'description',
  'capturedAt',
  'confidentiality',
  'confidentiality.identityConfidential',
  'confidentiality.anonim',
  'confidentiality.rahasia',
  // receipt (UU 25/2009 Pasal 44 ayat (2))
  'receipt.number',
  'receipt.complaintId',
  'receipt.serviceDescription',
  'receipt.place',
  'receipt.receivedAt',
  'officer',
  'officer.name',
  'officer.id',
  'officer.signature',
  // decision (Pasal 50 ayat (3))
  'decision.outcome',
  'decision.summary',
  'decision.decidedAt',
  'decision.reference',
  'decision.compensation',
  'compensation.amount',
  'compensation.dueOn',
  // handling unit
  'unit.id',
  'unit.name',
  'unit.kind',
  'unit.zone',
  'unit.regionCode',
  'unit.parentId',
  // classification facts (Permendagri 8/2023 Pasal 1 angka 3-4)
  'classificationFacts.subject',
  'classificationFacts.misconduct',
  // host-supplied policies (the schema of `Policy`)
  'policy.id',
  'policy.title',
  'policy.options',
  'title.id',
  'title.en',
  'summary.id',
  'summary.en',
  'text.id',
  'text.en',
  'consequence.id',
  'consequence.en',
  'rules',
  'rules.id',
  'rules.title',
  'rules.summary',
  'rules.dutyOf',
  'rules.limit',
  'limit.amount',
  'limit.unit',
  'limit.basis',
  'basis.status',
  'basis.note',
  'rules.scope',
  'rules.startOn',
  'rules.startsAt',
  'startsAt.field',
  'startsAt.type',
  'startsAt.otherwise',
  'rules.stopOn',
  'rules.cancelOn',
  'rules.pause',
  'pause.on',
  'pause.resumeOn',
  'rules.restartOn',
  'rules.newCycle',
  'newCycle.on',
  'newCycle.startAt',
  'rules.appliesTo',
  'appliesTo.complaintType',
  'appliesTo.classification',
  'complaintType.in',
  'complaintType.notIn',
  'classification.in',
  'classification.notIn',
  'rules.warning',
  'warning.workingDaysBefore',
  'warning.calendarDaysBefore',
  'warning.fraction',
  'rules.nonWorkingDueDate',
  'rules.onLapse',
  'onLapse.kind',
  'onLapse.sanction',
  'sanction.text',
  'sanction.source',
  'onLapse.consequence',
  'rules.source',
  'source.instrument',
  'source.article',
  'source.status',
  'source.note',
  'preconditions',
  'preconditions.id',
  'preconditions.text',
  'preconditions.evidencedBy',
  'preconditions.source',
  'startOn.type',
  'stopOn.type',
  'cancelOn.type',
  'restartOn.type',
  'on.type',
  'resumeOn.type',
  'evidencedBy.type',
  'where',
] as const;

/**
 * A field the schemas know (`complainant.address`, `receipt.place`, ...): the key of its label in the
 * message catalogues, used to name the field in a validation message.
 */
export type FieldKey = (typeof FIELD_KEYS)[number];

/** The string formats the schemas check, each with a hint that shows the expected shape. */
export const FORMAT_KEYS = [
  'civilDate',
  'instant',
  'identifier',
  'clockKey',
  'nik',
  'phone',
  'email',
  'provinceCode',
  'regencyCode',
  'districtCode',
  'villageCode',
  'regionCode',
  'mediaType',
  'sha256',
  'url',
  'socialHandle',
  'other',
] as const;

/**
 * A string format the schemas check (`civilDate`, `nik`, `phone`, ...): the key of its hint in the
 * message catalogues.
 */
export type FormatKey = (typeof FORMAT_KEYS)[number];

/** The kinds of value an issue can say were expected. */
export const TYPE_KEYS = ['string', 'number', 'int', 'boolean', 'object', 'array', 'other'] as const;

/** A kind of value an issue can say was expected (`string`, `int`, `array`, ...). */
export type TypeKey = (typeof TYPE_KEYS)[number];

/** Why a NIK fails, most basic first (see `diagnoseNik`). */
export const NIK_PROBLEM_KEYS = ['shape', 'province', 'regency', 'district', 'birthDate', 'serial'] as const;

/**
 * Why a NIK (Nomor Induk Kependudukan) fails, most basic first: `shape` (not 16 digits), then the
 * region codes (`province`, `regency`, `district`), the encoded `birthDate`, the `serial`. See
 * `diagnoseNik`.
 */
export type NikProblemKey = (typeof NIK_PROBLEM_KEYS)[number];

/** The items of UU 25/2009 Pasal 42 ayat (3) that a written complaint must contain. */
export const PASAL_42_ITEM_KEYS = ['a', 'b', 'c', 'd'] as const;

/** An item (huruf a-d) of UU 25/2009 Pasal 42 ayat (3) that a written complaint must contain. */
export type Pasal42ItemKey = (typeof PASAL_42_ITEM_KEYS)[number];

/**
 * Who a complaint is about, as far as Permendagri 8/2023 Pasal 1 angka 4 cares: the first six are the
 * subjects of a *pengaduan berkadar pengawasan*.
 */
export const COMPLAINT_SUBJECTS = [
  'kepala_daerah',
  'wakil_kepala_daerah',
  'anggota_dprd',
  'asn_kementerian',
  'asn_pemerintah_daerah',
  'perangkat_desa',
  'other_person',
  'institution',
  'unknown',
] as const;

/**
 * Who a complaint is about, as far as Permendagri 8/2023 Pasal 1 angka 4 cares: `kepala_daerah` to
 * `perangkat_desa` are the subjects of a *pengaduan berkadar pengawasan*; `other_person`,
 * `institution` and `unknown` are not.
 */
export type ComplaintSubject = (typeof COMPLAINT_SUBJECTS)[number];

/**
 * What the complaint alleges: the first two are the misconduct of a *pengaduan berkadar pengawasan*
 * (Permendagri 8/2023 Pasal 1 angka 4); `saran_kritik` is the content of angka 3.
 */
export const ALLEGED_MISCONDUCTS = [
  'penyalahgunaan_kewenangan',
  'pelanggaran_hukum',
  'pelayanan_tidak_sesuai_standar',
  'saran_kritik',
  'other',
  'unknown',
] as const;

/**
 * What a complaint alleges: `penyalahgunaan_kewenangan` and `pelanggaran_hukum` are the misconduct of a
 * *pengaduan berkadar pengawasan* (Permendagri 8/2023 Pasal 1 angka 4); `saran_kritik` is the content
 * of angka 3.
 */
export type AllegedMisconduct = (typeof ALLEGED_MISCONDUCTS)[number];
