import type { Locale } from './library.js';

/**
 * A one-line progress display on stderr: records read, rate, and for a file of known size the share
 * read and the time left. Drawn at most four times a second; off unless enabled (stderr is a
 * terminal, or `--progress`), so CI logs stay clean.
 */
export class Progress {
  private last = 0;
  private readonly started = Date.now();
  private drawn = false;

  constructor(
    private readonly stderr: NodeJS.WritableStream,
    private readonly enabled: boolean,
    private readonly lang: Locale,
    private readonly size: number | undefined,
    private readonly bytesRead: () => number,
    private readonly tty: boolean,
  ) {}

  update(records: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 250) return;
    this.last = now;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const rate = Math.round(records / seconds);
    const fmt = (x: number) => x.toLocaleString(this.lang === 'id' ? 'id-ID' : 'en-US');
    let text =
      this.lang === 'id'
        ? `pengaduan: ${fmt(records)} pengaduan dibaca, ${fmt(rate)}/detik`
        : `pengaduan: ${fmt(records)} complaints read, ${fmt(rate)}/s`;
    if (this.size !== undefined && this.size > 0) {
      const share = Math.min(1, this.bytesRead() / this.size);
      const left = share > 0 ? (seconds / share) * (1 - share) : Number.NaN;
      text += `, ${(share * 100).toFixed(0)} %`;
      if (Number.isFinite(left))
        text += this.lang === 'id' ? `, sisa ~${Math.ceil(left)} detik` : `, ~${Math.ceil(left)} s left`;
    }
    // On a terminal the line is redrawn in place; when asked for on a pipe, one line per update.
    this.stderr.write(this.tty ? `\r\x1b[K${text}` : `${text}\n`);
    this.drawn = true;
  }

  done(): void {
    if (this.enabled && this.drawn && this.tty) this.stderr.write('\r\x1b[K');
  }
}
