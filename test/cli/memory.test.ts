import { createWriteStream, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli, tempDir } from './_run.js';

vi.setConfig({ testTimeout: 600_000 });

// Short histories keep the audit cheap; a 2 KiB note on each record makes the file large, so that
// holding the input (or anything per complaint) would show in the peak memory. The smaller run is
// large enough for V8's heap to have reached its working size (below some 20 000 records the peak
// still grows with the heap's warm-up, not with the input).
async function writeExport(path: string, n: number): Promise<void> {
  const out = createWriteStream(path);
  const note = 'x'.repeat(2048);
  for (let i = 0; i < n; i++) {
    const day = 1 + (i % 28);
    const record = {
      id: `M-${i}`,
      note,
      history: [
        {
          type: 'complaint.submitted',
          at: `2025-03-${String(day).padStart(2, '0')}T10:00:00+07:00`,
          actor: { role: 'complainant' },
          data: {},
        },
        {
          type: 'complaint.received',
          at: `2025-03-${String(day).padStart(2, '0')}T11:00:00+07:00`,
          actor: { role: 'admin_instansi' },
          data: {},
        },
      ],
    };
    if (!out.write(`${JSON.stringify(record)}\n`))
      await new Promise<void>((ok) => out.once('drain', () => ok()));
  }
  await new Promise<void>((ok) => out.end(() => ok()));
}

describe('pengaduan audit memory', () => {
  it('peaks at about the same memory for 60 000 complaints (140 MB) as for 20 000 (47 MB)', async () => {
    const dir = tempDir();
    try {
      await writeExport(join(dir, 'small.ndjson'), 20_000);
      await writeExport(join(dir, 'large.ndjson'), 60_000);
      const growth = statSync(join(dir, 'large.ndjson')).size - statSync(join(dir, 'small.ndjson')).size;
      const args = ['--as-of', '2025-06-30', '--format', 'json', '--jobs', '1', '-o', 'out.json'];
      const small = await runCli(['audit', 'small.ndjson', ...args], { cwd: dir, measureRss: true });
      const large = await runCli(['audit', 'large.ndjson', ...args], { cwd: dir, measureRss: true });
      expect(small.code).toBe(0);
      expect(large.code).toBe(0);
      const grewKb = large.maxRssKb! - small.maxRssKb!;
      // About 90 MB more input; a reader that kept it would grow by at least that much.
      expect(growth).toBeGreaterThan(85_000_000);
      expect(grewKb * 1024).toBeLessThan(growth / 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
