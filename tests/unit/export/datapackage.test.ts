import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import datapackage from 'datapackage';
import yauzl from 'yauzl';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  writeDataPackage,
  type DataPackageDescriptor,
} from '../../../src/main/core/export/datapackage';
import type { ExportColumn } from '../../../src/shared/model/export';
import { parseCsv, posyanduSource, sourceFrom, tempDir } from './helpers';

const require = createRequire(import.meta.url);

/**
 * The v1 profile is a draft-04 JSON Schema. Ajv 8 has no draft-04 meta-schema, so the test
 * drops `$schema` (the profile uses no draft-04-only keywords: no boolean exclusiveMinimum,
 * no `id`-based refs) and compiles with strict:false so the profile's annotation keywords
 * (propertyOrder, context, examples, options) are ignored. `textarea` is a UI format.
 */
function compileProfile(name: string) {
  const profile = structuredClone(
    require(`datapackage/lib/profiles/${name}.json`) as Record<string, unknown>,
  );
  expect(profile['$schema']).toBe('http://json-schema.org/draft-04/schema#');
  delete profile['$schema'];
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('textarea', true);
  return ajv.compile(profile);
}

const validateTabularPackage = compileProfile('tabular-data-package');

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

async function expectValid(descriptor: object): Promise<void> {
  const ok = validateTabularPackage(descriptor);
  expect(validateTabularPackage.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
  // and the library's own (tv4, draft-04) validation
  const lib = await datapackage.validate(descriptor);
  expect(lib.errors.map((e) => e.message)).toEqual([]);
  expect(lib.valid).toBe(true);
}

function listZip(path: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('no zip'));
      const files = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(files));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

describe('profile check in this test', () => {
  it('rejects what the v1 profile forbids', () => {
    const bad = {
      profile: 'tabular-data-package',
      resources: [
        {
          name: 'Upper',
          path: 'a.csv',
          profile: 'tabular-data-resource',
          schema: { fields: [{ name: 'x', type: 'integer' }] },
        },
      ],
    };
    expect(validateTabularPackage(bad)).toBe(false);
    const noDialectFlag = {
      profile: 'tabular-data-package',
      resources: [
        {
          name: 'a',
          path: 'a.csv',
          profile: 'tabular-data-resource',
          dialect: { delimiter: ',' },
          schema: { fields: [{ name: 'x' }] },
        },
      ],
    };
    expect(validateTabularPackage(noDialectFlag)).toBe(false);
  });
});

