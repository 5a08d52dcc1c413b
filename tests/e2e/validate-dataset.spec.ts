/**
 * Checking a dataset from the Validasi panel and fixing what it finds.
 * Rules checked:
 * - before any check the panel says so and offers "Periksa sekarang";
 * - a check shows who ran it, when, a score per Satu Data principle plus Privasi, and the
 *   findings grouped by rule with the catalog's titles (baris-duplikat among them);
 * - opening a finding moves the grid to its row (row 7 for the duplicate) and marks the row;
 * - "hanya baris bermasalah" shows only the flagged rows, and all rows again when switched off;
 * - "Perbaiki semua" shows a before/after preview, applies one step, the service checks again,
 *   and the group is gone; "Perbaiki semua" for a rule with several values (L, P) merges them
 *   into one map-values step;
 * - what changed since the previous check lists the resolved rule.
 */
import { DatasetPage } from './pages/dataset-page';
import { QualityPanel } from './pages/quality-panel';
import { expect, screenshot, test } from './helpers/fixtures';
import { openAndImport } from './helpers/flows';
import { sample } from './helpers/paths';

const SOURCE = sample('penduduk-kecamatan-2023-2024.csv');
const PROBLEM_ROWS = ['7', '13', '14', '15', '16', '17', '19', '21', '22', '26', '27'];

test('check the penduduk sample, jump to the duplicate and fix it', async ({ page, app }) => {
  await openAndImport(page, app.url, SOURCE);
  const panel = new QualityPanel(page);
  const grid = new DatasetPage(page);
  await panel.openFromMenu();
  await expect(panel.neverChecked).toContainText('belum diperiksa');

  await panel.checkNow();
  await expect(panel.runMeta).toContainText('oleh');
  await expect(panel.runMeta).toContainText('versi 1');
  const scores = panel.scores.getByRole('meter');
  await expect(scores).toHaveCount(5);
  for (const name of [
    'Standar Data',
    'Metadata',
    'Interoperabilitas Data',
    'Kode Referensi',
    'Privasi',
  ]) {
    await expect(panel.scores).toContainText(name);
  }
  await expect(panel.scores.locator('[data-principle="privasi"]')).toContainText('100');
  await screenshot(page, 'validasi-panel');

  const duplicate = panel.group('baris-duplikat');
  await expect(duplicate).toContainText('Baris duplikat');
  await expect(duplicate).toContainText('Galat');
  await panel.openGroup('baris-duplikat');
  await expect(grid.row(7)).toHaveClass(/is-target/);
  await expect(grid.row(7)).toBeInViewport();
  await expect(grid.row(7).getByRole('rowheader')).toHaveClass(/mark-error/);
  await expect(duplicate).toContainText('sama persis');
  await screenshot(page, 'validasi-temuan');

  // only the rows with problems
  await panel.onlyProblems.check();
  await expect(panel.filterBanner).toContainText('11 baris bermasalah');
  await expect.poll(() => grid.rowNumbers()).toEqual(PROBLEM_ROWS);
  await expect(grid.cell(15, 6)).toHaveClass(/mark-error/);
  await expect(grid.cell(15, 6)).toHaveText('L');
  await screenshot(page, 'validasi-baris-bermasalah');
  await panel.filterBanner.getByRole('button', { name: 'Tampilkan semua baris' }).click();
  await expect(panel.filterBanner).toBeHidden();
  await expect.poll(async () => (await grid.rowNumbers()).slice(0, 3)).toEqual(['2', '3', '4']);

  // fix the duplicate with "Perbaiki semua": dedupe, previewed first
  await duplicate.getByRole('button', { name: 'Perbaiki semua' }).click();
  const dialog = panel.quickFixDialog();
  await expect(dialog).toContainText('Hapus duplikat');
  await expect(dialog.getByTestId('step-preview')).toContainText('Dihapus');
  await expect(dialog.locator('tr.is-removed th')).toHaveText('7');
  await screenshot(page, 'perbaikan-cepat');
  await dialog.getByRole('button', { name: 'Terapkan 1 langkah' }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.runMeta).toContainText('versi 2');
  await expect(panel.group('baris-duplikat')).toHaveCount(0);
  await expect(grid.facts.getByTestId('dataset-rows')).toHaveText('25');
  await expect(panel.diff).toContainText('Selesai (1)');
  await expect(panel.diff).toContainText('Baris duplikat');
});

test('fix L and P in one step and keep the rest of the rule', async ({ page, app }) => {
  await openAndImport(page, app.url, SOURCE);
  const panel = new QualityPanel(page);
  const grid = new DatasetPage(page);
  await panel.openFromMenu();
  await panel.checkNow();
  const rule = await panel.openGroup('nilai-referensi-tidak-dikenal');
  await expect(rule.getByTestId('finding-item')).toHaveCount(3);
  await rule.getByRole('button', { name: 'Perbaiki semua (2)' }).click();
  const dialog = panel.quickFixDialog();
  await expect(dialog.getByRole('list', { name: 'Nilai yang diganti' })).toContainText('LAKI-LAKI');
  await expect(dialog.getByRole('list', { name: 'Nilai yang diganti' })).toContainText('PEREMPUAN');
  await expect(dialog.getByTestId('step-preview')).toContainText('Sesudah');
  await dialog.getByRole('button', { name: 'Terapkan 1 langkah' }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.runMeta).toContainText('versi 2');
  await expect(grid.cell(15, 6)).toHaveText('LAKI-LAKI');
  await expect(grid.cell(16, 6)).toHaveText('PEREMPUAN');
  await expect(
    panel.group('nilai-referensi-tidak-dikenal').locator('.finding-group-count'),
  ).toHaveText('1');
});
