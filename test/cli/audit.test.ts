import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { complaintsNdjson, runCli, tempDir, write } from './_run.js';

vi.setConfig({ testTimeout: 300_000 });

const AS_OF = ['--as-of', '2026-06-30', '--policy', 'sp4n-lapor,uu25'];

let dir: string;
let ndjson: string;
beforeAll(() => {
  dir = tempDir();
  ndjson = complaintsNdjson(60);
  write(dir, 'export.ndjson', ndjson);
  write(dir, 'export.ndjson.gz', gzipSync(ndjson));
  const complaints = ndjson
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; history: Record<string, unknown>[] });
  write(dir, 'export.json', `[\n${complaints.map((c) => JSON.stringify(c)).join(',\n')}\n]\n`);
  // The same complaints as an event log, one event per line, lines in reverse order.
  const events = complaints.flatMap((c) => c.history.map((e) => JSON.stringify({ complaintId: c.id, ...e })));
  write(dir, 'events.ndjson', `${events.reverse().join('\n')}\n`);
  const csv = ['complaint_id,type,at,actor_role,actor_unit,data'];
  for (const c of complaints) {
    for (const e of c.history) {
      const actor = e.actor as { role: string; unitId?: string };
      csv.push(
        [
          c.id,
          e.type,
          e.at,
          actor.role,
          actor.unitId ?? '',
          `"${JSON.stringify(e.data).replace(/"/g, '""')}"`,
        ].join(','),
      );
    }
  }
  write(dir, 'events.csv', `${csv.join('\n')}\n`);
});

