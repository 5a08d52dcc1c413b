/**
 * Metadata: the profile picker, the form generated from the profile (fields found by their
 * label, problems by the field's JSON pointer), prefill, save, the version line, the history
 * and the completeness card.
 */
import type { Locator, Page } from '@playwright/test';

export class MetadataPage {
  readonly main: Locator;
  readonly profileSelect: Locator;
  readonly prefillButton: Locator;
  readonly saveButton: Locator;
  readonly historyButton: Locator;
  readonly version: Locator;
  readonly unsaved: Locator;
  readonly prefillNote: Locator;
  readonly saveDone: Locator;
  readonly completeness: Locator;
  readonly validationStatus: Locator;
  readonly columnDictionary: Locator;
  readonly historyPanel: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.profileSelect = this.main.getByLabel('Profil metadata');
    this.prefillButton = page.getByTestId('prefill-button');
    this.saveButton = page.getByTestId('save-metadata');
    this.historyButton = this.main.getByRole('button', { name: 'Riwayat' });
    this.version = page.getByTestId('metadata-version');
    this.unsaved = page.getByTestId('unsaved-badge');
    this.prefillNote = page.getByTestId('prefill-note');
    this.saveDone = page.getByTestId('save-done');
    this.completeness = page.getByTestId('completeness');
    this.validationStatus = page.getByTestId('validation-status');
    this.columnDictionary = page.getByTestId('column-dictionary');
    this.historyPanel = page.getByTestId('history-panel');
  }

  /** The block of one field, by its JSON pointer ('/judul', '/kontak/email'). */
  field(pointer: string): Locator {
    return this.main.locator(`[data-field="${pointer}"]`);
  }

  /** The problems shown right under the field (not those of its parts). */
  problems(pointer: string): Locator {
    return this.field(pointer).locator(':scope > [data-testid="field-problems"] > li');
  }

  /** The text input, text area or select of a field. */
  input(pointer: string): Locator {
    return this.field(pointer).locator(':scope > input, :scope > textarea, :scope > select');
  }

  /** The search box of a chips field (region codes, long vocabularies, tags). */
  chipsInput(pointer: string): Locator {
    return this.field(pointer).locator('input[type="text"]').first();
  }

  chips(pointer: string): Locator {
    return this.field(pointer).locator('.chip-label');
  }

  section(title: string): Locator {
    return this.main.getByRole('region', { name: title });
  }

  /** Wait until the live check has answered for the latest edit. */
  async checked(): Promise<void> {
    await this.validationStatus.filter({ hasNotText: 'Memeriksa' }).waitFor();
  }
}
