import { z } from 'zod';
import { PHONE } from './_lib/patterns.js';
import { withDefaultMessages } from './_lib/withDefaultMessages.js';
import { normalizePhoneNumber } from './normalizePhoneNumber.js';
import { SCHEMA_LIMITS } from './SCHEMA_LIMITS.js';

/**
 * An Indonesian phone number as people type it (`+62`, `62` or `0`, then a mobile number `8…` of 9 to
 * 12 digits or a fixed line of 7 to 11 digits, with single spaces or hyphens), output in E.164. The JSON Schema checks the
 * input form; normalise on the server with `normalizePhoneNumber`.
 *
 * @example
 * import { PhoneNumberSchema } from 'pengaduan/schema';
 * PhoneNumberSchema.parse('0812-3456-7890'); //=> '+6281234567890'
 * PhoneNumberSchema.safeParse('1708').success; //=> false
 */
export const PhoneNumberSchema = /* @__PURE__ */ withDefaultMessages(
  z
    .string()
    .max(SCHEMA_LIMITS.phone, { abort: true })
    .regex(PHONE)
    .transform((value) => normalizePhoneNumber(value)),
  'phone',
);

/** A phone number in E.164 (`+62…`), as `PhoneNumberSchema` outputs it. */
export type PhoneNumber = z.output<typeof PhoneNumberSchema>;
