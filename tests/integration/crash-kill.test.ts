// Crash safety (issue 8, item 1): the real `satudata` process is killed with SIGKILL at many
// moments of `import`, `validate`, `clean DATASET --recipe`, `undo`, `metadata set`,
// `export` (csv, xlsx), `bundle import` and the daily backup taken when a workspace is opened.
// After every kill:
// the workspace opens (`satudata list`), PRAGMA integrity_check is ok, and its state equals
// the state before the action or the state after an uninterrupted run — never a half. An
// export target is either its old bytes or the complete new file. Kill offsets are spread over
// the duration of the same command measured on an uninterrupted run (see kill-harness.ts).
import { mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, tempDir } from '../support/cli';
import {
  fingerprint,
  fingerprintDiff,
  fingerprintKey,
  integrityCheck,
  type WorkspaceFingerprint,
} from '../support/fingerprint';
import {
  copyWorkspace,
  isAtomicTemp,
  killOffsets,
  removeWorkspace,
  runSatudata,
  strayBeside,
} from '../support/kill-harness';

/** Rows of the dataset that clean/undo/export/metadata work on, and of the imported file. */
const BIG_ROWS = 40_000;
/** Validation stores every finding per cell, so it gets a smaller dataset. */
const VALIDATE_ROWS = 5_000;

const OLD_EXPORT = 'ISI LAMA — old content that must survive an interrupted export\n';

interface Totals {
  planned: number;
  killed: number;
  passed: number;
  before: number;
  after: number;
  strayTemps: number;
  /** duration of the uninterrupted run */
  ms: number;
  /** time spent checking after the kills */
  checkMs: number;
}

const totals = new Map<string, Totals>();

let root = '';
let base = '';
let bigId = '';
let smallId = '';
let importFile = '';
let recipe = '';
let meta = '';
let before: WorkspaceFingerprint;
/** a second workspace (one small unrelated dataset) that a bundle is imported into */
let otherBase = '';
let otherBefore: WorkspaceFingerprint;
let bundleFile = '';

function makeCsv(path: string, rows: number, salt: number): void {
  const out: string[] = [
    'kode_kecamatan,nama_kecamatan,jenis_kelamin,jumlah_penduduk,satuan,tahun',
  ];
  for (let i = 0; i < rows; i++) {
    const kec = String((i % 30) + 1).padStart(2, '0');
    out.push(
      `64.71.${kec},Kec ${(i * 7 + salt) % 613} ,${i % 2 ? 'L' : 'P'},${(i * 7919 + salt) % 100_000},JIWA,${2015 + (i % 10)}`,
    );
  }
  writeFileSync(path, out.join('\n') + '\n');
}

async function cli(args: string[]): Promise<string> {
  const r = await runSatudata(args);
  if (r.code !== 0) throw new Error(`satudata ${args.join(' ')} → ${r.code}\n${r.stderr}`);
  return r.stdout.trim();
}

