import type { AuditResult, ClockTally, DayHistogram, GroupTotals } from '../types.js';

/** A mutable twin of `GroupTotals`, used only while adding; handed out as plain JSON. */
export interface MutableTotals {
  audited: number;
  unauditable: number;
  compliant: number;
  received: number;
  followedUp: number;
  completed: number;
  open: number;
  deemedWithdrawn: number;
  reopened: number;
  decided: number;
  dispositionedToApip: number;
  escalations: Record<string, number>;
  clocks: Record<
    string,
    { met: number; breached: number; lapsed: number; open: number; notApplicable: number }
  >;
  findings: Record<string, number>;
  firstResponseDays: Record<string, number>;
  firstResponseWorkingDays: Record<string, number>;
  decisionDays: Record<string, number>;
  decisionWorkingDays: Record<string, number>;
  backlogAge: Record<string, number>;
  feedback: { accept: number; dispute: number };
  ratings: Record<string, number>;
}

export function emptyTotals(): MutableTotals {
  return {
    audited: 0,
    unauditable: 0,
    compliant: 0,
    received: 0,
    followedUp: 0,
    completed: 0,
    open: 0,
    deemedWithdrawn: 0,
    reopened: 0,
    decided: 0,
    dispositionedToApip: 0,
    escalations: {},
    clocks: {},
    findings: {},
    firstResponseDays: {},
    firstResponseWorkingDays: {},
    decisionDays: {},
    decisionWorkingDays: {},
    backlogAge: {},
    feedback: { accept: 0, dispute: 0 },
    ratings: {},
  };
}

function bump(map: Record<string, number>, key: string, by = 1): void {
  map[key] = (map[key] ?? 0) + by;
}

function bumpDays(map: Record<string, number>, days: number | undefined): void {
  if (days !== undefined && Number.isInteger(days)) bump(map, String(days));
}

export const COUNTERS = [
  'audited',
  'unauditable',
  'compliant',
  'received',
  'followedUp',
  'completed',
  'open',
  'deemedWithdrawn',
  'reopened',
  'decided',
  'dispositionedToApip',
] as const;
export const MAPS = [
  'escalations',
  'findings',
  'firstResponseDays',
  'firstResponseWorkingDays',
  'decisionDays',
  'decisionWorkingDays',
  'backlogAge',
  'ratings',
] as const;
export const TALLY_KEYS = ['met', 'breached', 'lapsed', 'open', 'notApplicable'] as const;

/** Adds one audit result. Every field is a count, so adding is commutative and associative. */
export function addResult(totals: MutableTotals, result: AuditResult): void {
  const { facts } = result;
  totals.audited++;
  if (result.compliant) totals.compliant++;
  if (result.eventsConsidered === 0 || result.error !== undefined) totals.unauditable++;
  if (facts.receivedOn !== undefined) totals.received++;
  if (facts.followedUp) totals.followedUp++;
  if (facts.completed) totals.completed++;
  if (facts.open && facts.receivedOn !== undefined) totals.open++;
  if (facts.deemedWithdrawn) totals.deemedWithdrawn++;
  if (facts.reopened > 0) totals.reopened++;
  if (facts.decided) totals.decided++;
  if (facts.dispositionedToApip) totals.dispositionedToApip++;
  for (const target of facts.escalatedTo) bump(totals.escalations, target);
  for (const finding of result.findings) bump(totals.findings, finding.kind);
  bumpDays(totals.firstResponseDays, facts.firstResponseDays);
  bumpDays(totals.firstResponseWorkingDays, facts.firstResponseWorkingDays);
  bumpDays(totals.decisionDays, facts.decisionDays);
  bumpDays(totals.decisionWorkingDays, facts.decisionWorkingDays);
  if (facts.open) bumpDays(totals.backlogAge, facts.ageDays);
  if (facts.feedback !== undefined) totals.feedback[facts.feedback]++;
  if (facts.rating !== undefined) bump(totals.ratings, String(facts.rating));
  for (const clock of result.clocks) {
    let tally = totals.clocks[clock.ruleId];
    if (tally === undefined) {
      tally = { met: 0, breached: 0, lapsed: 0, open: 0, notApplicable: 0 };
      totals.clocks[clock.ruleId] = tally;
    }
    if (clock.status === 'met') tally.met++;
    else if (clock.status === 'breached') tally.breached++;
    else if (clock.status === 'lapsed') tally.lapsed++;
    else if (clock.status === 'running' || clock.status === 'paused') tally.open++;
    else if (clock.status === 'not_applicable') tally.notApplicable++;
  }
}

/** Adds totals `b` into `a` (from another worker): key by key. */
export function addTotals(a: MutableTotals, b: GroupTotals): void {
  for (const key of COUNTERS) a[key] += b[key];
  for (const key of MAPS) for (const [k, v] of Object.entries(b[key])) bump(a[key], k, v);
  a.feedback.accept += b.feedback.accept;
  a.feedback.dispute += b.feedback.dispute;
  for (const [ruleId, tally] of Object.entries(b.clocks)) {
    let mine = a.clocks[ruleId];
    if (mine === undefined) {
      mine = { met: 0, breached: 0, lapsed: 0, open: 0, notApplicable: 0 };
      a.clocks[ruleId] = mine;
    }
    for (const k of TALLY_KEYS) mine[k] += tally[k];
  }
}

function sortedMap(map: Readonly<Record<string, number>>, numeric: boolean): Record<string, number> {
  const keys = Object.keys(map);
  keys.sort(numeric ? (x, y) => Number(x) - Number(y) : undefined);
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = map[k]!;
  return out;
}

/** A frozen plain-JSON copy, keys in a stable order so equal totals serialise equally. */
export function freezeTotals(t: MutableTotals): GroupTotals {
  const clocks: Record<string, ClockTally> = {};
  for (const k of Object.keys(t.clocks).sort()) clocks[k] = Object.freeze({ ...t.clocks[k]! });
  const hist = (m: Record<string, number>): DayHistogram => Object.freeze(sortedMap(m, true));
  return Object.freeze({
    audited: t.audited,
    unauditable: t.unauditable,
    compliant: t.compliant,
    received: t.received,
    followedUp: t.followedUp,
    completed: t.completed,
    open: t.open,
    deemedWithdrawn: t.deemedWithdrawn,
    reopened: t.reopened,
    decided: t.decided,
    dispositionedToApip: t.dispositionedToApip,
    escalations: Object.freeze(sortedMap(t.escalations, false)),
    clocks: Object.freeze(clocks),
    findings: Object.freeze(sortedMap(t.findings, false)),
    firstResponseDays: hist(t.firstResponseDays),
    firstResponseWorkingDays: hist(t.firstResponseWorkingDays),
    decisionDays: hist(t.decisionDays),
    decisionWorkingDays: hist(t.decisionWorkingDays),
    backlogAge: hist(t.backlogAge),
    feedback: Object.freeze({ ...t.feedback }),
    ratings: hist(t.ratings),
  });
}
