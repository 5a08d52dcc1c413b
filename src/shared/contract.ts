/**
 * The one contract between the UI (or any host) and the services.
 * Every call is `'area:verb' → { req, res }`, declared per area in src/shared/api/<area>.ts
 * together with its request schemas, and composed here. The desktop host registers each key
 * on ipcMain, browser mode maps each to `POST /api/<area>/<verb>`, the CLI calls them
 * directly. Arguments are checked at the boundary against `REQUEST_SCHEMAS`.
 */
import type { AppErrorData, Result } from './errors';
import { CORE_SCHEMAS, type CoreContract } from './api/core';
import { METADATA_SCHEMAS, type MetadataContract } from './api/metadata';
import { REFERENCE_SCHEMAS, type ReferenceContract } from './api/reference';
import { EXPORT_SCHEMAS, type ExportContract } from './api/export';
import { VALIDATION_SCHEMAS, type ValidationContract } from './api/validation';
import { CLEAN_SCHEMAS, type CleanContract } from './api/clean';
import { BUNDLE_SCHEMAS, type BundleContract } from './api/bundle';
import { CATALOG_SCHEMAS, type CatalogContract } from './api/catalog';
import { WORKSPACE_SCHEMAS, type WorkspaceContract } from './api/workspace';

export type * from './api/core';

/** One line per area here, and its schemas below. */
export type Contract = CoreContract &
  MetadataContract &
  ReferenceContract &
  ExportContract &
  ValidationContract &
  CleanContract &
  BundleContract &
  CatalogContract &
  WorkspaceContract;

export type ContractKey = keyof Contract;
export type Req<K extends ContractKey> = Contract[K]['req'];
export type Res<K extends ContractKey> = Contract[K]['res'];

/** One JSON Schema per request key (additionalProperties: false everywhere). */
export const REQUEST_SCHEMAS: Record<ContractKey, object> = {
  ...CORE_SCHEMAS,
  ...METADATA_SCHEMAS,
  ...REFERENCE_SCHEMAS,
  ...EXPORT_SCHEMAS,
  ...VALIDATION_SCHEMAS,
  ...CLEAN_SCHEMAS,
  ...BUNDLE_SCHEMAS,
  ...CATALOG_SCHEMAS,
  ...WORKSPACE_SCHEMAS,
};

/** Every key, in one list (hosts iterate it to register handlers). */
export const CONTRACT_KEYS = Object.keys(REQUEST_SCHEMAS) as ContractKey[];

/** Progress of a long job (import, validate, apply steps, export). */
export interface JobProgress {
  jobId: string;
  kind: 'import' | 'export' | 'validate' | 'clean' | 'bundle';
  phase: 'start' | 'running' | 'done' | 'failed' | 'cancelled';
  bytes?: number;
  totalBytes?: number;
  rows?: number;
  totalRows?: number;
}

/** How a client calls the API; implemented by window.api and the HTTP client. */
export interface ApiClient {
  invoke<K extends ContractKey>(key: K, req: Req<K>): Promise<Result<Res<K>>>;
  onProgress(listener: (p: JobProgress) => void): () => void;
}

export type { AppErrorData, Result };