beforeAll(async () => {
  assertBuilt();
  root = tempDir('sdw-kill-');
  base = join(root, 'base', 'ws.db');
  const big = join(root, 'besar.csv');
  const small = join(root, 'kecil.csv');
  importFile = join(root, 'impor.csv');
  makeCsv(big, BIG_ROWS, 1);
  makeCsv(small, VALIDATE_ROWS, 2);
  makeCsv(importFile, BIG_ROWS, 3);
  recipe = join(root, 'resep.json');
  writeFileSync(
    recipe,
    JSON.stringify({
      version: 1,
      steps: [
        { op: 'trim' },
        { op: 'map-values', column: 'jenis_kelamin', mapping: { L: 'LAKI-LAKI', P: 'PEREMPUAN' } },
        { op: 'normalize-case', columns: ['nama_kecamatan'], case: 'upper' },
      ],
    }),
  );
  const recipe2 = join(root, 'resep-awal.json');
  writeFileSync(recipe2, JSON.stringify({ version: 1, steps: [{ op: 'trim' }] }));
  meta = join(root, 'metadata.json');
  const template = JSON.parse(
    await cli(['metadata', 'template', '--profile', 'sdi-dataset', '--format', 'json']),
  ) as Record<string, unknown>;
  writeFileSync(
    meta,
    JSON.stringify({ ...template, judul: 'Jumlah Penduduk', deskripsi: 'Uji ketahanan' }),
  );

  bigId = await cli(['import', big, '--workspace', base]);
  smallId = await cli(['import', small, '--workspace', base]);
  // a version to undo, and the daily backup taken now (so killed runs do not start one)
  await cli(['clean', bigId, '--recipe', recipe2, '--workspace', base]);
  await cli(['list', '--workspace', base]);
  // (bundle create validates the dataset and writes to the audit log: take `before` after it)
  bundleFile = join(root, 'kecil.sdbundle');
  await cli(['bundle', 'create', smallId, '--out', bundleFile, '--workspace', base]);
  before = fingerprint(base);
  otherBase = join(root, 'other', 'ws.db');
  const tiny = join(root, 'lain.csv');
  makeCsv(tiny, 10, 4);
  await cli(['import', tiny, '--workspace', otherBase]);
  await cli(['list', '--workspace', otherBase]);
  otherBefore = fingerprint(otherBase);
  expect(before.datasets).toHaveLength(2);
}, 120_000);

afterAll(() => {
  let planned = 0;
  let killed = 0;
  let passed = 0;
  const lines: string[] = [];
  for (const [name, t] of totals) {
    planned += t.planned;
    killed += t.killed;
    passed += t.passed;
    lines.push(
      `  ${name.padEnd(22)} planned ${t.planned}, killed mid-run ${t.killed}, passed ${t.passed} (state = before ${t.before}, after ${t.after}; stray temps ${t.strayTemps}; run ${t.ms} ms, checks ${t.checkMs} ms)`,
    );
  }
  console.log(
    `crash-kill: ${killed} kill points exercised, ${passed} of ${planned} runs passed\n${lines.join('\n')}`,
  );
  if (root) rmSync(root, { recursive: true, force: true });
});

interface Scenario {
  name: string;
  kills: number;
  args: (ws: string, dir: string) => string[];
  /** the workspace the command runs on (default the one with the 40,000-row dataset) */
  other?: boolean;
  /** the part of the run the kills are spread over (default the first 95 %) */
  window?: [number, number];
  /** exit codes of an uninterrupted run */
  okCodes: number[];
  prepare?: (ws: string, dir: string) => void;
  /** after a kill: more checks on the workspace */
  afterKill?: (ws: string, where: string) => Promise<{ stray: number }>;
  /** after a kill: check files outside the workspace against the reference run */
  checkOutputs?: (dir: string, refDir: string, where: string) => Promise<{ stray: number }>;
}

/** The entries of a zip (name → crc32:size), or null when it is not a complete zip. */
function zipEntries(path: string): Promise<Map<string, string> | null> {
  return new Promise((resolvePromise) => {
    yauzl.open(path, { lazyEntries: true, autoClose: true }, (err, zip) => {
      if (err || !zip) {
        resolvePromise(null);
        return;
      }
      const out = new Map<string, string>();
      zip.on('entry', (e: yauzl.Entry) => {
        out.set(e.fileName, `${e.crc32}:${e.uncompressedSize}`);
        zip.readEntry();
      });
      zip.on('end', () => resolvePromise(out));
      zip.on('error', () => resolvePromise(null));
      zip.readEntry();
    });
  });
}

