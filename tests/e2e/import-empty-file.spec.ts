/**
 * Importing a file that cannot be used.
 * Rules checked:
 * - an empty file gives a clear message in Indonesian that names the file, in an alert box
 *   inside the import dialog, with its stable code;
 * - in the English UI the same failure reads in English;
 * - nothing is added to the workspace: after closing the dialog the empty state is still there.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppShell } from './pages/app-shell';
import { WorkspacePage } from './pages/workspace-page';
import { expect, test } from './helpers/fixtures';

test('an empty file is refused with a clear message and the workspace is unchanged', async ({
  page,
  app,
}) => {
  const empty = join(app.dir, 'kosong.csv');
  writeFileSync(empty, '');
  const shell = new AppShell(page);
  const workspace = new WorkspacePage(page);
  await shell.open(app.url);

  const dialog = await workspace.chooseFile(empty);
  await expect(dialog.error).toBeVisible();
  await expect(dialog.error).toContainText('Berkas ini tidak dapat diimpor');
  await expect(dialog.error).toContainText('kosong.csv');
  await expect(dialog.error).toContainText('kosong');
  await expect(dialog.error).toContainText('Kode masalah:');
  await expect(dialog.confirmButton).toHaveCount(0);

  await dialog.close();
  await expect(dialog.root).toBeHidden();
  await expect(workspace.emptyState).toContainText('Belum ada dataset');
  await page.reload();
  await expect(workspace.emptyState).toBeVisible();
  await expect(workspace.datasetRows).toHaveCount(0);
});

test('the same failure reads in English in the English UI', async ({ page, app }) => {
  const empty = join(app.dir, 'empty.csv');
  writeFileSync(empty, '');
  const shell = new AppShell(page);
  await shell.open(app.url);
  await shell.switchLanguage('EN');

  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-button').click();
  await (await chooser).setFiles(empty);
  const alert = page.getByTestId('import-dialog').getByRole('alert');
  await expect(alert).toContainText('This file cannot be imported');
  await expect(alert).toContainText('empty.csv');
  await expect(alert).toContainText('empty');
  await expect(alert).not.toContainText('Berkas');
});
