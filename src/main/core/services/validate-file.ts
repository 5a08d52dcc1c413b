/**
 * `satudata validate FILE` for a CSV file, without a workspace: the file is read twice by the
 * import's own parse loop (import-stream.ts) — first to find the table and infer the column
 * types exactly as an import does (nothing stored), then in a parse worker whose batches go
 * through this thread (dictionary encoding) straight into the validation worker. No SQLite
 * and no copy of the file, so a file costs about a parse more than a validation of the same
 * dataset; the report is the one `import` + `validate DATASET` gives (tests compare them).
 *
 * XLSX files, and hosts without built workers, return null: the caller imports them into a
 * throw-away workspace instead.
 */
import type { MessagePort } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import type { Report } from '../../../shared/model/finding';
import { checkSource } from '../ingest/import-source';
import { detectTable } from '../ingest/import-table';
import { columnsOf, datasetName, noDataRows, tooWide } from '../ingest/import-file';
import { parseTable, startParseWorker, type ParseJob } from '../ingest/import-stream';
import type { BatchPortReply, PortBatch } from '../ingest/import-writer-client';
import type { RowBatchMessage } from '../ingest/row-batch';
import { MAX_COLUMNS } from '../store/raw-table';
import { workerScript } from '../jobs/worker-scripts';
import type { ReferenceStore } from '../reference/reference-store';
import type { InputColumn } from '../validate/types';
import { validationInputOf, type InputOptions, type TableFacts } from './validation-input';
import { runValidationInWorker } from './validation-worker-client';

export interface FileValidationOptions extends InputOptions {
  reference: ReferenceStore;
  referenceDir: string;
  signal?: AbortSignal;
  /** share of the work done (0…1: the first read, then the checked rows) and rows so far */
  onProgress?: (fraction: number, rows: number) => void;
}

/** The report for a CSV file, or null when the file must go through a workspace (XLSX). */
export async function validateCsvFile(
  path: string,
  opts: FileValidationOptions,
): Promise<Report | null> {
  const parseScript = workerScript('import-parse-worker');
  const validationScript = workerScript('validation-worker');
  if (!parseScript || !validationScript) return null;
  const source = checkSource(path, undefined);
  const table = await detectTable(source);
  if (table.format !== 'csv') return null;
  const width = Math.max(table.layout.columnCount, 1);
  if (width > MAX_COLUMNS) throw tooWide(source.fileName, width);
  const signal = opts.signal;

  // first read: the import's parse loop, rows thrown away once the types have seen them
  const first = await parseTable(
    {
      table,
      width,
      ...(signal ? { signal } : {}),
      onProgress: (bytes, rows) => opts.onProgress?.(bytes / Math.max(1, source.size) / 2, rows),
    },
    () => Promise.resolve(),
  );
  const { result, types } = first;
  if (result.rowCount === 0) throw noDataRows(source.fileName);
  const columns: InputColumn[] = columnsOf(table, width).map((c) => {
    const t = types[c.index];
    return t ? { ...c, inferred: t } : c;
  });
  const facts: TableFacts = {
    columns,
    headerRow: table.layout.headerRow,
    title: table.layout.title ?? null,
    notes: result.notes,
    rowCount: result.rowCount,
    datasetName: datasetName(source.fileName, {}),
    source: { encoding: table.encoding, delimiter: table.dialect.delimiter },
  };
  const input = validationInputOf(facts, [], opts.reference, opts);

  // second read: the parse worker's batches are the validator's rows
  const job = startParseWorker(parseScript, { table, width, ...(signal ? { signal } : {}) });
  try {
    const { report } = await runValidationInWorker(
      validationScript,
      { width, batches: () => portBatches(job) },
      input,
      {
        referenceDir: opts.referenceDir,
        // the report is all a file's validation gives: no per-cell detail is kept
        maxCells: 0,
        ...(signal ? { signal } : {}),
        onProgress: (p) => opts.onProgress?.(0.5 + p.rows / result.rowCount / 2, p.rows),
      },
    );
    const second = await job.outcome;
    if (second.result.rowCount !== result.rowCount) throw fileChanged(source.fileName);
    return report;
  } finally {
    await job.stop();
  }
}

/**
 * The batches a parse worker sends on its port (import-parse-worker.ts), acknowledged once
 * taken so the worker keeps at most its in-flight limit queued; ends at the worker's final
 * request, or throws what stopped the worker.
 */
async function* portBatches(job: ParseJob): AsyncGenerator<RowBatchMessage> {
  const port: MessagePort = job.port;
  const queue: PortBatch[] = [];
  const state: { wake: (() => void) | null; failure: unknown } = { wake: null, failure: null };
  const onMessage = (m: PortBatch): void => {
    queue.push(m);
    state.wake?.();
  };
  port.on('message', onMessage);
  job.outcome.catch((err: unknown) => {
    state.failure = err;
    state.wake?.();
  });
  const ack = (seq: number): void => port.postMessage({ ack: seq } satisfies BatchPortReply);
  try {
    for (;;) {
      const m = queue.shift();
      if (m === undefined) {
        if (state.failure !== null) throw state.failure;
        await new Promise<void>((resolve) => (state.wake = resolve));
        state.wake = null;
        continue;
      }
      if (m.batch === null) {
        ack(m.seq);
        return;
      }
      yield m.batch;
      if (m.ack) ack(m.seq);
    }
  } finally {
    port.off('message', onMessage);
  }
}

function fileChanged(fileName: string): AppError {
  return new AppError({
    kind: 'user-input',
    code: 'file-changed-while-reading',
    message: `Berkas ${fileName} berubah selama diperiksa (jumlah barisnya berbeda antara dua kali baca). Tutup program yang sedang menulis berkas itu, lalu periksa lagi.`,
    messageEn: `File ${fileName} changed while it was being checked (its row count differed between two reads). Close the program writing to it, then check it again.`,
    file: fileName,
  });
}
