/**
 * XLSX export with exceljs's streaming WorkbookWriter: sheets "Data" (the working table),
 * "Metadata" (key, label, value) and "Kamus Kolom" (column dictionary). Rows are committed as
 * they stream in, so large tables never sit in memory as a workbook.
 *
 * Cells: strings stay strings (codes such as `0012` or `64.71` are never turned into
 * numbers); a value is written as a number only in a numeric-typed column and only when it is
 * a canonical number that survives the round trip (`12`, `-3.5`; not `007`, `1.234,5`).
 * Text cells get the formula guard. XML-illegal control characters are dropped by exceljs and
 * cells are capped at Excel's 32,767 characters; both are reported as warnings.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { EventEmitter, once } from 'node:events';
import { stat } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/errors';
import type { ExportSource, ExportWarning } from '../../../shared/model/export';
import { atomicWrite } from './atomic-write';
import type { RowHooks } from './csv-writer';
import { neutralizeCell } from './formula-guard';
import { deriveCollector, metadataRows, resolveMetadata } from './mappings';
import { uniqueNames } from './slug';
import { fitRow, PROGRESS_EVERY, throwIfCancelled } from './text-sink';
import { NUMERIC_COLUMN_TYPES, tableSchemaType } from './vocabularies';

/** Excel's limits: rows per sheet (including the header) and characters per cell. */
export const XLSX_MAX_ROWS = 1_048_576;
export const XLSX_MAX_CELL_CHARS = 32_767;

