import { z } from 'zod';
import type { ActorRole } from '../history/types.js';
import { identifier } from './_lib/text.js';
import { withDefaultMessages } from './_lib/withDefaultMessages.js';

/** Every role that may act on a complaint, as in `ActorRole`. */
export const ACTOR_ROLES = Object.freeze([
  'complainant',
  'admin_instansi',
  'admin_penghubung',
  'apip',
  'supervisor',
  'system',
] as const satisfies readonly ActorRole[]);

/**
 * The role of an actor: the complainant or kuasa, SP4N-LAPOR! admins, APIP, a supervisor, the system.
 * The roles, in order: `ActorRoleSchema.options`.
 */
export const ActorRoleSchema = z.enum(ACTOR_ROLES);

/**
 * Who did something to a complaint: a role, optionally the host's id of the person and the unit it
 * acts for. Mirrors `Actor` in `pengaduan`.
 *
 * @example
 * import { ActorSchema } from 'pengaduan/schema';
 * ActorSchema.parse({ role: 'admin_penghubung', id: 'u-17', unitId: 'dinas-pupr' });
 * //=> { role: 'admin_penghubung', id: 'u-17', unitId: 'dinas-pupr' }
 */
export const ActorSchema = /* @__PURE__ */ withDefaultMessages(
  z.strictObject({
    /** The actor's role (`ActorRoleSchema`). */
    role: ActorRoleSchema,
    /** The host's id of the person. */
    id: identifier().optional(),
    /** The handling unit the actor acts for. */
    unitId: identifier().optional(),
  }),
  'actor',
);
