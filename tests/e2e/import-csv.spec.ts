/**
 * Importing a CSV file in browser mode.
 * Rules checked:
 * - "Impor berkas" → file chooser → upload → the preview shows what was detected (UTF-8,
 *   comma, header on row 1, 26 data rows) and the first rows as in the file;
 * - ticking "Tanpa baris judul kolom" reads the file again (the header line becomes data);
 * - importing opens the dataset: the grid numbers rows as the spreadsheet does (2, 3, …) and
 *   shows each cell as written; "Lompat ke baris" reaches the last row;
 * - Ruang Kerja then lists the dataset with its rows, columns and version;
 * - a file dropped on the page starts the same import.
 */
import { readFileSync } from 'node:fs';
import { AppShell } from './pages/app-shell';
import { DatasetPage } from './pages/dataset-page';
import { WorkspacePage } from './pages/workspace-page';
import { readCsv } from './helpers/csv';
import { expect, screenshot, test } from './helpers/fixtures';
import { sample } from './helpers/paths';

const FILE = 'penduduk-kecamatan-2023-2024.csv';
const SOURCE = sample(FILE);

test('import the population sample and see its rows', async ({ page, app }) => {
  const expected = readCsv(SOURCE);
  const header = expected[0] ?? [];
  const data = expected.slice(1);
  expect(data).toHaveLength(26);

  const shell = new AppShell(page);
  const workspace = new WorkspacePage(page);
  await shell.open(app.url);

  const dialog = await workspace.chooseFile(SOURCE);
  await expect(dialog.root).toBeVisible();
  await expect(dialog.root.getByRole('heading')).toHaveText(`Impor ${FILE}`);
  await expect(dialog.fact('Pengodean huruf')).toHaveText('UTF-8 (standar)');
  await expect(dialog.fact('Pemisah kolom')).toHaveText('Koma ( , )');
  await expect(dialog.fact('Baris judul kolom')).toHaveText('Baris 1');
  await expect(dialog.fact('Baris data')).toHaveText('26');
  await expect(dialog.nameInput).toHaveValue('penduduk-kecamatan-2023-2024');
  const firstPreviewRow = dialog.previewTable.locator('tbody tr').first().locator('td');
  await expect(firstPreviewRow).toHaveText(data[0] ?? []);
  await expect(dialog.previewTable.locator('thead th').first()).toContainText(header[0] ?? '');
  await screenshot(page, 'import-preview');

  await dialog.confirm();
  await expect(dialog.root).toBeHidden();

  const dataset = new DatasetPage(page);
  await expect(shell.pageTitle()).toHaveText('penduduk-kecamatan-2023-2024');
  await expect(page.getByRole('status').filter({ hasText: 'berhasil diimpor' })).toContainText(
    '26 baris data',
  );
  await expect(dataset.facts).toContainText(FILE);
  await expect(page.getByTestId('dataset-rows')).toHaveText('26');
  await expect(dataset.columnHeader(0)).toContainText(header[0] ?? '');

  await expect
    .poll(async () => (await dataset.rowNumbers()).slice(0, 5))
    .toEqual(['2', '3', '4', '5', '6']);
  for (const line of [2, 3, 8, 19]) {
    const row = data[line - 2] ?? [];
    for (const column of [0, 1, 4, 5]) {
      await expect(dataset.cell(line, column)).toHaveText(row[column] ?? '');
    }
  }
  // the quoted "92.651" on line 19 stays as written
  await expect(dataset.cell(19, 7)).toHaveText('92.651');
  await screenshot(page, 'dataset');

  await dataset.jumpTo(27);
  await expect(dataset.row(27)).toHaveClass(/is-target/);
  await expect(dataset.cell(27, 5)).toHaveText(data[25]?.[5] ?? '');

  await shell.goTo('Ruang Kerja');
  await expect(workspace.datasetRows).toHaveCount(1);
  const listed = workspace.row('penduduk-kecamatan-2023-2024');
  await expect(listed.locator('td')).toContainText([FILE, '26', '10', '1']);
  await screenshot(page, 'ruang-kerja-dataset');
});

test('"Tanpa baris judul kolom" reads the file again', async ({ page, app }) => {
  await new AppShell(page).open(app.url);
  const dialog = await new WorkspacePage(page).chooseFile(SOURCE);
  await expect(dialog.fact('Baris data')).toHaveText('26');

  await dialog.noHeader.check();
  await expect(dialog.fact('Baris judul kolom')).toHaveText('Tidak ada');
  await expect(dialog.fact('Baris data')).toHaveText('27');
  await expect(dialog.previewTable.locator('tbody tr').first()).toContainText('kode_provinsi');

  await dialog.noHeader.uncheck();
  await expect(dialog.fact('Baris data')).toHaveText('26');
  await dialog.close();
  await expect(dialog.root).toBeHidden();
  await expect(page.getByTestId('empty-state')).toBeVisible();
});

test('a file dropped on the page is imported the same way', async ({ page, app }) => {
  await new AppShell(page).open(app.url);
  const dialog = await new WorkspacePage(page).dropFile(FILE, readFileSync(SOURCE, 'utf8'));
  await expect(dialog.fact('Baris data')).toHaveText('26');
  await dialog.confirm();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('penduduk-kecamatan-2023-2024');
  await expect(new DatasetPage(page).cell(2, 5)).toHaveText('BALIKPAPAN TIMUR');
});
