import { z } from 'zod';
import { text } from './_lib/text.js';
import { withDefaultMessages } from './_lib/withDefaultMessages.js';
import {
  DistrictCodeSchema,
  ProvinceCodeSchema,
  RegencyCodeSchema,
  VillageCodeSchema,
} from './RegionCodeSchema.js';
import { SCHEMA_LIMITS } from './SCHEMA_LIMITS.js';

const LEVELS = ['provinceCode', 'regencyCode', 'districtCode', 'villageCode'] as const;

/**
 * Where the service fell short: Kemendagri region codes at any depth, an address text and WGS 84
 * coordinates, all optional. Each code given must start with every code given above it
 * (`regencyCode: '32.73'` requires `provinceCode: '32'` if a province is given); this cross-field rule
 * is checked by zod only, not by the JSON Schema.
 *
 * @example
 * import { LocationSchema } from 'pengaduan/schema';
 * LocationSchema.safeParse({ provinceCode: '32', regencyCode: '32.73', villageCode: '32.73.01.1001' }).success;
 * //=> true
 * LocationSchema.safeParse({ provinceCode: '33', regencyCode: '32.73' }).success;
 * //=> false (32.73 is in province 32)
 */
export const LocationSchema = /* @__PURE__ */ withDefaultMessages(
  z
    .strictObject({
      /** The Kemendagri province code, e.g. `'32'` (Jawa Barat). */
      provinceCode: ProvinceCodeSchema.optional(),
      /** The regency or city code, e.g. `'32.73'` (Kota Bandung). */
      regencyCode: RegencyCodeSchema.optional(),
      /** The district (kecamatan) code, e.g. `'32.73.01'`. */
      districtCode: DistrictCodeSchema.optional(),
      /** The village (kelurahan or desa) code, e.g. `'32.73.01.1001'`. */
      villageCode: VillageCodeSchema.optional(),
      /** The address, as written. */
      address: text(SCHEMA_LIMITS.address).optional(),
      /** A point, WGS 84. */
      coordinates: z
        .strictObject({
          /** Latitude in decimal degrees, -90 to 90 (negative south of the equator). */
          latitude: z.number().min(-90).max(90),
          /** Longitude in decimal degrees, -180 to 180. */
          longitude: z.number().min(-180).max(180),
        })
        .optional(),
    })
    .superRefine((location, ctx) => {
      // Compare each code with the nearest code given above it: a gap (no district) is allowed.
      let parent: { field: (typeof LEVELS)[number]; code: string } | undefined;
      for (const field of LEVELS) {
        const code = location[field];
        if (code === undefined) continue;
        if (parent !== undefined && !code.startsWith(`${parent.code}.`)) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            params: { rule: 'regionPrefix', prefix: `${parent.code}.`, parentField: parent.field },
          });
        }
        parent = { field, code };
      }
    }),
  'location',
);

/**
 * A `Location`: what `LocationSchema` outputs (a successful parse returns it).
 *
 * @interface
 */
export type Location = z.infer<typeof LocationSchema>;
