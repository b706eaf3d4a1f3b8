/**
 * Small SVG charts written as text: no library, no script, nothing fetched. Every chart has a
 * `<title>` and each mark a `<title>` with its value, so the figures are readable by a screen reader
 * and on hover.
 */

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

const fmt = (x: number) => (Math.round(x * 10) / 10).toString();

export interface Bar {
  readonly label: string;
  readonly value: number | null;
  readonly text: string;
}

/** Horizontal bars, value in [0, max]; `null` values are drawn as an empty track. */
export function horizontalBars(id: string, title: string, bars: readonly Bar[], max: number): string {
  const rowHeight = 22;
  const labelWidth = 200;
  const barWidth = 380;
  const height = Math.max(1, bars.length) * rowHeight + 10;
  const width = labelWidth + barWidth + 80;
  const rows = bars.map((b, i) => {
    const y = 5 + i * rowHeight;
    const w = b.value === null || max <= 0 ? 0 : (Math.max(0, b.value) / max) * barWidth;
    const colour =
      b.value === null
        ? '#bbb'
        : b.value / (max || 1) >= 0.9
          ? '#2e7d32'
          : b.value / (max || 1) >= 0.7
            ? '#f9a825'
            : '#c62828';
    return (
      `<g class="mark"><title>${escapeHtml(`${b.label}: ${b.text}`)}</title>` +
      `<text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(b.label.length > 30 ? `${b.label.slice(0, 29)}…` : b.label)}</text>` +
      `<rect x="${labelWidth}" y="${y + 3}" width="${barWidth}" height="${rowHeight - 8}" fill="#eee"/>` +
      `<rect class="bar" x="${labelWidth}" y="${y + 3}" width="${fmt(w)}" height="${rowHeight - 8}" fill="${colour}"/>` +
      `<text x="${labelWidth + barWidth + 6}" y="${y + 15}">${escapeHtml(b.text)}</text></g>`
    );
  });
  return `<svg class="chart" data-chart="${id}" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(title)}</title>${rows.join('')}</svg>`;
}

/** Vertical bars with labels under them. */
export function verticalBars(id: string, title: string, bars: readonly Bar[]): string {
  const width = 640;
  const height = 240;
  const top = 20;
  const bottom = 40;
  const left = 50;
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  const slot = (width - left - 10) / Math.max(1, bars.length);
  const plot = height - top - bottom;
  const axis = [0, 0.5, 1].map((f) => {
    const y = top + plot - f * plot;
    return `<line x1="${left}" x2="${width - 10}" y1="${fmt(y)}" y2="${fmt(y)}" stroke="#ddd"/><text x="${left - 6}" y="${fmt(y + 4)}" text-anchor="end">${Math.round(f * max)}</text>`;
  });
  const marks = bars.map((b, i) => {
    const h = ((b.value ?? 0) / max) * plot;
    const x = left + i * slot + slot * 0.15;
    return (
      `<g class="mark"><title>${escapeHtml(`${b.label}: ${b.text}`)}</title>` +
      `<rect class="bar" x="${fmt(x)}" y="${fmt(top + plot - h)}" width="${fmt(slot * 0.7)}" height="${fmt(Math.max(h, 0.5))}" fill="#1565c0"/>` +
      `<text x="${fmt(x + slot * 0.35)}" y="${fmt(top + plot - h - 4)}" text-anchor="middle">${escapeHtml(b.text)}</text>` +
      `<text x="${fmt(x + slot * 0.35)}" y="${height - bottom + 16}" text-anchor="middle">${escapeHtml(b.label)}</text></g>`
    );
  });
  return `<svg class="chart" data-chart="${id}" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(title)}</title>${axis.join('')}${marks.join('')}</svg>`;
}

export interface TrendPoint {
  readonly label: string;
  readonly count: number;
  readonly rate: number | null;
}

/** Monthly trend: bars for the complaints received, a line for the on-time rate (right axis, 0-100 %). */
export function trendChart(
  id: string,
  title: string,
  points: readonly TrendPoint[],
  legend: { count: string; rate: string },
): string {
  const width = 720;
  const height = 260;
  const top = 20;
  const bottom = 50;
  const left = 50;
  const right = 50;
  const plot = height - top - bottom;
  const max = Math.max(1, ...points.map((p) => p.count));
  const slot = (width - left - right) / Math.max(1, points.length);
  const bars = points.map((p, i) => {
    const h = (p.count / max) * plot;
    const x = left + i * slot + slot * 0.15;
    const label = points.length > 18 && i % Math.ceil(points.length / 18) !== 0 ? '' : p.label;
    return (
      `<g class="mark"><title>${escapeHtml(`${p.label}: ${p.count} · ${p.rate === null ? '–' : `${(p.rate * 100).toFixed(1)} %`}`)}</title>` +
      `<rect class="bar" x="${fmt(x)}" y="${fmt(top + plot - h)}" width="${fmt(slot * 0.7)}" height="${fmt(Math.max(h, 0.5))}" fill="#90caf9"/>` +
      `<text x="${fmt(x + slot * 0.35)}" y="${height - bottom + 16}" text-anchor="middle" transform="rotate(-40 ${fmt(x + slot * 0.35)} ${height - bottom + 16})">${escapeHtml(label)}</text></g>`
    );
  });
  const coords = points
    .map((p, i) =>
      p.rate === null ? null : `${fmt(left + i * slot + slot / 2)},${fmt(top + plot - p.rate * plot)}`,
    )
    .filter((c): c is string => c !== null);
  const line =
    coords.length === 0
      ? ''
      : `<polyline class="line" points="${coords.join(' ')}" fill="none" stroke="#c62828" stroke-width="2"/>${coords.map((c) => `<circle cx="${c.split(',')[0]}" cy="${c.split(',')[1]}" r="3" fill="#c62828"/>`).join('')}`;
  const axes =
    `<text x="${left - 6}" y="${top + 4}" text-anchor="end">${max}</text><text x="${left - 6}" y="${top + plot + 4}" text-anchor="end">0</text>` +
    `<text x="${width - right + 6}" y="${top + 4}">100 %</text><text x="${width - right + 6}" y="${top + plot + 4}">0 %</text>` +
    `<line x1="${left}" x2="${width - right}" y1="${top + plot}" y2="${top + plot}" stroke="#999"/>` +
    `<rect x="${left}" y="2" width="10" height="10" fill="#90caf9"/><text x="${left + 14}" y="11">${escapeHtml(legend.count)}</text>` +
    `<line x1="${left + 220}" x2="${left + 240}" y1="7" y2="7" stroke="#c62828" stroke-width="2"/><text x="${left + 244}" y="11">${escapeHtml(legend.rate)}</text>`;
  return `<svg class="chart" data-chart="${id}" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(title)}</title>${axes}${bars.join('')}${line}</svg>`;
}
