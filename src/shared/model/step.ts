/**
 * Cleaning steps and recipes as plain data (issue: cleaning). A recipe is
 * `{ "version": 1, "steps": [{ "op": "<step>", …parameters }] }`; docs/recipes.md documents
 * every op. Columns are referenced by their current NAME (then, case-insensitively, by name or
 * label) at that point of the recipe.
 */

/** Every step code, stable once shipped. */
export const STEP_OPS = [
  'trim',
  'normalize-case',
  'replace',
  'set-cell',
  'parse-number',
  'parse-date',
  'rename-column',
  'drop-columns',
  'drop-rows',
  'dedupe',
  'fill-down',
  'split-column',
  'merge-columns',
  'map-values',
  'reconcile-region',
  'unpivot',
  'pivot',
  'add-column',
  'mask-personal',
] as const;
export type StepOp = (typeof STEP_OPS)[number];

export const RECIPE_VERSION = 1;

/** A table's columns as the steps see them: `name` is snake_case, `label` as written in the file. */
export interface ShapeColumn {
  name: string;
  label: string;
}
export interface TableShape {
  columns: ShapeColumn[];
}

/** One row flowing through the steps; `line` is the source line (the row number the steward sees). */
export interface Row {
  line: number;
  cells: string[];
}

export type NumberLocale = 'id' | 'en';
export type RegionLevel = 'provinsi' | 'kabupaten_kota' | 'kecamatan' | 'desa';

export interface TrimStep {
  op: 'trim';
  /** no columns = every column */
  columns?: string[];
  /** also turn every run of inner whitespace (incl. non-breaking spaces) into one space */
  collapse?: boolean;
}
export interface NormalizeCaseStep {
  op: 'normalize-case';
  columns: string[];
  case: 'upper' | 'lower' | 'title' | 'sentence';
}
export interface ReplaceStep {
  op: 'replace';
  /** no columns = every column */
  columns?: string[];
  find: string;
  replace: string;
  /** `find` is a regular expression (guarded: see docs/recipes.md) */
  regex?: boolean;
  caseSensitive?: boolean;
  /** only when the whole cell matches */
  wholeCell?: boolean;
}
export interface SetCellStep {
  op: 'set-cell';
  /** source line of the row */
  line: number;
  column: string;
  value: string;
  /** only when the cell currently holds this value (guards against replaying on another file) */
  from?: string;
}
export interface ParseNumberStep {
  op: 'parse-number';
  column: string;
  locale: NumberLocale;
  /** also strip a leading `Rp` and a trailing `%` */
  stripSymbols?: boolean;
}
export interface ParseDateStep {
  op: 'parse-date';
  column: string;
  /** how to read `01/02/2024`: day first (default, Indonesian) or month first */
  order?: 'dmy' | 'mdy';
  /** read 5-digit numbers as Excel serial dates (default true) */
  excelSerial?: boolean;
}
export interface RenameColumnStep {
  op: 'rename-column';
  from: string;
  to: string;
}
export interface DropColumnsStep {
  op: 'drop-columns';
  columns: string[];
}
export type RowTest =
  'equals' | 'not-equals' | 'contains' | 'starts-with' | 'empty' | 'not-empty' | 'in' | 'matches';
