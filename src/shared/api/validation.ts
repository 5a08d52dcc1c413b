/** Contract part: validation runs of a dataset, their reports, per-cell detail and changes. */
import type { Report, Severity } from '../model/finding';
import { idSchema, jobIdSchema } from './core';

export interface ValidationRunInfo {
  runId: number;
  datasetId: string;
  datasetVersion: number;
  profile: string | null;
  at: string;
  by: string;
  valid: boolean;
  errors: number;
  warnings: number;
  infos: number;
}

export interface ValidationRun extends ValidationRunInfo {
  report: Report;
}

export interface CellDetail {
  code: string;
  severity: Severity;
  row: number | null;
  columnIndex: number | null;
  value: string | null;
  suggestion: string | null;
}

export interface ValidationDiff {
  /** the run compared with (null when there is none before) */
  previousRunId: number | null;
  /** finding groups (code + column) that are new, gone, or changed in count */
  added: { code: string; column: string | null; count: number }[];
  resolved: { code: string; column: string | null; count: number }[];
  changed: { code: string; column: string | null; before: number; after: number }[];
}

export interface ValidationContract {
  'validation:run': {
    req: { id: string; profile?: string; lang?: 'id' | 'en'; jobId?: string };
    res: ValidationRun;
  };
  /** the latest run, or null when the dataset was never validated */
  'validation:latest': { req: { id: string }; res: ValidationRun | null };
  'validation:runs': { req: { id: string }; res: ValidationRunInfo[] };
  /** per-cell detail of a run (keyset paged by seq), optionally for one code, column or row */
  'validation:cells': {
    req: {
      runId: number;
      code?: string;
      columnIndex?: number;
      row?: number;
      after?: number;
      limit: number;
    };
    res: { cells: (CellDetail & { seq: number })[]; nextAfter: number | null };
  };
  /** rows (lines) that have a problem in a run, for the "only rows with problems" filter */
  'validation:rows': {
    req: { runId: number; after?: number; limit: number };
    res: { rows: number[]; nextAfter: number | null };
  };
  /** what changed since the previous run */
  'validation:diff': { req: { runId: number }; res: ValidationDiff };
}

const code = { type: 'string', minLength: 1, maxLength: 100, pattern: '^[a-z0-9-]+$' } as const;
const runId = { type: 'integer', minimum: 1 } as const;

export const VALIDATION_SCHEMAS: Record<keyof ValidationContract, object> = {
  'validation:run': {
    type: 'object',
    additionalProperties: false,
    required: ['id'],
    properties: {
      id: idSchema,
      profile: { type: 'string', minLength: 1, maxLength: 100, pattern: '^[a-z0-9][a-z0-9-]*$' },
      lang: { enum: ['id', 'en'] },
      jobId: jobIdSchema,
    },
  },
  'validation:latest': {
    type: 'object',
    additionalProperties: false,
    required: ['id'],
    properties: { id: idSchema },
  },
  'validation:runs': {
    type: 'object',
    additionalProperties: false,
    required: ['id'],
    properties: { id: idSchema },
  },
  'validation:cells': {
    type: 'object',
    additionalProperties: false,
    required: ['runId', 'limit'],
    properties: {
      runId,
      code,
      columnIndex: { type: 'integer', minimum: 0 },
      row: { type: 'integer', minimum: 0 },
      after: { type: 'integer', minimum: -1 },
      limit: { type: 'integer', minimum: 1, maximum: 5000 },
    },
  },
  'validation:rows': {
    type: 'object',
    additionalProperties: false,
    required: ['runId', 'limit'],
    properties: {
      runId,
      after: { type: 'integer', minimum: -1 },
      limit: { type: 'integer', minimum: 1, maximum: 10000 },
    },
  },
  'validation:diff': {
    type: 'object',
    additionalProperties: false,
    required: ['runId'],
    properties: { runId },
  },
};
