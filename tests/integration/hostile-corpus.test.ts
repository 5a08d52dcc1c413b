// Hostile input (issue 8, item 2): every file of tests/fixtures/hostile/ (data, metadata and
// recipes; the .sdbundle files have their own test) goes through the real `satudata` command
// it targets, with a time limit. No crash (exit code 0/1/2 only, never a stack trace), no
// hang, the outcome listed in hostile-cases.ts (and the folder's README), and nothing written
// to the workspace when the input is refused (fingerprint before = after).
import {
  closeSync,
  copyFileSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InspectResult } from '../../src/shared/model/dataset';
import { assertBuilt, ROOT, tempDir } from '../support/cli';
import { fingerprint, fingerprintKey, type WorkspaceFingerprint } from '../support/fingerprint';
import { copyWorkspace, runSatudata, type ProcessRun } from '../support/kill-harness';
import {
  HOSTILE_CASES,
  type DataCase,
  type MetadataCase,
  type RecipeCase,
} from '../fixtures/hostile/hostile-cases';

const HOSTILE = join(ROOT, 'tests', 'fixtures', 'hostile');
/** Per command; a hang is a failure. Generous because up to 5 commands run at once. */
const LIMIT_MS = 45_000;
const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;

let dir = '';
let base = '';
let baseId = '';
let baseFp: WorkspaceFingerprint;

function pathOf(file: string): string {
  return file.startsWith('generated-') ? join(dir, file) : join(HOSTILE, file);
}

/** The generated inputs: a 100,000-column header (~400 KB) and one 100 MB line. */
function generateBigInputs(): void {
  const labels = Array.from({ length: 100_000 }, (_, i) => String.fromCharCode(97 + (i % 26)));
  writeFileSync(
    join(dir, 'generated-100k-columns.csv'),
    `${labels.join(',')}\n${labels.map((_, i) => i % 10).join(',')}\n`,
  );
  const fd = openSync(join(dir, 'generated-100mb-line.csv'), 'w');
  try {
    writeSync(fd, 'kode,nama\n1,');
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    for (let i = 0; i < 100; i++) writeSync(fd, chunk);
    writeSync(fd, '\n');
  } finally {
    closeSync(fd);
  }
}

async function run(args: string[]): Promise<ProcessRun> {
  const r = await runSatudata(args, { timeoutMs: LIMIT_MS });
  const what = `satudata ${args.join(' ').slice(0, 200)}`;
  expect(r.signal, `${what}: hung past ${LIMIT_MS} ms`).toBeNull();
  expect([0, 1, 2], `${what}: exit ${r.code}\n${r.stderr.slice(0, 500)}`).toContain(r.code);
  expect(r.stderr, `${what}: stack trace`).not.toMatch(STACK_FRAME);
  expect(r.stdout).not.toMatch(STACK_FRAME);
  if (r.code === 2) expect(r.stderr, `${what}: a message`).toMatch(/Galat: .+\nError: .+/);
  return r;
}

function freshWorkspace(name: string): string {
  const ws = join(dir, 'ws', name, 'ws.db');
  copyWorkspace(base, ws);
  return ws;
}

beforeAll(async () => {
  assertBuilt();
  dir = tempDir('sdw-hostile-');
  generateBigInputs();
  base = join(dir, 'base', 'ws.db');
  const r = await runSatudata(['import', join(HOSTILE, 'recipe-target.csv'), '--workspace', base]);
  expect(r.code, r.stderr).toBe(0);
  baseId = r.stdout.trim();
  await runSatudata(['list', '--workspace', base]); // the daily backup, now
  baseFp = fingerprint(base);
}, 60_000);

const dataCases = HOSTILE_CASES.filter((c): c is DataCase => c.kind === 'data');
const metadataCases = HOSTILE_CASES.filter((c): c is MetadataCase => c.kind === 'metadata');
const recipeCases = HOSTILE_CASES.filter((c): c is RecipeCase => c.kind === 'recipe');

describe('the corpus is complete and documented', () => {
  it('has at least 60 files, each listed in the README with what it tries', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(60);
    const readme = readFileSync(join(HOSTILE, 'README.md'), 'utf8');
    for (const c of HOSTILE_CASES) expect(readme, c.file).toContain(`| ${c.file} |`);
    const committed = readdirSync(HOSTILE).filter((n) => /\.(csv|xlsx|json)$/.test(n));
    const listed = new Set(HOSTILE_CASES.map((c) => c.file));
    expect(committed.filter((n) => !listed.has(n))).toEqual([]);
  });
});

