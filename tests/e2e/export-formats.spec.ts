/**
 * Exports in every kind of format, the personal-data gate and the Katalog Data, in browser mode.
 * Rules checked:
 * - Ekspor groups the formats as spreadsheet (formulas neutralised), machine (values unchanged)
 *   and portal metadata, each with its note; the CSV options show only for CSV;
 * - a Data Package arrives as a zip download, CKAN metadata as JSON, with the metadata notes
 *   listed (never a refusal for missing metadata);
 * - a dataset with NIK, names and phone numbers is refused naming the columns; the override
 *   needs every column ticked and a reason, then the export succeeds;
 * - Katalog Data explains itself and builds the HTML site as a zip download, with its notes;
 * - a form without metadata is refused in plain words; a bundle is created as a download,
 *   inspected on import (unchanged here) and imported, opening the dataset.
 */
import { readFileSync } from 'node:fs';
import { AppShell } from './pages/app-shell';
import { ExportPage } from './pages/export-page';
import { expect, screenshot, test } from './helpers/fixtures';
import { openAndImport } from './helpers/flows';
import { sample } from './helpers/paths';

const PENDUDUK = sample('penduduk-kecamatan-2023-2024.csv');
const FASILITAS = sample('fasilitas-kesehatan-2024.csv');

function isZip(bytes: Buffer): boolean {
  return bytes.subarray(0, 2).toString('latin1') === 'PK';
}

test('Data Package and CKAN exports with the kind notes', async ({ page, app }) => {
  await openAndImport(page, app.url, PENDUDUK);
  await new AppShell(page).goTo('Ekspor');
  const exporter = new ExportPage(page);

  await expect(exporter.kindGroup('spreadsheet')).toContainText(
    'Untuk spreadsheet (rumus dinetralkan)',
  );
  await expect(exporter.kindGroup('spreadsheet')).toContainText('perlindungan rumus');
  await expect(exporter.kindGroup('machine')).toContainText('Untuk mesin (nilai apa adanya)');
  await expect(exporter.kindGroup('machine')).toContainText('Nilai ditulis apa adanya');
  await expect(exporter.kindGroup('metadata')).toContainText(
    'Metadata portal (CKAN, DCAT, schema.org, data.json)',
  );
  await expect(exporter.format('CSV (untuk spreadsheet)')).toBeChecked();
  await expect(exporter.semicolon).toBeVisible();
  await screenshot(page, 'ekspor-format-pilihan');

  await exporter.format(/Frictionless Data Package/).check();
  await expect(exporter.semicolon).toHaveCount(0);
  await expect(exporter.bom).toHaveCount(0);
  const pkg = await exporter.exportAndDownload();
  expect(pkg.suggestedFilename()).toBe('penduduk-kecamatan-2023-2024-datapackage.zip');
  expect(isZip(readFileSync(await pkg.path()))).toBe(true);
  await expect(exporter.done).toContainText('penduduk-kecamatan-2023-2024-datapackage.zip');
  await expect(exporter.done).toContainText('26 baris data ditulis');

  await exporter.format(/Metadata CKAN/).check();
  const ckan = await exporter.exportAndDownload();
  expect(ckan.suggestedFilename()).toBe('penduduk-kecamatan-2023-2024-ckan.json');
  const doc = JSON.parse(readFileSync(await ckan.path(), 'utf8')) as Record<string, unknown>;
  expect(typeof doc['name']).toBe('string');
  await expect(exporter.done).toContainText('Hanya metadata, tanpa baris data');
  // no metadata was filled in: the export is made and the gaps are listed
  await expect(exporter.warnings).toContainText('Catatan metadata');
  await expect(exporter.warnings.getByRole('listitem').first()).toBeVisible();
  await screenshot(page, 'ekspor-format');
});

