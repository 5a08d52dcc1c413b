/**
 * CSV export of a dataset's stored table (the foundation slice): streamed in batches to a
 * temporary file beside the target, then renamed, so an existing file is never half-overwritten.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { once } from 'node:events';
import type { CsvExportOptions } from '../../../shared/api/core';
import { AppError } from '../../../shared/errors';
import type { Column, GridRow } from '../../../shared/model/dataset';

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(\d+([.,]\d+)*|\d{1,3}([.,]\d{3})*([.,]\d+)?)$/;
const MISSING = new Set(['-', '–']);

/** OWASP CSV injection: prefix a quote to cells a spreadsheet would run as a formula. */
export function neutralizeFormula(value: string): string {
  if (!FORMULA_START.test(value) || MISSING.has(value) || NUMBER.test(value)) return value;
  return `'${value}`;
}

export function csvCell(value: string, delimiter: string): string {
  if (
    value.includes('"') ||
    value.includes(delimiter) ||
    value.includes('\n') ||
    value.includes('\r')
  ) {
    return `"${value.replace(/"/g, '""')}"`;
  }
  return value;
}

export async function writeCsvFile(
  target: string,
  columns: Column[],
  batches: Iterable<GridRow[]>,
  options: CsvExportOptions & { neutralize: boolean; fileLabel?: string },
): Promise<number> {
  const delimiter = options.delimiter ?? ',';
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const out = createWriteStream(tmp);
  const width = columns.length;
  const line = (cells: readonly string[]): string => {
    const parts: string[] = new Array<string>(width);
    for (let i = 0; i < width; i++) {
      let v = cells[i] ?? '';
      if (options.neutralize) v = neutralizeFormula(v);
      parts[i] = csvCell(v, delimiter);
    }
    return parts.join(delimiter) + '\r\n';
  };
  try {
    if (options.bom) out.write('\uFEFF');
    out.write(line(columns.map((c) => c.label || c.name)));
    for (const batch of batches) {
      let chunk = '';
      for (const r of batch) chunk += line(r.cells);
      if (!out.write(chunk)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    renameSync(tmp, target);
    return statSync(target).size;
  } catch (err) {
    out.destroy();
    rmSync(tmp, { force: true });
    const text = err instanceof Error ? err.message : String(err);
    throw new AppError({
      kind: 'user-input',
      code: 'export-write-failed',
      message: `Tidak dapat menulis ${options.fileLabel ?? target}: ${text}. Berkas lama (jika ada) tidak diubah.`,
      messageEn: `Cannot write ${options.fileLabel ?? target}: ${text}. The old file (if any) was not changed.`,
      file: target,
    });
  }
}
