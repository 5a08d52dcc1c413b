/**
 * Contract part: hand-over bundles (`.sdbundle`). A steward packs a dataset — cleaned data, the
 * original file, metadata, validation report, recipe — with a manifest of SHA-256 checksums; the
 * walidata inspects it (everything verified, nothing written) and imports it into another
 * workspace, where the dataset keeps its stable id. See src/main/core/bundle/ for the format.
 */
import {
  fileRefSchema,
  fileTargetSchema,
  idSchema,
  jobIdSchema,
  type ExportResult,
  type FileRef,
  type FileTarget,
} from './core';

/** What importing the bundle would do (inspect) or did (import) with its dataset. */
export type BundleStatus = 'new' | 'unchanged' | 'changed';

/** The parts of a dataset a bundle carries. */
export type BundlePart = 'dataset' | 'data' | 'original' | 'metadata' | 'recipe' | 'validation';

export interface BundleChange {
  part: BundlePart;
  /**
   * added: not in this workspace yet · changed: the bundle has another version · conflict: this
   * workspace changed the dataset too (both versions are kept) · unchanged: the same
   */
  change: 'added' | 'changed' | 'conflict' | 'unchanged';
  /** Indonesian */
  message: string;
  messageEn: string;
}

export interface BundleManifestSummary {
  formatVersion: number;
  createdAt: string;
  createdBy: string;
  appVersion: string;
  dataset: {
    id: string;
    name: string;
    fileName: string;
    /** the version in the workspace the bundle was made in */
    version: number;
    rowCount: number;
    columnCount: number;
    importedAt: string;
  };
  /** number of files besides the manifest, and their total size in bytes */
  files: number;
  bytes: number;
  /** personal-data columns the steward allowed to leave, with the reason */
  privacy?: { allowPersonalData: string[]; reason: string };
}

export interface BundleCreateOptions {
  /** columns with personal data the steward explicitly allows into the bundle (with `reason`) */
  allowPersonalData?: string[];
  reason?: string;
}

export interface BundleCreateResult extends ExportResult {
  datasetId: string;
  version: number;
  /** files inside the bundle besides the manifest */
  files: number;
  /** SHA-256 of the bundle file itself */
  sha256: string;
}

export interface BundleInspectResult {
  manifest: BundleManifestSummary;
  status: BundleStatus;
  /** true when this workspace changed the dataset as well (importing keeps both versions) */
  conflict: boolean;
  changes: BundleChange[];
}

export interface BundleImportResult {
  id: string;
  status: BundleStatus;
  conflict: boolean;
  /** the dataset's current version in this workspace after the import */
  version: number;
  /** the version that was current before (changed bundles: undo returns to it) */
  previousVersion?: number;
  changes: BundleChange[];
}

export interface BundleContract {
  'bundle:create': {
    req: { id: string; target: FileTarget; options?: BundleCreateOptions; jobId?: string };
    res: BundleCreateResult;
  };
  'bundle:inspect': { req: { source: FileRef }; res: BundleInspectResult };
  'bundle:import': { req: { source: FileRef; jobId?: string }; res: BundleImportResult };
}

export const BUNDLE_SCHEMAS: Record<keyof BundleContract, object> = {
  'bundle:create': {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'target'],
    properties: {
      id: idSchema,
      target: fileTargetSchema,
      jobId: jobIdSchema,
      options: {
        type: 'object',
        additionalProperties: false,
        properties: {
          allowPersonalData: {
            type: 'array',
            maxItems: 500,
            items: { type: 'string', minLength: 1, maxLength: 300 },
          },
          reason: { type: 'string', minLength: 1, maxLength: 2000 },
        },
      },
    },
  },
  'bundle:inspect': {
    type: 'object',
    additionalProperties: false,
    required: ['source'],
    properties: { source: fileRefSchema },
  },
  'bundle:import': {
    type: 'object',
    additionalProperties: false,
    required: ['source'],
    properties: { source: fileRefSchema, jobId: jobIdSchema },
  },
};