test('personal data is refused until an override with a reason', async ({ page, app }) => {
  await openAndImport(page, app.url, FASILITAS);
  await new AppShell(page).goTo('Ekspor');
  const exporter = new ExportPage(page);

  await exporter.exportButton.click();
  await expect(exporter.refusal).toContainText('nik_kepala');
  await expect(exporter.refusal).toContainText('no_hp_kepala');
  await expect(exporter.refusal).toContainText('Validasi');
  await expect(exporter.overrideForm).toContainText('log audit');
  await expect(exporter.confirmOverride).toBeDisabled();
  await expect(exporter.done).toHaveCount(0);
  await screenshot(page, 'ekspor-data-pribadi');

  const download = await exporter.overrideAndDownload(
    'Diserahkan ke Dinas Kesehatan untuk verifikasi kepala fasilitas.',
  );
  expect(download.suggestedFilename()).toBe('fasilitas-kesehatan-2024.csv');
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.split(/\r?\n/)[0]).toContain('nik_kepala');
  await expect(exporter.done).toContainText('fasilitas-kesehatan-2024.csv');
  await expect(exporter.refusal).toHaveCount(0);
});

test('Katalog Data builds the HTML site as a zip', async ({ page, app }) => {
  await openAndImport(page, app.url, PENDUDUK);
  const shell = new AppShell(page);
  await shell.goTo('Katalog Data');
  await expect(shell.pageTitle()).toHaveText('Katalog Data');
  await expect(page.getByTestId('catalog-about')).toContainText('belum diklasifikasikan');
  await expect(page.getByRole('radio', { name: /Situs HTML statis/ })).toBeChecked();
  await page.getByLabel('Organisasi (walidata)').fill('Diskominfo Kota Balikpapan');

  const downloading = page.waitForEvent('download');
  await page.getByTestId('catalog-button').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.zip$/);
  expect(isZip(readFileSync(await download.path()))).toBe(true);
  await expect(page.getByTestId('catalog-done')).toContainText('.zip');
  await expect(page.getByTestId('catalog-warnings')).toContainText('penduduk-kecamatan-2023-2024');
  await screenshot(page, 'katalog-data-layar');
});

test('a form without metadata says so; a bundle goes out and comes back', async ({ page, app }) => {
  await openAndImport(page, app.url, PENDUDUK);
  await new AppShell(page).goTo('Ekspor');
  const exporter = new ExportPage(page);

  // no metadata saved yet: the form is refused with a plain message, nothing is downloaded
  await exporter.printForms.getByLabel('Formulir').selectOption('ms-keg');
  await exporter.printForms.getByLabel('Bentuk').selectOption('pdf');
  await exporter.printForms.getByRole('button', { name: 'Buat formulir' }).click();
  await expect(exporter.printForms.getByRole('alert')).toContainText('Formulir tidak dapat dibuat');
  await expect(exporter.printForms.getByRole('alert')).toContainText('belum memiliki metadata');
  await screenshot(page, 'ekspor-formulir');

  const bundling = page.waitForEvent('download');
  await exporter.bundleCreate.getByRole('button', { name: 'Buat paket (.sdbundle)' }).click();
  const bundle = await bundling;
  expect(bundle.suggestedFilename()).toMatch(/\.sdbundle$/);
  await expect(page.getByTestId('bundle-done')).toContainText('.sdbundle');

  const file = `${app.dir}/${bundle.suggestedFilename()}`;
  await bundle.saveAs(file);
  await exporter.bundleImport.getByLabel('Berkas paket').setInputFiles(file);
  await expect(page.getByTestId('bundle-inspect')).toBeVisible();
  await expect(exporter.bundleImport).toContainText('Sama dengan yang sudah ada');
  await screenshot(page, 'ekspor-paket');
  await exporter.bundleImport.getByRole('button', { name: 'Impor paket' }).click();
  await expect(new AppShell(page).pageTitle()).toHaveText('penduduk-kecamatan-2023-2024');
  await expect(page.getByRole('status').filter({ hasText: 'Paket diimpor' })).toBeVisible();
});
