import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  encodeCsvField,
  measureCsv,
  writeCsvFile,
  writeCsvRows,
  type CsvOptions,
} from '../../../src/main/core/export/csv-writer';
import { TextSink } from '../../../src/main/core/export/text-sink';
import type { ExportColumn } from '../../../src/shared/model/export';
import { parseCsv, sourceFrom, tempDir } from './helpers';

const SPECTRUM = join(import.meta.dirname, '../../../node_modules/csv-spectrum');

const TRICKY: string[][] = [
  ['plain', 'with,comma', 'with;semicolon', 'say "hi"'],
  ['multi\nline', 'crlf\r\ninside', ' lead and trail ', ''],
  ['=1+1', '-12', 'Ünïcödé – dash', '"'],
  ['', '', '', ''],
];

function columns(n: number): ExportColumn[] {
  return Array.from({ length: n }, (_, i) => ({ name: `c${i + 1}`, label: `C${i + 1}` }));
}

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

describe('encodeCsvField', () => {
  it.each([
    ['abc', ',', 'abc'],
    ['a,b', ',', '"a,b"'],
    ['a;b', ',', 'a;b'],
    ['a;b', ';', '"a;b"'],
    ['a"b', ',', '"a""b"'],
    ['a\nb', ',', '"a\nb"'],
    ['a\rb', ',', '"a\rb"'],
    ['', ',', ''],
  ])('%j with %j → %j', (value, delimiter, expected) => {
    expect(encodeCsvField(value, delimiter)).toBe(expected);
  });
});

