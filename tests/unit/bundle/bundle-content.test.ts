// What a bundle holds (docs in src/main/core/bundle/bundle-format.ts): the layout, a manifest
// whose checksums match every file, the data as the machine-CSV writer writes it, a recipe that
// `satudata clean` reads; and what happens to a real bundle that is tampered with, or that fails
// half-way through its import (all or nothing).
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { afterEach, describe, expect, it } from 'vitest';
import type { Workbench } from '../../../src/main/core/workbench';
import { parseRecipe } from '../../../src/main/core/clean/recipe';
import { MACHINE_CSV, measureCsv } from '../../../src/main/core/export/csv-writer';
import { exportSourceFor } from '../../../src/main/core/services/export-source';
import { digestTable } from '../../../src/main/core/bundle/table-csv';
import { currentTable } from '../../../src/main/core/store/working-table';
import { failure, fingerprint, HOSTILE, importCsv, ok, openWorkbench, tempDir } from './helpers';

const open: Workbench[] = [];
afterEach(() => {
  for (const wb of open.splice(0)) wb.close();
});

async function workspace(user: string): Promise<{ wb: Workbench; dir: string }> {
  const dir = tempDir();
  const wb = await openWorkbench(dir, user);
  open.push(wb);
  return { wb, dir };
}