describe('writeDataPackage (folder)', () => {
  it('writes a valid tabular data package whose CSV matches bytes and hash', async () => {
    const target = join(tmp.dir, 'posyandu');
    const summary = await writeDataPackage(posyanduSource(true), target, {
      lookupRegion: (code) => (code === '64.71' ? { name: 'Kota Balikpapan' } : undefined),
    });
    expect(summary.rows).toBe(18);
    expect(summary.warnings).toEqual([]);
    const descriptor = JSON.parse(
      readFileSync(join(target, 'datapackage.json'), 'utf8'),
    ) as DataPackageDescriptor;
    expect(descriptor).toEqual(summary.descriptor);
    await expectValid(descriptor);

    expect(descriptor).toMatchObject({
      profile: 'tabular-data-package',
      name: 'jumlah-posyandu-berdasarkan-kecamatan-di-kota-balikpapan',
      title: 'Jumlah Posyandu Berdasarkan Kecamatan di Kota Balikpapan',
      keywords: ['posyandu', 'kesehatan', 'kecamatan'],
      licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
      contributors: [
        { title: 'Dinas Komunikasi dan Informatika Kota Balikpapan', role: 'publisher' },
        { title: 'Dinas Kesehatan Kota Balikpapan', role: 'author' },
        {
          title: 'Seksi Statistik Sektoral',
          role: 'maintainer',
          email: 'statistik@balikpapan.go.id',
        },
      ],
      accessRights: 'Terbuka',
      accrualPeriodicity: 'Tahunan',
      satuan: 'unit',
      theme: 'Perlindungan Sosial dan Kesehatan',
      temporal: { start: '2022', end: '2024' },
      spatial: ['64.71'],
      tingkat_penyajian: 'Kecamatan',
      prioritas_tahun: '2024',
    });

    const [main, ref] = descriptor.resources;
    expect(main).toMatchObject({
      profile: 'tabular-data-resource',
      path: 'data/jumlah-posyandu-berdasarkan-kecamatan-di-kota-balikpapan.csv',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', doubleQuote: true, lineTerminator: '\r\n', header: true },
    });
    for (const r of descriptor.resources) {
      expect(r.name).toMatch(/^[a-z0-9._-]+$/);
      const file = join(target, r.path);
      expect(r.bytes).toBe(statSync(file).size);
      expect(r.hash).toBe(`sha256:${sha256(file)}`);
    }

    const fields = Object.fromEntries(main!.schema.fields.map((f) => [f.name, f]));
    expect(fields['kode_kecamatan']).toMatchObject({ type: 'string', title: 'kode kecamatan' });
    expect(fields['jumlah_posyandu']).toMatchObject({
      type: 'integer',
      description: 'Banyaknya posyandu aktif',
      unit: 'unit',
      constraints: { required: true, minimum: 0 },
    });
    expect(fields['tahun']).toMatchObject({ type: 'year' });
    expect(main!.schema.primaryKey).toEqual(['kode_kecamatan', 'tahun']);
    expect(main!.schema.missingValues).toEqual(['']);
    expect(main!.schema.foreignKeys).toEqual([
      { fields: ['kode_provinsi'], reference: { resource: 'kode-wilayah', fields: ['kode'] } },
      {
        fields: ['kode_kabupaten_kota'],
        reference: { resource: 'kode-wilayah', fields: ['kode'] },
      },
      { fields: ['kode_kecamatan'], reference: { resource: 'kode-wilayah', fields: ['kode'] } },
    ]);

    expect(ref).toMatchObject({ name: 'kode-wilayah', path: 'data/kode-wilayah.csv' });
    const refRows = parseCsv(readFileSync(join(target, 'data/kode-wilayah.csv'), 'utf8'));
    expect(refRows[0]).toEqual(['kode', 'nama', 'tingkat']);
    expect(refRows).toContainEqual(['64.71', 'Kota Balikpapan', 'kabupaten_kota']);
    expect(refRows).toContainEqual(['64.71.06', '', 'kecamatan']);
    expect(refRows).toHaveLength(1 + 1 + 1 + 6);

    // the data CSV is machine-readable: the original values, no BOM
    const csv = readFileSync(join(target, main!.path));
    expect(csv[0]).toBe('k'.charCodeAt(0));
    expect(parseCsv(csv.toString('utf8'))[1]).toEqual([
      '64',
      'Kalimantan Timur',
      '64.71',
      'Kota Balikpapan',
      '64.71.01',
      'Balikpapan Timur',
      '55',
      'unit',
      '2022',
    ]);

    // datapackage-js reads every row with the declared types and resolves the foreign keys
    const pkg = await datapackage.Package.load(join(target, 'datapackage.json'));
    expect(pkg.valid).toBe(true);
    const rows = await pkg.getResource(main!.name)!.read({ keyed: true, relations: true });
    expect(rows).toHaveLength(18);
    expect(rows[0]).toMatchObject({ jumlah_posyandu: 55, tahun: 2022 });
  });

  it('is valid with no metadata at all, and lists what is missing', async () => {
    const target = join(tmp.dir, 'bare');
    const summary = await writeDataPackage(posyanduSource(false), target);
    await expectValid(summary.descriptor);
    expect(summary.descriptor.name).toBe('jumlah-posyandu-kecamatan-2022-2024');
    expect(summary.descriptor['licenses']).toBeUndefined();
    expect(summary.descriptor['keywords']).toBeUndefined();
    expect(summary.warnings.map((w) => w.field)).toEqual(
      expect.arrayContaining(['judul', 'lisensi', 'kata_kunci', 'klasifikasi_akses']),
    );
  });

  it('declares a column string when its values do not fit the inferred type', async () => {
    const columns: ExportColumn[] = [
      { name: 'jumlah', label: 'Jumlah', type: 'integer', missingValues: ['-'] },
      { name: 'rasio', label: 'Rasio', type: 'decimal' },
      { name: 'tanggal', label: 'Tanggal', type: 'date' },
      { name: 'aktif', label: 'Aktif', type: 'boolean' },
      { name: 'kode', label: 'Kode', type: 'region-code', reference: { system: 'bps' } },
      {
        name: 'jenjang',
        label: 'Jenjang',
        type: 'category',
        reference: { system: 'local', list: 'Jenjang Sekolah' },
      },
    ];
    const rows = [
      ['12', '1,5', '2024-01-31', 'ya', '6471010', 'SD'],
      ['-', '2.25', '31/01/2024', 'tidak', '6471020', 'SMP'],
      ['7', '', '2024-02-30', 'Ya', '', 'SD'],
    ];
    const target = join(tmp.dir, 'types');
    const summary = await writeDataPackage(sourceFrom(columns, rows), target);
    await expectValid(summary.descriptor);
    const fields = summary.descriptor.resources[0]!.schema.fields;
    expect(fields.map((f) => f.type)).toEqual([
      'integer',
      'string',
      'string',
      'boolean',
      'string',
      'string',
    ]);
    expect(fields[3]).toMatchObject({
      trueValues: expect.arrayContaining(['ya', 'Ya']),
      falseValues: expect.arrayContaining(['tidak']),
    });
    expect(summary.descriptor.resources[0]!.schema.missingValues).toEqual(['', '-']);
    expect(
      summary.warnings.filter((w) => w.field.startsWith('schema.')).map((w) => w.field),
    ).toEqual(['schema.rasio', 'schema.tanggal']);
    expect(summary.descriptor.resources.map((r) => r.name)).toEqual([
      'jumlah-posyandu-kecamatan-2022-2024',
      'kode-wilayah-bps',
      'daftar-jenjang-sekolah',
    ]);
    const pkg = await datapackage.Package.load(join(target, 'datapackage.json'));
    const read = await pkg
      .getResource('jumlah-posyandu-kecamatan-2022-2024')!
      .read({ keyed: true, relations: true });
    expect(read[1]).toMatchObject({ jumlah: null, aktif: false });
  });

  it('replaces an existing package folder', async () => {
    const target = join(tmp.dir, 'pkg');
    await writeDataPackage(posyanduSource(false), target);
    await writeDataPackage(posyanduSource(true), target);
    expect(readdirSync(tmp.dir)).toEqual(['pkg']);
    expect(readdirSync(join(target, 'data')).sort()).toEqual([
      'jumlah-posyandu-berdasarkan-kecamatan-di-kota-balikpapan.csv',
      'kode-wilayah.csv',
    ]);
  });
});

