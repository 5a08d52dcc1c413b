/**
 * Properties of ingestion: the dialect sniffer, the encoding detector and streaming decoder,
 * the CSV reader (a table written with the export's CSV writer reads back equal, with the
 * dialect given and sniffed) and type inference.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { encodeCsvRow } from '../../src/main/core/export/csv-writer';
import { sniffDialect } from '../../src/main/core/ingest/dialect';
import { createDecoder, detectEncoding } from '../../src/main/core/ingest/encoding';
import { readCsvRecords } from '../../src/main/core/ingest/import-csv-records';
import { checkSource } from '../../src/main/core/ingest/import-source';
import { detectTable, readTable } from '../../src/main/core/ingest/import-table';
import { createTypeInferrer } from '../../src/main/core/ingest/infer-types';
import { isFootnoteRow } from '../../src/main/core/ingest/layout';
import { COLUMN_TYPES, type EncodingLabel } from '../../src/shared/model/dataset';
import { defineProperty, type PropertyDef } from './types';

const DELIMITERS = [',', ';', '\t', '|'] as const;
const TERMINATORS = ['\n', '\r\n'] as const;
type Delimiter = (typeof DELIMITERS)[number];

let scratch: string | null = null;
let fileNo = 0;
/** A fresh file path in one temporary folder (removed at exit). */
function tempFile(name: string): string {
  if (scratch === null) {
    const dir = mkdtempSync(join(tmpdir(), 'sdw-prop-'));
    scratch = dir;
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return join(scratch, `${fileNo++}-${name}`);
}

/** Characters that stress a CSV reader, plus ordinary and astral letters. */
const SPECIAL = [',', ';', '\t', '|', '"', "'", '\n', '\r', '\r\n', ' ', '\u00a0', '=', '-', '#'];
const LETTERS = ['a', 'B', '1', '0', '.', 'é', '€', 'ß', '𝕏', '👩‍👩‍👧', 'ا', '中'];

function cellArb(chars: readonly string[], maxLength = 6): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...chars), maxLength });
}

/** Any text cell: specials, letters and arbitrary graphemes (no NUL/BOM: files never hold them). */
const anyCell = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...SPECIAL, ...LETTERS),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 8,
});

function tableArb(
  cell: fc.Arbitrary<string>,
  minColumns: number,
): fc.Arbitrary<{ width: number; rows: string[][] }> {
  return fc.integer({ min: minColumns, max: 5 }).chain((width) =>
    fc
      .array(fc.array(cell, { minLength: width, maxLength: width }), {
        minLength: 1,
        maxLength: 12,
      })
      .map((rows) => ({ width, rows })),
  );
}

/** Distinct header labels that survive trimming (the layout compares trimmed cells). */
function headerArb(width: number): fc.Arbitrary<string[]> {
  return fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9_ ]{0,6}[a-z0-9]$/), {
    minLength: width,
    maxLength: width,
  });
}

function writeCsv(
  rows: readonly string[][],
  delimiter: string,
  eol: string,
  encoding: EncodingLabel = 'utf-8',
): string {
  const text = rows.map((r) => encodeCsvRow(r, delimiter, eol)).join('');
  const path = tempFile('t.csv');
  const bytes =
    encoding === 'utf-16le'
      ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
      : Buffer.from(text, 'utf8');
  writeFileSync(path, bytes);
  return path;
}

async function readRecords(
  path: string,
  dialect: { delimiter: string; lineTerminator: string },
  encoding: EncodingLabel,
): Promise<string[][]> {
  const out: string[][] = [];
  await readCsvRecords(
    path,
    { encoding, dialect: { ...dialect, quoteChar: '"' }, fileName: 't.csv', readBytes: 7 },
    (b) => {
      out.push(...b.records);
    },
  );
  return out;
}

/** NUL and other C0 controls (not TAB/LF/FF/CR) or a BOM: never inside a text file's text. */
function isOddControlOrBom(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0xfeff;
}

const isBlank = (r: readonly string[]): boolean => r.every((c) => c.trim() === '');

/** What the table reader gives for data rows under one header row (see import-table.ts). */
function expectedData(rows: readonly string[][]): string[][] {
  let start = 0;
  while (start < rows.length && isBlank(rows[start] as string[])) start++;
  let end = rows.length;
  while (
    end > start &&
    (isBlank(rows[end - 1] as string[]) || isFootnoteRow(rows[end - 1] as string[]))
  )
    end--;
  return rows.slice(start, end).map((r) => [...r]);
}

async function readAsTable(
  path: string,
  delimiter?: Delimiter,
): Promise<{ header: string[]; rows: string[][]; delimiter: string; eol: string }> {
  const table = await detectTable(checkSource(path), delimiter ? { delimiter } : {});
  const rows: string[][] = [];
  await readTable(table, {}, (batch) => {
    for (const r of batch) rows.push(r.cells);
  });
  return {
    header: table.layout.labels,
    rows,
    delimiter: table.dialect.delimiter,
    eol: table.dialect.lineTerminator,
  };
}

