/** The frame around every screen: header, language switch, left navigation. */
import type { Locator, Page } from '@playwright/test';

export type NavItem =
  | 'Ruang Kerja'
  | 'Dataset'
  | 'Validasi'
  | 'Metadata'
  | 'Ekspor'
  | 'Katalog Data'
  | 'Workspace'
  | 'Validation'
  | 'Export'
  | 'Data Catalog';

export class AppShell {
  readonly header: Locator;
  readonly workspaceInfo: Locator;
  readonly nav: Locator;
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.header = page.getByRole('banner');
    this.workspaceInfo = page.getByTestId('workspace-info');
    this.nav = page.getByRole('navigation');
    this.main = page.getByRole('main');
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.workspaceInfo.waitFor();
  }

  navItems(): Locator {
    return this.nav.getByRole('button');
  }

  async goTo(item: NavItem): Promise<void> {
    await this.nav.getByRole('button', { name: item }).click();
  }

  async switchLanguage(lang: 'ID' | 'EN'): Promise<void> {
    await this.header.getByRole('button', { name: lang, exact: true }).click();
  }

  pageTitle(): Locator {
    return this.main.getByRole('heading', { level: 1 });
  }
}
