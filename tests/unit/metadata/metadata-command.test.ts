import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import { metadataCommand } from '../../../src/main/cli/commands/metadata';
import { fakeCli } from '../reference/fake-cli';
import { insertDataset, openTestWorkspace } from './workspace-db';

const FIXTURES = new URL('../../fixtures/metadata/', import.meta.url).pathname;
const fixture = (name: string): string => join(FIXTURES, name);

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'satudata-metacli-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

async function run(
  argv: string[],
  workbench: Record<string, unknown> = {},
  lang: 'id' | 'en' = 'id',
): Promise<{ code: number; out: string; err: string }> {
  const cli = fakeCli(argv, workbench, lang);
  const code = await metadataCommand.run(cli.ctx);
  return { code, out: cli.out(), err: cli.err() };
}

async function failure(argv: string[], workbench: Record<string, unknown> = {}): Promise<AppError> {
  try {
    await run(argv, workbench);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected the command to fail');
}

describe('satudata metadata template', () => {
  test('prints an empty document with every key of the profile', async () => {
    const r = await run(['template', '--profile', 'sdi-dataset', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as Record<string, unknown>;
    expect(doc['profil']).toBe('sdi-dataset');
    expect(doc['judul']).toBe('');
    expect(doc['cakupan_wilayah']).toEqual([]);
    const text = await run(['template', '--profile', 'balikpapan']);
    expect((JSON.parse(text.out) as Record<string, unknown>)['cakupan_wilayah']).toEqual(['64.71']);
    expect(text.err).toContain('metadata validate');
  });

  test('an unknown or missing profile is an error listing the known ones', async () => {
    const unknown = await failure(['template', '--profile', 'ckan']);
    expect(unknown.code).toBe('metadata-profile-unknown');
    expect(unknown.message).toContain('sdi-dataset');
    const missing = await failure(['template']);
    expect(missing.code).toBe('bad-usage');
    expect(missing.message).toContain('bps-ms-keg');
  });
});

describe('satudata metadata validate', () => {
  test('a valid document: exit 0', async () => {
    const r = await run([
      'validate',
      fixture('sdi-dataset.valid.json'),
      '--profile',
      'sdi-dataset',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ valid: true, problems: [] });
  });

  test('an invalid document: exit 1 and every problem, not the first', async () => {
    const r = await run([
      'validate',
      fixture('sdi-dataset.invalid.json'),
      '--profile',
      'sdi-dataset',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as {
      valid: boolean;
      problems: { path: string; message: string }[];
    };
    expect(report.valid).toBe(false);
    expect(report.problems).toHaveLength(12);
    expect(report.problems[0]).toMatchObject({ path: '/judul' });
    expect(report.problems.find((p) => p.path === '/deskripsi')?.message).toBe(
      "Kolom wajib 'deskripsi' belum diisi.",
    );
  });

  test('text output in Indonesian or English', async () => {
    const id = await run([
      'validate',
      fixture('bps-ms-ind.invalid.json'),
      '--profile',
      'bps-ms-ind',
    ]);
    expect(id.code).toBe(1);
    expect(id.out).toContain('Metadata belum sah menurut profil bps-ms-ind: 3 masalah.');
    expect(id.out).toContain('Kelengkapan');
    const en = await run(
      ['validate', fixture('bps-ms-ind.valid.json'), '--profile', 'bps-ms-ind'],
      {},
      'en',
    );
    expect(en.out).toContain('The metadata is valid for profile bps-ms-ind.');
  });

  test('unreadable input exits 2 with a message naming the file', async () => {
    const notJson = await failure([
      'validate',
      fixture('not-json.json'),
      '--profile',
      'sdi-dataset',
    ]);
    expect(notJson.code).toBe('metadata-not-json');
    expect(notJson.message).toContain('not-json.json');
    expect(notJson.message).toContain('baris 4');
    const missing = await failure([
      'validate',
      join(tmp, 'missing.json'),
      '--profile',
      'sdi-dataset',
    ]);
    expect(missing.code).toBe('file-unreadable');
    const array = join(tmp, 'array.json');
    writeFileSync(array, '[1, 2]');
    expect((await failure(['validate', array, '--profile', 'sdi-dataset'])).code).toBe(
      'metadata-not-object',
    );
    const other = await failure([
      'validate',
      fixture('bps-ms-keg.valid.json'),
      '--profile',
      'sdi-dataset',
    ]);
    expect(other.code).toBe('metadata-profile-mismatch');
    expect(
      (await failure(['validate', fixture('sdi-dataset.valid.json'), '--profile', 'nope'])).code,
    ).toBe('metadata-profile-unknown');
  });
});

describe('satudata metadata set / show', () => {
  test('stores versions in the workspace and shows the current one', async () => {
    const db = openTestWorkspace();
    insertDataset(db, 'ds-a');
    const wb = { db, invoke: () => Promise.resolve({ user: 'walidata' }) };
    const first = await run(
      ['set', 'ds-a', fixture('sdi-dataset.invalid.json'), '--profile', 'sdi-dataset'],
      wb,
    );
    expect(first.code).toBe(0);
    expect(first.out).toContain('versi 1 disimpan');
    expect(first.err).toContain('12 masalah');
    const second = await run(
      [
        'set',
        'ds-a',
        fixture('sdi-dataset.valid.json'),
        '--profile',
        'sdi-dataset',
        '--format',
        'json',
      ],
      wb,
    );
    expect(JSON.parse(second.out)).toMatchObject({
      datasetId: 'ds-a',
      version: 2,
      valid: true,
      savedBy: 'walidata',
    });
    const shown = await run(['show', 'ds-a', '--format', 'json'], wb);
    const current = JSON.parse(shown.out) as { version: number; doc: Record<string, unknown> };
    expect(current.version).toBe(2);
    expect(current.doc['lisensi']).toBe('cc-by-4.0');
    const v1 = await run(['show', 'ds-a', '--version', '1'], wb);
    expect(v1.out).toContain('versi 1');
    expect(v1.out).toContain('"judul": "Penduduk"');
  });

  test('show without metadata, or for an unknown dataset, exits 2 with a message', async () => {
    const db = openTestWorkspace();
    insertDataset(db, 'ds-b');
    expect((await failure(['show', 'ds-b'], { db })).code).toBe('metadata-none');
    expect((await failure(['show', 'nope'], { db })).code).toBe('dataset-unknown');
    expect(
      (
        await failure(
          ['set', 'nope', fixture('sdi-dataset.valid.json'), '--profile', 'sdi-dataset'],
          { db },
        )
      ).code,
    ).toBe('dataset-unknown');
  });

  test('sub-commands and help', async () => {
    expect((await failure(['publish'])).code).toBe('bad-usage');
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('satudata metadata validate');
    expect((await run([])).code).toBe(2);
  });
});
