/** Ruang Kerja: the dataset list, the empty state, and the way into the import dialog. */
import type { Locator, Page } from '@playwright/test';
import { ImportDialog } from './import-dialog';

export class WorkspacePage {
  readonly emptyState: Locator;
  readonly importButton: Locator;
  readonly datasetTable: Locator;
  readonly datasetRows: Locator;

  constructor(readonly page: Page) {
    this.emptyState = page.getByTestId('empty-state');
    this.importButton = page.getByTestId('import-button');
    this.datasetTable = page.getByTestId('dataset-table');
    this.datasetRows = page.getByTestId('dataset-row');
  }

  /** Click "Impor berkas" and pick `path` in the file chooser. */
  async chooseFile(path: string): Promise<ImportDialog> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.importButton.click();
    await (await chooser).setFiles(path);
    return new ImportDialog(this.page);
  }

  /** Drop a file on the page, as a steward drags it from the file manager. */
  async dropFile(name: string, content: string): Promise<ImportDialog> {
    const dataTransfer = await this.page.evaluateHandle(
      `(() => {
        const dt = new DataTransfer();
        dt.items.add(new File([${JSON.stringify(content)}], ${JSON.stringify(name)}, { type: 'text/csv' }));
        return dt;
      })()`,
    );
    const target = this.page.getByRole('main');
    await target.dispatchEvent('dragenter', { dataTransfer });
    await target.dispatchEvent('dragover', { dataTransfer });
    await target.dispatchEvent('drop', { dataTransfer });
    return new ImportDialog(this.page);
  }

  row(name: string): Locator {
    return this.datasetRows.filter({ has: this.page.getByRole('button', { name, exact: true }) });
  }

  async openDataset(name: string): Promise<void> {
    await this.datasetTable.getByRole('button', { name, exact: true }).click();
  }
}
