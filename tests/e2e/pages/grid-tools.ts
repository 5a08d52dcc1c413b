/** The grid's column tools: sort from the header, the column menu, the chips, Profil kolom. */
import type { Locator, Page } from '@playwright/test';
import { DatasetPage } from './dataset-page';

export class GridTools {
  readonly dataset: DatasetPage;
  readonly menu: Locator;
  readonly viewBar: Locator;
  readonly count: Locator;
  readonly filterChips: Locator;
  readonly sortChip: Locator;
  readonly profile: Locator;

  constructor(readonly page: Page) {
    this.dataset = new DatasetPage(page);
    this.menu = page.getByTestId('column-menu');
    this.viewBar = page.getByTestId('grid-view-bar');
    this.count = page.getByTestId('grid-count');
    this.filterChips = page.getByTestId('filter-chip');
    this.sortChip = page.getByTestId('sort-chip');
    this.profile = page.getByTestId('profile-panel');
  }

  sortButton(column: number): Locator {
    return this.dataset.columnHeader(column).getByTestId('column-sort-button');
  }

  async openMenu(column: number): Promise<void> {
    await this.dataset.columnHeader(column).getByTestId('column-menu-button').click();
    await this.menu.waitFor();
  }

  /** Add a filter from the column menu: operator label and value(s) as a steward types them. */
  async filter(column: number, operator: string, ...values: string[]): Promise<void> {
    await this.openMenu(column);
    await this.menu.getByLabel('Saring baris').selectOption({ label: operator });
    const labels = values.length === 2 ? ['Dari', 'Sampai'] : ['Nilai'];
    for (const [i, value] of values.entries()) {
      await this.menu.getByLabel(labels[i] ?? 'Nilai', { exact: true }).fill(value);
    }
    await this.menu.getByRole('button', { name: 'Terapkan saringan' }).click();
  }

  async openProfile(column: number): Promise<void> {
    await this.openMenu(column);
    await this.menu.getByRole('button', { name: 'Profil kolom' }).click();
    await this.profile.waitFor();
  }

  /** Wait until the side panel has slid in (for screenshots). */
  async settled(): Promise<void> {
    await this.profile.evaluate((el) =>
      Promise.all(
        el.getAnimations({ subtree: true }).map((a: { finished: Promise<unknown> }) => a.finished),
      ),
    );
  }

  profileFact(testId: string): Locator {
    return this.profile.getByTestId(testId);
  }

  /** Row numbers (the file's lines) of the rows drawn, top to bottom. */
  async lines(): Promise<number[]> {
    return (await this.dataset.rowNumbers())
      .filter((s) => s !== '')
      .map((s) => Number(s.replace(/\./g, '')));
  }
}
