/**
 * Reading an .xlsx sheet as rows of display text, with ExcelJS's *streaming* WorkbookReader
 * (the in-memory Workbook needs ~450 MB per million cells; the stream stays near 150 MB
 * whatever the size). Every file passes `checkXlsx` first (magic bytes, zip bomb, encryption).
 *
 * - Default sheet: the first (in file order) that holds a table — two or more rows with two or
 *   more filled cells; failing that, the first sheet with anything in it.
 * - Merged cells: ExcelJS's stream ignores merges, so the sheet XML is scanned for
 *   `<mergeCell ref=…>` first. A merged range's top-left text is copied into the rest of the
 *   range in every row of it that has other content beside the range (header rows like
 *   `Status Sekolah` over Negeri|Swasta, or a kecamatan merged down its kelurahan rows); a
 *   range that is the only content of its rows (a title or a footnote spread across the
 *   table) is left as one cell, so it still reads as a title or footnote.
 * - Blank rows are left out; `line` is the sheet row number. Cell text: see xlsx-cell-text.ts.
 */
import type { EventEmitter } from 'node:events';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/errors';
import { cellText } from './xlsx-cell-text';
import { checkXlsx, readSheetList, scanZipEntry, type XlsxSheetInfo } from './xlsx-guard';

export interface XlsxRow {
  /** sheet row number (1-based) */
  line: number;
  cells: string[];
}

export interface XlsxReadOptions {
  /** sheet name (exact; case and surrounding spaces are forgiven) */
  sheet?: string;
  /** stop after this many non-blank rows */
  maxRows?: number;
  /** the name the steward knows the file by, for messages */
  fileName?: string;
  signal?: AbortSignal;
}

export interface XlsxSheetRows {
  /** every sheet of the workbook, in workbook order */
  sheets: string[];
  /** the sheet that was read */
  sheet: string;
  rows: XlsxRow[];
  /** true when `maxRows` stopped the reading before the end of the sheet */
  truncated: boolean;
}

export const XLSX_SHEET_LIMITS = {
  /** cells that `readXlsxSheet` keeps in memory; use `streamXlsxSheet` beyond */
  maxCellsInMemory: 5_000_000,
  /** Excel's own row limit; more means the file was not made by Excel */
  maxRows: 1_048_576,
  maxColumns: 16_384,
} as const;

/** Rows a sheet is read in batches of (streamXlsxSheet). */
const BATCH = 2000;
/** Rows of a sheet kept while deciding whether it holds a table. */
const FALLBACK_BUFFER_ROWS = 10_000;
const MAX_MERGES = 200_000;

// ---- merged ranges --------------------------------------------------------------------------
interface Merge {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  master?: string;
}

function colNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

const REF = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/;

export function parseRange(ref: string): Merge | null {
  const m = REF.exec(ref.trim().toUpperCase());
  if (!m) return null;
  const c1 = colNumber(m[1] as string);
  const r1 = Number(m[2]);
  const c2 = m[3] ? colNumber(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  return { r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) };
}

async function readMerges(path: string, sheetPath: string): Promise<Merge[]> {
  const merges: Merge[] = [];
  const seen = new Set<string>();
  const tag = /<(?:\w+:)?mergeCell\s+ref\s*=\s*["']([A-Z$0-9:]+)["']/gi;
  await scanZipEntry(path, sheetPath, (text) => {
    for (const m of text.matchAll(tag)) {
      const ref = m[1] as string;
      if (seen.has(ref) || merges.length >= MAX_MERGES) continue;
      seen.add(ref);
      const range = parseRange(ref);
      if (range && (range.r2 > range.r1 || range.c2 > range.c1)) merges.push(range);
    }
  });
  return merges.sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1);
}

/** Applies merged ranges to rows arriving in ascending order. */
class MergeFiller {
  private next = 0;
  private active: Merge[] = [];

  constructor(private readonly merges: Merge[]) {}

