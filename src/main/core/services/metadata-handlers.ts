/** Contract area: metadata profiles, vocabularies, documents and their versions. */
import type { MetadataContract } from '../../../shared/api/metadata';
import {
  listProfiles,
  listVocabularies,
  MetadataStore,
  prefillFromData,
  prefillInputFromDataset,
  profileDetail,
  templateFor,
  validateMetadata,
} from '../metadata';
import { getColumns, getDatasetRecord, toDataset } from '../store/datasets';
import { currentTable, iterateTable } from '../store/working-table';
import type { AreaHandlers, ServiceContext } from './context';

/** Rows the prefill looks at (years, region codes): enough for a picture, bounded in time. */
const PREFILL_SAMPLE_ROWS = 20_000;

export function createMetadataHandlers(ctx: ServiceContext): AreaHandlers<keyof MetadataContract> {
  const store = (): MetadataStore => new MetadataStore(ctx.db, { reference: ctx.reference() });
  return {
    'metadata:profiles': () => Promise.resolve(listProfiles()),
    'metadata:profile': (req) => Promise.resolve(profileDetail(req.name)),
    'metadata:vocabularies': () => Promise.resolve(listVocabularies()),
    'metadata:template': (req) => Promise.resolve(templateFor(req.profile)),
    'metadata:validate': (req) =>
      Promise.resolve(validateMetadata(req.profile, req.doc, { reference: ctx.reference() })),
    'metadata:prefill': (req) => {
      const d = getDatasetRecord(ctx.db, req.datasetId);
      const rows: string[][] = [];
      for (const batch of iterateTable(ctx.db, currentTable(ctx.db, d.id))) {
        for (const r of batch) rows.push(r.cells);
        if (rows.length >= PREFILL_SAMPLE_ROWS) break;
      }
      const input = prefillInputFromDataset(toDataset(d, getColumns(ctx.db, d.id)), rows);
      return Promise.resolve(
        prefillFromData(input, {
          ...(req.profile ? { profile: req.profile } : {}),
          referenceEdition: ctx.reference().edition().id,
        }),
      );
    },
    'metadata:get': (req) => {
      const s = store();
      const v =
        req.version === undefined ? s.current(req.datasetId) : s.get(req.datasetId, req.version);
      return Promise.resolve(v ?? null);
    },
    'metadata:save': (req) =>
      Promise.resolve(store().save(req.datasetId, req.profile, req.doc, ctx.user)),
    'metadata:history': (req) => Promise.resolve(store().history(req.datasetId)),
  };
}
