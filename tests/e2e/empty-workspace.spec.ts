/**
 * Opening a fresh workspace.
 * Rules checked:
 * - a new workspace shows, in Indonesian, what to do first ("Belum ada dataset. Mulai dengan
 *   mengimpor berkas CSV atau XLSX…") with the import button;
 * - the header names the product and the workspace file; the menu holds Ruang Kerja, Dataset,
 *   Validasi, Metadata, Ekspor and Katalog Data, nothing unfinished;
 * - Dataset and Ekspor also say what to do when there is nothing to show;
 * - the language switch shows English and is remembered after a reload; Indonesian has no
 *   English words.
 */
import { AppShell } from './pages/app-shell';
import { WorkspacePage } from './pages/workspace-page';
import { expect, screenshot, test } from './helpers/fixtures';

test('a fresh workspace says what to do first', async ({ page, app }) => {
  const shell = new AppShell(page);
  const workspace = new WorkspacePage(page);
  await shell.open(app.url);

  await expect(shell.header).toContainText('Satu Data Workbench');
  await expect(shell.workspaceInfo).toContainText('ws.db');
  await expect(shell.navItems()).toHaveText([
    'Ruang Kerja',
    'Dataset',
    'Validasi',
    'Metadata',
    'Ekspor',
    'Katalog Data',
  ]);
  await expect(shell.pageTitle()).toHaveText('Ruang Kerja');

  await expect(workspace.emptyState).toContainText(
    'Belum ada dataset. Mulai dengan mengimpor berkas CSV atau XLSX',
  );
  await expect(workspace.importButton).toHaveText('Impor berkas');
  await expect(workspace.datasetTable).toHaveCount(0);
  await expect(page).toHaveTitle('Ruang Kerja · Satu Data Workbench');
  // the token is taken out of the address bar once read
  expect(page.url()).not.toContain('token=');

  const text = await page.locator('body').innerText();
  for (const english of ['Import', 'Export', 'Workspace', 'Loading', 'Cancel', 'Error']) {
    expect(text).not.toContain(english);
  }
  await screenshot(page, 'ruang-kerja-kosong');
});

test('Dataset and Ekspor lead back to importing when the workspace is empty', async ({
  page,
  app,
}) => {
  const shell = new AppShell(page);
  await shell.open(app.url);

  await shell.goTo('Dataset');
  await expect(shell.pageTitle()).toHaveText('Dataset');
  await expect(shell.pageTitle()).toBeFocused();
  await expect(page.getByTestId('empty-state')).toContainText('Belum ada dataset');
  await expect(page.getByTestId('empty-state').getByRole('button')).toHaveText('Impor berkas');

  await shell.goTo('Ekspor');
  await expect(shell.pageTitle()).toHaveText('Ekspor');
  await expect(page.getByTestId('empty-state')).toContainText('Belum ada dataset untuk diekspor');
});

test('the English switch is remembered', async ({ page, app }) => {
  const shell = new AppShell(page);
  await shell.open(app.url);

  await shell.switchLanguage('EN');
  await expect(shell.pageTitle()).toHaveText('Workspace');
  await expect(page.getByTestId('empty-state')).toContainText(
    'There are no datasets yet. Start by importing a CSV or XLSX file',
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.reload();
  await expect(shell.pageTitle()).toHaveText('Workspace');
  await expect(shell.navItems()).toHaveText([
    'Workspace',
    'Dataset',
    'Validation',
    'Metadata',
    'Export',
    'Data Catalog',
  ]);

  await shell.switchLanguage('ID');
  await expect(shell.pageTitle()).toHaveText('Ruang Kerja');
});