  /** `cells` is indexed by column number - 1; returns the (possibly extended) cells. */
  apply(line: number, cells: string[]): string[] {
    while (this.next < this.merges.length && (this.merges[this.next] as Merge).r1 <= line) {
      this.active.push(this.merges[this.next] as Merge);
      this.next++;
    }
    if (this.active.length === 0) return cells;
    this.active = this.active.filter((m) => m.r2 >= line);
    const raw = cells.slice();
    for (const m of this.active) {
      if (m.r1 === line) m.master = raw[m.c1 - 1] ?? '';
      const master = m.master ?? '';
      if (master === '') continue;
      let outside = false;
      for (let c = 0; c < raw.length && !outside; c++) {
        if ((c + 1 < m.c1 || c + 1 > m.c2) && raw[c] !== '' && raw[c] !== undefined) outside = true;
      }
      if (!outside) continue;
      for (let c = m.c1; c <= m.c2; c++) {
        if (c === m.c1 && line === m.r1) continue;
        while (cells.length < c) cells.push('');
        if ((cells[c - 1] ?? '') === '') cells[c - 1] = master;
      }
    }
    return cells;
  }
}

// ---- rows -------------------------------------------------------------------------------------
function rowCells(row: ExcelJS.Row): string[] {
  const cells: string[] = [];
  row.eachCell({ includeEmpty: false }, (cell, col) => {
    if (col > XLSX_SHEET_LIMITS.maxColumns) return;
    const text = cellText(cell.value, cell.numFmt);
    if (text === '') return;
    while (cells.length < col - 1) cells.push('');
    cells[col - 1] = text;
  });
  return cells;
}

function trimEnd(cells: string[]): string[] {
  let n = cells.length;
  while (n > 0 && (cells[n - 1] ?? '').trim() === '') n--;
  if (n < cells.length) cells.length = n;
  return cells;
}

function filledCount(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) if (c.trim() !== '') n++;
  return n;
}

function userInput(code: string, fileName: string, message: string, messageEn: string): AppError {
  return new AppError({ kind: 'user-input', code, message, messageEn, file: fileName });
}

function cancelled(): AppError {
  return new AppError({
    kind: 'cancelled',
    code: 'cancelled',
    message: 'Dibatalkan oleh pengguna.',
    messageEn: 'Cancelled by the user.',
  });
}

/** Find a sheet by name, forgiving case and surrounding spaces. */
function findSheet(sheets: readonly XlsxSheetInfo[], wanted: string): XlsxSheetInfo | undefined {
  const exact = sheets.find((s) => s.name === wanted);
  if (exact) return exact;
  const norm = wanted.trim().toLowerCase();
  return sheets.find((s) => s.name.trim().toLowerCase() === norm);
}

type Consume = (rows: XlsxRow[]) => void | Promise<void>;

interface SheetRun {
  sheet: XlsxSheetInfo;
  rowCount: number;
  truncated: boolean;
}

/**
 * One pass over the workbook stream. With `target`, only that sheet is read; without, the
 * first sheet holding a table is chosen on the way (see the module comment).
 */
async function runStream(
  path: string,
  fileName: string,
  sheets: readonly XlsxSheetInfo[],
  target: XlsxSheetInfo | undefined,
  opts: XlsxReadOptions,
  consume: Consume,
): Promise<
  SheetRun | { fallback: XlsxSheetInfo | undefined; fallbackRows: XlsxRow[] | undefined }