function same(a: unknown, b: unknown, what: string): void {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  if (x !== y) throw new Error(`${what}: ${x} ≠ ${y}`);
}

export const INGEST_PROPERTIES: PropertyDef[] = [
  defineProperty({
    name: 'sniffDialect never throws and answers a known dialect for any text',
    weight: 3,
    property: () =>
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.constantFrom(...SPECIAL),
            fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
          ),
          maxLength: 200,
        }),
        (text) => {
          const d = sniffDialect(text);
          if (!(DELIMITERS as readonly string[]).includes(d.delimiter))
            throw new Error(d.delimiter);
          if (!['"', "'"].includes(d.quoteChar)) throw new Error(d.quoteChar);
          if (!['\n', '\r\n', '\r'].includes(d.lineTerminator)) throw new Error(d.lineTerminator);
        },
      ),
  }),
  defineProperty({
    name: 'sniffDialect finds the delimiter and line end the CSV writer used (≥ 2 columns)',
    weight: 3,
    property: () =>
      fc.property(
        fc.constantFrom(...DELIMITERS).chain((delimiter) =>
          fc.record({
            delimiter: fc.constant(delimiter),
            eol: fc.constantFrom(...TERMINATORS),
            // cells may hold the delimiter itself, quotes and line breaks (all quoted by the
            // writer), but not the other candidate delimiters nor `'` (which would make the
            // file genuinely ambiguous)
            table: tableArb(cellArb(['a', 'B', '1', ' ', '"', '\n', '\r', 'é', '𝕏', delimiter]), 2),
          }),
        ),
        ({ delimiter, eol, table }) => {
          const text = table.rows.map((r) => encodeCsvRow(r, delimiter, eol)).join('');
          const d = sniffDialect(text);
          same(
            [d.delimiter, d.lineTerminator, d.quoteChar],
            [delimiter, eol, '"'],
            JSON.stringify(text),
          );
        },
      ),
  }),
  defineProperty({
    name: 'detectEncoding recognises UTF-8, UTF-8/16 with BOM, never throws, confidence in [0,1]',
    weight: 3,
    property: () =>
      fc.property(
        fc
          .string({ unit: 'grapheme', maxLength: 60 })
          .filter((s) => ![...s].some(isOddControlOrBom)),
        fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le-bom', 'utf-16be-bom'),
        (text, form) => {
          let bytes: Buffer;
          let want: EncodingLabel;
          let bom = 0;
          if (form === 'utf-8') {
            bytes = Buffer.from(text, 'utf8');
            want = 'utf-8';
          } else if (form === 'utf-8-bom') {
            bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
            want = 'utf-8';
            bom = 3;
          } else if (form === 'utf-16le-bom') {
            bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
            want = 'utf-16le';
            bom = 2;
          } else {
            bytes = Buffer.concat([
              Buffer.from([0xfe, 0xff]),
              Buffer.from(text, 'utf16le').swap16(),
            ]);
            want = 'utf-16be';
            bom = 2;
          }
          const d = detectEncoding(bytes);
          same([d.encoding, d.bomLength], [want, bom], JSON.stringify(text));
          if (!(d.confidence >= 0 && d.confidence <= 1)) throw new Error(String(d.confidence));
        },
      ),
  }),
  defineProperty({
    name: 'detectEncoding on arbitrary bytes never throws and stays in its four encodings',
    weight: 3,
    property: () =>
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const d = detectEncoding(bytes);
        if (!['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'].includes(d.encoding))
          throw new Error(d.encoding);
        if (![0, 2, 3].includes(d.bomLength)) throw new Error(String(d.bomLength));
        if (!(d.confidence >= 0 && d.confidence <= 1)) throw new Error(String(d.confidence));
        // text that is windows-1252 decodes back to itself
        if (d.encoding === 'windows-1252' && d.confidence > 0.6) {
          const back = iconv.encode(
            iconv.decode(Buffer.from(bytes), 'windows-1252'),
            'windows-1252',
          );
          if (!back.equals(Buffer.from(bytes))) throw new Error('1252 does not round-trip');
        }
      }),
  }),
  defineProperty({
    name: 'the streaming decoder gives the same text however the bytes are split',
    weight: 3,
    property: () =>
      fc.property(
        fc.constantFrom<EncodingLabel>('utf-8', 'utf-16le', 'utf-16be', 'windows-1252'),
        fc.uint8Array({ maxLength: 200 }),
        fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 6 }),
        (encoding, bytes, cuts) => {
          const whole = createDecoder(encoding);
          const expected = whole.write(bytes) + whole.end();
          const dec = createDecoder(encoding);
          const points = [...new Set(cuts.map((c) => Math.min(c, bytes.length)))].sort(
            (a, b) => a - b,
          );
          let got = '';
          let at = 0;
          for (const p of [...points, bytes.length]) {
            got += dec.write(bytes.subarray(at, p));
            at = p;
          }
          got += dec.end();
          same(got, expected, encoding);
        },
      ),
  }),
  defineProperty({
    name: 'CSV records round-trip through the real reader with the dialect given (any text, UTF-8/16)',
    weight: 1,
    quickRuns: 40,
    property: () =>
      fc.asyncProperty(
        fc.constantFrom(...DELIMITERS),
        fc.constantFrom(...TERMINATORS),
        fc.constantFrom<EncodingLabel>('utf-8', 'utf-16le'),
        tableArb(anyCell, 1),
        async (delimiter, eol, encoding, table) => {
          const path = writeCsv(table.rows, delimiter, eol, encoding);
          const back = await readRecords(path, { delimiter, lineTerminator: eol }, encoding);
          same(back, table.rows, `${JSON.stringify(delimiter)} ${JSON.stringify(eol)} ${encoding}`);
        },
      ),
  }),
  defineProperty({
    name: 'a written table reads back equal via detectTable/readTable (delimiter given, rest sniffed)',
    weight: 1,
    quickRuns: 40,
    property: () =>
      fc.asyncProperty(
        fc.constantFrom(...DELIMITERS),
        fc.constantFrom(...TERMINATORS),
        tableArb(
          cellArb([
            'a',
            'B',
            '1',
            ' ',
            '"',
            '\n',
            '\r',
            ',',
            ';',
            '\t',
            '|',
            'é',
            '𝕏',
            '\u00a0',
            '-',
          ]),
          1,
        ).chain((t) => headerArb(t.width).map((header) => ({ ...t, header }))),
        async (delimiter, eol, t) => {
          const path = writeCsv([t.header, ...t.rows], delimiter, eol);
          const got = await readAsTable(path, delimiter);
          same(got.header, t.header, 'header');
          same(got.rows, expectedData(t.rows), 'rows');
        },
      ),
  }),
  defineProperty({
    name: 'a written table reads back equal with its dialect sniffed (≥ 2 columns)',
    weight: 1,
    quickRuns: 40,
    property: () =>
      fc.asyncProperty(
        fc.constantFrom(...DELIMITERS),
        fc.constantFrom(...TERMINATORS),
        fc.integer({ min: 2, max: 5 }).chain((width) =>
          fc.record({
            header: headerArb(width),
            rows: fc.array(
              fc.array(cellArb(['a', 'B', '1', ' ', '"', '\n', 'é', '𝕏', '-', '.']), {
                minLength: width,
                maxLength: width,
              }),
              { minLength: 1, maxLength: 10 },
            ),
          }),
        ),
        async (delimiter, eol, t) => {
          // the table's own delimiter may appear inside cells (quoted by the writer)
          const rows = t.rows.map((r, i) =>
            r.map((c, j) => ((i + j) % 5 === 0 ? c + delimiter : c)),
          );
          const path = writeCsv([t.header, ...rows], delimiter, eol);
          const got = await readAsTable(path);
          same([got.delimiter, got.eol], [delimiter, eol], 'dialect');
          same(got.header, t.header, 'header');
          same(got.rows, expectedData(rows), 'rows');
        },
      ),
  }),
  defineProperty({
    name: 'type inference never throws, is deterministic, confidence in [0,1]',
    weight: 2,
    property: () =>
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((width) =>
          fc.record({
            width: fc.constant(width),
            labels: fc.array(
              fc.constantFrom(
                'kode_wilayah',
                'tahun',
                'jumlah',
                'nama',
                'tanggal',
                'persen',
                'x',
                '',
              ),
              { minLength: width, maxLength: width },
            ),
            rows: fc.array(
              fc.array(
                fc.oneof(
                  anyCell,
                  fc.constantFrom(
                    '64.71',
                    '64.71.01',
                    '2024',
                    '1.234,5',
                    '1,234.5',
                    '12%',
                    'Rp 5.000',
                    '2024-02-30',
                    '31/12/2024',
                    'Ya',
                    'Tidak',
                    '-',
                    'NaN',
                    '1e309',
                    '007',
                  ),
                  fc.double().map(String),
                  fc.bigInt().map(String),
                ),
                { maxLength: width + 1 },
              ),
              { maxLength: 30 },
            ),
          }),
        ),
        ({ width, labels, rows }) => {
          const run = (): string => {
            const inf = createTypeInferrer(width, { labels, fullRows: 10, sampleEvery: 3 });
            for (const r of rows) inf.add(r);
            const res = inf.result();
            if (res.length !== width) throw new Error(`width ${res.length}`);
            for (const t of res) {
              if (!(COLUMN_TYPES as readonly string[]).includes(t.type)) throw new Error(t.type);
              if (!(t.confidence >= 0 && t.confidence <= 1)) throw new Error(String(t.confidence));
            }
            return JSON.stringify(res);
          };
          same(run(), run(), 'deterministic');
        },
      ),
  }),
];
