/**
 * The public pages in a real headless browser (scripts/ci/portal-browser.sh runs it in CI): Chromium
 * from the operating system's packages, driven by playwright-core. Fills the form, sees the
 * validation messages in Bahasa Indonesia (the library's schemas, bundled for the browser), submits,
 * sees the receipt, and checks that the tracking page shows the public view only. Saves a screenshot
 * to docs/img/portal-form.png. Without Chromium it says it skipped.
 *
 * Environment: CHROMIUM (default /usr/bin/chromium).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { chromium } from 'playwright-core';
import { createApp } from '../../src/http/app.js';
import { clientBundle } from '../../src/http/clientBundle.js';
import { Portal } from '../../src/Portal.js';
import { SqliteStore } from '../../src/store/SqliteStore.js';

const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.log(
    `SKIPPED: the portal browser test needs Chromium at ${executablePath} (apt-get install chromium).`,
  );
  process.exit(0);
}

const failures: string[] = [];
function check(condition: boolean, message: string) {
  console.log(`${condition ? 'ok  ' : 'FAIL'} ${message}`);
  if (!condition) failures.push(message);
}

const dir = mkdtempSync(join(tmpdir(), 'portal-browser-'));
const store = new SqliteStore(join(dir, 'portal.db'));
const app = createApp(new Portal(store), { clientScript: clientBundle() });
const server = serve({ fetch: app.fetch, port: 0 });
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const screenshot = fileURLToPath(new URL('../../../../docs/img/portal-form.png', import.meta.url));

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 }, locale: 'id-ID' });
  await page.goto(`${base}/`);
  check((await page.title()) === 'Ajukan pengaduan', 'the form page opens');

  // 1. Validation in the browser, with the library's messages in Bahasa Indonesia.
  await page.getByLabel('Nama lengkap *').fill('Siti Rahmawati');
  await page.getByLabel('Nomor telepon').fill('12345');
  await page.getByRole('button', { name: 'Kirim pengaduan' }).click();
  const summary = page.locator('#summary');
  await summary.waitFor({ state: 'visible' });
  const addressError = (await page.locator('#f-complainant-address-error').textContent()) ?? '';
  const phoneError = (await page.locator('#f-complainant-phone-error').textContent()) ?? '';
  check(addressError.length > 0, `the missing address is named: "${addressError}"`);
  check(phoneError.length > 0, `the bad phone number is named: "${phoneError}"`);
  check(/wajib|harus|tidak/i.test(`${addressError} ${phoneError}`), 'the messages are in Bahasa Indonesia');
  check(
    (await page.getByLabel('Alamat *').getAttribute('aria-invalid')) === 'true',
    'the invalid field is marked aria-invalid',
  );
  check(
    (await page.locator('#f-submission-signature-error').textContent())?.length !== 0,
    'the missing signature statement is named',
  );
  check((await store.count()) === 0, 'nothing was sent while the form was invalid');
  await page.screenshot({ path: screenshot, fullPage: true });

  // 2. A valid complaint: the receipt.
  await page.getByLabel('Alamat *').fill('Jl. Cihampelas No. 12, Bandung');
  await page.getByLabel('Nomor telepon').fill('0812-3456-7890');
  await page.getByLabel('Nama pelayanan *').fill('Penerbitan KTP-el');
  await page
    .getByLabel('Uraian kejadian *')
    .fill('KTP-el belum terbit setelah 45 hari walaupun berkas lengkap.');
  await page.getByLabel('Jenis kerugian *').selectOption('immaterial');
  await page.getByLabel('Uraian kerugian *').fill('Tidak dapat membuka rekening bank.');
  await page.getByLabel('Penyelesaian yang diharapkan *').fill('KTP-el diterbitkan minggu ini.');
  await page.getByLabel('Tempat pengaduan dibuat *').fill('Bandung');
  await page.getByLabel(/Anonim/).check();
  await page.getByLabel(/Saya menyatakan/).check();
  await page.getByRole('button', { name: 'Kirim pengaduan' }).click();
  await page.locator('#receipt').waitFor({ state: 'visible' });
  const number = ((await page.locator('#receipt-number').textContent()) ?? '').trim();
  check(/^ADU-\d{8}-[0-9A-F]{10}$/.test(number), `the receipt shows its number: ${number}`);
  check((await store.count()) === 1, 'the complaint is stored');

  // 3. The tracking page: the public view only.
  await page.getByRole('link', { name: 'Lacak pengaduan ini' }).click();
  await page.locator('#public-view').waitFor();
  const text = (await page.locator('main').textContent()) ?? '';
  check(text.includes('Status: Penelaahan'), 'the tracking page shows the status');
  check(text.includes('Penerbitan KTP-el'), 'the tracking page shows the service');
  check(
    !text.includes('Siti') && !text.includes('0812') && !text.includes('Cihampelas'),
    'the tracking page shows no identity',
  );
  check(!text.includes('rekening'), 'the tracking page shows no loss description');
} finally {
  await browser.close();
  server.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`FAILED: ${failures.length} check(s)`);
  process.exit(1);
}
console.log(`PASSED: the public form and tracking page in Chromium; screenshot at docs/img/portal-form.png`);
