import type { Locale } from '../_lib/library.js';
import { formatClockSource } from '../_lib/library.js';
import type { LocatedFinding } from '../audit/createAuditor.js';

/** The CSV columns of `--format csv`, one row per finding. */
export const FINDING_COLUMNS = [
  'complaint_id',
  'line',
  'severity',
  'kind',
  'rule_id',
  'clock_key',
  'source',
  'source_status',
  'due_date',
  'due_at',
  'done_at',
  'missing',
  'late',
  'late_unit',
  'unit_id',
  'event_type',
  'provisional',
  'message',
] as const;

function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  // Quote what needs it; a leading = + - @ is prefixed so a spreadsheet does not run it as a formula.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function findingCsvHeader(): string {
  return `${FINDING_COLUMNS.join(',')}\n`;
}

export function findingCsvRow(f: LocatedFinding, lang: Locale): string {
  const cells = [
    f.complaintId,
    f.line,
    f.severity,
    f.kind,
    f.ruleId,
    f.clockKey,
    formatClockSource(f, { locale: lang }),
    f.source.status,
    f.instants.dueDate,
    f.instants.dueAt,
    f.instants.doneAt,
    f.instants.missing === true ? 'true' : '',
    f.late?.amount,
    f.late?.unit,
    f.responsible?.unitId,
    f.eventType,
    f.provisional === true ? 'true' : '',
    f.text[lang],
  ];
  return `${cells.map(csvCell).join(',')}\n`;
}

/** One NDJSON line per finding: the finding as the library gives it, with `complaintId`, `line` and `message`. */
export function findingJsonLine(f: LocatedFinding, lang: Locale): string {
  return `${JSON.stringify({ ...f, message: f.text[lang] })}\n`;
}
