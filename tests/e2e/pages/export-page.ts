/** Ekspor: choose a dataset and CSV options, export, receive the download. */
import type { Download, Locator, Page } from '@playwright/test';

export class ExportPage {
  readonly datasetSelect: Locator;
  readonly comma: Locator;
  readonly semicolon: Locator;
  readonly bom: Locator;
  readonly exportButton: Locator;
  readonly done: Locator;
  readonly downloadLink: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.datasetSelect = main.getByLabel('Dataset');
    this.comma = main.getByRole('radio', { name: /^Koma/ });
    this.semicolon = main.getByRole('radio', { name: /^Titik koma/ });
    this.bom = main.getByRole('checkbox', { name: /BOM/ });
    this.exportButton = page.getByTestId('export-button');
    this.done = page.getByTestId('export-done');
    this.downloadLink = page.getByTestId('download-link');
  }

  /** Export and wait for the browser download that follows. */
  async exportAndDownload(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.exportButton.click();
    return download;
  }
}
