/**
 * Cleaning with steps from the Langkah panel.
 * Rules checked:
 * - with no step yet the panel explains what steps are;
 * - "Tambah langkah" builds a step from its form (map-values), previews it before and after,
 *   and applies it as version 2 that the history lists with who, when and what changed;
 * - Ctrl+Z in the grid undoes the step and "Ulangi" redoes it;
 * - "Ekspor resep" downloads the steps as a recipe; "Terapkan resep" applies a recipe file and
 *   reports the applied and skipped steps;
 * - "Kelompokkan nilai mirip" finds the variants of a name, the chosen value replaces the
 *   others in one step after a preview.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatasetPage } from './pages/dataset-page';
import { QualityPanel } from './pages/quality-panel';
import { expect, screenshot, test } from './helpers/fixtures';
import { openAndImport } from './helpers/flows';
import { sample } from './helpers/paths';

const SOURCE = sample('penduduk-kecamatan-2023-2024.csv');

test('add a map-values step with a preview, undo, redo and export the recipe', async ({
  page,
  app,
}) => {
  await openAndImport(page, app.url, SOURCE);
  const panel = new QualityPanel(page);
  const grid = new DatasetPage(page);
  await panel.openSteps();
  await expect(panel.stepsEmpty).toContainText('Belum ada langkah');

  await panel.addStepButton.click();
  const dialog = panel.addStepDialog();
  await dialog.getByLabel('Jenis langkah').selectOption('map-values');
  await dialog.getByLabel('Kolom', { exact: true }).selectOption('jenis_kelamin');
  await dialog.getByLabel('Nilai sekarang, baris 1').fill('L');
  await dialog.getByLabel('Menjadi, baris 1').fill('LAKI-LAKI');
  await dialog.getByRole('button', { name: 'Tambah pasangan' }).click();
  await dialog.getByLabel('Nilai sekarang, baris 2').fill('P');
  await dialog.getByLabel('Menjadi, baris 2').fill('PEREMPUAN');
  await expect(dialog.getByRole('button', { name: 'Terapkan langkah' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Pratinjau' }).click();
  const preview = dialog.getByTestId('step-preview');
  await expect(preview).toContainText('2 sel diubah');
  await expect(preview.locator('td.is-after')).toHaveText(['LAKI-LAKI', 'PEREMPUAN']);
  await dialog.getByRole('button', { name: 'Terapkan langkah' }).click();
  await expect(dialog).toBeHidden();

  await expect(panel.versions.first()).toContainText('Versi 2');
  await expect(panel.versions.first()).toContainText('saat ini');
  await expect(panel.versions.first().getByTestId('history-step')).toContainText('2 sel diubah');
  await expect(grid.cell(15, 6)).toHaveText('LAKI-LAKI');
  await screenshot(page, 'langkah-panel');

  // Ctrl+Z with the grid focused, then Ulangi
  await grid.grid.focus();
  await page.keyboard.press('Control+z');
  await expect(grid.cell(15, 6)).toHaveText('L');
  await expect(panel.versions.first()).toContainText('diurungkan');
  await panel.redoButton.click();
  await expect(grid.cell(15, 6)).toHaveText('LAKI-LAKI');
  await expect(panel.undoButton).toBeEnabled();

  const download = page.waitForEvent('download');
  await panel.exportRecipeButton.click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('penduduk-kecamatan-2023-2024-resep.json');
  const recipe = JSON.parse(readFileSync(await file.path(), 'utf8')) as unknown;
  expect(recipe).toEqual({
    version: 1,
    steps: [
      {
        op: 'map-values',
        column: 'jenis_kelamin',
        mapping: { L: 'LAKI-LAKI', P: 'PEREMPUAN' },
      },
    ],
  });
});

test('apply a recipe file and read its report', async ({ page, app }) => {
  await openAndImport(page, app.url, SOURCE);
  const panel = new QualityPanel(page);
  const grid = new DatasetPage(page);
  await panel.openSteps();
  const path = join(app.dir, 'resep.json');
  writeFileSync(
    path,
    JSON.stringify({
      version: 1,
      steps: [{ op: 'dedupe' }, { op: 'parse-number', column: 'kolom_tidak_ada', locale: 'id' }],
    }),
  );
  await panel.applyRecipe(path);
  await expect(panel.recipeReport).toContainText('1 langkah diterapkan, 1 dilewati');
  await expect(panel.recipeReport).toContainText('Dilewati');
  await expect(grid.facts.getByTestId('dataset-rows')).toHaveText('25');
});

test('cluster the variants of a name and keep one', async ({ page, app }) => {
  const path = join(app.dir, 'kecamatan-varian.csv');
  writeFileSync(
    path,
    [
      'nama_kecamatan,jumlah',
      'Balikpapan Kota,10',
      'BALIKPAPAN KOTA,11',
      'balikpapan  kota,12',
      'Balikpapan Selatan,13',
      'BALIKPAPAN SELATAN,14',
      'Balikpapan Utara,15',
      '',
    ].join('\n'),
  );
  await openAndImport(page, app.url, path);
  const panel = new QualityPanel(page);
  const grid = new DatasetPage(page);
  await panel.openSteps();
  await panel.clusterButton.click();
  const dialog = panel.clusterDialog();
  await dialog.getByLabel('Kolom', { exact: true }).selectOption('nama_kecamatan');
  await dialog.getByLabel('Cara mengelompokkan').selectOption('fingerprint');
  await dialog.getByRole('button', { name: 'Kelompokkan', exact: true }).click();
  const groups = dialog.getByTestId('cluster-groups').locator('> li');
  await expect(groups).toHaveCount(2);
  const kota = groups.filter({ hasText: 'balikpapan  kota' });
  await kota.getByRole('radio', { name: /BALIKPAPAN KOTA/ }).check();
  await dialog.getByRole('button', { name: 'Lihat pratinjau' }).click();
  await expect(dialog.getByTestId('step-preview')).toContainText('Sesudah');
  await screenshot(page, 'kelompokkan-nilai');
  await dialog.getByRole('button', { name: 'Terapkan', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(grid.cell(2, 0)).toHaveText('BALIKPAPAN KOTA');
  await expect(grid.cell(4, 0)).toHaveText('BALIKPAPAN KOTA');
  await expect(grid.cell(7, 0)).toHaveText('Balikpapan Utara');
});
