/**
 * A damaged workspace in browser mode.
 * Rules checked:
 * - `satudata serve` on a truncated workspace still starts, and the page shows the recovery
 *   screen in Indonesian: what happened, the automatic backups (date, size), "Pulihkan cadangan
 *   terbaru", and the same restore as a `satudata restore --workspace …` command;
 * - the English switch translates the page;
 * - "Pulihkan cadangan terbaru" restores the backup and lands in the normal Ruang Kerja with the
 *   backup's dataset; the damaged file is kept in `<workspace>.files/damaged/`;
 * - a damaged workspace without any backup says so and offers no restore button.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { startApp, type RunningApp } from './helpers/app-server';
import { expect, screenshot } from './helpers/fixtures';
import { REPO_ROOT, sample } from './helpers/paths';
import { AppShell } from './pages/app-shell';
import { WorkspacePage } from './pages/workspace-page';

function satudata(args: string[], cwd: string): void {
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'satudata.cjs'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.status !== 0) throw new Error(`satudata ${args.join(' ')} failed: ${r.stderr}`);
}

/** A workspace holding the penduduk sample and its daily backup, then cut in half. */
function damagedWithBackup(workspacePath: string, dir: string): void {
  const csv = join(dir, 'penduduk-kecamatan-2023-2024.csv');
  copyFileSync(sample('penduduk-kecamatan-2023-2024.csv'), csv);
  satudata(['import', csv, '--workspace', workspacePath], dir);
  // opening a workspace that holds data and has no backup yet takes the daily backup
  satudata(['list', '--workspace', workspacePath], dir);
  truncateSync(workspacePath, Math.floor(statSync(workspacePath).size / 2));
}

const test = base.extend<{ damaged: RunningApp }>({
  // eslint-disable-next-line no-empty-pattern
  damaged: async ({}, use) => {
    const app = await startApp({ prepare: damagedWithBackup });
    await use(app);
    await app.stop();
  },
});

test('a truncated workspace opens on the recovery page and restores the latest backup', async ({
  page,
  damaged,
}) => {
  await page.goto(damaged.url);
  const recovery = page.getByTestId('recovery-page');
  await expect(recovery).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Ruang kerja rusak dan tidak dapat dibuka',
  );
  await expect(recovery).toContainText('rusak atau terpotong');
  await expect(recovery).toContainText(damaged.workspacePath);

  const rows = page.getByTestId('recovery-backup');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('terbaru');
  await expect(rows.first()).toContainText(/\d+(,\d)? KB/);
  await expect(rows.first()).toContainText(String(new Date().getFullYear()));
  await expect(page.getByTestId('recovery-command')).toHaveText(
    `satudata restore --workspace "${damaged.workspacePath}"`,
  );
  const restore = page.getByRole('button', { name: 'Pulihkan cadangan terbaru' });
  await expect(restore).toBeEnabled();
  await expect(page).toHaveTitle(/Ruang kerja rusak/);
  await screenshot(page, 'pemulihan-ruang-kerja');

  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'The workspace is damaged and cannot be opened',
  );
  await expect(page.getByRole('button', { name: 'Restore the latest backup' })).toBeVisible();
  await page.getByRole('button', { name: 'ID', exact: true }).click();

  await restore.click();

  const shell = new AppShell(page);
  const workspace = new WorkspacePage(page);
  await expect(shell.pageTitle()).toHaveText('Ruang Kerja');
  await expect(recovery).toHaveCount(0);
  await expect(workspace.datasetRows).toHaveCount(1);
  await expect(workspace.datasetRows.first()).toContainText('penduduk-kecamatan-2023-2024');
  await expect(shell.workspaceInfo).toContainText('ws.db');
  const kept = readdirSync(join(`${damaged.workspacePath}.files`, 'damaged'));
  expect(kept.filter((n) => n.startsWith('ws.db.'))).toHaveLength(1);
});

const bare = base.extend<{ nobackup: RunningApp }>({
  // eslint-disable-next-line no-empty-pattern
  nobackup: async ({}, use) => {
    const app = await startApp({
      prepare: (path) => writeFileSync(path, 'SQLite format 3\0' + 'x'.repeat(300)),
    });
    await use(app);
    await app.stop();
  },
});

bare(
  'a damaged workspace without backups says there is nothing to restore',
  async ({ page, nobackup }) => {
    await page.goto(nobackup.url);
    await expect(page.getByTestId('recovery-page')).toBeVisible();
    await expect(page.getByTestId('recovery-no-backups')).toContainText(
      'Belum ada cadangan otomatis',
    );
    await expect(page.getByRole('button', { name: 'Pulihkan cadangan terbaru' })).toHaveCount(0);
    await expect(page.getByTestId('recovery-command')).toContainText('satudata restore');
  },
);
