import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWrite, atomicWriteDir } from '../../../src/main/core/export/atomic-write';
import { AppError } from '../../../src/shared/errors';
import { tempDir } from './helpers';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

describe('atomicWrite', () => {
  it('writes through a temporary sibling and renames it over the target', async () => {
    const target = join(tmp.dir, 'data.csv');
    writeFileSync(target, 'old');
    let seenTmp = '';
    await atomicWrite(target, async (t) => {
      seenTmp = t;
      await writeFile(t, 'new');
      // the target still holds the old content while the new one is written
      expect(readFileSync(target, 'utf8')).toBe('old');
    });
    expect(seenTmp).toMatch(/[\\/]\.data\.csv\.[0-9a-f]{12}\.tmp$/);
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(tmp.dir)).toEqual(['data.csv']);
  });

  it('leaves the old file untouched and removes the temporary when the writer throws', async () => {
    const target = join(tmp.dir, 'data.csv');
    writeFileSync(target, 'old content');
    await expect(
      atomicWrite(target, async (t) => {
        await writeFile(t, 'half of the new con');
        throw new Error('disk on fire');
      }),
    ).rejects.toThrow('disk on fire');
    expect(readFileSync(target, 'utf8')).toBe('old content');
    expect(readdirSync(tmp.dir)).toEqual(['data.csv']);
  });

  it('does not create the target when the first write fails', async () => {
    const target = join(tmp.dir, 'new.csv');
    await expect(atomicWrite(target, () => Promise.reject(new Error('nope')))).rejects.toThrow(
      'nope',
    );
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(tmp.dir)).toEqual([]);
  });

  it('refuses a missing folder with a user-input error', async () => {
    const target = join(tmp.dir, 'no-such-folder', 'x.csv');
    const err = await atomicWrite(target, (t) => writeFile(t, 'x')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ kind: 'user-input', code: 'export-folder-missing' });
  });

  it('refuses to replace a folder with a file', async () => {
    const target = join(tmp.dir, 'folder');
    mkdirSync(target);
    writeFileSync(join(target, 'keep.txt'), 'keep');
    await expect(atomicWrite(target, (t) => writeFile(t, 'x'))).rejects.toMatchObject({
      kind: 'user-input',
      code: 'export-target-conflict',
    });
    expect(readFileSync(join(target, 'keep.txt'), 'utf8')).toBe('keep');
    expect(readdirSync(tmp.dir)).toEqual(['folder']);
  });
});

describe('atomicWriteDir', () => {
  it('builds in a temporary folder and replaces an existing target', async () => {
    const target = join(tmp.dir, 'pkg');
    mkdirSync(target);
    writeFileSync(join(target, 'stale.txt'), 'stale');
    await atomicWriteDir(target, async (d) => {
      await writeFile(join(d, 'datapackage.json'), '{}');
      expect(existsSync(join(target, 'stale.txt'))).toBe(true);
    });
    expect(readdirSync(target)).toEqual(['datapackage.json']);
    expect(readdirSync(tmp.dir)).toEqual(['pkg']);
  });

  it('keeps the old folder when the build throws', async () => {
    const target = join(tmp.dir, 'pkg');
    mkdirSync(target);
    writeFileSync(join(target, 'datapackage.json'), 'old');
    await expect(
      atomicWriteDir(target, async (d) => {
        await writeFile(join(d, 'datapackage.json'), 'new');
        throw new Error('build failed');
      }),
    ).rejects.toThrow('build failed');
    expect(readFileSync(join(target, 'datapackage.json'), 'utf8')).toBe('old');
    expect(readdirSync(tmp.dir)).toEqual(['pkg']);
  });

  it('refuses to replace a file with a folder and keeps the file', async () => {
    const target = join(tmp.dir, 'pkg');
    writeFileSync(target, 'a file');
    await expect(atomicWriteDir(target, async () => {})).rejects.toMatchObject({
      code: 'export-target-conflict',
    });
    expect(readFileSync(target, 'utf8')).toBe('a file');
    expect(readdirSync(tmp.dir)).toEqual(['pkg']);
  });
});
