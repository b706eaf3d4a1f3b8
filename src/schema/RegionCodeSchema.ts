import { z } from 'zod';
import { DISTRICT_CODE, PROVINCE_CODE, REGENCY_CODE, REGION_CODE, VILLAGE_CODE } from './_lib/patterns.js';
import { withDefaultMessages } from './_lib/withDefaultMessages.js';

const MAX_REGION_CODE = 13;

/**
 * A Kemendagri province code, `NN`: 11-19 (Sumatra), 21, 31-36 (Java), 51-53, 61-65 (Kalimantan),
 * 71-76 (Sulawesi), 81-82, 91-96 (Papua, six provinces since 2022).
 *
 * @example
 * import { ProvinceCodeSchema } from 'pengaduan/schema';
 * ProvinceCodeSchema.safeParse('32').success; //=> true (Jawa Barat)
 */
export const ProvinceCodeSchema = /* @__PURE__ */ withDefaultMessages(
  z.string().max(2, { abort: true }).regex(PROVINCE_CODE),
);

/** A regency or city code, `NN.NN`, e.g. `'32.73'` (Kota Bandung). */
export const RegencyCodeSchema = /* @__PURE__ */ withDefaultMessages(
  z.string().max(5, { abort: true }).regex(REGENCY_CODE),
);

/** A district (kecamatan) code, `NN.NN.NN`, e.g. `'32.73.01'`. */
export const DistrictCodeSchema = /* @__PURE__ */ withDefaultMessages(
  z.string().max(8, { abort: true }).regex(DISTRICT_CODE),
);

/** A village (desa/kelurahan) code, `NN.NN.NN.NNNN`, e.g. `'32.73.01.1001'`. */
export const VillageCodeSchema = /* @__PURE__ */ withDefaultMessages(
  z.string().max(MAX_REGION_CODE, { abort: true }).regex(VILLAGE_CODE),
);

/**
 * A Kemendagri region code of any level, for a unit's area.
 *
 * @example
 * import { RegionCodeSchema } from 'pengaduan/schema';
 * RegionCodeSchema.safeParse('94.01').success; //=> true
 * RegionCodeSchema.safeParse('32.00').success; //=> false (no regency 00)
 */
export const RegionCodeSchema = /* @__PURE__ */ withDefaultMessages(
  z.string().max(MAX_REGION_CODE, { abort: true }).regex(REGION_CODE),
);
