/**
 * The quality panel beside the dataset grid: Validasi (run, scores, findings, filter) and
 * Langkah (history, undo/redo, recipes), plus its dialogs (quick fix, new step, cluster).
 */
import type { Locator, Page } from '@playwright/test';

export class QualityPanel {
  readonly root: Locator;
  readonly validationTab: Locator;
  readonly stepsTab: Locator;
  readonly checkButton: Locator;
  readonly neverChecked: Locator;
  readonly scores: Locator;
  readonly runMeta: Locator;
  readonly onlyProblems: Locator;
  readonly filterBanner: Locator;
  readonly diff: Locator;
  readonly stepsEmpty: Locator;
  readonly versions: Locator;
  readonly undoButton: Locator;
  readonly redoButton: Locator;
  readonly addStepButton: Locator;
  readonly exportRecipeButton: Locator;
  readonly applyRecipeButton: Locator;
  readonly recipeReport: Locator;
  readonly clusterButton: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('quality-panel');
    this.validationTab = this.root.getByRole('tab', { name: /Validasi|Validation/ });
    this.stepsTab = this.root.getByRole('tab', { name: /Langkah|Steps/ });
    this.checkButton = page.getByTestId('validation-check');
    this.neverChecked = page.getByTestId('validation-empty');
    this.scores = page.getByTestId('principle-scores');
    this.runMeta = page.getByTestId('run-meta');
    this.onlyProblems = this.root.getByLabel(/Hanya baris bermasalah/);
    this.filterBanner = page.getByTestId('problem-filter-banner');
    this.diff = page.getByTestId('run-diff');
    this.stepsEmpty = page.getByTestId('steps-empty');
    this.versions = page.getByTestId('history-version');
    this.undoButton = this.root.getByRole('button', { name: 'Urungkan', exact: true });
    this.redoButton = this.root.getByRole('button', { name: 'Ulangi', exact: true });
    this.addStepButton = this.root.getByRole('button', { name: 'Tambah langkah' });
    this.exportRecipeButton = this.root.getByRole('button', { name: 'Ekspor resep' });
    this.applyRecipeButton = this.root.getByRole('button', { name: 'Terapkan resep' });
    this.recipeReport = page.getByTestId('recipe-report');
    this.clusterButton = this.root.getByRole('button', { name: 'Kelompokkan nilai mirip' });
  }

  /** The "Validasi" entry of the left menu (opens the dataset with the panel expanded). */
  async openFromMenu(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: 'Validasi' }).click();
    await this.root.waitFor();
  }

  /** Expand the collapsed panel on its Langkah tab. */
  async openSteps(): Promise<void> {
    if (await this.root.isVisible()) await this.stepsTab.click();
    else await this.page.getByRole('button', { name: 'Langkah', exact: true }).click();
    await this.page.getByTestId('steps-panel').waitFor();
  }

  async checkNow(): Promise<void> {
    await this.checkButton.click();
    await this.page.getByTestId('validation-panel').waitFor();
  }

  /** A rule's group in the findings list, by its code. */
  group(code: string): Locator {
    return this.root.locator(`[data-testid="finding-group"][data-code="${code}"]`);
  }

  /** Open a group (the grid jumps to its first occurrence). */
  async openGroup(code: string): Promise<Locator> {
    const group = this.group(code);
    await group.locator('.finding-group-toggle').click();
    return group;
  }

  quickFixDialog(): Locator {
    return this.page.getByTestId('quick-fix-dialog');
  }

  addStepDialog(): Locator {
    return this.page.getByTestId('add-step-dialog');
  }

  clusterDialog(): Locator {
    return this.page.getByTestId('cluster-dialog');
  }

  /** Pick a recipe file for "Terapkan resep". */
  async applyRecipe(path: string): Promise<void> {
    await this.page.getByTestId('recipe-file').setInputFiles(path);
  }
}
