/** The side panel with one column's Standar Data (from the grid header or the Metadata form). */
import type { Locator, Page } from '@playwright/test';

export class ColumnPanel {
  readonly root: Locator;
  readonly saveButton: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('column-panel');
    this.saveButton = this.root.getByTestId('column-panel-save');
    this.status = this.root.getByTestId('column-panel-status');
  }

  /** A field of the column form, by its JSON pointer inside the entry ('/konsep'). */
  field(pointer: string): Locator {
    return this.root.locator(`[data-field="${pointer}"]`);
  }

  input(pointer: string): Locator {
    return this.field(pointer).locator(':scope > input, :scope > textarea, :scope > select');
  }

  problems(pointer: string): Locator {
    return this.field(pointer).locator(':scope > [data-testid="field-problems"] > li');
  }

  heading(): Locator {
    return this.root.getByRole('heading', { level: 2 });
  }
}
