// `npm run bench`: performance figures on generated regional-statistics files (never committed).
// Prints, in one run: import wall time, CPU time (user+sys) and peak RSS of `satudata import`
// (process start included) next to the sqlite3 shell's `.import --csv` of the same file, as
// ratios; RSS flatness at 2M rows; the time to the first page after import and a 100-row page at
// row 900,000; a sorted first page (the sort is built then), a sorted page at position 900,000,
// and column profiles (all through browser mode). Wall times are noisy on a busy machine: the
// load average is printed first, and CPU times are the steadier comparison.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'bench-data');
const bin = join(root, 'bin', 'satudata.cjs');
mkdirSync(dataDir, { recursive: true });

const KEC = [
  ['64.71.01', 'Balikpapan Timur'],
  ['64.71.02', 'Balikpapan Barat'],
  ['64.71.03', 'Balikpapan Utara'],
  ['64.71.04', 'Balikpapan Tengah'],
  ['64.71.05', 'Balikpapan Selatan'],
  ['64.71.06', 'Balikpapan Kota'],
  ['64.72.01', 'Palaran'],
  ['64.72.02', 'Samarinda Ilir'],
  ['64.72.03', 'Samarinda Seberang'],
];

function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 4294967296;
}

export async function generate(rows, file) {
  if (existsSync(file)) return;
  const r = rng(42);
  const out = createWriteStream(file);
  out.write(
    'kode_provinsi,nama_provinsi,kode_kabupaten_kota,nama_kabupaten_kota,kode_kecamatan,nama_kecamatan,tahun,jumlah_penduduk,luas_wilayah_km2,tanggal_pemutakhiran,keterangan,satuan\n',
  );
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const [kode, nama] = KEC[Math.floor(r() * KEC.length)];
    const kab = kode.slice(0, 5);
    const kabNama = kab === '64.71' ? 'Kota Balikpapan' : 'Kota Samarinda';
    const tahun = 2015 + Math.floor(r() * 10);
    const jumlah = Math.floor(r() * 90000) + 1000;
    const luas = (r() * 200).toFixed(2);
    const d = `${tahun}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
    const ket = r() < 0.3 ? `"data sementara, revisi ${i % 7}"` : 'final';
    chunk += `64,Kalimantan Timur,${kab},${kabNama},${kode},${nama},${tahun},${jumlah},${luas},${d},${ket},jiwa\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

/** Run a command under /usr/bin/time; returns wall and CPU (user+sys) seconds, peak RSS in MB. */
function timed(cmd, args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', cmd, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const last = r.stderr.trim().split('\n').pop() ?? '';
  const [wall, user, sys, kb] = last.split(' ').map(Number);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr}`);
  return { wall, cpu: user + sys, rssMb: kb / 1024, stdout: r.stdout };
}

function sqliteImport(file) {
  const db = join(dataDir, 'sqlite-shell.db');
  rmSync(db, { force: true });
  const t = timed('sqlite3', [db, `.import --csv ${file} t`]);
  rmSync(db, { force: true });
  return t;
}

function satudataImport(file, ws) {
  rmSync(ws, { force: true });
  rmSync(`${ws}-wal`, { force: true });
  rmSync(`${ws}-shm`, { force: true });
  rmSync(`${ws}.files`, { recursive: true, force: true });
  const t = timed(process.execPath, [bin, 'import', file, '--workspace', ws]);
  return { ...t, id: t.stdout.trim() };
}

async function pageTimes(ws, id) {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--workspace', ws]);
  const url = await new Promise((res) =>
    child.stdout.once('data', (d) => res(d.toString().split('\n')[0])),
  );
  const [, port, token] = /127\.0\.0\.1:(\d+)\/#token=(.+)$/.exec(url);
  const call = async (verb, body) => {
    const t0 = performance.now();
    const r = await fetch(`http://127.0.0.1:${port}/api/datasets/${verb}`, {
      method: 'POST',
      headers: { 'x-satudata-token': token, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const j = await r.json();
    if (!j.ok) throw new Error(JSON.stringify(j.error));
    return performance.now() - t0;
  };
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const first = await call('rows', { id, limit: 100 });
  const samples = [];
  for (let i = 0; i < 20; i++)
    samples.push(await call('rows', { id, limit: 100, from: 900_000 + i * 100 }));
  samples.sort((a, b) => a - b);
  // jumlah_penduduk (column 7, integer), descending
  const sort = { column: 7, direction: 'desc' };
  const sortedFirst = await call('rows', { id, limit: 100, sort, withTotal: true });
  const sorted900k = [];
  for (let i = 0; i < 20; i++)
    sorted900k.push(await call('rows', { id, limit: 100, sort, offset: 900_000 + i * 100 }));
  const profiles = [];
  for (const column of [7, 8, 9, 5]) profiles.push([column, await call('profile', { id, column })]);
  child.kill('SIGTERM');
  return {
    first,
    median900k: samples[10],
    worst900k: samples[samples.length - 1],
    sortedFirst,
    sortedMedian900k: median(sorted900k),
    profiles,
  };
}