// eslint-disable-next-line no-control-regex
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** A number written the way JavaScript prints it back: no '+', no leading zeros, dot decimal. */
export function canonicalNumber(value: string): number | undefined {
  if (!/^-?(?:0|[1-9]\d*)(?:\.\d+)?$/.test(value) || value === '-0') return undefined;
  const digits = value.replace(/[-.]/g, '').replace(/^0+/, '');
  if (digits.length > 15) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

export interface XlsxSummary {
  rows: number;
  bytes: number;
  sha256: string;
  warnings: ExportWarning[];
}

async function hashFile(path: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return { bytes: (await stat(path)).size, sha256: hash.digest('hex') };
}

const HEADER_FONT = { bold: true };

type LegacyWritable = EventEmitter & {
  writableNeedDrain?: boolean;
  _writableState?: { needDrain?: boolean };
};

/**
 * Backpressure for exceljs's streaming writer. exceljs 4.4 writes each sheet into a StreamBuf
 * that archiver reads through a PassThrough (archiver-utils `normalizeInputSource`), and the
 * StreamBuf ignores the PassThrough's `write()` result — so without this wait the whole
 * uncompressed sheet XML piles up in memory when rows come faster than they are zipped.
 * We wait for that PassThrough (found by feature detection) and for the output file.
 */
async function drainSheet(sheet: ExcelJS.Worksheet, out: Writable): Promise<void> {
  const pipes = (sheet as unknown as { stream?: { pipes?: unknown[] } }).stream?.pipes;
  const pass = (Array.isArray(pipes) ? pipes[0] : undefined) as LegacyWritable | undefined;
  // archiver's PassThrough comes from readable-stream 2 (no `writableNeedDrain`)
  if (pass instanceof EventEmitter && (pass.writableNeedDrain ?? pass._writableState?.needDrain)) {
    await once(pass, 'drain');
  }
  if (out.writableNeedDrain) await once(out, 'drain');
  else await new Promise((resolve) => setImmediate(resolve));
}

export async function writeXlsxFile(
  source: ExportSource,
  targetPath: string,
  hooks: RowHooks = {},
): Promise<XlsxSummary> {
  const names = uniqueNames(source.columns.map((c) => c.name));
  const numeric = source.columns.map(
    (c) => c.type !== undefined && NUMERIC_COLUMN_TYPES.has(c.type),
  );
  const width = names.length;
  const collector = deriveCollector(source.columns);
  let rows = 0;
  let strippedCells = 0;
  let cutCells = 0;
  let warnings: ExportWarning[] = [];

  const textCell = (value: string): string => {
    let v = neutralizeCell(value);
    if (XML_ILLEGAL.test(v)) strippedCells += 1;
    if (v.length > XLSX_MAX_CELL_CHARS) {
      v = v.slice(0, XLSX_MAX_CELL_CHARS);
      cutCells += 1;
    }
    return v;
  };

  await atomicWrite(targetPath, async (tmp) => {
    const stream = createWriteStream(tmp, { flags: 'wx' });
    // keep an early write error (disk full) from crashing the process; rethrown below
    let failure: unknown;
    stream.on('error', (err) => {
      failure ??= err;
    });
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream,
      useStyles: true,
      useSharedStrings: false,
    });
    workbook.creator = 'Satu Data Workbench';
    try {
      const data = workbook.addWorksheet('Data', { views: [{ state: 'frozen', ySplit: 1 }] });
      data.columns = names.map((n) => ({ width: Math.min(Math.max(n.length + 2, 10), 40) }));
      const header = data.addRow(names.map(textCell));
      header.font = HEADER_FONT;
      header.commit();

      throwIfCancelled(hooks.signal);
      for await (const raw of source.rows()) {
        if (rows + 1 >= XLSX_MAX_ROWS) {
          throw new AppError({
            kind: 'user-input',
            code: 'xlsx-too-many-rows',
            message: `Dataset memiliki lebih dari ${XLSX_MAX_ROWS - 1} baris, batas satu lembar Excel. Gunakan ekspor CSV.`,
            messageEn: `The dataset has more than ${XLSX_MAX_ROWS - 1} rows, the limit of one Excel sheet. Use the CSV export.`,
            file: targetPath,
          });
        }
        const cells = fitRow(raw, width);
        hooks.onRow?.(cells);
        collector.onRow(cells);
        const values = cells.map((v, i) => {
          if (numeric[i]) {
            const n = canonicalNumber(v);
            if (n !== undefined) return n;
          }
          return textCell(v);
        });
        data.addRow(values).commit();
        rows += 1;
        if (rows % 1000 === 0) {
          if (failure !== undefined) throw failure;
          await drainSheet(data, stream);
        }
        if (rows % PROGRESS_EVERY === 0) {
          throwIfCancelled(hooks.signal);
          hooks.onProgress?.(rows);
        }
      }
      data.commit();
      hooks.onProgress?.(rows);

      const resolved = resolveMetadata(source, collector.result());
      warnings = resolved.warnings;

      const meta = workbook.addWorksheet('Metadata', { views: [{ state: 'frozen', ySplit: 1 }] });
      meta.columns = [{ width: 24 }, { width: 28 }, { width: 80 }];
      const metaHeader = meta.addRow(['Kunci', 'Label', 'Nilai']);
      metaHeader.font = HEADER_FONT;
      metaHeader.commit();
      for (const r of metadataRows(source, resolved.meta)) {
        meta.addRow([r.key, r.label, textCell(r.value)]).commit();
      }
      meta.commit();

      const dict = workbook.addWorksheet('Kamus Kolom', {
        views: [{ state: 'frozen', ySplit: 1 }],
      });
      dict.columns = [
        { width: 24 },
        { width: 32 },
        { width: 14 },
        { width: 14 },
        { width: 60 },
        { width: 14 },
      ];
      const dictHeader = dict.addRow([
        'Nama',
        'Label',
        'Tipe',
        'Tipe Table Schema',
        'Deskripsi',
        'Satuan',
      ]);
      dictHeader.font = HEADER_FONT;
      dictHeader.commit();
      source.columns.forEach((c, i) => {
        dict
          .addRow([
            textCell(names[i] ?? c.name),
            textCell(c.label),
            c.type ?? '',
            tableSchemaType(c.type),
            textCell(c.description ?? ''),
            textCell(c.unit ?? ''),
          ])
          .commit();
      });
      dict.commit();

      await workbook.commit();
      if (failure !== undefined) throw failure;
    } catch (err) {
      stream.destroy();
      throw err;
    }
  });

  if (strippedCells > 0) {
    warnings.push({
      field: 'data',
      message: `${strippedCells} sel berisi karakter kontrol yang tidak diizinkan di XLSX; karakter itu dibuang.`,
      messageEn: `${strippedCells} cells held control characters XLSX does not allow; they were dropped.`,
    });
  }
  if (cutCells > 0) {
    warnings.push({
      field: 'data',
      message: `${cutCells} sel lebih panjang dari ${XLSX_MAX_CELL_CHARS} karakter dan dipotong.`,
      messageEn: `${cutCells} cells were longer than ${XLSX_MAX_CELL_CHARS} characters and were cut.`,
    });
  }
  return { rows, ...(await hashFile(targetPath)), warnings };
}
