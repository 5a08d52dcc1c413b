/**
 * CSV writer: UTF-8, RFC 4180 quoting (a field is quoted when it holds the delimiter, a quote,
 * CR or LF; quotes are doubled), a header row, streamed row by row with backpressure so a
 * million-row table is never held in memory.
 *
 * Line ends: CRLF by default — RFC 4180 §2.1 and the Frictionless CSV dialect default
 * (`lineTerminator: "\r\n"`); the Data Package states it explicitly. `'\n'` is an option.
 * Spreadsheet exports add the formula guard and may add a BOM or use `;` (Excel in an
 * Indonesian locale); the machine-readable CSV (Data Package) uses `,`, no BOM, no guard.
 */
import type { ExportSource } from '../../../shared/model/export';
import { atomicWrite } from './atomic-write';
import { neutralizeCell } from './formula-guard';
import { uniqueNames } from './slug';
import {
  fileSink,
  fitRow,
  PROGRESS_EVERY,
  TextSink,
  throwIfCancelled,
  type SinkSummary,
} from './text-sink';

export type CsvDelimiter = ',' | ';';
export type CsvLineTerminator = '\r\n' | '\n';

export interface CsvOptions {
  delimiter?: CsvDelimiter;
  /** write a UTF-8 byte-order mark so Excel detects the encoding */
  bom?: boolean;
  /** prefix formula-like cells with `'` (spreadsheet exports) */
  neutralizeFormulas?: boolean;
  lineTerminator?: CsvLineTerminator;
}

export interface RowHooks {
  signal?: AbortSignal;
  /** called every PROGRESS_EVERY rows and at the end with the rows written so far */
  onProgress?: (rows: number) => void;
  /** sees every data row (fitted to the header width) before it is written */
  onRow?: (cells: readonly string[]) => void;
}

export interface CsvSummary extends SinkSummary {
  rows: number;
}

/** The options the machine-readable CSV (Data Package, measured sizes) always uses. */
export const MACHINE_CSV: Required<CsvOptions> = {
  delimiter: ',',
  bom: false,
  neutralizeFormulas: false,
  lineTerminator: '\r\n',
};

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export function encodeCsvField(value: string, delimiter: string): string {
  const needsQuotes =
    value.includes(delimiter) ||
    value.includes('"') ||
    value.includes('\n') ||
    value.includes('\r');
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}

export function encodeCsvRow(
  cells: readonly string[],
  delimiter: string,
  lineTerminator: string,
): string {
  // a record of one empty field would read as a blank line: quote it
  if (cells.length === 1 && cells[0] === '') return `""${lineTerminator}`;
  return cells.map((c) => encodeCsvField(c, delimiter)).join(delimiter) + lineTerminator;
}

/** Write header and rows of `source` into `sink` (which the caller ends). */
export async function writeCsvRows(
  source: Pick<ExportSource, 'columns' | 'rows'>,
  sink: TextSink,
  options: CsvOptions = {},
  hooks: RowHooks = {},
): Promise<number> {
  const delimiter = options.delimiter ?? ',';
  const eol = options.lineTerminator ?? '\r\n';
  const guard = options.neutralizeFormulas ?? false;
  const cell = guard ? neutralizeCell : (v: string) => v;
  if (options.bom) await sink.writeBytes(UTF8_BOM);

  const header = uniqueNames(source.columns.map((c) => c.name)).map(cell);
  await sink.write(encodeCsvRow(header, delimiter, eol));

  const width = source.columns.length;
  let rows = 0;
  throwIfCancelled(hooks.signal);
  for await (const raw of source.rows()) {
    const cells = fitRow(raw, width);
    hooks.onRow?.(cells);
    await sink.write(encodeCsvRow(guard ? cells.map(cell) : cells, delimiter, eol));
    rows += 1;
    if (rows % PROGRESS_EVERY === 0) {
      throwIfCancelled(hooks.signal);
      hooks.onProgress?.(rows);
    }
  }
  hooks.onProgress?.(rows);
  return rows;
}

/** Write a CSV file at `path` (no atomic rename: the caller owns the path). */
export async function writeCsvAt(
  source: Pick<ExportSource, 'columns' | 'rows'>,
  path: string,
  options: CsvOptions = {},
  hooks: RowHooks = {},
): Promise<CsvSummary> {
  const sink = fileSink(path);
  try {
    const rows = await writeCsvRows(source, sink, options, hooks);
    return { rows, ...(await sink.end()) };
  } catch (err) {
    sink.destroy();
    throw err;
  }
}

/** Export the working table as CSV to `targetPath`, atomically. */
export async function writeCsvFile(
  source: Pick<ExportSource, 'columns' | 'rows'>,
  targetPath: string,
  options: CsvOptions = {},
  hooks: RowHooks = {},
): Promise<CsvSummary> {
  let summary: CsvSummary = { rows: 0, bytes: 0, sha256: '' };
  await atomicWrite(targetPath, async (tmp) => {
    summary = await writeCsvAt(source, tmp, options, hooks);
  });
  return summary;
}

/** Size, hash and row count of the CSV these options would produce, without writing a file. */
export async function measureCsv(
  source: Pick<ExportSource, 'columns' | 'rows'>,
  options: CsvOptions = MACHINE_CSV,
  hooks: RowHooks = {},
): Promise<CsvSummary> {
  const sink = new TextSink();
  const rows = await writeCsvRows(source, sink, options, hooks);
  return { rows, ...(await sink.end()) };
}
