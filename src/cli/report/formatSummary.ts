import { zoneLabel } from '../_lib/dates.js';
import type { Locale } from '../_lib/library.js';
import type { AuditReport } from './buildReport.js';
import { SEVERITIES } from './buildReport.js';
import { formatCount, formatRate, REFUSAL_LABELS, SEVERITY_LABELS } from './texts.js';

/** The terminal summary of an audit: what was read, what was found, where, and what was refused. */
export function formatSummary(r: AuditReport, lang: Locale): string {
  const L = (id: string, en: string) => (lang === 'id' ? id : en);
  const n = (x: number) => formatCount(x, lang);
  const lines: string[] = [
    `${L('Audit pengaduan per', 'Complaint audit as of')} ${r.asOf} · ${L('kebijakan', 'policy')} ${r.policyId} · ${zoneLabel(r.zone)} · ${L('kalender', 'calendar')} ${r.calendar.id} (${r.calendar.dataVersion})`,
    `${L('Masukan', 'Input')}: ${r.input.name} (${r.input.format})`,
    `${L('Diaudit', 'Audited')}: ${n(r.audited)} ${L('pengaduan', 'complaints')}, ${n(r.compliant)} ${L('patuh', 'compliant')}; ${n(r.refused.count)} ${L('baris ditolak', 'lines refused')}`,
  ];
  const bySeverity = SEVERITIES.map((s) => `${SEVERITY_LABELS[lang][s]} ${n(r.findings.bySeverity[s])}`).join(
    ', ',
  );
  lines.push(`${L('Temuan', 'Findings')}: ${n(r.findings.total)} (${bySeverity})`);
  const kinds = Object.entries(r.findings.byKind)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6);
  if (kinds.length > 0) {
    lines.push(
      `${L('Jenis temuan terbanyak', 'Most frequent findings')}: ${kinds.map(([k, c]) => `${k} ${n(c)}`).join(', ')}`,
    );
  }
  if (r.units.length > 0) {
    lines.push(
      '',
      L(
        'Unit: tepat waktu (jam terpenuhi / selesai), diaudit, terbuka, temuan',
        'Units: on time (clocks met / ended), audited, open, findings',
      ),
    );
    const shown = r.units.slice(0, 15);
    const width = Math.min(32, Math.max(...shown.map((u) => u.unit.length)));
    for (const u of shown) {
      lines.push(
        `  ${u.unit.slice(0, 32).padEnd(width)}  ${formatRate(u.onTimeRate, lang).padStart(8)}  ${n(u.audited).padStart(9)}  ${n(u.open).padStart(8)}  ${n(u.findings).padStart(8)}`,
      );
    }
    if (r.units.length > shown.length)
      lines.push(
        `  … ${L('dan', 'and')} ${n(r.units.length - shown.length)} ${L('unit lain (lihat --format html atau json)', 'more units (see --format html or json)')}`,
      );
  }
  lines.push(
    '',
    `${L('Tunggakan (terbuka) menurut umur dalam hari', 'Backlog (open) by age in days')}: ${r.backlog.map((b) => `${b.label}: ${n(b.count)}`).join(' · ')}`,
  );
  if (r.refused.count > 0) {
    lines.push(
      '',
      `${L('Baris yang ditolak', 'Refused lines')} (${n(r.refused.shown.length)} ${L('dari', 'of')} ${n(r.refused.count)}):`,
    );
    for (const refusal of r.refused.shown) {
      lines.push(
        `  ${L('baris', 'line')} ${refusal.line}: ${REFUSAL_LABELS[lang][refusal.reason]}${refusal.detail === undefined ? '' : ` (${refusal.detail})`}`,
      );
    }
  }
  const seconds = r.elapsedMs / 1000;
  lines.push(
    '',
    `${L('Waktu', 'Time')}: ${seconds.toFixed(1)} s (${n(Math.round(r.audited / Math.max(seconds, 0.001)))} ${L('pengaduan/detik', 'complaints/s')})`,
  );
  return lines.join('\n');
}
