/**
 * Ekspor: choose a dataset, a format and its options, export, receive the download; answer a
 * personal-data refusal; print forms; create and import hand-over bundles.
 */
import type { Download, Locator, Page } from '@playwright/test';

export class ExportPage {
  readonly main: Locator;
  readonly datasetSelect: Locator;
  readonly comma: Locator;
  readonly semicolon: Locator;
  readonly bom: Locator;
  readonly exportButton: Locator;
  readonly done: Locator;
  readonly downloadLink: Locator;
  readonly warnings: Locator;
  readonly refusal: Locator;
  readonly overrideForm: Locator;
  readonly reason: Locator;
  readonly confirmOverride: Locator;
  readonly bundleCreate: Locator;
  readonly bundleImport: Locator;
  readonly printForms: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.main = main;
    this.datasetSelect = main.getByLabel('Dataset', { exact: true });
    this.comma = main.getByRole('radio', { name: /^Koma/ });
    this.semicolon = main.getByRole('radio', { name: /^Titik koma/ });
    this.bom = main.getByRole('checkbox', { name: /BOM/ });
    this.exportButton = page.getByTestId('export-button');
    this.done = page.getByTestId('export-done');
    this.downloadLink = page.getByTestId('download-link');
    this.warnings = page.getByTestId('export-warnings');
    this.refusal = page.getByTestId('export-refused');
    this.overrideForm = main.getByRole('form', { name: 'Tetap sertakan data pribadi' });
    this.reason = this.overrideForm.getByLabel('Alasan (wajib)');
    this.confirmOverride = this.overrideForm.getByRole('button', {
      name: 'Catat pengecualian dan ulangi',
    });
    this.bundleCreate = page.getByTestId('bundle-create');
    this.bundleImport = page.getByTestId('bundle-import');
    this.printForms = page.getByTestId('print-forms');
  }

  /** The radio of an export format, by (part of) its label. */
  format(label: string | RegExp): Locator {
    return this.main.getByRole('radio', { name: label });
  }

  /** The group legend of a format kind, e.g. "Untuk mesin (nilai apa adanya)". */
  kindGroup(kind: 'spreadsheet' | 'machine' | 'metadata'): Locator {
    return this.page.getByTestId(`format-group-${kind}`);
  }

  /** Export and wait for the browser download that follows. */
  async exportAndDownload(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.exportButton.click();
    return download;
  }

  /** Tick every column of a personal-data refusal, give the reason, retry; wait for the download. */
  async overrideAndDownload(reason: string): Promise<Download> {
    for (const box of await this.overrideForm.getByRole('checkbox').all()) await box.check();
    await this.reason.fill(reason);
    const download = this.page.waitForEvent('download');
    await this.confirmOverride.click();
    return download;
  }
}
