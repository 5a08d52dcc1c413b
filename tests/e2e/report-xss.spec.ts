/**
 * Safe outputs (issue 8, item 6): the HTML validation report escapes every string that comes
 * from the file. A CSV whose header and cells hold <script>, <img onerror> and <svg onload>
 * payloads is checked with `satudata validate FILE --format html --out REPORT.html`; the report
 * opened from file:// in Chromium fires no dialog, runs no script, creates no element from a
 * value, requests nothing, and shows every payload as literal text.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { REPO_ROOT } from './helpers/paths';

const PAYLOADS = {
  header: "<script>alert('header')</script>",
  column: "<img src=x onerror=alert('kolom')>",
  code: "<script>alert('kode')</script>",
  number: "<svg onload=alert('angka')>",
};

const CSV = [
  `kode_wilayah,${PAYLOADS.header},${PAYLOADS.column},jumlah,tahun`,
  '64.71,Balikpapan,a,10,2024',
  `${PAYLOADS.code},Samarinda,b,20,2024`,
  `64.72,"<img src=x onerror=alert('sel')>",c,${PAYLOADS.number},2024`,
  '64.74,Bontang,d,30,2024',
  '',
].join('\n');

let dir: string;
let reportUrl: string;

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sdw-xss-'));
  const csv = join(dir, '<img src=x onerror=alert(9)>.csv');
  writeFileSync(csv, CSV);
  const report = join(dir, 'laporan.html');
  const r = spawnSync(
    process.execPath,
    [join(REPO_ROOT, 'bin', 'satudata.cjs'), 'validate', csv, '--format', 'html', '--out', report],
    { encoding: 'utf8' },
  );
  // exit 1: the data has errors (unknown region code, a text in a number column)
  expect(r.status, r.stderr).toBe(1);
  const html = readFileSync(report, 'utf8');
  for (const p of Object.values(PAYLOADS)) expect(html).not.toContain(p);
  reportUrl = pathToFileURL(report).href;
});

test.afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

test('the HTML report shows script and image payloads as text, and runs none', async ({ page }) => {
  const problems: string[] = [];
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    if (r.url() !== reportUrl) problems.push(`request: ${r.url()}`);
  });

  await page.goto(reportUrl);
  await expect(page.locator('body')).toContainText('kode_wilayah');
  const text = await page.locator('body').innerText();
  for (const p of Object.values(PAYLOADS)) expect(text).toContain(p);
  expect(text).toContain('<img src=x onerror=alert(9)>');

  await expect(page.locator('body img, body svg, body iframe, body object')).toHaveCount(0);
  const scripts = await page
    .locator('script')
    .evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  expect(scripts.filter((s) => s.includes('alert'))).toEqual([]);
  const handlers = await page
    .locator('*')
    .evaluateAll(
      (els) => els.filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
    );
  expect(handlers).toBe(0);
  await page.waitForTimeout(200);
  expect(problems).toEqual([]);
});
