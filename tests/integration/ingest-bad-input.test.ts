// Files that are not tables, or are damaged, through `satudata import`: each is refused with
// exit 2 and a message naming the file and the reason (and the line where there is one), no
// stack trace, and the workspace exactly as it was. Flawed but readable tables (duplicate or
// blank header labels, ragged rows) are NOT refused: they are imported as they are.
import { createWriteStream, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import yazl from 'yazl';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, BIN, ROOT, SAMPLES, satudata, tempDir } from '../support/cli';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'ingest');
const PENDUDUK = join(SAMPLES, 'penduduk-kecamatan-2023-2024.csv');

function workspaceState(ws: string): string {
  const db = new Database(ws, { readonly: true });
  try {
    const tables = db.prepare('SELECT name FROM sqlite_master ORDER BY name').all();
    const datasets = db.prepare('SELECT id, row_count FROM datasets ORDER BY id').all();
    const blobs = db.prepare('SELECT sha256 FROM blobs ORDER BY sha256').all();
    const audit = db.prepare('SELECT count(*) AS n FROM audit_log').get();
    return JSON.stringify({ tables, datasets, blobs, audit });
  } finally {
    db.close();
  }
}

function zipFile(path: string, entries: [string, Buffer][]): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, buf] of entries) zip.addBuffer(buf, name);
  zip.end();
  return new Promise((resolve, reject) => {
    zip.outputStream
      .pipe(createWriteStream(path))
      .on('close', () => resolve())
      .on('error', reject);
  });
}

const dir = tempDir('sdw-bad-');
const ws = join(dir, 'ws.db');

const cases: [string, string, RegExp][] = [
  ['an unterminated quote, naming its line', 'kutip.csv', /dibuka di baris 3 .*ditutup/],
  ['a single line of 100 MB', 'satu-baris.csv', /lebih panjang dari 16 juta karakter/],
  ['a NUL byte deep inside a text file', 'nul.csv', /byte NUL .*baris 20002/],
  ['a binary file', 'biner.csv', /biner/],
  ['an .xlsx that is really a PDF', 'renamed-pdf.xlsx', /PDF/],
  ['an .xlsx zip bomb', 'bom.xlsx', /200:1|terlalu besar/],
  ['a workbook whose only sheet is empty', 'kosong.xlsx', /kosong/],
  ['a password-protected workbook', 'encrypted-ole.xlsx', /kata sandi/],
];

beforeAll(async () => {
  assertBuilt();
  writeFileSync(
    join(dir, 'kutip.csv'),
    'kode,nama\n64,Kaltim\n64.71,"Balikpapan\n64.72,Samarinda\n',
  );
  // one line of 100 MB (generated here, never committed)
  writeFileSync(
    join(dir, 'satu-baris.csv'),
    Buffer.concat([
      Buffer.from('kode,nama\n'),
      Buffer.alloc(100 * 1024 * 1024, 0x61),
      Buffer.from('\n1,2\n'),
    ]),
  );
  let text = 'kode,jumlah\n';
  for (let i = 0; i < 20000; i++) text += `${i},${i * 3}\n`;
  writeFileSync(join(dir, 'nul.csv'), `${text}20000,12\u00003\n`);
  writeFileSync(join(dir, 'biner.csv'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x00]));
  writeFileSync(join(dir, 'renamed-pdf.xlsx'), `%PDF-1.4\n${'x'.repeat(200)}`);
  await zipFile(join(dir, 'bom.xlsx'), [
    ['[Content_Types].xml', Buffer.from('<Types/>')],
    ['xl/workbook.xml', Buffer.from('<workbook/>')],
    ['xl/worksheets/sheet1.xml', Buffer.alloc(64 * 1024 * 1024, 0x20)],
  ]);
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Lembar1');
  await book.xlsx.writeFile(join(dir, 'kosong.xlsx'));
  expect(satudata(['import', PENDUDUK, '--workspace', ws]).code).toBe(0);
});

describe('bad input through `satudata import` leaves the workspace as it was', () => {
  it.each(cases)('refuses %s', (_what, file, message) => {
    const path = file === 'encrypted-ole.xlsx' ? join(FIXTURES, file) : join(dir, file);
    const before = workspaceState(ws);
    const r = satudata(['import', path, '--workspace', ws]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(file);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('Error:');
    expect(r.stderr).not.toMatch(/at .*\.(c?js|ts):\d+/);
    expect(workspaceState(ws)).toBe(before);
  });

  it('refuses the 100 MB line within a small, bounded heap', () => {
    // with a 96 MB heap the file could never be held as one string: reading must stay streamed
    const r = spawnSync(
      process.execPath,
      ['--max-old-space-size=96', BIN, 'inspect', join(dir, 'satu-baris.csv'), '--format', 'json'],
      { encoding: 'utf8', timeout: 60_000, env: { ...process.env, SATUDATA_DEBUG: '' } },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/lebih panjang dari 16 juta karakter mulai baris 2/);
  });

  it('also names the line of an unterminated quote in `inspect`', () => {
    const r = satudata(['inspect', join(dir, 'kutip.csv'), '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/baris 3/);
    expect(r.stderr).toMatch(/line 3/);
  });
});

describe('flawed tables are imported as they are', () => {
  it('keeps duplicate and blank header labels and ragged rows', () => {
    const file = join(dir, 'berantakan.csv');
    writeFileSync(file, 'nama,,nama,nilai\nA,1,2,3,4,5\nB\nC,1,2,3\nD,,,\n');
    const r = satudata(['import', file, '--workspace', ws]);
    expect(r.code).toBe(0);
    const id = r.stdout.trim();
    const db = new Database(ws, { readonly: true });
    try {
      const d = db.prepare('SELECT seq, row_count FROM datasets WHERE id = ?').get(id) as {
        seq: number;
        row_count: number;
      };
      expect(d.row_count).toBe(4);
      const names = db
        .prepare('SELECT label, name FROM dataset_columns WHERE dataset_id = ? ORDER BY idx')
        .all(id) as { label: string; name: string }[];
      expect(names.slice(0, 4)).toEqual([
        { label: 'nama', name: 'nama' },
        { label: '', name: 'kolom_2' },
        { label: 'nama', name: 'nama_2' },
        { label: 'nilai', name: 'nilai' },
      ]);
      const width = names.length;
      const rows = db
        .prepare(`SELECT * FROM raw_${d.seq} ORDER BY line`)
        .raw(true)
        .all() as unknown[][];
      // every record keeps its cells as read: line, number of cells, cells, extra cells
      const cells = rows.map((row) => {
        const n = row[1] as number;
        const kept = row.slice(2, 2 + Math.min(n, width)) as string[];
        const extra = row[2 + width] as string | null;
        return [row[0], ...kept, ...(extra ? (JSON.parse(extra) as string[]) : [])];
      });
      expect(cells).toEqual([
        [2, 'A', '1', '2', '3', '4', '5'],
        [3, 'B'],
        [4, 'C', '1', '2', '3'],
        [5, 'D', '', '', ''],
      ]);
    } finally {
      db.close();
    }
  });
});
