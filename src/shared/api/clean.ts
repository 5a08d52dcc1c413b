/**
 * Contract part: cleaning steps, their history (undo/redo), recipes, cluster-and-edit and quick
 * fixes (issue: cleaning). The working table is the import plus the steps; every apply makes a
 * new version, undo/redo move the dataset's version pointer.
 *
 * Steps inside requests are checked here only loosely (`{ type: 'object', required: ['op'] }`):
 * every step op has its own parameter schema in the cleaning core, and the handlers check each
 * step with the core's `validateStep` (one message naming the step, Indonesian and English),
 * refusing the whole request when one step is invalid.
 */
import type {
  Recipe,
  Row,
  Step,
  StepCounts,
  StepOp,
  StepReason,
  StepReport,
  StepReportEntry,
  TableShape,
} from '../model/step';
import { emptySchema, idSchema, jobIdSchema } from './core';

export interface LocalizedText {
  id: string;
  en: string;
}

/** One entry of the step catalog the UI offers. */
export interface StepCatalogEntry {
  op: StepOp;
  title: LocalizedText;
  /** JSON Schema of the step (the `op` property included) */
  paramsSchema: object;
  /** false when the step needs data this workspace lacks (reconcile-region without regions) */
  available: boolean;
}

/** What a step would change on the first rows of the current table; nothing is stored. */
export interface StepPreviewResult {
  status: 'applied' | 'skipped';
  reason?: StepReason;
  /** the table's columns after the step */
  shape: TableShape;
  before: Row[];
  after: Row[];
  /** [index into `after`, column index in `shape`] */
  changedCells: [number, number][];
  /** source lines present before and absent after */
  removedLines: number[];
  counts: StepCounts;
  entry: StepReportEntry;
  /** how many rows the preview used (the first rows of the table) */
  sampleRows: number;
  /** rows of the whole current table */
  totalRows: number;
}

export interface ApplyStepsResult {
  /** the current version afterwards (unchanged when no step applied) */
  version: number;
  /** false when no step applied (every one skipped): no new version */
  created: boolean;
  /** every step of the request, applied or skipped with its reason */
  report: StepReport;
  rowCount: number;
}

export interface HistoryStep {
  step: Step;
  /** one-line label for the step list */
  description: LocalizedText;
  /** how many cells, rows and columns it changed */
  counts: StepCounts;
}

export interface HistoryVersion {
  version: number;
  parentVersion: number | null;
  /** ISO 8601 */
  createdAt: string;
  createdBy: string;
  rowCount: number;
  columnCount: number;
  /** the dataset's current version */
  current: boolean;
  /** on the path from the import to the current version; false = undone (or a dropped branch) */
  active: boolean;
  /** the steps this version applied, with their counts (empty for the import, version 1) */
  steps: HistoryStep[];
  /** steps of the same request that could not apply, with the reason */
  skipped: StepReportEntry[];
  totals: StepCounts;
}

export interface StepHistory {
  datasetId: string;
  currentVersion: number;
  canUndo: boolean;
  canRedo: boolean;
  /** oldest first; version 1 is the import */
  versions: HistoryVersion[];
}

export type ClusterMethod = 'fingerprint' | 'ngram' | 'levenshtein' | 'indonesian';

export interface ValueClusterResult {
  /** best suggestion first; counts over the whole current table */
  values: { value: string; count: number }[];
  suggested: string;
}

export interface ClusterResult {
  /** the column's current name */
  column: string;
  method: ClusterMethod;
  /** distinct non-empty values in the column */
  distinctValues: number;
  /** true when only the most frequent values were clustered (see `limit`) */
  truncated: boolean;
  clusters: ValueClusterResult[];
}

/** The parts of a validation finding a quick fix reads (a whole `Finding` fits). */
export interface QuickFixFinding {
  code: string;
  severity?: string;
  category?: string;
  row?: number | null;
  rows?: number[];
  count?: number;
  column?: string | null;
  columnIndex?: number | null;
  value?: string | null;
  message?: string;
  suggestion?: string | null;
  params?: Record<string, string | number>;
}

export type QuickFixScope = 'one' | 'all';

