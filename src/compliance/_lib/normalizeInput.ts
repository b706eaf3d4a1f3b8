import type { AuditInput } from '../types.js';

/** The facts an audit input carries besides its history. */
export interface InputMeta {
  readonly id?: string;
  readonly channel?: string;
  readonly unitId?: string;
  readonly reportedUnitId?: string;
  readonly confidential: boolean;
  readonly rating?: number;
}

export type NormalizedInput =
  | { readonly ok: true; readonly events: readonly unknown[]; readonly meta: InputMeta }
  | { readonly ok: false; readonly meta: InputMeta; readonly why: 'not_a_history' | 'empty' };

function text(value: unknown, max = 200): string | undefined {
  // Identifiers from another system are kept only when they are short strings: they end up as keys
  // of an aggregate and in reports.
  return typeof value === 'string' && value.length > 0 && value.length <= max ? value : undefined;
}

function metaOf(input: Record<string, unknown>): InputMeta {
  const c = input.confidentiality;
  const flags = typeof c === 'object' && c !== null ? (c as Record<string, unknown>) : {};
  const rating = input.rating;
  const id = text(input.id);
  const channel = text(input.channel, 60);
  const unitId = text(input.unitId);
  const reportedUnitId = text(input.reportedUnitId);
  return {
    ...(id === undefined ? {} : { id }),
    ...(channel === undefined ? {} : { channel }),
    ...(unitId === undefined ? {} : { unitId }),
    ...(reportedUnitId === undefined ? {} : { reportedUnitId }),
    confidential: flags.identityConfidential === true || flags.anonim === true || flags.rahasia === true,
    ...(typeof rating === 'number' && Number.isInteger(rating) && rating >= 1 && rating <= 5
      ? { rating }
      : {}),
  };
}

/** Reads any JSON value as an `AuditInput`: a bare array of events, or an object with `history`. */
export function normalizeInput(input: unknown): NormalizedInput {
  if (Array.isArray(input)) {
    const events = input as AuditInput & readonly unknown[];
    return events.length === 0
      ? { ok: false, meta: { confidential: false }, why: 'empty' }
      : { ok: true, events, meta: { confidential: false } };
  }
  if (typeof input === 'object' && input !== null) {
    const record = input as Record<string, unknown>;
    const meta = metaOf(record);
    if (!Array.isArray(record.history)) return { ok: false, meta, why: 'not_a_history' };
    if (record.history.length === 0) return { ok: false, meta, why: 'empty' };
    return { ok: true, events: record.history, meta };
  }
  return { ok: false, meta: { confidential: false }, why: 'not_a_history' };
}