export interface RowCondition {
  column: string;
  test: RowTest;
  value?: string;
  values?: string[];
  caseSensitive?: boolean;
}
export interface DropRowsStep {
  op: 'drop-rows';
  /** source lines to drop (specific to one file: prefer `where` in portable recipes) */
  lines?: number[];
  where?: RowCondition[];
  /** how several conditions combine (default all) */
  match?: 'all' | 'any';
}
export interface DedupeStep {
  op: 'dedupe';
  /** no key = exact duplicate rows */
  key?: string[];
  keep?: 'first' | 'last';
}
export interface FillDownStep {
  op: 'fill-down';
  columns: string[];
}
export interface SplitColumnStep {
  op: 'split-column';
  column: string;
  separator: string;
  /** names of the new columns; the last one takes the rest */
  into: string[];
  /** keep the original column (default false) */
  keep?: boolean;
  /** trim each part (default true) */
  trim?: boolean;
}
export interface MergeColumnsStep {
  op: 'merge-columns';
  columns: string[];
  into: string;
  separator?: string;
  keep?: boolean;
  /** leave empty cells out of the merged value (default true) */
  skipEmpty?: boolean;
}
export interface MapValuesStep {
  op: 'map-values';
  column: string;
  mapping: Record<string, string>;
  caseSensitive?: boolean;
}
export interface ReconcileRegionStep {
  op: 'reconcile-region';
  level: RegionLevel;
  /** column with region names */
  nameColumn?: string;
  /** column with region codes; created (before the name column) when absent */
  codeColumn?: string;
  /** restrict name matching to children of this code, e.g. `64.71` */
  parent?: string;
  /** column holding each row's parent code */
  parentColumn?: string;
  /** lowest match score accepted without review, 0..1 (default 0.9) */
  minScore?: number;
  nameCase?: 'official' | 'upper' | 'title';
}
export interface UnpivotStep {
  op: 'unpivot';
  columns: string[];
  nameColumn: string;
  valueColumn: string;
  /** write the column's label (default) or its snake_case name into `nameColumn` */
  use?: 'label' | 'name';
  /** leave out rows whose value is empty */
  dropEmpty?: boolean;
}
export interface PivotStep {
  op: 'pivot';
  nameColumn: string;
  valueColumn: string;
  /** the values of `nameColumn` that become columns, in this order */
  values: string[];
  /** columns that identify an output row (default: every other column) */
  key?: string[];
}
export interface AddColumnStep {
  op: 'add-column';
  name: string;
  /** a constant */
  value?: string;
  /** or an expression: `{jumlah_l} + {jumlah_p}`, `{kode} & " " & {nama}` */
  expression?: string;
  /** insert after this column (default: at the end) */
  after?: string;
}
export interface MaskPersonalStep {
  op: 'mask-personal';
  columns: string[];
  method: 'drop' | 'hash' | 'truncate';
  /** required for hash: without a secret salt a NIK hash can be brute-forced */
  salt?: string;
}

export type Step =
  | TrimStep
  | NormalizeCaseStep
  | ReplaceStep
  | SetCellStep
  | ParseNumberStep
  | ParseDateStep
  | RenameColumnStep
  | DropColumnsStep
  | DropRowsStep
  | DedupeStep
  | FillDownStep
  | SplitColumnStep
  | MergeColumnsStep
  | MapValuesStep
  | ReconcileRegionStep
  | UnpivotStep
  | PivotStep
  | AddColumnStep
  | MaskPersonalStep;

export type StepOf<O extends StepOp> = Extract<Step, { op: O }>;

export interface Recipe {
  version: typeof RECIPE_VERSION;
  steps: Step[];
}

/** A reason in both languages, with a stable code (e.g. `column-missing`). */
export interface StepReason {
  code: string;
  message: string;
  messageEn: string;
}

/** What one step changed. Row counts are filled by the pipeline as rows flow. */
export interface StepCounts {
  cellsChanged: number;
  rowsRemoved: number;
  rowsAdded: number;
  columnsAdded: number;
  columnsRemoved: number;
  /** cells (or rows) the step could not process and left unchanged */
  unparsed?: number;
}

/** An uncertain reconcile-region match for the steward to confirm. */
export interface RegionReviewItem {
  name?: string;
  code?: string;
  lines: number[];
  /** how many rows carry this value (lines holds the first few) */
  rows: number;
  reason: StepReason;
  candidates: { code: string; name: string; score: number }[];
}

export interface StepReportEntry {
  index: number;
  op: StepOp;
  status: 'applied' | 'skipped';
  reason?: StepReason;
  counts: StepCounts;
  /** a few values that did not parse (parse-number, parse-date, add-column) */
  unparsedExamples?: string[];
  /** reconcile-region: uncertain matches, left unchanged */
  review?: RegionReviewItem[];
  notes?: StepReason[];
}

export interface StepReport {
  steps: StepReportEntry[];
}