describe('writeDataPackage (zip)', () => {
  it('writes a zip with datapackage.json at the root and the CSVs in data/', async () => {
    const target = join(tmp.dir, 'posyandu.zip');
    const summary = await writeDataPackage(posyanduSource(true), target);
    expect(readdirSync(tmp.dir)).toEqual(['posyandu.zip']);
    expect(summary.bytes).toBe(statSync(target).size);
    expect(summary.sha256).toBe(sha256(target));
    const files = await listZip(target);
    expect([...files.keys()]).toEqual([
      'datapackage.json',
      'data/jumlah-posyandu-berdasarkan-kecamatan-di-kota-balikpapan.csv',
      'data/kode-wilayah.csv',
    ]);
    const descriptor = JSON.parse(
      files.get('datapackage.json')!.toString('utf8'),
    ) as DataPackageDescriptor;
    await expectValid(descriptor);
    for (const r of descriptor.resources) {
      const bytes = files.get(r.path)!;
      expect(r.bytes).toBe(bytes.length);
      expect(r.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    }
  });

  it('leaves no zip and no build folder behind when the rows fail', async () => {
    const target = join(tmp.dir, 'broken.zip');
    const source = posyanduSource(true);
    source.rows = async function* () {
      yield ['64'];
      await Promise.resolve();
      throw new Error('database went away');
    };
    await expect(writeDataPackage(source, target)).rejects.toThrow('database went away');
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(tmp.dir)).toEqual([]);
  });
});
