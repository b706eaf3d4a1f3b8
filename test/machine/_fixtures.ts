import type { SnapshotError } from '../../src/errors/SnapshotError.js';
import type { Actor, HistoryEvent, HistoryEventOf } from '../../src/history/types.js';
import {
  type ApplyEventOptions,
  applyEvent,
  type ComplaintEvent,
  type ComplaintSnapshot,
  type RestoreSnapshotOptions,
  restoreSnapshot,
} from '../../src/machine/index.js';
import { combinePolicies, sp4nLaporPolicy, uu25Policy } from '../../src/rules/index.js';

/** UU 25/2009 and SP4N-LAPOR! together: a regency complaint desk connected to LAPOR!. */
export const bothPolicies = combinePolicies([uu25Policy, sp4nLaporPolicy]);

export const complainant: Actor = { role: 'complainant', id: 'warga-77' };
export const admin: Actor = { role: 'admin_instansi', id: 'diskominfo-1' };
export const supervisor: Actor = { role: 'supervisor', id: 'sekda' };
export const system: Actor = { role: 'system' };
export const penghubung = (unitId: string): Actor => ({ role: 'admin_penghubung', unitId });

/** A history event, typed by its `type`. */
export function ev<T extends HistoryEvent['type']>(
  type: T,
  at: string,
  actor: Actor,
  data: HistoryEventOf<T>['data'],
  id?: string,
): HistoryEventOf<T> {
  return (id === undefined ? { type, at, actor, data } : { id, type, at, actor, data }) as HistoryEventOf<T>;
}

/** A submission on a given instant. */
export function submission(at: string, data: HistoryEventOf<'complaint.submitted'>['data'] = {}) {
  return ev('complaint.submitted', at, complainant, data);
}

/** The admin declares the file complete (UU 25/2009 Pasal 44 ayat (3)). */
export function declaredComplete(at: string) {
  return ev('file.declared_complete', at, admin, {});
}

/** The admin disposes the complaint to a unit (an OPD, or the inspectorate as `'apip'`). */
export function dispositioned(at: string, unitId: string, unitKind: 'opd' | 'apip' = 'opd') {
  return ev('complaint.dispositioned', at, admin, { unitId, unitKind });
}

/** A unit posts its follow-up, by its admin penghubung unless another actor is given. */
export function followup(at: string, unitId: string, summary: string, actor: Actor = penghubung(unitId)) {
  return ev('followup.posted', at, actor, { unitId, summary });
}

/** Applies events one after the other, as a host would; returns the last snapshot. */
export function applyAll(
  snapshot: ComplaintSnapshot,
  events: readonly ComplaintEvent[],
  options: ApplyEventOptions,
): ComplaintSnapshot {
  return events.reduce((current, event) => applyEvent(current, event, options).snapshot, snapshot);
}

/** `instant` plus `hours`, written in WIB (+07:00), with seconds. */
export function plusHours(instant: string, hours: number): string {
  const ms = Date.parse(instant) + hours * 3_600_000 + 7 * 3_600_000;
  const d = new Date(ms);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCFullYear(), 4)}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}T${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}+07:00`;
}

/** 09:00 WIB on a civil date. */
export function wib(date: string, time = '09:00:00'): string {
  return `${date}T${time}+07:00`;
}

/** Every civil date from `from` to `to`, inclusive. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

/** A stored snapshot read back from JSON, its context open to the changes a refusal test makes. */
export type StoredJson = { context: Record<string, unknown> } & Record<string, unknown>;

/**
 * What restoring a copy of `stored` says after `change`: `'<reason> <field>'` (or `'<reason>'`) when it
 * is refused, `'restored'` when it is not. For the tests that pin which field a refusal names first.
 */
export function restoreRefusal(
  stored: unknown,
  change: (json: StoredJson) => void,
  options: RestoreSnapshotOptions,
): string {
  const json = structuredClone(stored) as StoredJson;
  change(json);
  const error = restoreError(json, options);
  if (error === undefined) return 'restored';
  const { reason, field } = (error as SnapshotError).details;
  return field === undefined ? reason : `${reason} ${field}`;
}

/** What restoring `json` throws, or `undefined` when it restores. */
export function restoreError(json: unknown, options: RestoreSnapshotOptions): unknown {
  try {
    restoreSnapshot(json, options);
  } catch (error) {
    return error;
  }
  return undefined;
}
