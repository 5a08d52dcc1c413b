/** The import dialog: detected settings, preview, overrides, progress, errors. */
import type { Locator, Page } from '@playwright/test';

export class ImportDialog {
  readonly root: Locator;
  readonly facts: Locator;
  readonly previewTable: Locator;
  readonly confirmButton: Locator;
  readonly error: Locator;
  readonly noHeader: Locator;
  readonly encoding: Locator;
  readonly delimiter: Locator;
  readonly nameInput: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('import-dialog');
    this.facts = this.root.getByTestId('import-facts');
    this.previewTable = this.root.getByTestId('preview-table');
    this.confirmButton = this.root.getByTestId('confirm-import');
    this.error = this.root.getByRole('alert');
    this.noHeader = this.root.getByRole('checkbox', { name: 'Tanpa baris judul kolom' });
    this.encoding = this.root.getByLabel('Pengodean huruf');
    this.delimiter = this.root.getByLabel('Pemisah kolom');
    this.nameInput = this.root.getByLabel('Nama dataset');
  }

  /** The value shown beside a fact label, e.g. fact('Baris data') → "26". */
  fact(label: string): Locator {
    return this.facts
      .locator('div')
      .filter({ has: this.page.locator('dt', { hasText: label }) })
      .locator('dd');
  }

  async confirm(): Promise<void> {
    await this.confirmButton.click();
  }

  /** The "Tutup" button in the dialog footer. */
  async close(): Promise<void> {
    await this.root.locator('footer').getByRole('button').first().click();
  }
}
