/**
 * Editing a dataset's metadata in browser mode.
 * Rules checked:
 * - Metadata comes after Dataset in the menu and says what to do when there is no dataset yet;
 * - it opens the open dataset's metadata in the sdi-dataset profile, never saved yet; an empty
 *   required field says "Wajib diisi." next to it;
 * - "Isi otomatis dari data" fills only empty fields — periode from the tahun column
 *   (2023–2024), cakupan wilayah from the region codes (64.71 Kota Balikpapan), tingkat
 *   penyajian, the column dictionary — says what it filled and keeps what was written;
 * - live validation explains a too-short description and a bad email in Indonesian next to the
 *   field, and the messages go away once corrected; sub-topics follow the chosen topic; region
 *   names are suggested as you type;
 * - Simpan stores version 1 ("Versi 1 disimpan oleh …"); after a reload the values are there;
 * - a column's Standar Data opens from the grid's column header with the keyboard, is checked
 *   live, and is saved as version 2; the Metadata column dictionary shows it; Riwayat lists both
 *   versions and version 1 can be read;
 * - leaving with unsaved changes asks first.
 */
import { AppShell } from './pages/app-shell';
import { ColumnPanel } from './pages/column-panel';
import { DatasetPage } from './pages/dataset-page';
import { MetadataPage } from './pages/metadata-page';
import { expect, screenshot, test } from './helpers/fixtures';
import { openAndImport } from './helpers/flows';
import { sample } from './helpers/paths';

const SOURCE = sample('penduduk-kecamatan-2023-2024.csv');
const NAME = 'penduduk-kecamatan-2023-2024';
const JUDUL = 'Jumlah Penduduk Berdasarkan Kecamatan dan Jenis Kelamin di Kota Balikpapan';
const DESKRIPSI =
  'Jumlah penduduk Kota Balikpapan per kecamatan dan jenis kelamin, tahun 2023 sampai 2024, menurut data administrasi kependudukan.';
const EMAIL = 'statistik@balikpapan.go.id';
/** column 7 of the sample */
const JUMLAH = 7;

test('Metadata says what to do in an empty workspace', async ({ page, app }) => {
  const shell = new AppShell(page);
  await shell.open(app.url);
  await expect(shell.navItems()).toHaveText([
    'Ruang Kerja',
    'Dataset',
    'Validasi',
    'Metadata',
    'Ekspor',
    'Katalog Data',
  ]);
  await shell.goTo('Metadata');
  await expect(shell.pageTitle()).toHaveText('Metadata');
  await expect(page.getByTestId('empty-state')).toContainText('Belum ada dataset');
  await expect(page.getByTestId('empty-state').getByRole('button')).toHaveText('Impor berkas');
});

