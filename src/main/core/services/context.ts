/**
 * What every area's handlers get: the workspace, the user profile, the job runner and the
 * transfer store. Areas (datasets, metadata, reference, validation, cleaning, export…) each
 * export `create<Area>Handlers(ctx)`; workbench.ts merges them into one contract implementation.
 */
import type { ContractKey, Req, Res } from '../../../shared/contract';
import type { Jobs } from '../jobs/jobs';
import type { Db, Workspace } from '../store/workspace';
import type { Transfers } from './transfers';

export interface ServiceContext {
  ws: Workspace;
  db: Db;
  user: string;
  jobs: Jobs;
  transfers: Transfers;
  /** where the reference store is cached */
  referenceDir: string;
  host: 'desktop' | 'browser' | 'cli';
}

export type Handler<K extends ContractKey> = (req: Req<K>) => Promise<Res<K>>;

/** Handlers for a subset of the contract keys (one area). */
export type AreaHandlers<Keys extends ContractKey> = { [K in Keys]: Handler<K> };
