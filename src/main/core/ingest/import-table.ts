/**
 * Finding the table in a file and reading its data rows, the same way for `inspect` and
 * `import`: detect encoding, dialect and layout (title rows, multi-row header), then stream
 * the data rows. Footnotes under the table ("Sumber: …") become notes, trailing blank rows are
 * dropped; everything else — including "Jumlah" rows — stays data for the validator to judge.
 */
import { AppError } from '../../../shared/errors';
import type { Dialect, EncodingLabel, GridRow, ImportOptions } from '../../../shared/model/dataset';
import { detectEncoding, createDecoder, looksBinary } from './encoding';
import { sniffDialect } from './dialect';
import { detectLayout, isFootnoteRow, type Layout } from './layout';
import { readCsvRecords, cancelledError, type RecordBatch } from './import-csv-records';
import type { CheckedSource } from './import-source';

/** Records read to detect the layout. */
const LAYOUT_SAMPLE_RECORDS = 200;

export interface DetectedTable {
  source: CheckedSource;
  format: 'csv' | 'xlsx';
  encoding: EncodingLabel;
  dialect: Dialect;
  sheets?: string[];
  sheet?: string;
  layout: Layout;
  /** xlsx only: every row of the chosen sheet when it is short (else it is streamed again) */
  xlsxRows?: GridRow[];
}

const XLSX_DIALECT: Dialect = { delimiter: ',', quoteChar: '"', lineTerminator: '\n' };

function isBlank(cells: readonly string[]): boolean {
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
}

export async function detectTable(
  source: CheckedSource,
  options: ImportOptions = {},
): Promise<DetectedTable> {
  const layoutOptions = {
    ...(options.noHeader !== undefined ? { noHeader: options.noHeader } : {}),
    ...(options.headerRow !== undefined ? { headerRow: options.headerRow } : {}),
  };
  if (source.kind === 'xlsx') {
    // ExcelJS is heavy to load: only when a workbook is read. Only the first rows are read
    // here (the layout sample); readTable streams the sheet again unless it was that short.
    const { streamXlsxSheet } = await import('./xlsx');
    const head: GridRow[] = [];
    const book = await streamXlsxSheet(
      source.path,
      {
        ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
        fileName: source.fileName,
        maxRows: LAYOUT_SAMPLE_RECORDS,
      },
      (batch) => {
        for (const r of batch) head.push(r);
      },
    );
    const layout = detectLayout(
      head.map((r) => r.cells),
      head.map((r) => r.line),
      layoutOptions,
    );
    return {
      source,
      format: 'xlsx',
      encoding: 'utf-8',
      dialect: XLSX_DIALECT,
      sheets: book.sheets,
      sheet: book.sheet,
      layout,
      ...(book.truncated ? {} : { xlsxRows: head }),
    };
  }
  const detected = detectEncoding(source.head);
  const encoding = options.encoding ?? detected.encoding;
  if (looksBinary(source.head, encoding)) {
    throw new AppError({
      kind: 'user-input',
      code: 'file-is-binary',
      message: `Berkas ${source.fileName} tampaknya berkas biner (berisi byte NUL atau karakter kendali), bukan teks CSV. Pilih berkas CSV atau XLSX.`,
      messageEn: `File ${source.fileName} looks like a binary file (it contains NUL bytes or control characters), not CSV text. Choose a CSV or XLSX file.`,
      file: source.fileName,
    });
  }
  const decoder = createDecoder(encoding);
  const sampleText = decoder.write(source.head);
  const sniffed = sniffDialect(sampleText);
  const dialect: Dialect = options.delimiter
    ? { ...sniffed, delimiter: options.delimiter }
    : sniffed;
  const records: string[][] = [];
  const lines: number[] = [];
  await readCsvRecords(
    source.path,
    { encoding, dialect, fileName: source.fileName, maxRecords: LAYOUT_SAMPLE_RECORDS },
    (batch: RecordBatch) => {
      records.push(...batch.records);
      lines.push(...batch.lines);
    },
  );
  if (records.length === 0 || records.every(isBlank)) {
    throw new AppError({
      kind: 'user-input',
      code: 'file-no-table',
      message: `Berkas ${source.fileName} tidak berisi tabel: semua barisnya kosong.`,
      messageEn: `File ${source.fileName} holds no table: all its lines are empty.`,
      file: source.fileName,
    });
  }
  const layout = detectLayout(records, lines, layoutOptions);
  return { source, format: 'csv', encoding, dialect, layout };
}

