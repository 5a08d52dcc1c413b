// `satudata bundle create|inspect|import` as a user runs it (docs/cli.md): create writes the file
// and nothing on stdout; import prints the dataset's id alone on stdout; a second import of the
// same bundle changes nothing; a newer bundle becomes a new version that `satudata undo` takes
// back; hostile bundles exit 2 with the reason (Indonesian and English) on stderr and leave the
// workspace byte for byte as it was; personal data needs --allow-personal-data with --reason.
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import yazl from 'yazl';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, ROOT, SAMPLES, satudata, tempDir } from '../support/cli';

const HOSTILE = join(ROOT, 'tests', 'fixtures', 'hostile');
const RECIPE = join(ROOT, 'tests', 'fixtures', 'clean', 'penduduk.recipe.json');
const METADATA = join(ROOT, 'tests', 'fixtures', 'metadata', 'sdi-dataset.valid.json');

beforeAll(() => assertBuilt());

/** Schema, rows of every bookkeeping table, the audit log and the blob files. */
function workspaceState(ws: string): string {
  const db = new Database(ws, { readonly: true });
  try {
    const all = (sql: string): unknown[] => db.prepare(sql).all();
    const blobs = join(`${ws}.files`, 'blobs');
    return JSON.stringify({
      tables: all('SELECT name, sql FROM sqlite_master ORDER BY name'),
      datasets: all('SELECT * FROM datasets ORDER BY id'),
      versions: all('SELECT * FROM dataset_versions ORDER BY dataset_id, version'),
      metadata: all('SELECT * FROM metadata_versions ORDER BY dataset_id, version'),
      runs: all('SELECT * FROM validation_runs ORDER BY id'),
      audit: all('SELECT * FROM audit_log ORDER BY id'),
      blobs: existsSync(blobs) ? readdirSync(blobs, { recursive: true }).map(String).sort() : [],
    });
  } finally {
    db.close();
  }
}

function run(args: string[]): ReturnType<typeof satudata> {
  return satudata(args, { timeoutMs: 120_000 });
}

