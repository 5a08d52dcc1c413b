/**
 * What every area's handlers get: the workspace, the user profile, the job runner and the
 * transfer store. Areas (datasets, metadata, reference, validation, cleaning, export…) each
 * export `create<Area>Handlers(ctx)`; workbench.ts merges them into one contract implementation.
 */
import type { ContractKey, Req, Res } from '../../../shared/contract';
import type { Jobs } from '../jobs/jobs';
import type { Db, Workspace } from '../store/workspace';
import type { Transfers } from './transfers';
import type { ReferenceStore } from '../reference/reference-store';
import type { RegionLookup } from '../clean/types';

export interface ServiceContext {
  ws: Workspace;
  db: Db;
  user: string;
  jobs: Jobs;
  transfers: Transfers;
  /** where the reference store is cached */
  referenceDir: string;
  /** the Kemendagri reference store, opened (and built once) on first use */
  reference(): ReferenceStore;
  host: 'desktop' | 'browser' | 'cli';
  /** region lookup for the reconcile-region step; absent → that step is skipped ('reference-unavailable') */
  regions?: RegionLookup;
  /**
   * Called after a change of a dataset's working table has been committed (steps applied, undo,
   * redo), e.g. to re-run validation. A throw reaches the caller; the change itself stays.
   */
  afterChange?: (datasetId: string) => void | Promise<void>;
}

export type Handler<K extends ContractKey> = (req: Req<K>) => Promise<Res<K>>;

/** Handlers for a subset of the contract keys (one area). */
export type AreaHandlers<Keys extends ContractKey> = { [K in Keys]: Handler<K> };
