/**
 * Exporting a dataset as CSV in browser mode.
 * Rules checked:
 * - Ekspor offers the open dataset, explains comma vs semicolon and the Excel BOM in plain words;
 * - the export arrives as a browser download and the page says which file, how big;
 * - the exported cells are exactly the imported file's cells (compared after parsing both);
 * - semicolon + BOM writes a file Excel in an Indonesian locale opens directly.
 */
import { readFileSync } from 'node:fs';
import { AppShell } from './pages/app-shell';
import { ExportPage } from './pages/export-page';
import { parseCsvText, readCsv } from './helpers/csv';
import { expect, screenshot, test } from './helpers/fixtures';
import { openAndImport } from './helpers/flows';
import { sample } from './helpers/paths';

const SOURCE = sample('penduduk-kecamatan-2023-2024.csv');

test('export the imported sample and get the same cells back', async ({ page, app }) => {
  await openAndImport(page, app.url, SOURCE);
  const shell = new AppShell(page);
  await page.getByRole('button', { name: 'Ekspor dataset ini' }).click();
  await expect(shell.pageTitle()).toHaveText('Ekspor');

  const exporter = new ExportPage(page);
  await expect(exporter.datasetSelect).toHaveValue(/.+/);
  await expect(exporter.datasetSelect.locator('option:checked')).toHaveText(
    'penduduk-kecamatan-2023-2024 (26 baris)',
  );
  await expect(exporter.comma).toBeChecked();
  await expect(exporter.bom).not.toBeChecked();
  await expect(page.getByRole('main')).toContainText('Excel dengan pengaturan bahasa Indonesia');

  const download = await exporter.exportAndDownload();
  expect(download.suggestedFilename()).toBe('penduduk-kecamatan-2023-2024.csv');
  const path = await download.path();
  const bytes = readFileSync(path);
  expect(bytes[0]).not.toBe(0xef); // no BOM unless asked
  expect(parseCsvText(bytes.toString('utf8'), ',')).toEqual(readCsv(SOURCE));

  await expect(exporter.done).toContainText('penduduk-kecamatan-2023-2024.csv');
  await expect(exporter.done).toContainText(/\d+(,\d)? KB/);
  await screenshot(page, 'ekspor');
});

test('semicolon and BOM for Excel in an Indonesian locale', async ({ page, app }) => {
  await openAndImport(page, app.url, SOURCE);
  await new AppShell(page).goTo('Ekspor');
  const exporter = new ExportPage(page);
  await exporter.semicolon.check();
  await exporter.bom.check();

  const download = await exporter.exportAndDownload();
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  expect(text.split(/\r?\n/)[0]).toContain(';');
  expect(parseCsvText(text, ';')).toEqual(readCsv(SOURCE));
});