const f1 = join(dataDir, 'bench-1m.csv');
const f2 = join(dataDir, 'bench-2m.csv');
process.stderr.write('Generating bench files (once)…\n');
await generate(1_000_000, f1);
await generate(2_000_000, f2);
const mb = (f) => (statSync(f).size / 1e6).toFixed(0);
console.log(
  `load average: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')} (2 cores are shared)`,
);
console.log(`file: ${f1} (${mb(f1)} MB, 1,000,000 rows × 12 columns)`);

const hasSqlite = spawnSync('sqlite3', ['--version']).status === 0;
const shell = hasSqlite ? sqliteImport(f1) : null;
const ws = join(dataDir, 'bench-ws.db');
const imp = satudataImport(f1, ws);
if (shell) {
  console.log(
    `sqlite3 shell .import --csv:   ${shell.wall.toFixed(2)} s wall, ${shell.cpu.toFixed(2)} s CPU, peak RSS ${shell.rssMb.toFixed(0)} MB`,
  );
} else {
  console.log('sqlite3 shell not installed (apt-get install sqlite3): no baseline ratio this run');
}
console.log(
  `satudata import (1M rows):     ${imp.wall.toFixed(2)} s wall, ${imp.cpu.toFixed(2)} s CPU, peak RSS ${imp.rssMb.toFixed(0)} MB`,
);
if (shell)
  console.log(
    `import ratio vs sqlite3 shell: ${(imp.wall / shell.wall).toFixed(2)}× wall (target ≤ 1.5×), ${(imp.cpu / shell.cpu).toFixed(2)}× CPU`,
  );

const pages = await pageTimes(ws, imp.id);
console.log(`first page after import:       ${pages.first.toFixed(1)} ms (HTTP, browser mode)`);
console.log(
  `100-row page at row 900,000:   median ${pages.median900k.toFixed(1)} ms, worst ${pages.worst900k.toFixed(1)} ms (target < 20 ms)`,
);
console.log(
  `sorted first page (col 7 desc): ${pages.sortedFirst.toFixed(0)} ms (builds the sorted view of 1M rows)`,
);
console.log(`sorted page at position 900k:  median ${pages.sortedMedian900k.toFixed(1)} ms`);
console.log(
  `column profile (1M rows):      ${pages.profiles.map(([c, ms]) => `col ${c} ${ms.toFixed(0)} ms`).join(', ')} (target < 1 s)`,
);

const ws2 = join(dataDir, 'bench-ws-2m.db');
const imp2 = satudataImport(f2, ws2);
console.log(
  `satudata import (2M rows):     ${imp2.wall.toFixed(2)} s wall, ${imp2.cpu.toFixed(2)} s CPU, peak RSS ${imp2.rssMb.toFixed(0)} MB (flatness ${(imp2.rssMb / imp.rssMb).toFixed(2)}×, target ≤ 1.1×)`,
);
// validation memory must stay flat too: the 2M-row dataset, checked before it is removed
const validate2m = (() => {
  const r = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      '%e %U %S %M',
      process.execPath,
      bin,
      'validate',
      imp2.id,
      '--format',
      'json',
      '--workspace',
      ws2,
    ],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  if (r.status !== 0 && r.status !== 1) throw new Error(`validate failed:\n${r.stderr}`);
  const [wall, , , kb] = (r.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
  return { wall, rssMb: kb / 1024 };
})();
for (const w of [ws2]) {
  rmSync(w, { force: true });
  rmSync(`${w}-wal`, { force: true });
  rmSync(`${w}-shm`, { force: true });
  rmSync(`${w}.files`, { recursive: true, force: true });
}

