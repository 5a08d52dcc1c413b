/** Contract part: app info, datasets (import, grid), CSV export, jobs. */
import type {
  ColumnTypeInfo,
  Dataset,
  DatasetSummary,
  ImportOptions,
  InspectResult,
  RowPage,
} from '../model/dataset';

/** A file the services should read: a local path (desktop, CLI) or an upload (browser mode). */
export type FileRef = { path: string } | { uploadId: string };

/** Where an export goes: a local path (desktop, CLI) or a download (browser mode). */
export type FileTarget = { path: string } | { download: true };

export interface AppInfo {
  version: string;
  workspacePath: string;
  user: string;
  /** which host serves this API */
  host: 'desktop' | 'browser' | 'cli';
}

export interface ExportResult {
  /** file written (path targets) */
  path?: string;
  /** id to fetch with GET /api/download/<id> (download targets) */
  downloadId?: string;
  fileName: string;
  bytes: number;
}

/**
 * `contains`, `equals` and `empty`/`not-empty` read the cell as written. `gt`, `gte`, `lt`,
 * `lte` compare typed where the column has a type (numbers, dates), and `not-equals` too
 * (blank and misfit cells are never equal, so they are kept).
 */
export type RowFilterOp =
  'contains' | 'equals' | 'not-equals' | 'empty' | 'not-empty' | 'gt' | 'gte' | 'lt' | 'lte';
export interface RowFilter {
  column: number;
  op: RowFilterOp;
  value?: string;
}

export interface RowSort {
  column: number;
  direction: 'asc' | 'desc';
}

export interface RowsRequest {
  id: string;
  /**
   * keyset cursor: the `nextAfter` of the previous page (exclusive). Without `sort` it is the
   * last `line` already shown; with `sort` it is a position in the sorted rows.
   */
  after?: number;
  /** first row whose line is ≥ this value (jump to row); not with `sort` */
  from?: number;
  /**
   * 0-based position of the first row wanted among the matching rows in the page order (a
   * grid fetching page p directly). Fast with `sort` (positions are indexed); without it the
   * rows before are skipped one by one.
   */
  offset?: number;
  limit: number;
  filters?: RowFilter[];
  /**
   * Order by one column, typed where the column has a type (numbers, dates; text ignores
   * case). Cells that are empty or do not fit the type come last in both directions; ties
   * keep file order.
   */
  sort?: RowSort;
  withTotal?: boolean;
}

/** One value of a column and how often it occurs. */
export interface ValueCount {
  value: string;
  count: number;
}

export interface HistogramBin {
  /** inclusive lower bound */
  from: number;
  /** exclusive upper bound (inclusive for the last bin) */
  to: number;
  count: number;
}

/** A column of the current working table at a glance (`datasets:profile`). */
export interface ColumnProfile {
  column: number;
  name: string;
  label: string;
  /** the type inferred at import, when the column still has it */
  type?: ColumnTypeInfo;
  /** how its cells were compared: as numbers, dates (ISO) or text */
  kind: 'number' | 'date' | 'text';
  rows: number;
  /** cells that are missing, empty or only spaces */
  blanks: number;
  /** distinct non-blank values, as written */
  distinct: number;
  /** non-blank cells that fit the type (numbers, dates; for text every non-blank cell) */
  typed: number;
  /** smallest and largest value: numbers for numeric columns, ISO dates, else text */
  min?: number | string;
  max?: number | string;
  /** up to 10 most common non-blank values, most common first */
  top: ValueCount[];
  /** numeric columns: up to 20 bins of equal width between min and max */
  histogram?: HistogramBin[];
}

export interface CoreContract {
  'app:info': { req: Record<string, never>; res: AppInfo };
  'datasets:list': { req: Record<string, never>; res: DatasetSummary[] };
  'datasets:get': { req: { id: string }; res: Dataset };
  'datasets:inspect': {
    req: { source: FileRef; options?: ImportOptions; rows?: number };
    res: InspectResult;
  };
  'datasets:import': {
    req: { source: FileRef; options?: ImportOptions; jobId?: string };
    res: DatasetSummary;
  };
  'datasets:rows': { req: RowsRequest; res: RowPage };
  'datasets:profile': { req: { id: string; column: number }; res: ColumnProfile };
  'datasets:delete': { req: { id: string }; res: { deleted: boolean } };
  'jobs:cancel': { req: { jobId: string }; res: { cancelled: boolean } };
}

