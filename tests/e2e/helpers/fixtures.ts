/**
 * `test` with an `app` fixture: every test gets its own `satudata serve` and workspace, and the
 * page opens on it in Indonesian (the default language).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startApp, type RunningApp } from './app-server';
import { SCREENSHOTS_DIR } from './paths';

export const test = base.extend<{ app: RunningApp }>({
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const app = await startApp();
    await use(app);
    await app.stop();
  },
});

export { expect };

/** Save a full-window screenshot as screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`) });
}
