/**
 * The bounds every schema puts on untrusted input, so that a form post or an API call cannot make a
 * host store or process more than a complaint needs. Lengths count UTF-16 code units (zod's
 * `string.length`); the JSON Schemas carry the same numbers as `maxLength` / `maxItems`.
 */
export const SCHEMA_LIMITS = Object.freeze({
  /** Ids of complaints, events, units, actors. */
  identifier: 128,
  /** A clock key: a rule id, a unit id (an identifier) and the cycle and run suffixes. */
  clockKey: 512,
  /** Names of people, units, services, agencies. */
  name: 200,
  /** A full postal address. */
  address: 500,
  /** Places, reference numbers, channels, short labels. */
  shortText: 300,
  /** Reasons and notes. */
  note: 2_000,
  /** Descriptions of the service, the loss, the remedy, summaries, messages. */
  longText: 10_000,
  /** Items in a list of missing complaint material. */
  missingItems: 50,
  /** Attachments to one complaint. */
  attachments: 20,
  /** A file name. */
  fileName: 255,
  /** Bytes of one attachment: 100 MiB. */
  attachmentBytes: 104_857_600,
  /** An e-mail address (RFC 5321 path limit). */
  email: 254,
  /** A link. */
  url: 2_048,
  /** A phone number as typed, with spaces or hyphens. */
  phone: 24,
  /** A history handed to `parseHistory` or `safeParseHistory`. */
  historyEvents: 10_000,
});
