/** Dataset: facts and the virtual grid. Rows are found by their spreadsheet row number. */
import type { Locator, Page } from '@playwright/test';

export class DatasetPage {
  readonly grid: Locator;
  readonly facts: Locator;
  readonly jumpInput: Locator;
  readonly jumpButton: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByTestId('data-grid');
    this.facts = page.getByTestId('dataset-facts');
    this.jumpInput = page.getByLabel('Lompat ke baris');
    this.jumpButton = page.getByRole('button', { name: 'Lompat', exact: true });
  }

  row(line: number): Locator {
    return this.grid.locator(`[role="row"][data-line="${line}"]`);
  }

  /** Text of the cell in column `column` (0-based, as in the file) of row `line`. */
  cell(line: number, column: number): Locator {
    return this.row(line).locator(`[role="cell"][aria-colindex="${column + 2}"]`);
  }

  rowNumbers(): Promise<string[]> {
    return this.grid.getByRole('rowheader').allTextContents();
  }

  columnHeader(column: number): Locator {
    return this.grid.locator(`[role="columnheader"][aria-colindex="${column + 2}"]`);
  }

  /** The Standar Data button in a column's header. */
  standardButton(column: number): Locator {
    return this.columnHeader(column).getByTestId('column-standard-button');
  }

  async jumpTo(line: number): Promise<void> {
    await this.jumpInput.fill(String(line));
    await this.jumpButton.click();
  }

  /** Scroll the grid sideways so that later columns are drawn. */
  async scrollRight(pixels: number): Promise<void> {
    await this.grid.hover();
    await this.page.mouse.wheel(pixels, 0);
  }
}
