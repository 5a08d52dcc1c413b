import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeJsonFile } from '../../../src/main/core/export/json-writer';
import { sourceFrom, tempDir } from './helpers';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

describe('writeJsonFile', () => {
  it('writes an array of objects keyed by column name, values unchanged', async () => {
    const rows = [
      ['64.71.01', '=1+1', '007', 'line\nbreak "quoted"'],
      ['64.71.02', '-', '', 'Ünïcödé'],
    ];
    const cols = ['kode', 'rumus', 'kode_lain', 'catatan'].map((name) => ({ name, label: name }));
    const path = join(tmp.dir, 'out.json');
    const summary = await writeJsonFile(sourceFrom(cols, rows), path);
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    expect(parsed).toEqual([
      { kode: '64.71.01', rumus: '=1+1', kode_lain: '007', catatan: 'line\nbreak "quoted"' },
      { kode: '64.71.02', rumus: '-', kode_lain: '', catatan: 'Ünïcödé' },
    ]);
    expect(summary.rows).toBe(2);
    expect(summary.bytes).toBe(readFileSync(path).length);
  });

  it('writes [] for an empty table and keeps repeated column names apart', async () => {
    const path = join(tmp.dir, 'empty.json');
    await writeJsonFile(sourceFrom([{ name: 'a', label: 'a' }], []), path);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual([]);

    const dup = join(tmp.dir, 'dup.json');
    const cols = [
      { name: 'nama', label: 'Nama' },
      { name: 'nama', label: 'Nama' },
    ];
    await writeJsonFile(sourceFrom(cols, [['a', 'b']]), dup);
    expect(JSON.parse(readFileSync(dup, 'utf8'))).toEqual([{ nama: 'a', nama_2: 'b' }]);
  });
});
