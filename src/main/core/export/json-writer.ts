/**
 * JSON export: one array of objects keyed by column name, values as strings exactly as in
 * the working table (machine-readable: no formula guard, no type conversion). Streamed with
 * backpressure, one object per line.
 */
import type { ExportSource } from '../../../shared/model/export';
import { atomicWrite } from './atomic-write';
import type { RowHooks } from './csv-writer';
import { uniqueNames } from './slug';
import { fileSink, fitRow, PROGRESS_EVERY, throwIfCancelled, type SinkSummary } from './text-sink';

export interface JsonSummary extends SinkSummary {
  rows: number;
}

export async function writeJsonFile(
  source: Pick<ExportSource, 'columns' | 'rows'>,
  targetPath: string,
  hooks: RowHooks = {},
): Promise<JsonSummary> {
  const keys = uniqueNames(source.columns.map((c) => c.name)).map((n) => JSON.stringify(n));
  const width = keys.length;
  let summary: JsonSummary = { rows: 0, bytes: 0, sha256: '' };
  await atomicWrite(targetPath, async (tmp) => {
    const sink = fileSink(tmp);
    try {
      await sink.write('[');
      let rows = 0;
      throwIfCancelled(hooks.signal);
      for await (const raw of source.rows()) {
        const cells = fitRow(raw, width);
        hooks.onRow?.(cells);
        const members = cells.map((v, i) => `${keys[i] ?? '""'}:${JSON.stringify(v)}`);
        await sink.write(`${rows === 0 ? '\n' : ',\n'}{${members.join(',')}}`);
        rows += 1;
        if (rows % PROGRESS_EVERY === 0) {
          throwIfCancelled(hooks.signal);
          hooks.onProgress?.(rows);
        }
      }
      await sink.write(rows === 0 ? ']\n' : '\n]\n');
      hooks.onProgress?.(rows);
      summary = { rows, ...(await sink.end()) };
    } catch (err) {
      sink.destroy();
      throw err;
    }
  });
  return summary;
}
