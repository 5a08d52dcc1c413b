/**
 * The workspace as catalog entries: metadata, column dictionary (Standar Data from the metadata's
 * `kolom` list), latest validation scores, a preview of the first rows, a small chart, privacy
 * findings, and download writers (the catalog decides whether a file may be linked at all).
 */
import type {
  CatalogChart,
  CatalogColumn,
  CatalogEntry,
  CatalogPrincipleScore,
} from '../../../shared/model/catalog';
import { MetadataStore } from '../metadata';
import { getColumns, listDatasetRecords } from '../store/datasets';
import { currentTable, iterateTable } from '../store/working-table';
import { latestRun } from '../store/validation-runs';
import { exportSourceFor } from './export-source';
import { personalDataColumns } from './privacy-gate';
import type { ServiceContext } from './context';

const PREVIEW_ROWS = 10;
const CHART_SCAN_ROWS = 50_000;

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

/** Bars of the most frequent values of the first category-like column (scan bounded). */
function chartFor(
  ctx: ServiceContext,
  datasetId: string,
  columns: CatalogColumn[],
): CatalogChart | undefined {
  const idx = columns.findIndex((c) => c.type === 'category' && !c.personal);
  if (idx < 0) return undefined;
  const counts = new Map<string, number>();
  let seen = 0;
  for (const batch of iterateTable(ctx.db, currentTable(ctx.db, datasetId))) {
    for (const r of batch) {
      const v = (r.cells[idx] ?? '').trim();
      if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    seen += batch.length;
    if (seen >= CHART_SCAN_ROWS) break;
  }
  const items = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([label, value]) => ({ label, value }));
  const col = columns[idx];
  return items.length > 1 && col ? { column: col.label, kind: 'bars', items } : undefined;
}

export async function catalogEntries(ctx: ServiceContext): Promise<CatalogEntry[]> {
  const entries: CatalogEntry[] = [];
  for (const d of listDatasetRecords(ctx.db)) {
    const t = currentTable(ctx.db, d.id);
    const meta = new MetadataStore(ctx.db).current(d.id);
    const dictionary = new Map<string, Record<string, unknown>>();
    const kolom = meta?.doc['kolom'];
    if (Array.isArray(kolom)) {
      for (const k of kolom) {
        if (
          k &&
          typeof k === 'object' &&
          typeof (k as Record<string, unknown>)['nama'] === 'string'
        ) {
          dictionary.set(
            (k as Record<string, string>)['nama'] as string,
            k as Record<string, unknown>,
          );
        }
      }
    }
    const personal = await personalDataColumns(ctx, d.id);
    const inferred = new Map(getColumns(ctx.db, d.id).map((c) => [c.name, c.inferred?.type]));
    const columns: CatalogColumn[] = t.columns.map((c) => {
      const k = dictionary.get(c.name) ?? {};
      const col: CatalogColumn = { name: c.name, label: c.label };
      const type = inferred.get(c.name);
      if (type) col.type = type;
      for (const key of ['konsep', 'definisi', 'satuan', 'ukuran', 'klasifikasi'] as const) {
        const v = str(k[key]);
        if (v) col[key] = v;
      }
      if (personal.includes(c.label)) col.personal = true;
      return col;
    });
    const previewRows: string[][] = [];
    for (const batch of iterateTable(ctx.db, t, PREVIEW_ROWS)) {
      for (const r of batch) previewRows.push(r.cells);
      break;
    }
    const run = latestRun(ctx.db, d.id);
    const entry: CatalogEntry = {
      id: d.id,
      name: d.name,
      version: t.version,
      fileName: d.fileName,
      importedAt: d.importedAt,
      columns,
      previewRows: previewRows.slice(0, PREVIEW_ROWS),
      rowCount: t.rowCount,
      privacyFindings: personal,
      downloads: [
        {
          format: 'csv',
          fileName: `${d.name}.csv`,
          bytes: 0,
          write: async (target) => {
            const source = exportSourceFor(ctx.db, d.id);
            if (meta) source.metadata = meta.doc;
            const { exportDataset } = await import('../export/formats');
            await exportDataset('csv', source, target, { csv: { neutralizeFormulas: true } });
          },
        },
      ],
    };
    if (meta) {
      entry.profile = meta.profile;
      entry.metadata = meta.doc;
      entry.metadataComplete = meta.completeness;
    }
    if (run) {
      const byPrinciple: Record<string, CatalogPrincipleScore> = {};
      for (const [p, s] of Object.entries(run.report.summary.byPrinciple)) {
        byPrinciple[p] = { score: s.score, errors: s.errors, warnings: s.warnings };
      }
      entry.validation = {
        at: run.at,
        errors: run.errors,
        warnings: run.warnings,
        infos: run.infos,
        byPrinciple,
      };
    }
    const chart = chartFor(ctx, d.id, columns);
    if (chart) entry.chart = chart;
    entries.push(entry);
  }
  return entries;
}