function list(ws: string): { id: string; version: number; rows: number }[] {
  const r = run(['list', '--format', 'json', '--workspace', ws]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as { id: string; version: number; rows: number }[];
}

function exportJson(ws: string, id: string, dir: string, name: string): string {
  const out = join(dir, name);
  const r = run(['export', id, '--format', 'json', '--out', out, '--workspace', ws]);
  expect(r.code, r.stderr).toBe(0);
  return out;
}

describe('satudata bundle: round trip between two workspaces', () => {
  it('create → import prints the id; same bundle again is unchanged; newer → new version; undo', () => {
    const dir = tempDir('sdw-cli-bundle-');
    const wsA = join(dir, 'produsen.db');
    const wsB = join(dir, 'walidata.db');
    const csv = join(dir, 'penduduk-kecamatan-2023-2024.csv');
    copyFileSync(join(SAMPLES, 'penduduk-kecamatan-2023-2024.csv'), csv);
    const id = run(['import', csv, '--workspace', wsA]).stdout.trim();
    expect(run(['clean', id, '--recipe', RECIPE, '--workspace', wsA]).code).toBeLessThanOrEqual(1);
    expect(
      run(['metadata', 'set', id, METADATA, '--profile', 'sdi-dataset', '--workspace', wsA]).code,
    ).toBe(0);
    expect(run(['validate', id, '--workspace', wsA]).code).toBeLessThanOrEqual(1);

    const file = join(dir, 'penduduk.sdbundle');
    const made = run(['bundle', 'create', id, '--out', file, '--workspace', wsA]);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toBe('');
    expect(made.stderr).toContain('Bundel dibuat');
    expect(existsSync(file)).toBe(true);

    const seen = run(['bundle', 'inspect', file, '--format', 'json', '--workspace', wsB]);
    expect(seen.code).toBe(0);
    expect(JSON.parse(seen.stdout)).toMatchObject({ status: 'new', manifest: { dataset: { id } } });

    const imported = run(['bundle', 'import', file, '--workspace', wsB]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toBe(`${id}\n`);
    expect(imported.stderr).toContain('Diimpor sebagai dataset baru');
    expect(list(wsB)).toEqual([expect.objectContaining({ id, version: 2 })]);
    const a1 = exportJson(wsA, id, dir, 'a1.json');
    const b1 = exportJson(wsB, id, dir, 'b1.json');
    expect(JSON.parse(readFileSync(b1, 'utf8'))).toEqual(JSON.parse(readFileSync(a1, 'utf8')));

    const before = workspaceState(wsB);
    const again = run(['bundle', 'import', file, '--workspace', wsB]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(`${id}\n`);
    expect(again.stderr).toContain('Tidak berubah');
    expect(workspaceState(wsB)).toBe(before);

    const more = join(dir, 'lagi.recipe.json');
    writeFileSync(
      more,
      JSON.stringify({
        version: 1,
        steps: [{ op: 'map-values', column: 'satuan', mapping: { JIWA: 'ORANG' } }],
      }),
    );
    expect(run(['clean', id, '--recipe', more, '--workspace', wsA]).code).toBe(0);
    const file2 = join(dir, 'penduduk-2.sdbundle');
    expect(run(['bundle', 'create', id, '--out', file2, '--workspace', wsA]).code).toBe(0);
    const upd = run(['bundle', 'import', file2, '--format', 'json', '--workspace', wsB]);
    expect(upd.code, upd.stderr).toBe(0);
    expect(JSON.parse(upd.stdout)).toMatchObject({
      id,
      status: 'changed',
      version: 3,
      previousVersion: 2,
    });
    expect(list(wsB)[0]?.version).toBe(3);
    expect(run(['undo', id, '--workspace', wsB]).code).toBe(0);
    expect(list(wsB)[0]?.version).toBe(2);
    const b2 = exportJson(wsB, id, dir, 'b2.json');
    expect(JSON.parse(readFileSync(b2, 'utf8'))).toEqual(JSON.parse(readFileSync(a1, 'utf8')));
  });
});

describe('satudata bundle import: hostile bundles are refused, nothing written', () => {
  const fixtures = readdirSync(HOSTILE).filter(
    (f) => f.endsWith('.sdbundle') && f !== 'valid.sdbundle',
  );

  it('has the fixtures listed in the README', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
  });

  it.each(fixtures)('%s → exit 2 with the reason, workspace unchanged', (name) => {
    const dir = tempDir('sdw-cli-hostile-');
    const ws = join(dir, 'walidata.db');
    const csv = join(dir, 'ada.csv');
    writeFileSync(csv, 'kode,nama\n1,A\n');
    expect(run(['import', csv, '--workspace', ws]).code).toBe(0);
    const before = workspaceState(ws);
    const r = run(['bundle', 'import', join(HOSTILE, name), '--workspace', ws]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`Bundel ${name} ditolak`);
    expect(r.stderr).toContain(`Bundle ${name} was refused`);
    expect(r.stderr).toContain('Nothing was written to the workspace.');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(workspaceState(ws)).toBe(before);
  });

  it('a zip bomb (generated here, too big for a fixture) → exit 2, workspace unchanged', async () => {
    const dir = tempDir('sdw-cli-bomb-');
    const ws = join(dir, 'walidata.db');
    const csv = join(dir, 'ada.csv');
    writeFileSync(csv, 'kode,nama\n1,A\n');
    expect(run(['import', csv, '--workspace', ws]).code).toBe(0);
    const bomb = join(dir, 'bom.sdbundle');
    await new Promise<void>((done, fail) => {
      const z = new yazl.ZipFile();
      z.addBuffer(Buffer.alloc(40 * 1024 * 1024), 'data/nol.csv');
      z.end();
      const chunks: Buffer[] = [];
      z.outputStream.on('data', (c: Buffer) => chunks.push(c));
      z.outputStream.on('end', () => {
        writeFileSync(bomb, Buffer.concat(chunks));
        done();
      });
      z.outputStream.on('error', fail);
    });
    const before = workspaceState(ws);
    const r = run(['bundle', 'import', bomb, '--workspace', ws]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('zip bomb');
    expect(workspaceState(ws)).toBe(before);
  });
});

describe('satudata bundle create: personal data', () => {
  it('exits 2 naming the columns, and succeeds with --allow-personal-data and --reason', () => {
    const dir = tempDir('sdw-cli-privacy-');
    const ws = join(dir, 'produsen.db');
    const csv = join(dir, 'penerima.csv');
    writeFileSync(
      csv,
      'nik,nama,telepon\n3171012345678901,Budi Santoso,081234567890\n3171019876543210,Siti Aminah,081298765432\n',
    );
    const id = run(['import', csv, '--workspace', ws]).stdout.trim();
    const out = join(dir, 'penerima.sdbundle');
    const refused = run(['bundle', 'create', id, '--out', out, '--workspace', ws]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('tidak dapat dibundel');
    expect(existsSync(out)).toBe(false);
    const flag = /--allow-personal-data (\S+) --reason/.exec(refused.stderr)?.[1];
    expect(flag).toContain('nik');
    const noReason = run([
      'bundle',
      'create',
      id,
      '--out',
      out,
      '--allow-personal-data',
      flag as string,
      '--workspace',
      ws,
    ]);
    expect(noReason.code).toBe(2);
    expect(noReason.stderr).toContain('--reason');
    const allowed = run([
      'bundle',
      'create',
      id,
      '--out',
      out,
      '--allow-personal-data',
      flag as string,
      '--reason',
      'Serah-terima ke walidata',
      '--workspace',
      ws,
    ]);
    expect(allowed.code, allowed.stderr).toBe(0);
    const seen = run([
      'bundle',
      'inspect',
      out,
      '--lang',
      'en',
      '--workspace',
      join(dir, 'walidata.db'),
    ]);
    expect(seen.code).toBe(0);
    expect(seen.stdout).toContain(
      `Personal data allowed by the sender: ${(flag as string).split(',').join(', ')}`,
    );
    expect(seen.stdout).toContain('reason: Serah-terima ke walidata');
  });
});