// ── Cleaning (issue: cleaning): column-wide steps, undo and a 10-step recipe on the 1M rows ──
// Every figure is `satudata clean/undo` wall time with process start included. Each single step
// is undone before the next, so every apply starts from the import.
async function benchClean(workspace, datasetId, file, importWall) {
  const { writeFileSync: write } = await import('node:fs');
  const recipe = (name, steps) => {
    const p = join(dataDir, `bench-${name}.recipe.json`);
    write(p, JSON.stringify({ version: 1, steps }));
    return p;
  };
  const clean = (r) =>
    timed(process.execPath, [bin, 'clean', datasetId, '--recipe', r, '--workspace', workspace]);
  const undo = () => timed(process.execPath, [bin, 'undo', datasetId, '--workspace', workspace]);
  // trim and parse-number find nothing to change in the generated file (a no-op recipe does
  // not copy the table); normalize-case changes every cell of its column, map-values some.
  const single = [
    ['trim (all 12 columns)', [{ op: 'trim' }]],
    [
      'normalize-case (all cells)',
      [{ op: 'normalize-case', columns: ['nama_kecamatan'], case: 'upper' }],
    ],
    ['parse-number', [{ op: 'parse-number', column: 'jumlah_penduduk', locale: 'id' }]],
    [
      'map-values',
      [
        {
          op: 'map-values',
          column: 'nama_kecamatan',
          mapping: { 'Balikpapan Timur': 'BALIKPAPAN TIMUR', Palaran: 'PALARAN' },
        },
      ],
    ],
  ];
  for (const [label, steps] of single) {
    const a = clean(recipe(label.split(' ')[0], steps));
    const u = undo();
    console.log(
      `clean DATASET ${label.padEnd(26)} ${a.wall.toFixed(2)} s (${a.cpu.toFixed(2)} s CPU; target ≤ 2 s), undo ${u.wall.toFixed(2)} s (target ≤ 2 s)`,
    );
  }
  const ten = recipe('ten-steps', [
    { op: 'trim' },
    { op: 'normalize-case', columns: ['nama_kabupaten_kota'], case: 'upper' },
    { op: 'map-values', column: 'nama_kecamatan', mapping: { Palaran: 'PALARAN' } },
    { op: 'parse-number', column: 'jumlah_penduduk', locale: 'id' },
    { op: 'parse-number', column: 'luas_wilayah_km2', locale: 'en' },
    { op: 'parse-date', column: 'tanggal_pemutakhiran' },
    { op: 'replace', columns: ['keterangan'], find: 'data sementara', replace: 'sementara' },
    { op: 'rename-column', from: 'satuan', to: 'satuan_jumlah' },
    { op: 'add-column', name: 'sumber', value: 'Disdukcapil' },
    { op: 'drop-columns', columns: ['nama_provinsi'] },
  ]);
  const replay = clean(ten);
  undo();
  console.log(
    `clean DATASET 10-step recipe:  ${replay.wall.toFixed(2)} s = ${(replay.wall / importWall).toFixed(2)}× the import (target ≤ 2×)`,
  );
  const out = join(dataDir, 'bench-clean-out.csv');
  const fileReplay = timed(process.execPath, [bin, 'clean', file, '--recipe', ten, '--out', out]);
  rmSync(out, { force: true });
  console.log(
    `clean FILE → FILE 10 steps:    ${fileReplay.wall.toFixed(2)} s = ${(fileReplay.wall / importWall).toFixed(2)}× the import, peak RSS ${fileReplay.rssMb.toFixed(0)} MB`,
  );
}

await benchClean(ws, imp.id, f1, imp.wall);

/** Validation (issue target: validate DATASET ≤ 2.0×, validate FILE ≤ 3.0× the sqlite3 import). */
function benchValidate(workspace, datasetId, file) {
  const run = (args) => {
    const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, bin, ...args], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    const [wall, user, sys, kb] = (r.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
    if (r.status !== 0 && r.status !== 1) throw new Error(`validate failed:\n${r.stderr}`);
    return { wall, cpu: user + sys, rssMb: kb / 1024 };
  };
  const ds = run(['validate', datasetId, '--format', 'json', '--workspace', workspace]);
  const fl = run(['validate', file, '--format', 'json']);
  const ratio = (t) => (shell ? ` = ${(t.wall / shell.wall).toFixed(2)}× the sqlite3 import` : '');
  console.log(
    `validate DATASET (1M rows):    ${ds.wall.toFixed(2)} s wall, ${ds.cpu.toFixed(2)} s CPU, peak RSS ${ds.rssMb.toFixed(0)} MB${ratio(ds)} (target ≤ 2.0×)`,
  );
  console.log(
    `validate DATASET (2M rows):    ${validate2m.wall.toFixed(2)} s wall, peak RSS ${validate2m.rssMb.toFixed(0)} MB (flatness ${(validate2m.rssMb / ds.rssMb).toFixed(2)}×, target ≤ 1.1×)`,
  );
  console.log(
    `validate FILE (1M rows):       ${fl.wall.toFixed(2)} s wall, ${fl.cpu.toFixed(2)} s CPU, peak RSS ${fl.rssMb.toFixed(0)} MB${ratio(fl)} (target ≤ 3.0×)`,
  );
}

benchValidate(ws, imp.id, f1);