async function auditJson(file: string, extra: string[] = []) {
  const r = await runCli(['audit', file, ...AS_OF, '--format', 'json', ...extra], { cwd: dir });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe('pengaduan audit', () => {
  it('gives the same audit for NDJSON, gzip, a JSON array, an NDJSON event log in any order and a CSV event log', async () => {
    const base = await auditJson('export.ndjson', ['--jobs', '1']);
    expect(base.audited).toBe(60);
    expect(base.refused.count).toBe(0);
    expect(base.findings.total).toBeGreaterThan(0);
    expect(base.input).toEqual({ name: 'export.ndjson', format: 'complaints' });
    const others = await Promise.all([
      auditJson('export.ndjson.gz', ['--jobs', '2']),
      auditJson('export.json', ['--jobs', '1']),
      // A buffer of 50 events forces grouping through the spill files on disk.
      auditJson('events.ndjson', ['--jobs', '1', '--group-buffer', '50']),
      auditJson('events.csv', ['--jobs', '1']),
    ]);
    expect(others.map((o) => o.input.format)).toEqual(['complaints, gzip', 'json', 'events', 'csv']);
    for (const other of others) {
      expect(other.audited).toBe(base.audited);
      expect(other.findings.bySeverity).toEqual(base.findings.bySeverity);
      expect(other.findings.byKind).toEqual(base.findings.byKind);
      expect(other.aggregate.total).toEqual(base.aggregate.total);
    }
  });

  it('merges the aggregates of worker threads into the one-thread result', async () => {
    const [one, two] = await Promise.all([
      auditJson('export.ndjson', ['--jobs', '1', '--group-by', 'classification']),
      auditJson('export.ndjson', ['--jobs', '2', '--batch-size', '7', '--group-by', 'classification']),
    ]);
    expect(two.aggregate).toEqual(one.aggregate);
    expect(two.units).toEqual(one.units);
    expect(two.months).toEqual(one.months);
    expect(two.findings.shown).toEqual(one.findings.shown);
  });

  it('refuses bad lines with their numbers, goes on, and counts them all while showing a bounded list', async () => {
    const lines = ndjson.trim().split('\n');
    lines.splice(2, 0, '{"id": "broken", "history": [');
    lines.splice(5, 0, '"just a string"');
    lines.splice(7, 0, '{also broken');
    write(dir, 'bad.ndjson', `${lines.join('\n')}\n`);
    const report = await auditJson('bad.ndjson', ['--max-errors', '2', '--jobs', '1']);
    expect(report.audited).toBe(60);
    expect(report.refused.count).toBe(3);
    expect(report.refused.shown.map((x: { line: number; reason: string }) => [x.line, x.reason])).toEqual([
      [3, 'malformed_json'],
      [6, 'not_a_complaint'],
    ]);
    // The streaming formats carry findings on stdout and the refused lines on stderr.
    const csv = await runCli(
      ['audit', 'bad.ndjson', ...AS_OF, '--format', 'csv', '--jobs', '1', '--lang', 'en'],
      { cwd: dir },
    );
    expect(csv.code).toBe(0);
    expect(csv.stderr).toContain('pengaduan: line 3: malformed JSON');
    expect(csv.stderr).toContain('pengaduan: line 8: malformed JSON');
  });

  it('reports an unknown event of an event log at its line', async () => {
    const log = [
      {
        complaintId: 'A',
        type: 'complaint.submitted',
        at: '2025-03-21T10:00:00+07:00',
        actor: { role: 'complainant' },
        data: {},
      },
      {
        complaintId: 'A',
        type: 'complaint.teleported',
        at: '2025-03-22T10:00:00+07:00',
        actor: { role: 'system' },
        data: {},
      },
    ];
    write(dir, 'unknown.ndjson', `${log.map((e) => JSON.stringify(e)).join('\n')}\n`);
    const r = await runCli(['audit', 'unknown.ndjson', ...AS_OF, '--format', 'ndjson', '--jobs', '1'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    const findings = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const invalid = findings.find((f: { kind: string }) => f.kind === 'invalid_event');
    expect(invalid).toMatchObject({ complaintId: 'A', line: 2, eventType: 'complaint.teleported' });
    expect(typeof invalid.message).toBe('string');
  });

  it('writes CSV findings with their legal source, and NDJSON findings one per line', async () => {
    const [csv, nd, json] = await Promise.all([
      runCli(['audit', 'export.ndjson', ...AS_OF, '-o', 'findings.csv', '--jobs', '1'], { cwd: dir }),
      runCli(['audit', 'export.ndjson', ...AS_OF, '--format', 'ndjson', '--jobs', '1'], { cwd: dir }),
      auditJson('export.ndjson', ['--jobs', '1']),
    ]);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toBe('');
    const rows = readFileSync(join(dir, 'findings.csv'), 'utf8').trim().split('\n');
    expect(rows[0]).toBe(
      'complaint_id,line,severity,kind,rule_id,clock_key,source,source_status,due_date,due_at,done_at,missing,late,late_unit,unit_id,event_type,provisional,message',
    );
    expect(rows).toHaveLength(json.findings.total + 1);
    expect(rows.some((r) => r.includes('UU 25/2009 Pasal'))).toBe(true);
    expect(nd.stdout.trim().split('\n')).toHaveLength(json.findings.total);
  });

  it('writes one self-contained HTML file with its three charts and no external reference', async () => {
    const r = await runCli(
      ['audit', 'export.ndjson', ...AS_OF, '-o', 'report.html', '--jobs', '1', '--lang', 'en'],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    for (const chart of ['units', 'backlog', 'trend']) expect(html).toContain(`data-chart="${chart}"`);
    expect(html).toContain('Complaint audit report');
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('exits 1 when a finding reaches --fail-on, 0 below it', async () => {
    const report = await auditJson('export.ndjson', ['--jobs', '1']);
    expect(report.findings.bySeverity.high).toBeGreaterThan(0);
    const [high, none] = await Promise.all([
      runCli(['audit', 'export.ndjson', ...AS_OF, '--fail-on', 'high', '--format', 'json', '--jobs', '1'], {
        cwd: dir,
      }),
      runCli(['audit', 'export.ndjson', ...AS_OF, '--fail-on', 'none', '--format', 'json', '--jobs', '1'], {
        cwd: dir,
      }),
    ]);
    expect(high.code).toBe(1);
    expect(none.code).toBe(0);
  });

  it('exits 2 without a stack for a missing file, bad options, or input with nothing to audit', async () => {
    write(dir, 'junk.ndjson', 'hello\nworld\n');
    const cases = [
      ['audit', 'nope.ndjson', ...AS_OF],
      ['audit', 'export.ndjson', '--as-of', 'yesterday'],
      ['audit', 'export.ndjson', '--policy', 'kuhp'],
      ['audit', 'export.ndjson', '--format', 'pdf'],
      ['audit', 'export.ndjson', '--jobs', '0'],
      ['audit', 'junk.ndjson', ...AS_OF, '--input-format', 'complaints'],
      ['audit', 'export.ndjson', ...AS_OF, '-o', 'no/such/dir/report.html'],
    ];
    const results = await Promise.all(cases.map((args) => runCli(args, { cwd: dir })));
    results.forEach((r, i) => {
      expect(r.code, cases[i]!.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^pengaduan: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });

  it('shows progress on stderr only when asked (stderr here is a pipe, not a terminal)', async () => {
    const [quiet, asked] = await Promise.all([
      runCli(['audit', 'export.ndjson', ...AS_OF, '--format', 'json', '--jobs', '1'], { cwd: dir }),
      runCli(
        [
          'audit',
          'export.ndjson',
          ...AS_OF,
          '--format',
          'json',
          '--jobs',
          '1',
          '--progress',
          '--batch-size',
          '1',
        ],
        { cwd: dir },
      ),
    ]);
    expect(quiet.stderr).toBe('');
    expect(asked.code).toBe(0);
    expect(asked.stderr).toMatch(/pengaduan: \d+ pengaduan dibaca/);
  });
});
