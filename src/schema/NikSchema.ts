import { z } from 'zod';
import { NIK } from './_lib/patterns.js';
import { withDefaultMessages } from './_lib/withDefaultMessages.js';

/**
 * A NIK (Nomor Induk Kependudukan) checked by shape: 16 digits; a known province code (11-96);
 * regency and district codes other than 00; a birth date DDMMYY, women adding 40 to the day; a serial
 * other than 0000. The value is kept as typed: nothing (birth date, sex) is derived from it or stored
 * beside it. Messages name the part that is wrong (see `diagnoseNik`).
 *
 * @example
 * import { NikSchema } from 'pengaduan/schema';
 * NikSchema.safeParse('3273014507850001').success; //=> true
 * NikSchema.safeParse('3273010101850000').success; //=> false (serial 0000)
 */
export const NikSchema = /* @__PURE__ */ withDefaultMessages(
  z.string().max(16, { abort: true }).regex(NIK),
  'nik',
);

/** A `Nik`: what `NikSchema` outputs (a successful parse returns it). */
export type Nik = z.infer<typeof NikSchema>;
