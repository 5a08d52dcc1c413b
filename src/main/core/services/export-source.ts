/**
 * The ExportSource of a dataset: its current working table (columns with their types, rows in
 * order) plus what the exports need to know about it. Every exporter reads this, never tables.
 */
import type { ExportColumn, ExportSource } from '../../../shared/model/export';
import { getColumns, getDatasetRecord } from '../store/datasets';
import { currentTable, iterateTable } from '../store/working-table';
import type { Db } from '../store/workspace';

export function exportSourceFor(db: Db, datasetId: string, signal?: AbortSignal): ExportSource {
  const d = getDatasetRecord(db, datasetId);
  const t = currentTable(db, d.id);
  const imported = getColumns(db, d.id);
  const typeByName = new Map(imported.map((c) => [c.name, c.inferred?.type]));
  const columns: ExportColumn[] = t.columns.map((c) => {
    const col: ExportColumn = { name: c.name, label: c.label };
    const type = typeByName.get(c.name);
    if (type) col.type = type;
    return col;
  });
  return {
    dataset: {
      id: d.id,
      name: d.name,
      fileName: d.fileName,
      ...(d.title ? { title: d.title } : {}),
      version: t.version,
      importedAt: d.importedAt,
      rowCount: t.rowCount,
      encoding: d.encoding,
      sha256: d.sha256,
    },
    columns,
    rows: async function* () {
      for (const batch of iterateTable(db, t)) {
        if (signal?.aborted) return;
        for (const r of batch) yield r.cells;
      }
    },
  };
}
