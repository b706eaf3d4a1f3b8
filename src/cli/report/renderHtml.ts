import { zoneLabel } from '../_lib/dates.js';
import { formatClockSource, type Locale } from '../_lib/library.js';
import { type AuditReport, indicatorLabel, SEVERITIES } from './buildReport.js';
import { escapeHtml, horizontalBars, trendChart, verticalBars } from './svgCharts.js';
import { formatCount, formatRate, REFUSAL_LABELS, SEVERITY_LABELS } from './texts.js';

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222;background:#fafafa}
header{background:#0d47a1;color:#fff;padding:16px 24px}header h1{margin:0 0 4px;font-size:22px}
main{padding:8px 24px 40px;max-width:1100px}section{background:#fff;border:1px solid #e0e0e0;border-radius:6px;padding:12px 16px;margin:16px 0}
h2{font-size:17px;margin:4px 0 10px}.cards{display:flex;flex-wrap:wrap;gap:12px}.card{background:#fff;border:1px solid #e0e0e0;border-radius:6px;padding:10px 14px;min-width:140px}
.card b{display:block;font-size:22px}.chart{max-width:100%;height:auto;font-size:11px}.chart text{fill:#333}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f5f5f5}td.n{text-align:right;font-variant-numeric:tabular-nums}.sev-high{color:#b71c1c;font-weight:600}.sev-medium{color:#e65100}
.sev-low{color:#555}.note{color:#666;font-size:12px}footer{color:#666;font-size:12px;padding:0 24px 24px}
@media print{body{background:#fff}section{break-inside:avoid}}`;

/**
 * The audit as one self-contained HTML file: inline CSS and SVG, no script, no font, no image and
 * no request to any server, so it opens offline, in an e-mail attachment and in an archive years later.
 */
export function renderHtml(r: AuditReport, lang: Locale): string {
  const L = (id: string, en: string) => (lang === 'id' ? id : en);
  const n = (x: number) => formatCount(x, lang);
  const e = escapeHtml;
  const title = `${L('Laporan audit pengaduan', 'Complaint audit report')}: ${r.input.name}`;
  const cards = [
    [L('Pengaduan diaudit', 'Complaints audited'), n(r.audited)],
    [
      L('Patuh', 'Compliant'),
      `${n(r.compliant)} (${formatRate(r.audited === 0 ? null : r.compliant / r.audited, lang)})`,
    ],
    [L('Temuan', 'Findings'), n(r.findings.total)],
    [L('Temuan tinggi', 'High findings'), n(r.findings.bySeverity.high)],
    [L('Terbuka', 'Open'), n(r.open)],
    [L('Baris ditolak', 'Lines refused'), n(r.refused.count)],
  ]
    .map(([label, value]) => `<div class="card">${e(label!)}<b>${e(value!)}</b></div>`)
    .join('');
  const units = r.units.slice(0, 40);
  const unitChart = horizontalBars(
    'units',
    L('Tepat waktu per unit', 'On-time rate per unit'),
    units.map((u) => ({
      label: u.unit,
      value: u.onTimeRate,
      text: `${formatRate(u.onTimeRate, lang)} · ${n(u.audited)}`,
    })),
    1,
  );
  const backlogChart = verticalBars(
    'backlog',
    L('Tunggakan menurut umur (hari)', 'Backlog by age (days)'),
    r.backlog.map((b) => ({ label: b.label, value: b.count, text: n(b.count) })),
  );
  const trend = trendChart(
    'trend',
    L('Tren bulanan', 'Monthly trend'),
    r.months.map((m) => ({ label: m.month, count: m.received, rate: m.onTimeRate })),
    { count: L('pengaduan diterima', 'complaints received'), rate: L('tepat waktu', 'on time') },
  );
  const unitRows = r.units
    .slice(0, 200)
    .map(
      (u) =>
        `<tr><td>${e(u.unit)}</td><td class="n">${n(u.audited)}</td><td class="n">${n(u.open)}</td><td class="n">${n(u.met)}</td><td class="n">${n(u.breached)}</td><td class="n">${e(formatRate(u.onTimeRate, lang))}</td><td class="n">${n(u.findings)}</td></tr>`,
    )
    .join('');
  const indicatorRows =
    r.indicators === null
      ? ''
      : r.indicators.total.values
          .map((v) => {
            const value =
              v.value === null
                ? '–'
                : v.denominator !== undefined && v.value <= 1
                  ? formatRate(v.value, lang)
                  : v.value.toLocaleString(lang === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: 2 });
            const fraction =
              v.numerator === undefined || v.denominator === undefined
                ? ''
                : `${n(v.numerator)} / ${n(v.denominator)}`;
            return `<tr><td>${e(indicatorLabel(v.id, lang))}${v.ruleId === undefined ? '' : ` <span class="note">${e(v.ruleId)}</span>`}</td><td class="n">${e(value)}</td><td class="n">${e(fraction)}</td></tr>`;
          })
          .join('');
  const findingRows = r.findings.shown
    .map(
      (f) =>
        `<tr><td class="sev-${f.severity}">${e(SEVERITY_LABELS[lang][f.severity])}</td><td>${e(f.complaintId)}</td><td class="n">${f.line}</td><td>${e(f.kind)}</td><td>${e(f.text[lang])}</td><td>${e(formatClockSource(f, { locale: lang }))}</td><td>${e(f.instants.dueDate ?? '')}</td></tr>`,
    )
    .join('');
  const kinds = Object.entries(r.findings.byKind)
    .sort((a, b) => b[1] - a[1])
    .map(([k, c]) => `<tr><td>${e(k)}</td><td class="n">${n(c)}</td></tr>`)
    .join('');
  const refusedRows = r.refused.shown
    .map(
      (x) =>
        `<tr><td class="n">${x.line}</td><td>${e(REFUSAL_LABELS[lang][x.reason])}</td><td>${e(x.detail ?? '')}</td></tr>`,
    )
    .join('');
  const severities = SEVERITIES.map((s) => `${SEVERITY_LABELS[lang][s]} ${n(r.findings.bySeverity[s])}`).join(
    ' · ',
  );
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${e(L('Laporan audit pengaduan', 'Complaint audit report'))}</h1>
<div>${e(`${L('per', 'as of')} ${r.asOf} · ${L('kebijakan', 'policy')} ${r.policyId} · ${zoneLabel(r.zone)} · ${L('kalender', 'calendar')} ${r.calendar.id} (${r.calendar.dataVersion})`)}</div>
<div>${e(`${L('Masukan', 'Input')}: ${r.input.name} (${r.input.format})`)}</div></header>
<main>
<div class="cards">${cards}</div>
<section id="units"><h2>${e(L('Tepat waktu per unit', 'On-time rate per unit'))}</h2>
<p class="note">${e(L('Bagian jam batas waktu yang terpenuhi di antara yang sudah selesai (terpenuhi atau terlampaui), semua aturan kebijakan. Pengaduan yang didisposisikan ke beberapa unit dihitung pada setiap unit.', 'The share of deadline clocks met among those that ended (met or breached), over every rule of the policy. A complaint dispositioned to several units counts in each.'))}${units.length < r.units.length ? e(L(` Grafik: ${units.length} unit terbesar dari ${r.units.length}.`, ` Chart: the ${units.length} largest of ${r.units.length} units.`)) : ''}</p>
${unitChart}
<table><thead><tr><th>${e(L('Unit', 'Unit'))}</th><th>${e(L('Diaudit', 'Audited'))}</th><th>${e(L('Terbuka', 'Open'))}</th><th>${e(L('Terpenuhi', 'Met'))}</th><th>${e(L('Terlampaui', 'Breached'))}</th><th>${e(L('Tepat waktu', 'On time'))}</th><th>${e(L('Temuan', 'Findings'))}</th></tr></thead><tbody>${unitRows}</tbody></table></section>
<section id="backlog"><h2>${e(L('Tunggakan menurut umur', 'Backlog by age'))}</h2>
<p class="note">${e(L('Pengaduan yang belum selesai per tanggal audit, menurut hari kalender sejak diajukan.', 'Complaints not finished as of the audit, by calendar days since submission.'))}</p>
${backlogChart}</section>
<section id="trend"><h2>${e(L('Tren bulanan', 'Monthly trend'))}</h2>
<p class="note">${e(L('Pengaduan menurut bulan pengajuan, dan bagian jam batas waktunya yang terpenuhi.', 'Complaints by month of submission, and the share of their deadline clocks met.'))}</p>
${trend}</section>
${indicatorRows === '' ? '' : `<section id="indicators"><h2>${e(L('Indikator kinerja', 'Performance indicators'))}</h2><table><thead><tr><th>${e(L('Indikator', 'Indicator'))}</th><th>${e(L('Nilai', 'Value'))}</th><th></th></tr></thead><tbody>${indicatorRows}</tbody></table></section>`}
<section id="findings"><h2>${e(L('Temuan', 'Findings'))}</h2>
<p>${e(severities)}</p>
<table><thead><tr><th>${e(L('Jenis', 'Kind'))}</th><th>${e(L('Jumlah', 'Count'))}</th></tr></thead><tbody>${kinds}</tbody></table>
<p class="note">${e(L(`Daftar: ${r.findings.shown.length} dari ${r.findings.total} temuan, yang terberat lebih dahulu (--max-findings).`, `List: ${r.findings.shown.length} of ${r.findings.total} findings, most severe first (--max-findings).`))}</p>
<table><thead><tr><th>${e(L('Tingkat', 'Severity'))}</th><th>${e(L('Pengaduan', 'Complaint'))}</th><th>${e(L('Baris', 'Line'))}</th><th>${e(L('Jenis', 'Kind'))}</th><th>${e(L('Uraian', 'What happened'))}</th><th>${e(L('Dasar hukum', 'Legal source'))}</th><th>${e(L('Jatuh tempo', 'Due'))}</th></tr></thead><tbody>${findingRows}</tbody></table></section>
${r.refused.count === 0 ? '' : `<section id="refused"><h2>${e(L('Baris yang ditolak', 'Refused lines'))}</h2><p class="note">${e(L(`${r.refused.shown.length} dari ${r.refused.count} ditampilkan.`, `${r.refused.shown.length} of ${r.refused.count} shown.`))}</p><table><thead><tr><th>${e(L('Baris', 'Line'))}</th><th>${e(L('Alasan', 'Reason'))}</th><th></th></tr></thead><tbody>${refusedRows}</tbody></table></section>`}
</main>
<footer>${e(L('Dibuat dengan', 'Made with'))} pengaduan · ${e(L('Setiap temuan menyebut aturan dan pasalnya; "(praktik)" dan "(tafsiran)" menandai aturan yang bukan teks peraturan itu sendiri.', 'Every finding names its rule and article; "(practice)" and "(reading)" mark rules that are not the regulation\'s own text.'))}</footer>
</body>
</html>
`;
}
