import {
  type Aggregate,
  type DayHistogram,
  type FindingSeverity,
  type GroupTotals,
  INDICATORS,
  type Indicators,
  indicatorsOf,
  type Locale,
  mergeAggregates,
} from '../_lib/library.js';
import type { AuditAggregates, LocatedFinding } from '../audit/createAuditor.js';
import type { RefusedLine } from '../input/readWorkItems.js';

export const SEVERITIES: readonly FindingSeverity[] = ['high', 'medium', 'low', 'info'];

/** Tallies kept on the main thread while batches come back: counts in full, findings bounded. */
export class FindingTally {
  audited = 0;
  compliant = 0;
  refusedCount = 0;
  readonly refusedShown: RefusedLine[] = [];
  readonly bySeverity: Record<FindingSeverity, number> = { high: 0, medium: 0, low: 0, info: 0 };
  readonly byKind: Record<string, number> = {};
  private readonly kept: Record<FindingSeverity, LocatedFinding[]> = {
    high: [],
    medium: [],
    low: [],
    info: [],
  };

  constructor(
    private readonly maxFindings: number,
    private readonly maxErrors: number,
  ) {}

  addFinding(finding: LocatedFinding): void {
    this.bySeverity[finding.severity] = (this.bySeverity[finding.severity] ?? 0) + 1;
    this.byKind[finding.kind] = (this.byKind[finding.kind] ?? 0) + 1;
    const list = this.kept[finding.severity];
    if (list !== undefined && list.length < this.maxFindings) list.push(finding);
  }

  addRefused(line: RefusedLine): void {
    this.refusedCount++;
    if (this.refusedShown.length < this.maxErrors) this.refusedShown.push(line);
  }

  get findingsTotal(): number {
    return SEVERITIES.reduce((sum, s) => sum + this.bySeverity[s], 0);
  }

  /** The findings to list: the most severe first, at most `maxFindings`, in input order within a severity. */
  shownFindings(): LocatedFinding[] {
    return SEVERITIES.flatMap((s) => this.kept[s]).slice(0, this.maxFindings);
  }
}

export interface UnitRow {
  readonly unit: string;
  readonly audited: number;
  readonly open: number;
  readonly met: number;
  readonly breached: number;
  /** met / (met + breached) over every clock of the group; null without a closed clock. */
  readonly onTimeRate: number | null;
  readonly findings: number;
}

export interface MonthRow extends UnitRow {
  readonly month: string;
  readonly received: number;
  readonly completed: number;
}

export interface AgeBucket {
  readonly label: string;
  readonly from: number;
  readonly to: number | null;
  readonly count: number;
}

/** Everything the outputs (summary, JSON, HTML) show, computed once. */
export interface AuditReport {
  readonly asOf: string;
  readonly policyId: string;
  readonly zone: string;
  readonly calendar: { readonly id: string; readonly dataVersion: string };
  readonly input: { readonly name: string; readonly format: string };
  readonly audited: number;
  readonly compliant: number;
  readonly refused: { readonly count: number; readonly shown: readonly RefusedLine[] };
  readonly findings: {
    readonly total: number;
    readonly bySeverity: Readonly<Record<FindingSeverity, number>>;
    readonly byKind: Readonly<Record<string, number>>;
    readonly shown: readonly LocatedFinding[];
  };
  readonly units: readonly UnitRow[];
  readonly months: readonly MonthRow[];
  readonly backlog: readonly AgeBucket[];
  readonly open: number;
  readonly indicators: Indicators | null;
  readonly aggregate: Aggregate;
  readonly elapsedMs: number;
}

function merged(list: readonly Aggregate[]): Aggregate {
  return list.reduce((a, b) => mergeAggregates(a, b));
}

function clockSums(totals: GroupTotals): { met: number; breached: number } {
  let met = 0;
  let breached = 0;
  for (const tally of Object.values(totals.clocks)) {
    met += tally.met;
    breached += tally.breached;
  }
  return { met, breached };
}

function row(unit: string, totals: GroupTotals): UnitRow {
  const { met, breached } = clockSums(totals);
  const findings = Object.values(totals.findings).reduce((a, b) => a + b, 0);
  return {
    unit,
    audited: totals.audited,
    open: totals.open,
    met,
    breached,
    onTimeRate: met + breached === 0 ? null : met / (met + breached),
    findings,
  };
}

const AGE_BUCKETS: readonly [number, number | null][] = [
  [0, 7],
  [8, 14],
  [15, 30],
  [31, 60],
  [61, 90],
  [91, 180],
  [181, null],
];

function backlogOf(histogram: DayHistogram): AgeBucket[] {
  return AGE_BUCKETS.map(([from, to]) => {
    let count = 0;
    for (const [days, n] of Object.entries(histogram)) {
      const d = Number(days);
      if (d >= from && (to === null || d <= to)) count += n;
    }
    return { label: to === null ? `>${from - 1}` : `${from}-${to}`, from, to, count };
  });
}

/** The label of an indicator id (`on_time_rate:uu25.response` → its definition's label). */
export function indicatorLabel(id: string, lang: Locale): string {
  const base = id.split(':')[0];
  const definition = INDICATORS.find((d) => d.id === base || d.id === id);
  return definition === undefined ? id : definition.label[lang];
}

export function buildReport(
  parts: readonly AuditAggregates[],
  tally: FindingTally,
  meta: Pick<AuditReport, 'asOf' | 'policyId' | 'zone' | 'calendar' | 'input' | 'elapsedMs'>,
): AuditReport {
  const byUnit = merged(parts.map((p) => p.unit));
  const byMonth = merged(parts.map((p) => p.month));
  const user = parts[0]?.user === undefined ? undefined : merged(parts.map((p) => p.user!));
  const aggregate = user ?? byUnit;
  const units = Object.entries(byUnit.groups)
    .map(([unit, totals]) => row(unit, totals))
    .sort((a, b) => b.audited - a.audited || a.unit.localeCompare(b.unit));
  const months = Object.entries(byMonth.groups)
    .map(([month, totals]) => ({
      ...row(month, totals),
      month,
      received: totals.received,
      completed: totals.completed,
    }))
    .sort((a, b) => a.month.localeCompare(b.month));
  let indicators: Indicators | null = null;
  try {
    indicators = indicatorsOf(aggregate);
  } catch {
    // An aggregate with no complaint has no indicators; the report says so.
    indicators = null;
  }
  return {
    ...meta,
    audited: tally.audited,
    compliant: tally.compliant,
    refused: { count: tally.refusedCount, shown: tally.refusedShown },
    findings: {
      total: tally.findingsTotal,
      bySeverity: tally.bySeverity,
      byKind: tally.byKind,
      shown: tally.shownFindings(),
    },
    units,
    months,
    backlog: backlogOf(byUnit.total.backlogAge),
    open: byUnit.total.open,
    indicators,
    aggregate,
  };
}
