import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import { refCommand } from '../../../src/main/cli/commands/ref';
import {
  openReferenceStore,
  type ReferenceStore,
} from '../../../src/main/core/reference/reference-store';
import { fakeCli } from './fake-cli';

let dir: string;
let shared: ReferenceStore;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'satudata-refcli-'));
  shared = openReferenceStore({ dir }); // built once; the commands below open the same file
});

afterAll(() => {
  shared.close();
  rmSync(dir, { recursive: true, force: true });
});

async function run(
  argv: string[],
  lang: 'id' | 'en' = 'id',
): Promise<{ code: number; out: string; err: string }> {
  const cli = fakeCli(argv, { referenceDir: dir }, lang);
  const code = await refCommand.run(cli.ctx);
  return { code, out: cli.out(), err: cli.err() };
}

async function failure(argv: string[]): Promise<AppError> {
  try {
    await run(argv);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected the command to fail');
}

describe('satudata ref wilayah', () => {
  test('64.71.05 → Balikpapan Selatan (JSON shape of docs/cli.md)', async () => {
    const r = await run(['wilayah', '64.71.05', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      code: '64.71.05',
      name: 'Balikpapan Selatan',
      level: 'kecamatan',
      parent: '64.71',
    });
  });

  test('text output names the level and the parents, in Indonesian or English', async () => {
    const id = await run(['wilayah', '64.71.05.1010']);
    expect(id.out).toContain('64.71.05.1010  Sungainangka');
    expect(id.out).toContain('Tingkat: desa/kelurahan');
    expect(id.out).toContain('64.71 Kota Balikpapan › 64.71.05 Balikpapan Selatan');
    const en = await run(['wilayah', '64'], 'en');
    expect(en.out).toContain('Level: province');
  });

  test('an unknown code exits 2 with a message; obsolete and BPS codes get a hint', async () => {
    const unknown = await failure(['wilayah', '64.71.07']);
    expect(unknown.code).toBe('kode-wilayah-tidak-dikenal');
    expect(unknown.message).toContain('kemendagri-2025');
    const old = await failure(['wilayah', '64.71.05.1005']);
    expect(old.message).toContain('64.71.06.1005');
    const bps = await failure(['wilayah', '6471020']);
    expect(bps.message).toContain('kode BPS');
    expect(bps.message).toContain('64.71.01');
    expect(bps.messageEn).toContain('Never add or strip dots');
  });
});

describe('satudata ref find', () => {
  test('"Kel. Gn. Samarinda Baru" → 64.71.03.1005 first (JSON array best first)', async () => {
    const r = await run(['find', 'Kel. Gn. Samarinda Baru', '--format', 'json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.out) as {
      code: string;
      name: string;
      level: string;
      score: number;
    }[];
    expect(list[0]).toEqual({
      code: '64.71.03.1005',
      name: 'Gunung Samarinda Baru',
      level: 'desa',
      score: 1,
    });
    expect(Object.keys(list[0]!).sort()).toEqual(['code', 'level', 'name', 'score']);
  });

  test('--level and --parent narrow the search; text shows where each match lies', async () => {
    const r = await run(['find', 'Damai', '--level', 'desa', '--parent', '64.71', '--limit', '3']);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('64.71.06.1005  Damai');
    expect(lines[0]).toContain('Balikpapan Kota, Kota Balikpapan, Kalimantan Timur');
  });

  test('no match prints an empty JSON array, or a message on stderr', async () => {
    const json = await run(['find', 'qqqqxxxzzz', '--format', 'json']);
    expect(JSON.parse(json.out)).toEqual([]);
    const text = await run(['find', 'qqqqxxxzzz']);
    expect(text.out).toBe('');
    expect(text.err).toContain('Tidak ada wilayah');
  });

  test('bad usage is refused', async () => {
    expect((await failure(['find', 'Damai', '--level', 'rt'])).code).toBe('bad-usage');
    expect((await failure(['find'])).code).toBe('bad-usage');
    expect((await failure(['nope'])).code).toBe('bad-usage');
  });
});

describe('satudata ref stats', () => {
  test('edition and counts', async () => {
    const r = await run(['stats', '--format', 'json']);
    expect(JSON.parse(r.out)).toEqual({
      edition: 'kemendagri-2025',
      counts: { provinsi: 38, kabupaten_kota: 514, kecamatan: 7285, desa: 83762 },
    });
    const text = await run(['stats']);
    expect(text.out).toContain('83.762');
    expect(text.out).toContain('Kepmendagri No. 300.2.2-2138 Tahun 2025');
  });
});
