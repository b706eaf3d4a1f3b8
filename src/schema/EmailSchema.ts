import { z } from 'zod';
import { EMAIL } from './_lib/patterns.js';
import { withDefaultMessages } from './_lib/withDefaultMessages.js';
import { SCHEMA_LIMITS } from './SCHEMA_LIMITS.js';

/**
 * An e-mail address: a plain local part and a dotted domain, at most 254 characters. Simpler than
 * RFC 5322 on purpose (no quoted local parts, no IP literals), and linear to check.
 *
 * @example
 * import { EmailSchema } from 'pengaduan/schema';
 * EmailSchema.safeParse('pengaduan@bandung.go.id').success; //=> true
 */
export const EmailSchema = /* @__PURE__ */ withDefaultMessages(
  z.string().max(SCHEMA_LIMITS.email, { abort: true }).regex(EMAIL),
  'email',
);