export interface CleanContract {
  /** the step catalog: op, titles (id/en), parameter schema */
  'steps:list-ops': { req: Record<string, never>; res: StepCatalogEntry[] };
  /** one step on the first ~200 rows of the current table */
  'steps:preview': { req: { id: string; step: Step }; res: StepPreviewResult };
  /** apply steps as one new version (one transaction; undone as a whole) */
  'steps:apply': { req: { id: string; steps: Step[]; jobId?: string }; res: ApplyStepsResult };
  'steps:undo': { req: { id: string }; res: { version: number } };
  'steps:redo': { req: { id: string }; res: { version: number } };
  'steps:history': { req: { id: string }; res: StepHistory };
  /** the steps from the import to the current version, as a recipe */
  'recipe:export': { req: { id: string }; res: Recipe };
  /** a recipe as JSON text; refused whole when it is not JSON, has an unknown op or bad parameters */
  'recipe:apply': { req: { id: string; recipe: string; jobId?: string }; res: ApplyStepsResult };
  /** groups of values in a column that are probably the same (cluster and edit) */
  'clean:cluster': {
    req: {
      id: string;
      column: string;
      method: ClusterMethod;
      ngram?: number;
      maxDistance?: number;
      /** cluster at most this many distinct values, most frequent first (default 20,000) */
      limit?: number;
    };
    res: ClusterResult;
  };
  /** the step "Perbaiki" (one) or "Perbaiki semua" (all) adds for a finding; null = no fix */
  'clean:quick-fix': {
    req: { id: string; finding: QuickFixFinding; scope: QuickFixScope };
    res: Step | null;
  };
}

const byId = {
  type: 'object',
  additionalProperties: false,
  required: ['id'],
  properties: { id: idSchema },
} as const;

/** Loose on purpose: each step is checked by the cleaning core's validateStep in the handler. */
const stepSchema = {
  type: 'object',
  required: ['op'],
  properties: { op: { type: 'string', minLength: 1, maxLength: 100 } },
} as const;

const nullable = (schema: object): object => ({ anyOf: [schema, { type: 'null' }] });
const text = (max: number): object => ({ type: 'string', maxLength: max });

const findingSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['code'],
  properties: {
    code: { type: 'string', minLength: 1, maxLength: 100, pattern: '^[a-z0-9][a-z0-9-]*$' },
    severity: text(20),
    category: text(50),
    row: nullable({ type: 'integer', minimum: 0 }),
    rows: { type: 'array', maxItems: 100_000, items: { type: 'integer', minimum: 0 } },
    count: { type: 'integer', minimum: 0 },
    column: nullable(text(1000)),
    columnIndex: nullable({ type: 'integer', minimum: 0 }),
    value: nullable(text(100_000)),
    message: text(10_000),
    suggestion: nullable(text(100_000)),
    params: {
      type: 'object',
      maxProperties: 50,
      additionalProperties: { anyOf: [text(10_000), { type: 'number' }] },
    },
  },
} as const;

export const CLEAN_SCHEMAS: Record<keyof CleanContract, object> = {
  'steps:list-ops': emptySchema,
  'steps:preview': {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'step'],
    properties: { id: idSchema, step: stepSchema },
  },
  'steps:apply': {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'steps'],
    properties: {
      id: idSchema,
      steps: { type: 'array', minItems: 1, maxItems: 10_000, items: stepSchema },
      jobId: jobIdSchema,
    },
  },
  'steps:undo': byId,
  'steps:redo': byId,
  'steps:history': byId,
  'recipe:export': byId,
  'recipe:apply': {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'recipe'],
    properties: {
      id: idSchema,
      recipe: { type: 'string', minLength: 1, maxLength: 20 * 1024 * 1024 },
      jobId: jobIdSchema,
    },
  },
  'clean:cluster': {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'column', 'method'],
    properties: {
      id: idSchema,
      column: { type: 'string', minLength: 1, maxLength: 1000 },
      method: { enum: ['fingerprint', 'ngram', 'levenshtein', 'indonesian'] },
      ngram: { type: 'integer', minimum: 1, maximum: 5 },
      maxDistance: { type: 'integer', minimum: 1, maximum: 5 },
      limit: { type: 'integer', minimum: 1, maximum: 100_000 },
    },
  },
  'clean:quick-fix': {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'finding', 'scope'],
    properties: { id: idSchema, finding: findingSchema, scope: { enum: ['one', 'all'] } },
  },
};
