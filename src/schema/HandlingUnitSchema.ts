import { z } from 'zod';
import type { IndonesianZone } from '../calendar/types.js';
import { identifier, text } from './_lib/text.js';
import { withDefaultMessages } from './_lib/withDefaultMessages.js';
import { RegionCodeSchema } from './RegionCodeSchema.js';
import { SCHEMA_LIMITS } from './SCHEMA_LIMITS.js';

/** The zones of Indonesia's government offices: WIB, WITA, WIT. */
export const UNIT_ZONES = Object.freeze([
  'Asia/Jakarta',
  'Asia/Makassar',
  'Asia/Jayapura',
] as const satisfies readonly IndonesianZone[]);

/**
 * A unit that handles complaints: an OPD (perangkat daerah) or an inspectorate (APIP, for complaints
 * berkadar pengawasan), with the zone its working days are counted in.
 *
 * @example
 * import { HandlingUnitSchema } from 'pengaduan/schema';
 * HandlingUnitSchema.safeParse({ id: 'inspektorat-jayapura', name: 'Inspektorat Kota Jayapura', kind: 'apip', zone: 'Asia/Jayapura', regionCode: '91.71' }).success;
 * //=> true
 */
export const HandlingUnitSchema = /* @__PURE__ */ withDefaultMessages(
  z.strictObject({
    /** The host's id of the unit, e.g. `'inspektorat-jayapura'`. */
    id: identifier(),
    /** Its name, e.g. `'Inspektorat Kota Jayapura'`. */
    name: text(SCHEMA_LIMITS.name),
    /** `'opd'` (a perangkat daerah) or `'apip'` (an inspectorate). */
    kind: z.enum(['opd', 'apip']),
    /** The IANA zone its working days are counted in (`UNIT_ZONES`: WIB, WITA, WIT). */
    zone: z.enum(UNIT_ZONES),
    /** The Kemendagri code of its region, e.g. `'91.71'`. */
    regionCode: RegionCodeSchema.optional(),
    /** The id of the unit above it, if any. */
    parentId: identifier().optional(),
  }),
  'unit',
);

/**
 * A `HandlingUnit`: what `HandlingUnitSchema` outputs (a successful parse returns it).
 *
 * @interface
 */
export type HandlingUnit = z.output<typeof HandlingUnitSchema>;
