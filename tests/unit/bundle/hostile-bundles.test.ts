// Hostile and broken bundles (tests/fixtures/hostile/README.md): each is refused by inspect and
// by import with its own code and a message in Indonesian and English that names the bundle,
// and the workspace — schema, rows, audit log, blob files — stays byte for byte as it was.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yazl from 'yazl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workbench } from '../../../src/main/core/workbench';
import { failure, fingerprint, HOSTILE, importCsv, ok, openWorkbench, tempDir } from './helpers';

const CASES: [file: string, code: string, mentions: RegExp][] = [
  ['path-traversal.sdbundle', 'bundle-unsafe-path', /"\.\.\/evil\.txt".*path traversal/],
  ['absolute-path.sdbundle', 'bundle-unsafe-path', /"\/tmp\/evil\.txt".*absolute path/],
  ['drive-letter.sdbundle', 'bundle-unsafe-path', /"C:\/evil\.txt".*absolute path/],
  ['backslash-path.sdbundle', 'bundle-unsafe-path', /backslash/],
  ['nul-in-name.sdbundle', 'bundle-unsafe-path', /NUL character/],
  ['symlink.sdbundle', 'bundle-symlink', /"original\/passwd" is a symbolic link/],
  [
    'wrong-checksum.sdbundle',
    'bundle-checksum-mismatch',
    /SHA-256 checksum of "data\/wilayah\.csv"/,
  ],
  [
    'missing-file.sdbundle',
    'bundle-file-missing',
    /lists "recipe\.json", but that file is not in the bundle/,
  ],
  [
    'unlisted-file.sdbundle',
    'bundle-file-unlisted',
    /"data\/extra\.csv" is not listed in manifest\.json/,
  ],
  [
    'unknown-entry.sdbundle',
    'bundle-unexpected-entry',
    /"run\.sh" is not part of the bundle layout/,
  ],
  ['duplicate-entry.sdbundle', 'bundle-duplicate-entry', /"recipe\.json" appears more than once/],
  [
    'size-lie.sdbundle',
    'bundle-size-mismatch',
    /"data\/wilayah\.csv" holds \d+ bytes; the manifest says/,
  ],
  [
    'row-count-lie.sdbundle',
    'bundle-manifest-inconsistent',
    /holds 2 line numbers for 3 data rows/,
  ],
  ['proto-pollution.sdbundle', 'bundle-forbidden-key', /forbidden key "__proto__"/],
  ['no-manifest.sdbundle', 'bundle-manifest-missing', /manifest\.json is missing/],
  ['non-canonical-data.sdbundle', 'bundle-data-invalid', /LF without CR/],
  ['not-a-zip.sdbundle', 'bundle-not-zip', /not a ZIP archive/],
  ['empty.sdbundle', 'bundle-empty', /empty \(0 bytes\)/],
];

let dir: string;
let wb: Workbench;
let before: string;

beforeAll(async () => {
  dir = tempDir();
  wb = await openWorkbench(dir, 'walidata');
  await importCsv(wb, dir, 'ada.csv', 'kode,nama\n1,A\n2,B\n');
  before = fingerprint(wb.workspacePath);
});
afterAll(() => wb.close());

function zipOf(entries: [string, Buffer][]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const z = new yazl.ZipFile();
    for (const [name, body] of entries) z.addBuffer(body, name);
    z.end();
    const chunks: Buffer[] = [];
    z.outputStream.on('data', (c: Buffer) => chunks.push(c));
    z.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    z.outputStream.on('error', reject);
  });
}

describe('hostile bundle fixtures', () => {
  it.each(CASES)('%s is refused (%s) and nothing is written', async (file, code, mentions) => {
    const path = join(HOSTILE, file);
    const inspected = await failure(wb, 'bundle:inspect', { source: { path } });
    const imported = await failure(wb, 'bundle:import', { source: { path } });
    for (const e of [inspected, imported]) {
      expect(e.code).toBe(code);
      expect(e.kind).toBe('user-input');
      expect(e.file).toBe(file);
      expect(e.message).toContain(`Bundel ${file} ditolak`);
      expect(e.message).toContain('Tidak ada yang ditulis ke ruang kerja.');
      expect(e.messageEn).toContain(`Bundle ${file} was refused`);
      expect(e.messageEn).toMatch(mentions);
      expect(e.messageEn).toContain('Nothing was written to the workspace.');
    }
    expect(fingerprint(wb.workspacePath)).toBe(before);
  });

  it('a missing bundle file is named', async () => {
    const e = await failure(wb, 'bundle:import', {
      source: { path: join(dir, 'tidak-ada.sdbundle') },
    });
    expect(e.code).toBe('bundle-not-found');
    expect(e.message).toContain('tidak-ada.sdbundle');
    expect(fingerprint(wb.workspacePath)).toBe(before);
  });

  it('the valid fixture they are made from imports (so each refusal is its own defect)', async () => {
    const other = tempDir();
    const wb2 = await openWorkbench(other, 'walidata');
    try {
      const res = await ok(wb2, 'bundle:import', {
        source: { path: join(HOSTILE, 'valid.sdbundle') },
      });
      expect(res).toMatchObject({
        id: 'b7c1d2e3-0000-4000-8000-000000000001',
        status: 'new',
        version: 1,
      });
    } finally {
      wb2.close();
    }
  });
});

describe('zip bombs, generated at test time', () => {
  it('refuses an entry that expands over 500 times before reading it', async () => {
    const path = join(dir, 'bomb.sdbundle');
    writeFileSync(path, await zipOf([['data/nol.csv', Buffer.alloc(30 * 1024 * 1024)]]));
    const e = await failure(wb, 'bundle:import', { source: { path } });
    expect(e.code).toBe('bundle-too-large');
    expect(e.messageEn).toMatch(/"data\/nol\.csv" expands \d+ times .*zip bomb/);
    expect(fingerprint(wb.workspacePath)).toBe(before);
  });

  it('refuses an archive with thousands of entries', async () => {
    const path = join(dir, 'many.sdbundle');
    const entries: [string, Buffer][] = [];
    for (let i = 0; i < 2000; i++) entries.push([`data/f${i}.csv`, Buffer.alloc(0)]);
    writeFileSync(path, await zipOf(entries));
    const e = await failure(wb, 'bundle:inspect', { source: { path } });
    expect(e.code).toBe('bundle-too-large');
    expect(e.messageEn).toContain('2000 entries');
    expect(fingerprint(wb.workspacePath)).toBe(before);
  });
});