/** Every entry of a zip: name → bytes, plus the raw entries. */
function readZip(path: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const out = new Map<string, Buffer>();
      zip.on('entry', (e: yauzl.Entry) => {
        zip.openReadStream(e, (err2, s) => {
          if (err2) return reject(err2);
          const chunks: Buffer[] = [];
          s.on('data', (c: Buffer) => chunks.push(c));
          s.on('end', () => {
            out.set(e.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

function writeZip(path: string, entries: Map<string, Buffer>): Promise<void> {
  return new Promise((resolve, reject) => {
    const z = new yazl.ZipFile();
    for (const [name, body] of entries) z.addBuffer(body, name);
    z.end();
    const chunks: Buffer[] = [];
    z.outputStream.on('data', (c: Buffer) => chunks.push(c));
    z.outputStream.on('end', () => {
      writeFileSync(path, Buffer.concat(chunks));
      resolve();
    });
    z.outputStream.on('error', reject);
  });
}

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

interface Manifest {
  format: string;
  formatVersion: number;
  dataset: { id: string; version: number; rowCount: number; sha256: string; columns: unknown[] };
  files: { path: string; bytes: number; sha256: string; role: string }[];
}

async function cleanedBundle(): Promise<{ wb: Workbench; dir: string; id: string; file: string }> {
  const { wb, dir } = await workspace('produsen');
  const id = await importCsv(
    wb,
    dir,
    'Data Sekolah (2024).csv',
    'npsn;nama_sekolah;jumlah\n30401234;" SD Negeri 1 ";120\n30401235;SD Negeri 2;98\n',
  );
  await ok(wb, 'steps:apply', { id, steps: [{ op: 'trim' }] });
  const file = join(dir, 'sekolah.sdbundle');
  await ok(wb, 'bundle:create', { id, target: { path: file } });
  return { wb, dir, id, file };
}

describe('bundle layout', () => {
  it('lists every file with its role, size and SHA-256; the data is the writer’s machine CSV', async () => {
    const { wb, id, file } = await cleanedBundle();
    const entries = await readZip(file);
    expect([...entries.keys()].sort()).toEqual([
      'data/data-sekolah-2024.csv',
      'data/lines.txt',
      'manifest.json',
      'original/Data Sekolah (2024).csv',
      'recipe.json',
      'validation.json',
      'versions.json',
    ]);
    const manifest = JSON.parse((entries.get('manifest.json') as Buffer).toString()) as Manifest;
    expect(manifest).toMatchObject({ format: 'satudata-bundle', formatVersion: 1 });
    expect(manifest.dataset).toMatchObject({ id, version: 2, rowCount: 2 });
    expect(manifest.files.map((f) => f.role).sort()).toEqual(
      ['data', 'lines', 'original', 'recipe', 'report', 'versions'].sort(),
    );
    for (const f of manifest.files) {
      const body = entries.get(f.path) as Buffer;
      expect(body.length).toBe(f.bytes);
      expect(sha(body)).toBe(f.sha256);
    }
    const data = entries.get('data/data-sekolah-2024.csv') as Buffer;
    expect(data.toString()).toBe(
      'npsn,nama_sekolah,jumlah\r\n30401234,SD Negeri 1,120\r\n30401235,SD Negeri 2,98\r\n',
    );
    const writer = await measureCsv(exportSourceFor(wb.db, id), MACHINE_CSV);
    expect(sha(data)).toBe(writer.sha256);
    expect(digestTable(wb.db, currentTable(wb.db, id)).data.sha256).toBe(writer.sha256);
    expect((entries.get('data/lines.txt') as Buffer).toString()).toBe('2\n3\n');
    expect(sha(entries.get('original/Data Sekolah (2024).csv') as Buffer)).toBe(
      manifest.dataset.sha256,
    );
    expect(parseRecipe((entries.get('recipe.json') as Buffer).toString()).steps).toEqual([
      { op: 'trim' },
    ]);
    expect(
      JSON.parse((entries.get('validation.json') as Buffer).toString()) as {
        datasetVersion: number;
      },
    ).toMatchObject({ datasetVersion: 2 });
  });

  it('refuses a real bundle whose data was edited after it was made', async () => {
    const { dir, file } = await cleanedBundle();
    const entries = await readZip(file);
    const data = (entries.get('data/data-sekolah-2024.csv') as Buffer).toString();
    entries.set('data/data-sekolah-2024.csv', Buffer.from(data.replace('120', '999')));
    const tampered = join(dir, 'diubah.sdbundle');
    await writeZip(tampered, entries);
    const b = await workspace('walidata');
    const e = await failure(b.wb, 'bundle:import', { source: { path: tampered } });
    expect(e.code).toBe('bundle-checksum-mismatch');
    expect(e.message).toContain('checksum SHA-256 "data/data-sekolah-2024.csv" tidak cocok');
    expect((await ok(b.wb, 'datasets:list', {})).length).toBe(0);
  });
});

describe('all or nothing', () => {
  it('rolls back everything when the import fails after verification, blob included', async () => {
    // a consistent bundle whose original holds only a header: reading it again fails half-way
    const entries = await readZip(join(HOSTILE, 'valid.sdbundle'));
    const original = Buffer.from('kode,nama,jumlah\n');
    entries.set('original/wilayah.csv', original);
    const manifest = JSON.parse((entries.get('manifest.json') as Buffer).toString()) as Manifest & {
      dataset: { size: number };
    };
    manifest.dataset.sha256 = sha(original);
    manifest.dataset.size = original.length;
    const f = manifest.files.find((x) => x.role === 'original') as Manifest['files'][number];
    f.sha256 = sha(original);
    f.bytes = original.length;
    entries.set('manifest.json', Buffer.from(JSON.stringify(manifest)));
    const b = await workspace('walidata');
    await importCsv(b.wb, b.dir, 'ada.csv', 'a,b\n1,2\n');
    const path = join(b.dir, 'rusak.sdbundle');
    await writeZip(path, entries);
    const before = fingerprint(b.wb.workspacePath);

    const e = await failure(b.wb, 'bundle:import', { source: { path } });
    expect(e.code).toBe('file-no-data-rows');
    expect(fingerprint(b.wb.workspacePath)).toBe(before);
    // the workspace still takes the next import
    const good = await ok(b.wb, 'bundle:import', {
      source: { path: join(HOSTILE, 'valid.sdbundle') },
    });
    expect(good.status).toBe('new');
    expect((await ok(b.wb, 'datasets:list', {})).map((d) => d.id)).toContain(good.id);
  });
});