describe('writeCsvFile round trip (papaparse)', () => {
  const variants: [string, CsvOptions][] = [
    ['comma CRLF', {}],
    ['semicolon', { delimiter: ';' }],
    ['LF', { lineTerminator: '\n' }],
    ['BOM', { bom: true }],
  ];

  it.each(variants)('%s keeps every value', async (_name, options) => {
    const path = join(tmp.dir, 'out.csv');
    const summary = await writeCsvFile(sourceFrom(columns(4), TRICKY), path, options);
    const bytes = readFileSync(path);
    expect(summary.rows).toBe(TRICKY.length);
    expect(summary.bytes).toBe(bytes.length);
    expect(summary.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    expect(hasBom).toBe(options.bom === true);
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    const eol = options.lineTerminator ?? '\r\n';
    expect(text.endsWith(eol)).toBe(true);
    expect(text.startsWith(`c1${options.delimiter ?? ','}c2`)).toBe(true);
    expect(parseCsv(text, options.delimiter ?? ',')).toEqual([['c1', 'c2', 'c3', 'c4'], ...TRICKY]);
  });

  it('neutralises formula-like cells only when asked', async () => {
    const rows = [['=HYPERLINK("http://x")', '-12', '-', '@SUM(1+1)']];
    const guarded = join(tmp.dir, 'guarded.csv');
    const raw = join(tmp.dir, 'raw.csv');
    await writeCsvFile(sourceFrom(columns(4), rows), guarded, { neutralizeFormulas: true });
    await writeCsvFile(sourceFrom(columns(4), rows), raw);
    expect(parseCsv(readFileSync(guarded, 'utf8'))[1]).toEqual([
      `'=HYPERLINK("http://x")`,
      '-12',
      '-',
      "'@SUM(1+1)",
    ]);
    expect(parseCsv(readFileSync(raw, 'utf8'))[1]).toEqual(rows[0]);
  });

  it('writes a one-column empty cell as "" so it is not a blank line', async () => {
    const path = join(tmp.dir, 'one.csv');
    await writeCsvFile(sourceFrom(columns(1), [['a'], [''], ['b']]), path);
    expect(readFileSync(path, 'utf8')).toBe('c1\r\na\r\n""\r\nb\r\n');
  });

  it('pads short rows and drops extra cells to keep the table rectangular', async () => {
    const path = join(tmp.dir, 'ragged.csv');
    await writeCsvFile(sourceFrom(columns(3), [['1'], ['1', '2', '3', '4']]), path);
    expect(parseCsv(readFileSync(path, 'utf8'))).toEqual([
      ['c1', 'c2', 'c3'],
      ['1', '', ''],
      ['1', '2', '3'],
    ]);
  });

  it('measureCsv gives the size and hash of the file the same options write', async () => {
    const path = join(tmp.dir, 'm.csv');
    const written = await writeCsvFile(sourceFrom(columns(4), TRICKY), path, {
      delimiter: ',',
      bom: false,
      neutralizeFormulas: false,
      lineTerminator: '\r\n',
    });
    const measured = await measureCsv(sourceFrom(columns(4), TRICKY));
    expect(measured).toEqual(written);
  });
});

describe('csv-spectrum', () => {
  // location_coordinates is left out: its JSON (a single object, another phone number) does
  // not describe its CSV, which also holds a bare quote inside an unquoted field
  const names = readdirSync(join(SPECTRUM, 'json'))
    .map((f) => f.replace(/\.json$/, ''))
    .filter((n) => n !== 'location_coordinates');

  it('has the cases it should', () => {
    expect(names).toEqual(
      expect.arrayContaining(['quotes_and_newlines', 'escaped_quotes', 'utf8']),
    );
  });

  it.each(names)('%s survives a write and a parse', async (name) => {
    const records = JSON.parse(
      readFileSync(join(SPECTRUM, 'json', `${name}.json`), 'utf8'),
    ) as Record<string, string>[];
    const header = Object.keys(records[0] ?? {});
    const rows = records.map((r) => header.map((h) => r[h] ?? ''));
    const path = join(tmp.dir, `${name}.csv`);
    await writeCsvFile(
      sourceFrom(
        header.map((h) => ({ name: h, label: h })),
        rows,
      ),
      path,
    );
    const ours = parseCsv(readFileSync(path, 'utf8'));
    expect(ours).toEqual([header, ...rows]);
    const theirs = parseCsv(readFileSync(join(SPECTRUM, 'csvs', `${name}.csv`), 'utf8'));
    expect(ours).toEqual(theirs);
  });
});

describe('streaming', () => {
  it('waits for a slow stream instead of buffering the whole table', async () => {
    const rowCount = 100_000;
    const row = ['x'.repeat(80), '12345'];
    let produced = 0;
    let consumed = 0;
    let maxAhead = 0;
    const slow = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _enc, done) {
        setImmediate(() => {
          consumed += chunk.length;
          done();
        });
      },
    });
    const source = sourceFrom(columns(2), []);
    source.rows = async function* () {
      for (let i = 0; i < rowCount; i += 1) {
        produced += 88;
        maxAhead = Math.max(maxAhead, produced - consumed);
        yield row;
        await Promise.resolve();
      }
    };
    const sink = new TextSink(slow);
    const rows = await writeCsvRows(source, sink);
    const summary = await sink.end();
    expect(rows).toBe(rowCount);
    expect(consumed).toBe(summary.bytes);
    expect(summary.bytes).toBeGreaterThan(8_000_000);
    // at most a chunk in the buffer plus the stream's high-water mark (and a little slack)
    expect(maxAhead).toBeLessThan(256 * 1024);
  });

  it('rejects (and does not crash) when the stream fails, e.g. a full disk', async () => {
    const failing = new Writable({
      write(_chunk: Buffer, _enc, done) {
        done(new Error('ENOSPC: no space left on device'));
      },
    });
    const source = sourceFrom(columns(1), []);
    source.rows = async function* () {
      for (let i = 0; i < 100_000; i += 1) {
        yield ['x'.repeat(50)];
        if (i % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
    };
    const sink = new TextSink(failing);
    await expect(writeCsvRows(source, sink)).rejects.toThrow('ENOSPC');
  });

  it('stops with a cancelled error when the signal is aborted', async () => {
    const controller = new AbortController();
    const source = sourceFrom(columns(1), []);
    source.rows = async function* () {
      for (let i = 0; i < 50_000; i += 1) {
        if (i === 15_000) controller.abort();
        yield [String(i)];
        await Promise.resolve();
      }
    };
    const path = join(tmp.dir, 'cancel.csv');
    await expect(
      writeCsvFile(source, path, {}, { signal: controller.signal }),
    ).rejects.toMatchObject({
      kind: 'cancelled',
    });
    expect(readdirSync(tmp.dir)).toEqual([]);
  });
});
