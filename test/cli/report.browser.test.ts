import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { complaintsNdjson, runCli, tempDir, write } from './_run.js';

vi.setConfig({ testTimeout: 300_000 });

// The system's Chromium (Debian package `chromium`), driven by playwright-core; nothing is
// downloaded. scripts/ci/cli-browser.sh installs it in CI. Without it this test is skipped, and its
// name says so.
const CHROMIUM = process.env.PENGADUAN_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);

describe('the HTML audit report in a real browser', () => {
  it.skipIf(!hasChromium)(
    hasChromium
      ? 'renders its three charts with marks, its findings table, and no console error (Chromium)'
      : `SKIPPED: ${CHROMIUM} is not installed (scripts/ci/cli-browser.sh installs it)`,
    async () => {
      const { chromium } = await import('playwright-core');
      const dir = tempDir();
      write(dir, 'export.ndjson', complaintsNdjson(300, 11));
      const run = await runCli(
        [
          'audit',
          'export.ndjson',
          '--policy',
          'sp4n-lapor,uu25',
          '--as-of',
          '2026-06-30',
          '-o',
          'report.html',
          '--max-findings',
          '25',
        ],
        { cwd: dir },
      );
      expect(run.code).toBe(0);
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
      try {
        const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
        const problems: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
        });
        page.on('pageerror', (error) => problems.push(error.message));
        page.on('request', (request) => {
          if (!request.url().startsWith('file:')) problems.push(`request to ${request.url()}`);
        });
        await page.goto(pathToFileURL(join(dir, 'report.html')).href);
        for (const chart of ['units', 'backlog', 'trend']) {
          const svg = page.locator(`svg[data-chart="${chart}"]`);
          const box = await svg.boundingBox();
          expect(box?.width, chart).toBeGreaterThan(200);
          expect(box?.height, chart).toBeGreaterThan(50);
          expect(await svg.locator('rect.bar').count(), chart).toBeGreaterThan(0);
        }
        expect(await page.locator('svg[data-chart="trend"] polyline.line').count()).toBe(1);
        expect(await page.locator('#findings tbody tr').count()).toBeGreaterThan(25);
        expect(await page.locator('#findings').textContent()).toContain('Pasal');
        expect(problems).toEqual([]);
        if (process.env.PENGADUAN_SCREENSHOT !== undefined) {
          await page.screenshot({ path: process.env.PENGADUAN_SCREENSHOT, fullPage: false });
        }
      } finally {
        await browser.close();
      }
      expect(readFileSync(join(dir, 'report.html'), 'utf8')).not.toContain('<script');
    },
  );
});