test('prefill, complete, save, reload, then a column Standar Data from the grid', async ({
  page,
  app,
}) => {
  await openAndImport(page, app.url, SOURCE);
  const shell = new AppShell(page);
  const meta = new MetadataPage(page);

  await shell.goTo('Metadata');
  await expect(shell.pageTitle()).toHaveText('Metadata');
  await expect(meta.version).toHaveText('Belum pernah disimpan');
  await expect(meta.profileSelect).toHaveValue('sdi-dataset');
  await expect(meta.problems('/judul')).toHaveText(['Wajib diisi.']);
  await expect(meta.problems('/cakupan_wilayah')).toHaveText(['Wajib diisi.']);

  // what the steward wrote stays; prefill fills the rest
  await meta.input('/judul').fill(JUDUL);
  await expect(meta.problems('/judul')).toHaveCount(0);
  await meta.prefillButton.click();
  await expect(meta.prefillNote).toContainText('Periode awal');
  await expect(meta.prefillNote).toContainText('Cakupan wilayah');
  await expect(meta.prefillNote).not.toContainText('Judul');
  await expect(meta.input('/judul')).toHaveValue(JUDUL);
  await expect(meta.input('/periode_awal')).toHaveValue('2023');
  await expect(meta.input('/periode_akhir')).toHaveValue('2024');
  await expect(meta.field('/periode_awal')).toContainText('Diisi otomatis');
  await expect(meta.chips('/cakupan_wilayah')).toHaveText(['Kota Balikpapan']);
  await expect(meta.input('/tingkat_penyajian')).toHaveValue('kecamatan');
  await expect(meta.problems('/cakupan_wilayah')).toHaveCount(0);
  await expect(meta.columnDictionary.locator('tbody tr')).toHaveCount(10);

  // live validation, in Indonesian, next to the field
  await meta.input('/deskripsi').fill('Terlalu pendek');
  await expect(meta.problems('/deskripsi')).toContainText(['terlalu pendek: minimal 20 karakter']);
  await meta.field('/kontak/nama').locator('input').fill('Bidang Statistik Diskominfo');
  await meta.field('/kontak/email').locator('input').fill('bukan-email');
  await expect(meta.problems('/kontak/email')).toContainText(['bukan alamat email yang sah']);
  await meta.field('/deskripsi').scrollIntoViewIfNeeded();
  await screenshot(page, 'metadata-validation');

  await meta.input('/deskripsi').fill(DESKRIPSI);
  await expect(meta.problems('/deskripsi')).toHaveCount(0);
  await meta.field('/kontak/email').locator('input').fill(EMAIL);
  await expect(meta.problems('/kontak/email')).toHaveCount(0);
  await expect(meta.problems('/kontak')).toHaveCount(0);

  await meta
    .input('/produsen_data')
    .fill('Dinas Kependudukan dan Pencatatan Sipil Kota Balikpapan');
  await meta.input('/topik').selectOption({ label: 'Pemerintahan Umum' });
  // sub-topics follow the topic
  await expect(meta.input('/sub_topik').locator('option')).toHaveCount(10);
  await meta.input('/sub_topik').selectOption({ label: 'Kependudukan' });
  await meta.input('/frekuensi').selectOption({ label: 'Tahunan' });
  await meta.input('/klasifikasi_akses').selectOption({ label: 'Terbuka' });
  await meta.input('/lisensi').selectOption('cc-by-4.0');

  // region names are suggested as you type (nothing is added until one is picked)
  await meta.chipsInput('/cakupan_wilayah').fill('Balikpapan Teng');
  await expect(meta.field('/cakupan_wilayah').getByRole('option').first()).toContainText(
    'Balikpapan Tengah',
  );
  await meta.chipsInput('/cakupan_wilayah').press('Escape');
  await meta.chipsInput('/cakupan_wilayah').fill('');

  await expect(meta.main.locator('[data-code="wajib-diisi"]')).toHaveCount(0);
  await expect(meta.unsaved).toBeVisible();
  await meta.main.evaluate((m) => m.scrollTo(0, 0));
  await screenshot(page, 'metadata-form');

  await meta.saveButton.click();
  await expect(meta.saveDone).toContainText('Versi 1 disimpan.');
  await expect(meta.version).toContainText('Versi 1 disimpan oleh');
  await expect(meta.unsaved).toHaveCount(0);

  // after a reload the saved values are back
  await page.reload();
  await shell.workspaceInfo.waitFor();
  await shell.goTo('Metadata');
  await page.getByTestId('empty-state').getByRole('button', { name: NAME }).click();
  await expect(meta.version).toContainText('Versi 1 disimpan oleh');
  await expect(meta.input('/judul')).toHaveValue(JUDUL);
  await expect(meta.input('/deskripsi')).toHaveValue(DESKRIPSI);
  await expect(meta.input('/periode_awal')).toHaveValue('2023');
  await expect(meta.field('/kontak/email').locator('input')).toHaveValue(EMAIL);
  await expect(meta.chips('/cakupan_wilayah')).toHaveText(['Kota Balikpapan']);
  await expect(meta.input('/sub_topik')).toHaveValue('pemerintahan_umum.kependudukan');

  // a column's Standar Data from the grid's column header, by keyboard
  await shell.goTo('Dataset');
  const dataset = new DatasetPage(page);
  await dataset.scrollRight(800);
  const button = dataset.standardButton(JUMLAH);
  await expect(button).toHaveAccessibleName('Isi Standar Data kolom jumlah_penduduk');
  await button.focus();
  await page.keyboard.press('Enter');
  const panel = new ColumnPanel(page);
  await expect(panel.heading()).toHaveText('Standar Data: jumlah_penduduk');
  await expect(panel.input('/peran')).toHaveValue('ukuran');
  await expect(panel.problems('/konsep')).toContainText(['Wajib diisi.']);
  await panel.input('/konsep').fill('Penduduk');
  await panel
    .input('/definisi')
    .fill('Semua orang yang berdomisili di Kota Balikpapan dan tercatat dalam data kependudukan.');
  await panel.input('/satuan').fill('Jiwa');
  await expect(panel.problems('/konsep')).toHaveCount(0);
  await expect(panel.problems('/satuan')).toHaveCount(0);
  await expect(panel.status).toHaveText('Tidak ada masalah');
  await screenshot(page, 'column-panel');
  await panel.saveButton.click();
  await expect(panel.root).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Standar Data kolom' })).toContainText(
    'metadata versi 2',
  );
  await expect(button).toHaveAccessibleName(/sudah diisi/);

  await shell.goTo('Metadata');
  await expect(meta.version).toContainText('Versi 2 disimpan oleh');
  const row = meta.columnDictionary.locator('tr[data-column="jumlah_penduduk"]');
  await expect(row).toContainText('Jiwa');
  await expect(row).not.toContainText('masalah');
  await expect(meta.input('/judul')).toHaveValue(JUDUL);

  // Riwayat lists both versions; version 1 can be read
  await meta.historyButton.click();
  await expect(meta.historyPanel.getByTestId('history-list').locator('li')).toHaveCount(2);
  await meta.historyPanel.getByRole('button', { name: 'Lihat versi 1' }).click();
  const view = meta.historyPanel.getByTestId('version-view');
  await expect(view).toContainText(JUDUL);
  await expect(view).toContainText('64.71');
  await screenshot(page, 'metadata-history');
});

test('leaving with unsaved changes asks first', async ({ page, app }) => {
  await openAndImport(page, app.url, SOURCE);
  const shell = new AppShell(page);
  const meta = new MetadataPage(page);
  await shell.goTo('Metadata');
  await meta.input('/judul').fill(JUDUL);
  await expect(meta.unsaved).toBeVisible();

  await shell.goTo('Dataset');
  const dialog = page.getByTestId('leave-dialog');
  await expect(dialog).toContainText('belum disimpan');
  await dialog.getByRole('button', { name: 'Tetap di sini' }).click();
  await expect(shell.pageTitle()).toHaveText('Metadata');
  await expect(meta.input('/judul')).toHaveValue(JUDUL);

  await shell.goTo('Dataset');
  await dialog.getByRole('button', { name: 'Tinggalkan tanpa menyimpan' }).click();
  await expect(shell.pageTitle()).toHaveText(NAME);
  await shell.goTo('Metadata');
  await expect(meta.input('/judul')).toHaveValue('');
});