const id = { type: 'string', minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9_-]+$' } as const;
const path = { type: 'string', minLength: 1, maxLength: 4096 } as const;
export const jobIdSchema = {
  type: 'string',
  minLength: 1,
  maxLength: 100,
  pattern: '^[A-Za-z0-9_-]+$',
} as const;
export const idSchema = id;
export const emptySchema = { type: 'object', additionalProperties: false, properties: {} } as const;

export const fileRefSchema = {
  oneOf: [
    { type: 'object', additionalProperties: false, required: ['path'], properties: { path } },
    {
      type: 'object',
      additionalProperties: false,
      required: ['uploadId'],
      properties: { uploadId: id },
    },
  ],
} as const;

export const fileTargetSchema = {
  oneOf: [
    { type: 'object', additionalProperties: false, required: ['path'], properties: { path } },
    {
      type: 'object',
      additionalProperties: false,
      required: ['download'],
      properties: { download: { const: true } },
    },
  ],
} as const;

const importOptions = {
  type: 'object',
  additionalProperties: false,
  properties: {
    encoding: { enum: ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] },
    delimiter: { enum: [',', ';', '\t', '|'] },
    sheet: { type: 'string', minLength: 1, maxLength: 255 },
    noHeader: { type: 'boolean' },
    headerRow: { type: 'integer', minimum: 0, maximum: 1000 },
    name: { type: 'string', minLength: 1, maxLength: 300 },
  },
} as const;

const rowFilter = {
  type: 'object',
  additionalProperties: false,
  required: ['column', 'op'],
  properties: {
    column: { type: 'integer', minimum: 0, maximum: 100000 },
    op: {
      enum: ['contains', 'equals', 'not-equals', 'empty', 'not-empty', 'gt', 'gte', 'lt', 'lte'],
    },
    value: { type: 'string', maxLength: 1000 },
  },
} as const;

export const CORE_SCHEMAS: Record<keyof CoreContract, object> = {
  'app:info': emptySchema,
  'datasets:list': emptySchema,
  'datasets:get': {
    type: 'object',
    additionalProperties: false,
    required: ['id'],
    properties: { id },
  },
  'datasets:inspect': {
    type: 'object',
    additionalProperties: false,
    required: ['source'],
    properties: {
      source: fileRefSchema,
      options: importOptions,
      rows: { type: 'integer', minimum: 0, maximum: 10000 },
    },
  },
  'datasets:import': {
    type: 'object',
    additionalProperties: false,
    required: ['source'],
    properties: { source: fileRefSchema, options: importOptions, jobId: jobIdSchema },
  },
  'datasets:rows': {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'limit'],
    properties: {
      id,
      after: { type: 'integer', minimum: 0 },
      from: { type: 'integer', minimum: 0 },
      limit: { type: 'integer', minimum: 1, maximum: 5000 },
      offset: { type: 'integer', minimum: 0 },
      filters: { type: 'array', maxItems: 50, items: rowFilter },
      sort: {
        type: 'object',
        additionalProperties: false,
        required: ['column', 'direction'],
        properties: {
          column: { type: 'integer', minimum: 0, maximum: 100000 },
          direction: { enum: ['asc', 'desc'] },
        },
      },
      withTotal: { type: 'boolean' },
    },
  },
  'datasets:profile': {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'column'],
    properties: { id, column: { type: 'integer', minimum: 0, maximum: 100000 } },
  },
  'datasets:delete': {
    type: 'object',
    additionalProperties: false,
    required: ['id'],
    properties: { id },
  },
  'jobs:cancel': {
    type: 'object',
    additionalProperties: false,
    required: ['jobId'],
    properties: { jobId: jobIdSchema },
  },
};