describe.concurrent('hostile data files: inspect, import, validate', () => {
  it.each(dataCases.map((c) => [c.file, c] as const))(
    '%s',
    async (_file, c) => {
      const file = pathOf(c.file);
      const refused = (r: ProcessRun): void => {
        if (c.message) expect(r.stderr).toMatch(c.message);
      };

      const inspect = await run(['inspect', file, '--format', 'json']);
      expect(inspect.code, inspect.stderr).toBe(c.inspect);
      if (c.inspect === 0) {
        const result = JSON.parse(inspect.stdout) as InspectResult;
        c.check?.(result);
      } else refused(inspect);

      const ws = freshWorkspace(c.file);
      const imp = await run(['import', file, '--workspace', ws]);
      expect(imp.code, imp.stderr).toBe(c.import);
      const after = fingerprint(ws);
      if (c.import === 2) {
        refused(imp);
        expect(fingerprintKey(after), 'a refused import writes nothing').toBe(
          fingerprintKey(baseFp),
        );
      } else {
        expect(imp.stdout.trim()).toMatch(/^[0-9a-f-]{36}$/);
        expect(after.datasets).toHaveLength(baseFp.datasets.length + 1);
        // nothing in the file reached the schema: every table of the workspace is still there
        for (const t of Object.keys(baseFp.tables)) expect(after.tables).toHaveProperty(t);
      }

      const before = fingerprintKey(fingerprint(ws));
      const val = await run(['validate', file, '--format', 'json', '--workspace', ws]);
      expect(val.code, val.stderr).toBe(c.validate);
      expect(fingerprintKey(fingerprint(ws)), 'validate FILE leaves the workspace alone').toBe(
        before,
      );
      if (c.validate === 2) refused(val);
      else {
        const report = JSON.parse(val.stdout) as { findings: { code: string }[] };
        const codes = new Set(report.findings.map((f) => f.code));
        for (const code of c.findings ?? []) expect([...codes]).toContain(code);
      }
    },
    4 * LIMIT_MS,
  );
});

describe.concurrent('hostile metadata documents: metadata validate, metadata set', () => {
  it.each(metadataCases.map((c) => [c.file, c] as const))(
    '%s',
    async (_file, c) => {
      const file = pathOf(c.file);
      const val = await run([
        'metadata',
        'validate',
        file,
        '--profile',
        'sdi-dataset',
        '--format',
        'json',
      ]);
      expect(val.code, val.stderr).toBe(c.validate);
      if (c.validate === 2 && c.message) expect(val.stderr).toMatch(c.message);
      if (c.validate !== 2) {
        const problems = (JSON.parse(val.stdout) as { problems: { code: string }[] }).problems;
        if (c.problem) expect(problems.map((p) => p.code)).toContain(c.problem);
      }

      const ws = freshWorkspace(c.file);
      const set = await run([
        'metadata',
        'set',
        baseId,
        file,
        '--profile',
        'sdi-dataset',
        '--workspace',
        ws,
      ]);
      expect(set.code, set.stderr).toBe(c.set);
      const after = fingerprint(ws);
      if (c.set === 2) {
        if (c.message) expect(set.stderr).toMatch(c.message);
        expect(fingerprintKey(after), 'a refused document is not stored').toBe(
          fingerprintKey(baseFp),
        );
      } else {
        expect(after.metadata).toHaveLength(baseFp.metadata.length + 1);
        const show = await run(['metadata', 'show', baseId, '--format', 'json', '--workspace', ws]);
        expect(show.code, show.stderr).toBe(0);
        const shown = JSON.parse(show.stdout) as { doc?: Record<string, unknown> };
        const doc = shown.doc ?? (shown as Record<string, unknown>);
        expect(JSON.stringify(doc)).not.toContain('polluted');
        c.stored?.(doc);
      }
    },
    3 * LIMIT_MS,
  );
});

describe.concurrent('hostile recipes: clean FILE --recipe', () => {
  it.each(recipeCases.map((c) => [c.file, c] as const))(
    '%s',
    async (_file, c) => {
      const outDir = join(dir, 'clean', c.file);
      const out = join(outDir, 'hasil.csv');
      const report = join(outDir, 'laporan.json');
      mkdirSync(outDir, { recursive: true });
      copyFileSync(join(HOSTILE, 'recipe-target.csv'), join(outDir, 'masukan.csv'));
      const r = await run([
        'clean',
        join(outDir, 'masukan.csv'),
        '--recipe',
        pathOf(c.file),
        '--out',
        out,
        '--report',
        report,
      ]);
      expect(r.code, r.stderr).toBe(c.clean);
      if (c.clean === 2) {
        if (c.message) expect(r.stderr).toMatch(c.message);
        expect(readdirSync(outDir), 'a refused recipe writes nothing').toEqual(['masukan.csv']);
      } else {
        expect(readFileSync(out, 'utf8').split('\r\n')[0]).toBe('kode,nama');
        const rep = JSON.parse(readFileSync(report, 'utf8')) as { applied: number };
        expect(rep.applied).toBeGreaterThan(0);
      }
    },
    2 * LIMIT_MS,
  );
});
