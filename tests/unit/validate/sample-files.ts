/**
 * Loads the shared sample files for the validator tests the way ingestion would hand them
 * over: papaparse records, the header on its line, every data row with its file line, and
 * column types from the ingest inferrer run over all rows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { createDecoder, detectEncoding } from '../../../src/main/core/ingest/encoding';
import { createTypeInferrer } from '../../../src/main/core/ingest/infer-types';
import { detectLayout, isFootnoteRow } from '../../../src/main/core/ingest/layout';
import { readXlsxSheet } from '../../../src/main/core/ingest/xlsx';
import { toSnakeCase } from '../../../src/main/core/validate/text-utils';
import type {
  InputColumn,
  InputRow,
  SourceFacts,
  ValidationInput,
} from '../../../src/main/core/validate/types';
import { createBalikpapanLookup } from '../../rules/support/balikpapan-regions';

export const SAMPLES_DIR = '/work/shared/samples';

export interface LoadedSample {
  columns: InputColumn[];
  headerRow: number;
  rows: InputRow[];
  titleLines: string[];
  notes?: string[];
  /** import facts (encoding, delimiter, header rows) as the import records them */
  source?: SourceFacts;
}

function typed(labels: string[], rows: InputRow[]): InputColumn[] {
  const inferrer = createTypeInferrer(labels.length, { labels });
  for (const r of rows) inferrer.add(r.cells);
  const types = inferrer.result();
  return labels.map((label, index) => {
    const col: InputColumn = { index, label, name: toSnakeCase(label) };
    const t = types[index];
    if (t) col.inferred = t;
    return col;
  });
}

/** A tidy UTF-8 CSV: header on line 1, data from line 2. */
export function loadTidyCsv(file: string): LoadedSample {
  const text = readFileSync(join(SAMPLES_DIR, file), 'utf8');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  const [header, ...data] = parsed.data;
  const rows = data.map((cells, i) => ({ line: i + 2, cells }));
  return { columns: typed(header ?? [], rows), headerRow: 1, rows, titleLines: [] };
}

/** Any CSV through the ingest helpers: encoding, title rows, multi-row header. */
export function loadRawCsv(file: string, delimiter: string): LoadedSample {
  const bytes = new Uint8Array(readFileSync(join(SAMPLES_DIR, file)));
  const encoding = detectEncoding(bytes).encoding;
  const decoder = createDecoder(encoding);
  const text = decoder.write(bytes);
  const records = Papa.parse<string[]>(text, { delimiter }).data.filter(
    (r) => !(r.length === 1 && r[0] === ''),
  );
  const lines = records.map((_r, i) => i + 1);
  const layout = detectLayout(records, lines);
  const rows = records
    .slice(layout.dataStartIndex)
    .map((cells, i) => ({ line: layout.dataStartIndex + i + 1, cells }));
  const titleLines = layout.titleLines.map((l) =>
    (records[l - 1] ?? []).filter((c) => c !== '').join(' '),
  );
  return {
    columns: typed(layout.labels, rows),
    headerRow: layout.headerRow,
    rows,
    titleLines,
    source: { encoding, delimiter, headerLines: layout.headerLines },
  };
}

/** An XLSX sheet through the ingest reader and layout; footnotes under the table become notes. */
export async function loadXlsx(file: string): Promise<LoadedSample> {
  const book = await readXlsxSheet(join(SAMPLES_DIR, file), { fileName: file });
  const records = book.rows.map((r) => r.cells);
  const layout = detectLayout(
    records,
    book.rows.map((r) => r.line),
  );
  const data = book.rows.slice(layout.dataStartIndex);
  const notes: string[] = [];
  while (data.length > 0 && isFootnoteRow(data[data.length - 1]?.cells ?? [])) {
    notes.unshift((data.pop()?.cells ?? []).filter((c) => c !== '').join(' '));
  }
  const rows = data.map((r) => ({ line: r.line, cells: r.cells }));
  return {
    columns: typed(layout.labels, rows),
    headerRow: layout.headerRow,
    rows,
    titleLines: layout.title ? [layout.title] : [],
    notes,
    source: { headerLines: layout.headerLines },
  };
}

export function sampleInput(
  s: LoadedSample,
  extra: Partial<ValidationInput> = {},
): ValidationInput {
  return {
    columns: s.columns,
    headerRow: s.headerRow,
    rows: s.rows,
    rowCount: s.rows.length,
    ...(s.titleLines.length > 0 ? { titleLines: s.titleLines } : {}),
    ...(s.notes && s.notes.length > 0 ? { notes: s.notes } : {}),
    ...(s.source ? { source: s.source } : {}),
    context: { lang: 'id', regions: createBalikpapanLookup() },
    ...extra,
  };
}
