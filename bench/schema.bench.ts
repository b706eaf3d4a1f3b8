/**
 * The schema layer's helpers against the zod schemas under them, on valid input (the common case on
 * a server): `safeParseWith` and `safeParseHistoryEvent` against the schema's own `safeParse`. What the helper
 * adds is the localized error map and the wrapping. Both are checked to accept the input before they
 * are timed.
 */
import {
  ComplaintSchema,
  HistoryEventSchema,
  NikSchema,
  safeParseHistoryEvent,
  safeParseWith,
} from '../src/schema/index.js';
import { type BenchResult, compare } from './_measure.js';

const complaint = {
  filing: 'no_identity',
  type: 'pengaduan',
  channel: 'sms_1708',
  service: { name: 'Penerangan jalan', description: 'Lampu jalan di Jl. Merdeka mati sejak 2 minggu.' },
  submission: { at: '2025-04-10T21:14:00+07:00' },
};
const event = {
  type: 'complaint.dispositioned',
  at: '2025-03-28T10:00:00+07:00',
  actor: { role: 'admin_instansi', id: 'diskominfo-1' },
  data: { unitId: 'dinas-pupr', unitKind: 'opd' },
};
const nik = '3273012506850001';

function verify(): void {
  const checks = [
    ComplaintSchema.safeParse(complaint).success,
    safeParseWith(ComplaintSchema, complaint).success,
    HistoryEventSchema.safeParse(event).success,
    safeParseHistoryEvent(event).success,
    NikSchema.safeParse(nik).success,
    safeParseWith(NikSchema, nik).success,
  ];
  if (checks.some((ok) => !ok)) throw new Error(`schema bench input is not valid: ${checks.join(', ')}`);
}

const ZOD = 'zod safeParse';
const OURS = 'pengaduan';

function rows(task: string, times: Record<string, number>): BenchResult[] {
  return [
    { suite: 'schema', task, implementation: ZOD, nsPerOp: times[ZOD]! },
    { suite: 'schema', task, implementation: OURS, nsPerOp: times[OURS]!, relativeTo: ZOD },
  ];
}

export function run(): BenchResult[] {
  verify();
  return [
    ...rows(
      'valid complaint (safeParseWith)',
      compare({
        [ZOD]: () => ComplaintSchema.safeParse(complaint).success,
        [OURS]: () => safeParseWith(ComplaintSchema, complaint).success,
      }),
    ),
    ...rows(
      'valid history event (safeParseHistoryEvent)',
      compare({
        [ZOD]: () => HistoryEventSchema.safeParse(event).success,
        [OURS]: () => safeParseHistoryEvent(event).success,
      }),
    ),
    ...rows(
      'valid NIK (safeParseWith)',
      compare({
        [ZOD]: () => NikSchema.safeParse(nik).success,
        [OURS]: () => safeParseWith(NikSchema, nik).success,
      }),
    ),
  ];
}