> {
  const input = createReadStream(path);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'emit',
  });
  let sheetNo = '';
  // the typings miss that the reader is an EventEmitter; 'entry' names each sheet's file
  (reader as unknown as EventEmitter).on('entry', (e: { type?: string; id?: string }) => {
    if (e.type === 'worksheet' && e.id !== undefined) sheetNo = String(e.id);
  });
  let fallback: XlsxSheetInfo | undefined;
  let fallbackRows: XlsxRow[] | undefined;
  try {
    for await (const ws of reader) {
      const info = sheets.find((s) => s.path === `xl/worksheets/sheet${sheetNo}.xml`);
      if (!info || (target && info !== target)) continue;
      let merges: MergeFiller | undefined;
      const loadMerges = async (): Promise<MergeFiller> => {
        merges ??= new MergeFiller(await readMerges(path, info.path));
        return merges;
      };
      if (target) await loadMerges();
      let chosen = target !== undefined;
      const pending: { line: number; cells: string[] }[] = [];
      let tableRows = 0;
      let rowCount = 0;
      let batch: XlsxRow[] = [];
      let stopped = false;
      const emit = async (line: number, raw: string[]): Promise<void> => {
        const filled = (merges as MergeFiller).apply(line, raw);
        const cells = trimEnd(filled);
        if (cells.length === 0) return;
        batch.push({ line, cells });
        rowCount++;
        if (batch.length >= BATCH) {
          const out = batch;
          batch = [];
          await consume(out);
        }
        if (opts.maxRows !== undefined && rowCount >= opts.maxRows) stopped = true;
      };
      for await (const row of ws) {
        if (opts.signal?.aborted) throw cancelled();
        const line = row.number;
        if (line > XLSX_SHEET_LIMITS.maxRows) {
          throw userInput(
            'xlsx-sheet-too-large',
            fileName,
            `Lembar "${info.name}" di ${fileName} memiliki lebih dari ${XLSX_SHEET_LIMITS.maxRows.toLocaleString('id-ID')} baris, batas Excel sendiri. Ekspor datanya sebagai CSV.`,
            `Sheet "${info.name}" in ${fileName} has more than ${XLSX_SHEET_LIMITS.maxRows} rows, Excel's own limit. Export the data as CSV.`,
          );
        }
        const raw = rowCells(row);
        if (filledCount(raw) === 0) continue;
        if (chosen) {
          await emit(line, raw);
          if (stopped) break;
          continue;
        }
        pending.push({ line, cells: raw });
        if (filledCount(raw) >= 2) tableRows++;
        if (tableRows >= 2) {
          chosen = true;
          await loadMerges();
          for (const p of pending.splice(0)) {
            await emit(p.line, p.cells);
            if (stopped) break;
          }
          if (stopped) break;
        } else if (pending.length > FALLBACK_BUFFER_ROWS) {
          break; // a long sheet without two table rows: not the one
        }
      }
      if (chosen) {
        if (batch.length > 0) await consume(batch);
        return { sheet: info, rowCount, truncated: stopped };
      }
      if (!fallback && pending.length > 0) {
        fallback = info;
        if (pending.length <= FALLBACK_BUFFER_ROWS) {
          const filler = await loadMerges();
          fallbackRows = pending
            .map((p) => ({ line: p.line, cells: trimEnd(filler.apply(p.line, p.cells)) }))
            .filter((r) => r.cells.length > 0);
        }
      }
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw userInput(
      'xlsx-corrupt',
      fileName,
      `Buku kerja ${fileName} tidak dapat dibaca (${err instanceof Error ? err.message : String(err)}). Buka di Excel dan simpan ulang.`,
      `Workbook ${fileName} cannot be read (${err instanceof Error ? err.message : String(err)}). Open it in Excel and save it again.`,
    );
  } finally {
    input.destroy();
  }
  return { fallback, fallbackRows };
}

/**
 * Stream the rows of one sheet to `consume` in batches (awaited: backpressure). Checks the
 * file first (see xlsx-guard.ts). Throws AppError for a missing sheet, an empty sheet or an
 * unreadable workbook.
 */