function exportScenario(format: 'csv' | 'xlsx', kills: number): Scenario {
  const file = `hasil.${format}`;
  return {
    name: `export --format ${format}`,
    kills,
    okCodes: [0],
    args: (ws, dir) => [
      'export',
      bigId,
      '--format',
      format,
      '--out',
      join(dir, 'out', file),
      '--workspace',
      ws,
    ],
    prepare: (_ws, dir) => {
      rmSync(join(dir, 'out'), { recursive: true, force: true });
      mkdirSync(join(dir, 'out'), { recursive: true });
      writeFileSync(join(dir, 'out', file), OLD_EXPORT);
    },
    checkOutputs: async (dir, refDir, where) => {
      const target = join(dir, 'out', file);
      const reference = join(refDir, 'out', file);
      const got = readFileSync(target);
      if (!got.equals(Buffer.from(OLD_EXPORT))) {
        if (format === 'csv') {
          expect(got.equals(readFileSync(reference)), `${where}: the complete new csv`).toBe(true);
        } else {
          const [entries, want] = await Promise.all([zipEntries(target), zipEntries(reference)]);
          expect(entries, `${where}: xlsx is a complete zip`).not.toBeNull();
          // docProps/core.xml holds the time of writing; every other entry is identical
          const strip = (m: Map<string, string> | null): [string, string][] =>
            [...(m ?? new Map<string, string>())].filter(([n]) => n !== 'docProps/core.xml');
          expect(strip(entries), `${where}: the complete new xlsx`).toEqual(strip(want));
        }
      }
      const stray = strayBeside(target);
      for (const s of stray)
        expect(isAtomicTemp(target, s), `${where}: unexpected ${s}`).toBe(true);
      return { stray: stray.length };
    },
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

const SCENARIOS: Scenario[] = [
  {
    name: 'import',
    kills: 10,
    okCodes: [0],
    args: (ws) => ['import', importFile, '--workspace', ws],
  },
  {
    name: 'validate DATASET',
    kills: 8,
    okCodes: [0, 1],
    args: (ws) => ['validate', smallId, '--format', 'json', '--workspace', ws],
  },
  {
    name: 'clean DATASET --recipe',
    kills: 8,
    okCodes: [0],
    args: (ws) => ['clean', bigId, '--recipe', recipe, '--workspace', ws],
  },
  { name: 'undo', kills: 6, okCodes: [0], args: (ws) => ['undo', bigId, '--workspace', ws] },
  {
    name: 'metadata set',
    kills: 6,
    okCodes: [0],
    args: (ws) => ['metadata', 'set', bigId, meta, '--profile', 'sdi-dataset', '--workspace', ws],
  },
  exportScenario('csv', 7),
  exportScenario('xlsx', 6),
  {
    // the 5,000-row dataset, its metadata and validation travel into another workspace
    name: 'bundle import',
    kills: 6,
    okCodes: [0],
    other: true,
    args: (ws) => ['bundle', 'import', bundleFile, '--workspace', ws],
  },
  {
    // the first open of the day copies the workspace into <files>/backups
    name: 'daily backup on open',
    kills: 6,
    // opening takes most of the run; the copy is made at its end
    window: [0.5, 1],
    okCodes: [0],
    args: (ws) => ['list', '--workspace', ws],
    prepare: (ws) => {
      const dir = `${ws}.files/backups`;
      const old = new Date(Date.now() - 2 * DAY_MS);
      for (const n of readdirSync(dir)) utimesSync(join(dir, n), old, old);
    },
    afterKill: checkRestorable,
  },
];

describe('SIGKILL at any moment leaves the workspace before or after, never half', () => {
  for (const sc of SCENARIOS) {
    it(`${sc.name}: ${sc.kills} kills`, async () => {
      const t: Totals = {
        planned: 0,
        killed: 0,
        passed: 0,
        before: 0,
        after: 0,
        strayTemps: 0,
        ms: 0,
        checkMs: 0,
      };
      totals.set(sc.name, t);
      const slug = sc.name.replace(/[^a-z]+/g, '-');
      const refDir = join(root, `${slug}-ref`);
      const refWs = join(refDir, 'ws.db');
      const from = sc.other ? otherBase : base;
      const stateBefore = sc.other ? otherBefore : before;
      copyWorkspace(from, refWs);
      sc.prepare?.(refWs, refDir);
      const ref = await runSatudata(sc.args(refWs, refDir));
      expect(sc.okCodes, ref.stderr).toContain(ref.code);
      const after = fingerprint(refWs);
      const duration = ref.ms;
      t.ms = Math.round(duration);

      const one = async (i: number, offset: number): Promise<void> => {
        t.planned++;
        const dir = join(root, `${slug}-${i}`);
        const ws = join(dir, 'ws.db');
        copyWorkspace(from, ws);
        sc.prepare?.(ws, dir);
        const run = await runSatudata(sc.args(ws, dir), { killAfterMs: offset });
        if (run.killed) t.killed++;
        else expect(sc.okCodes, run.stderr).toContain(run.code);
        const where = `${sc.name}, kill at ${offset} ms of ${Math.round(duration)} ms`;
        const checkStart = Date.now();

        const list = await runSatudata(['list', '--format', 'json', '--workspace', ws]);
        expect(list.code, `${where}: list\n${list.stderr}`).toBe(0);
        expect(list.stderr).not.toMatch(/\n\s+at /);
        expect(integrityCheck(ws), where).toBe('ok');
        const fp = fingerprint(ws);
        const key = fingerprintKey(fp);
        const isBefore = key === fingerprintKey(stateBefore);
        const isAfter = key === fingerprintKey(after);
        expect(
          isBefore || isAfter,
          `${where}: half state\nvs before:\n${fingerprintDiff(fp, stateBefore)}\nvs after:\n${fingerprintDiff(fp, after)}`,
        ).toBe(true);
        expect((JSON.parse(list.stdout) as unknown[]).length).toBe(fp.datasets.length);
        if (isBefore) t.before++;
        else t.after++;
        if (sc.checkOutputs) t.strayTemps += (await sc.checkOutputs(dir, refDir, where)).stray;
        if (sc.afterKill) t.strayTemps += (await sc.afterKill(ws, where)).stray;
        t.passed++;
        t.checkMs += Date.now() - checkStart;
        removeWorkspace(ws);
        rmSync(dir, { recursive: true, force: true });
      };
      const [start, end] = sc.window ?? [0, 0.95];
      const offsets = killOffsets(duration * (end - start), sc.kills).map(
        (o) => o + Math.round(duration * start),
      );
      // two kills at a time: the machine has two cores
      for (let i = 0; i < offsets.length; i += 2) {
        await Promise.all(offsets.slice(i, i + 2).map((offset, k) => one(i + k, offset)));
      }
      removeWorkspace(refWs);
    }, 180_000);
  }

  it('exercised at least 50 kill points in the middle of a command', () => {
    let killed = 0;
    for (const t of totals.values()) killed += t.killed;
    expect(killed).toBeGreaterThanOrEqual(50);
  });
});

/**
 * Every backup left in the folder is sound, and `satudata restore` (which picks the newest)
 * brings back the workspace as it was — not an empty or half-copied one.
 */
async function checkRestorable(ws: string, where: string): Promise<{ stray: number }> {
  const dir = `${ws}.files/backups`;
  // a copy interrupted by the kill stays under its temporary name, which restore ignores
  const stray = readdirSync(dir).filter((x) => /\.db\.tmp(-journal)?$/.test(x)).length;
  for (const n of readdirSync(dir).filter((x) => x.endsWith('.db'))) {
    expect(integrityCheck(join(dir, n)), `${where}: backup ${n}`).toBe('ok');
  }
  const r = await runSatudata(['restore', '--workspace', ws]);
  expect(r.code, `${where}: restore\n${r.stderr}`).toBe(0);
  const restored = fingerprint(ws);
  expect(
    fingerprintKey(restored),
    `${where}: restored from the newest backup\n${fingerprintDiff(restored, before)}`,
  ).toBe(fingerprintKey(before));
  return { stray };
}
