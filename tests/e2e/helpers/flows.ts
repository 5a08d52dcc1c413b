/** Steps several specs share, written with the page objects. */
import { expect, type Page } from '@playwright/test';
import { AppShell } from '../pages/app-shell';
import { WorkspacePage } from '../pages/workspace-page';

/** Open the app, import `path` with the detected settings, wait until its grid shows. */
export async function openAndImport(page: Page, url: string, path: string): Promise<void> {
  const shell = new AppShell(page);
  await shell.open(url);
  const dialog = await new WorkspacePage(page).chooseFile(path);
  await expect(dialog.confirmButton).toBeEnabled();
  await dialog.confirm();
  await expect(dialog.root).toBeHidden();
  await expect(page.getByTestId('data-grid')).toBeVisible();
}
