import { describe, expect, it, vi } from 'vitest';
import { runCli, tempDir, write } from './_run.js';

// Each test starts the command as a child process (through tsx): seconds each on a busy machine.
vi.setConfig({ testTimeout: 180_000 });

describe('pengaduan deadline', () => {
  it('gives 10 April 2025 for 3 hari kerja after Thursday 27 March 2025 (Nyepi, Idul Fitri and cuti bersama skipped)', async () => {
    const r = await runCli(['deadline', '2025-03-27', '3', 'hari-kerja']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('3 hari kerja kemudian: Kamis, 10 April 2025 (2025-04-10)');
    expect(r.stdout).toContain('2025-04-10T23:59:59.999+07:00');
    expect(r.stdout).toContain('Hari Raya Idul Fitri 1446 Hijriah');
  });

  it('answers in English with --lang en and as JSON with --json', async () => {
    const r = await runCli(['deadline', '2025-03-27', '3', 'working-days', '--json', '--lang', 'en']);
    expect(r.code).toBe(0);
    const answer = JSON.parse(r.stdout);
    expect(answer).toMatchObject({
      start: '2025-03-27',
      dueDate: '2025-04-10',
      unit: 'working_days',
      provisional: false,
    });
    expect(answer.skipped.map((d: { date: string }) => d.date)).toContain('2025-03-31');
  });

  it('takes the civil date of an instant in the unit zone (a Friday evening in WIT is Saturday)', async () => {
    const r = await runCli(['deadline', '2025-03-27T16:30:00Z', '14', 'hari', '--zone', 'WIT', '--json']);
    expect(r.code).toBe(0);
    const answer = JSON.parse(r.stdout);
    expect(answer.start).toBe('2025-03-28');
    expect(answer.dueDate).toBe('2025-04-11');
    expect(answer.dueAt).toBe('2025-04-11T23:59:59.999+09:00');
  });

  it('marks a deadline in a year the calendar does not cover as provisional', async () => {
    const r = await runCli(['deadline', '2027-12-20', '20', 'hari-kerja', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('PROVISIONAL');
  });

  it('exits 2 with one clear message and no stack for a bad date, unit, option or command', async () => {
    const results: [string[], ReturnType<typeof runCli>][] = [];
    for (const args of [
      ['deadline', '2025-02-30', '3', 'hari-kerja'],
      ['deadline', '2025-03-27', '3', 'minggu'],
      ['deadline', '2025-03-27', '-1', 'hari'],
      ['deadline', '2025-03-27', '3', 'hari', '--zone', 'Mars/Olympus'],
      ['deadline', '--bogus'],
      ['frobnicate'],
      ['deadline', '2025-03-27', '3', 'hari', '--lang', 'fr'],
    ]) {
      results.push([args, runCli(args)]);
    }
    for (const [args, pending] of results) {
      const r = await pending;
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^pengaduan: .+\n$/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('writes usage errors in English with --lang en', async () => {
    const r = await runCli(['deadline', '2025-03-27', '3', 'minggu', '--lang', 'en']);
    expect(r.stderr).toBe('pengaduan: <unit> must be working-days or calendar-days, not "minggu".\n');
  });
});

describe('pengaduan calendar', () => {
  it('lists 2025 with Idul Fitri, the added cuti bersama of 18 August and 12 months of working days', async () => {
    const r = await runCli(['calendar', '2025', '--json']);
    expect(r.code).toBe(0);
    const year = JSON.parse(r.stdout);
    expect(year.covered).toBe(true);
    expect(year.months).toHaveLength(12);
    const dates = year.nonWorkingDays.map((d: { date: string }) => d.date);
    expect(dates).toContain('2025-03-31');
    expect(dates).toContain('2025-08-18');
    // Every month's count is between 15 and 23 working days, and they add up to the year.
    for (const m of year.months) expect(m.workingDays).toBeGreaterThanOrEqual(15);
    expect(year.months.reduce((s: number, m: { workingDays: number }) => s + m.workingDays, 0)).toBe(
      year.workingDays,
    );
  });

  it('prints a readable table and says when a year is not covered', async () => {
    const ok = await runCli(['calendar', '2025']);
    expect(ok.stdout).toContain('2025-12-25  Kamis');
    const r = await runCli(['calendar', '2031', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('PROVISIONAL');
    expect((await runCli(['calendar', 'next'])).code).toBe(2);
  });

  it('reads a calendar patch file (a regional day off) with --calendar', async () => {
    const dir = tempDir();
    write(
      dir,
      'papua.json',
      JSON.stringify({
        dataVersion: 'id-2018-2026.1+papua',
        add: [
          {
            date: '2025-02-05',
            name: { id: 'Hari Pekabaran Injil', en: 'Gospel Day' },
            kind: 'regional',
            region: 'Papua',
            source: 'SK Gubernur Papua',
          },
        ],
      }),
    );
    const r = await runCli(
      ['deadline', '2025-02-04', '1', 'hari-kerja', '--calendar', 'papua.json', '--json'],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).dueDate).toBe('2025-02-06');
    const bad = await runCli(['calendar', '2025', '--calendar', 'missing.json'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('missing.json');
  });
});

describe('pengaduan explain', () => {
  const history = [
    {
      type: 'complaint.submitted',
      at: '2025-03-21T10:00:00+07:00',
      actor: { role: 'complainant' },
      data: {},
    },
    {
      type: 'complaint.received',
      at: '2025-03-21T11:00:00+07:00',
      actor: { role: 'admin_instansi' },
      data: {},
    },
  ];

  it('shows the timeline, the state and every clock with its article, the response breached after 4 April 2025', async () => {
    const dir = tempDir();
    write(dir, 'h.json', JSON.stringify({ id: 'LAPOR-1', history }));
    const r = await runCli(['explain', 'h.json', '--as-of', '2025-04-20'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Pengaduan LAPOR-1');
    expect(r.stdout).toContain('complaint.received');
    expect(r.stdout).toContain('UU 25/2009 Pasal 44 ayat (3)');
    expect(r.stdout).toMatch(/\[!!\] Tanggapan atas kelengkapan pengaduan: batas waktu Jumat, 4 April 2025/);
  });

  it('reads a bare array of events from stdin and gives the whole report as JSON', async () => {
    const r = await runCli(
      ['explain', '-', '--as-of', '2025-04-01T09:00:00+07:00', '--json', '--lang', 'en'],
      {
        stdin: JSON.stringify(history),
      },
    );
    expect(r.code).toBe(0);
    const e = JSON.parse(r.stdout);
    expect(e.state.id).toBe('screening');
    const response = e.report.clocks.find((c: { ruleId: string }) => c.ruleId === 'uu25.response');
    expect(response).toMatchObject({ dueDate: '2025-04-04', status: 'running', left: 3 });
  });

  it('exits 2 for a history that is not one, or an unsorted one, naming the problem', async () => {
    const notJson = await runCli(['explain', '-'], { stdin: '{oops' });
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('bukan JSON yang sah');
    const unsorted = await runCli(['explain', '-', '--as-of', '2025-04-01'], {
      stdin: JSON.stringify([history[1], history[0]]),
    });
    expect(unsorted.code).toBe(2);
    expect(unsorted.stderr).not.toMatch(/\n\s+at /);
  });
});
