import {
  type Aggregate,
  type AuditResult,
  auditHistory,
  createAggregator,
  type Finding,
  type GroupBy,
  type Locale,
} from '../_lib/library.js';
import { loadCalendar, loadPolicy, resolveZone } from '../_lib/resolveOptions.js';
import type { RefusedLine, WorkItem } from '../input/readWorkItems.js';

/** What a worker needs to audit: plain JSON, so it crosses `postMessage` (options as typed). */
export interface AuditSettings {
  readonly policy?: string;
  readonly calendar?: string;
  readonly zone?: string;
  readonly asOf: string;
  readonly lang: Locale;
  readonly groupBy?: GroupBy;
  readonly cwd: string;
}

/** A finding with the complaint and the input line it belongs to. */
export interface LocatedFinding extends Finding {
  readonly complaintId: string;
  readonly line: number;
}

/** What one batch gives back to the main thread. */
export interface BatchResult {
  readonly seq: number;
  readonly audited: number;
  readonly compliant: number;
  readonly findings: readonly LocatedFinding[];
  readonly refused: readonly RefusedLine[];
}

/** The aggregates the report needs: by unit and by month (charts), and the user's `--group-by`. */
export interface AuditAggregates {
  readonly unit: Aggregate;
  readonly month: Aggregate;
  readonly user?: Aggregate;
}

function itemInput(item: WorkItem): { input?: unknown; id: string; line: number; refused?: RefusedLine } {
  if (item.k === 'grouped')
    return { input: { id: item.id, history: item.history }, id: item.id, line: item.lines[0] ?? 0 };
  let parsed: unknown;
  try {
    parsed = JSON.parse(item.text);
  } catch (error) {
    return {
      id: '',
      line: item.line,
      refused: {
        k: 'refused',
        line: item.line,
        reason: 'malformed_json',
        detail: (error as Error).message.slice(0, 200),
      },
    };
  }
  if (Array.isArray(parsed)) return { input: parsed, id: `#${item.line}`, line: item.line };
  if (typeof parsed !== 'object' || parsed === null || !('history' in parsed)) {
    return { id: '', line: item.line, refused: { k: 'refused', line: item.line, reason: 'not_a_complaint' } };
  }
  const raw = (parsed as { id?: unknown }).id;
  const id = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : `#${item.line}`;
  return { input: parsed, id, line: item.line };
}

/**
 * The audit of a batch of work items with the compliance layer (`auditHistory`), adding every result
 * to the aggregates. Used the same way inside each worker thread and, with `--jobs 1`, on the main
 * thread.
 */
export function createAuditor(settings: AuditSettings) {
  const calendar = loadCalendar(settings.calendar, settings.cwd);
  const zone = resolveZone(settings.zone, calendar);
  const policy = loadPolicy(settings.policy, settings.cwd);
  const options = { asOf: settings.asOf, calendar, zone, locale: settings.lang };
  const byUnit = createAggregator({ groupBy: 'unit' });
  const byMonth = createAggregator({ groupBy: 'month' });
  const byUser =
    settings.groupBy === undefined || settings.groupBy === 'unit' || settings.groupBy === 'month'
      ? undefined
      : createAggregator({ groupBy: settings.groupBy });
  return {
    audit(seq: number, items: readonly WorkItem[]): BatchResult {
      const findings: LocatedFinding[] = [];
      const refused: RefusedLine[] = [];
      let audited = 0;
      let compliant = 0;
      for (const item of items) {
        const { input, id, line, refused: refusal } = itemInput(item);
        if (refusal !== undefined) {
          refused.push(refusal);
          continue;
        }
        let result: AuditResult;
        try {
          result = auditHistory(input, policy, options);
        } catch (error) {
          // auditHistory answers a bad history with findings; a throw here is a defect of the
          // library. One complaint must not stop the run: it is refused with the reason.
          refused.push({
            k: 'refused',
            line,
            reason: 'audit_failed',
            detail: String((error as Error)?.message ?? error).slice(0, 200),
          });
          continue;
        }
        audited++;
        if (result.compliant) compliant++;
        byUnit.add(result);
        byMonth.add(result);
        byUser?.add(result);
        for (const finding of result.findings) {
          const at =
            item.k === 'grouped' && finding.eventIndex !== undefined
              ? (item.lines[finding.eventIndex] ?? line)
              : line;
          findings.push({ ...finding, complaintId: id, line: at });
        }
      }
      return { seq, audited, compliant, findings, refused };
    },
    aggregates(): AuditAggregates {
      const user = byUser?.toJSON();
      return { unit: byUnit.toJSON(), month: byMonth.toJSON(), ...(user === undefined ? {} : { user }) };
    },
  };
}