export async function streamXlsxSheet(
  path: string,
  opts: XlsxReadOptions,
  consume: Consume,
): Promise<{ sheets: string[]; sheet: string; rowCount: number; truncated: boolean }> {
  const fileName = opts.fileName ?? basename(path);
  await checkXlsx(path, fileName);
  const sheets = await readSheetList(path);
  const names = sheets.map((s) => s.name);
  if (sheets.length === 0) {
    throw userInput(
      'xlsx-no-sheets',
      fileName,
      `Buku kerja ${fileName} tidak memiliki lembar kerja.`,
      `Workbook ${fileName} has no worksheets.`,
    );
  }
  let target: XlsxSheetInfo | undefined;
  if (opts.sheet !== undefined) {
    target = findSheet(sheets, opts.sheet);
    if (!target) {
      throw new AppError({
        kind: 'not-found',
        code: 'xlsx-sheet-not-found',
        message: `Lembar "${opts.sheet}" tidak ada di ${fileName}. Lembar yang ada: ${names.join(', ')}.`,
        messageEn: `Sheet "${opts.sheet}" does not exist in ${fileName}. Its sheets are: ${names.join(', ')}.`,
        file: fileName,
        details: { sheets: names },
      });
    }
  }
  const emptySheet = (name: string): AppError =>
    userInput(
      'xlsx-sheet-empty',
      fileName,
      `Lembar "${name}" di ${fileName} kosong: tidak ada sel yang berisi.`,
      `Sheet "${name}" in ${fileName} is empty: no cell holds anything.`,
    );
  let run = await runStream(path, fileName, sheets, target, opts, consume);
  if (!('sheet' in run)) {
    if (target) throw emptySheet(target.name);
    const { fallback, fallbackRows } = run;
    if (!fallback) {
      throw userInput(
        'xlsx-empty',
        fileName,
        `Buku kerja ${fileName} kosong: tidak ada lembar yang berisi data.`,
        `Workbook ${fileName} is empty: no sheet holds any data.`,
      );
    }
    if (fallbackRows) {
      const rows = opts.maxRows !== undefined ? fallbackRows.slice(0, opts.maxRows) : fallbackRows;
      if (rows.length > 0) await consume(rows);
      return {
        sheets: names,
        sheet: fallback.name,
        rowCount: rows.length,
        truncated: rows.length < fallbackRows.length,
      };
    }
    run = await runStream(path, fileName, sheets, fallback, opts, consume);
    if (!('sheet' in run)) throw emptySheet(fallback.name);
  }
  if (run.rowCount === 0) throw emptySheet(run.sheet.name);
  return { sheets: names, sheet: run.sheet.name, rowCount: run.rowCount, truncated: run.truncated };
}

/**
 * Read one sheet into memory (up to `maxRows` rows, and at most 5 million cells — use
 * `streamXlsxSheet` to import larger sheets).
 */
export async function readXlsxSheet(
  path: string,
  opts: XlsxReadOptions = {},
): Promise<XlsxSheetRows> {
  const fileName = opts.fileName ?? basename(path);
  const rows: XlsxRow[] = [];
  let cells = 0;
  const result = await streamXlsxSheet(path, opts, (batch) => {
    for (const r of batch) {
      cells += r.cells.length;
      rows.push(r);
    }
    if (cells > XLSX_SHEET_LIMITS.maxCellsInMemory) {
      throw userInput(
        'xlsx-sheet-too-large',
        fileName,
        `Lembar di ${fileName} terlalu besar untuk dibaca sekaligus (lebih dari ${XLSX_SHEET_LIMITS.maxCellsInMemory.toLocaleString('id-ID')} sel).`,
        `The sheet in ${fileName} is too large to read at once (more than ${XLSX_SHEET_LIMITS.maxCellsInMemory} cells).`,
      );
    }
  });
  return { sheets: result.sheets, sheet: result.sheet, rows, truncated: result.truncated };
}

/** The names of the sheets of a workbook, in workbook order (the file is checked first). */
export async function listSheets(path: string, fileName?: string): Promise<string[]> {
  await checkXlsx(path, fileName ?? basename(path));
  return (await readSheetList(path)).map((s) => s.name);
}
