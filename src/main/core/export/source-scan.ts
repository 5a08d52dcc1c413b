/**
 * One pass over the rows for the metadata-only exports: the size and sha256 of the
 * machine-readable CSV (so portal metadata can state bytes and hash) and the values the
 * metadata can be filled from (years, region codes, unit).
 */
import type { ExportDerived, ExportSource } from '../../../shared/model/export';
import { MACHINE_CSV, measureCsv, type CsvSummary, type RowHooks } from './csv-writer';
import { deriveCollector } from './mappings';

export interface SourceScan {
  csv: CsvSummary;
  derived: ExportDerived;
}

export async function scanSource(source: ExportSource, hooks: RowHooks = {}): Promise<SourceScan> {
  const collector = deriveCollector(source.columns);
  const csv = await measureCsv(source, MACHINE_CSV, {
    ...hooks,
    onRow: (cells) => {
      collector.onRow(cells);
      hooks.onRow?.(cells);
    },
  });
  return { csv, derived: collector.result() };
}