export interface ReadTableOptions {
  signal?: AbortSignal;
  onBytes?: (chunk: Buffer) => void;
  /** CSV: bytes per read (see import-csv-records.ts) */
  readBytes?: number;
  /** stop after this many data rows (inspection); notes are then incomplete */
  maxRows?: number;
}

export interface ReadTableResult {
  rowCount: number;
  notes: string[];
  /** the widest data row seen */
  maxCells: number;
}

/**
 * Stream the data rows of a detected table to `consume` in batches, in file order.
 */
export async function readTable(
  table: DetectedTable,
  opts: ReadTableOptions,
  consume: (rows: GridRow[]) => void | Promise<void>,
): Promise<ReadTableResult> {
  const skip = table.layout.dataStartIndex;
  let seen = 0;
  let rowCount = 0;
  let maxCells = 0;
  /** trailing rows that may be footnotes or blank lines: data only if more data follows */
  let tail: GridRow[] = [];
  const notes: string[] = [];

  const accept = async (records: string[][], lines: number[]): Promise<void> => {
    const out: GridRow[] = [];
    for (let i = 0; i < records.length; i++) {
      if (seen++ < skip) continue;
      const cells = records[i] as string[];
      const line = lines[i] as number;
      if (isBlank(cells) || isFootnoteRow(cells)) {
        tail.push({ line, cells });
        continue;
      }
      if (tail.length > 0) {
        out.push(...tail);
        tail = [];
      }
      out.push({ line, cells });
    }
    if (opts.maxRows !== undefined && rowCount + out.length > opts.maxRows) {
      out.length = Math.max(0, opts.maxRows - rowCount);
    }
    for (const r of out) if (r.cells.length > maxCells) maxCells = r.cells.length;
    rowCount += out.length;
    if (out.length > 0) await consume(out);
  };

  if (table.xlsxRows) {
    if (opts.signal?.aborted) throw cancelledError();
    await accept(
      table.xlsxRows.map((r) => r.cells),
      table.xlsxRows.map((r) => r.line),
    );
  } else if (table.format === 'xlsx') {
    const { streamXlsxSheet } = await import('./xlsx');
    await streamXlsxSheet(
      table.source.path,
      {
        ...(table.sheet !== undefined ? { sheet: table.sheet } : {}),
        fileName: table.source.fileName,
        ...(opts.signal ? { signal: opts.signal } : {}),
        ...(opts.maxRows !== undefined ? { maxRows: skip + opts.maxRows + 1 } : {}),
      },
      (batch) =>
        accept(
          batch.map((r) => r.cells),
          batch.map((r) => r.line),
        ),
    );
  } else {
    await readCsvRecords(
      table.source.path,
      {
        encoding: table.encoding,
        dialect: table.dialect,
        fileName: table.source.fileName,
        ...(opts.signal ? { signal: opts.signal } : {}),
        ...(opts.onBytes ? { onBytes: opts.onBytes } : {}),
        ...(opts.readBytes !== undefined ? { readBytes: opts.readBytes } : {}),
      },
      (batch) => accept(batch.records, batch.lines),
    );
  }
  for (const r of tail) {
    if (!isBlank(r.cells))
      notes.push(
        r.cells
          .filter((c) => c.trim() !== '')
          .join(' ')
          .trim(),
      );
  }
  return { rowCount, notes, maxCells };
}
