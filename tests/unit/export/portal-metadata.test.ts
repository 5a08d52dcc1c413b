import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { toCkanPackage } from '../../../src/main/core/export/ckan';
import { describeForPortal } from '../../../src/main/core/export/formats';
import { toPodCatalog, toPodEntry } from '../../../src/main/core/export/pod';
import { toSchemaOrgDataset } from '../../../src/main/core/export/schema-org';
import { isValidSlug } from '../../../src/main/core/export/slug';
import { parseNQuads, posyanduSource, quadKeys } from './helpers';

const BASE = 'https://data.balikpapan.go.id/files';
const FILE = `${BASE}/jumlah-posyandu-berdasarkan-kecamatan-di-kota-balikpapan.csv`;

describe('CKAN package_create', () => {
  it('maps core fields, tags, SDI extras and the CSV resource', async () => {
    const d = await describeForPortal(posyanduSource(true, { downloadBaseUrl: BASE }));
    const { document: pkg, warnings } = toCkanPackage(d.meta, d.distributions);
    expect(warnings).toEqual([]);
    expect(pkg).toMatchObject({
      name: 'jumlah-posyandu-berdasarkan-kecamatan-di-kota-balikpapan',
      title: 'Jumlah Posyandu Berdasarkan Kecamatan di Kota Balikpapan',
      notes: 'Jumlah posyandu per kecamatan di Kota Balikpapan, 2022–2024.',
      owner_org: 'dinas-komunikasi-dan-informatika-kota-balikpapan',
      private: false,
      license_id: 'cc-by',
      version: '3',
      author: 'Dinas Kesehatan Kota Balikpapan',
      maintainer: 'Seksi Statistik Sektoral',
      maintainer_email: 'statistik@balikpapan.go.id',
      tags: [{ name: 'posyandu' }, { name: 'kesehatan' }, { name: 'kecamatan' }],
      resources: [
        {
          name: 'jumlah-posyandu-berdasarkan-kecamatan-di-kota-balikpapan.csv',
          url: FILE,
          format: 'CSV',
          mimetype: 'text/csv',
          size: d.csv.bytes,
          hash: `sha256:${d.csv.sha256}`,
        },
      ],
    });
    expect(isValidSlug(pkg.name)).toBe(true);
    expect(isValidSlug(pkg.owner_org ?? '')).toBe(true);
    const extras = Object.fromEntries(pkg.extras.map((e) => [e.key, e.value]));
    expect(extras).toMatchObject({
      accessRights: 'Terbuka',
      accrualPeriodicity: 'Tahunan',
      theme: 'Perlindungan Sosial dan Kesehatan',
      kategori: 'Perlindungan Sosial dan Kesehatan',
      sub_kategori: 'Kesehatan',
      satuan: 'unit',
      ukuran: 'Jumlah',
      kodereferensi: 'Kode wilayah Kemendagri (Kepmendagri 300.2.2-2138/2025)',
      rujukan: 'Profil Kesehatan Kota Balikpapan 2024',
      tingkat_penyajian: 'Kecamatan',
      produsen_data_name: 'Dinas Kesehatan Kota Balikpapan',
      publishing_status: 'DRAFT',
      id_mskeg: '2024-64710-001',
      cakupan_wilayah: '64.71',
      spatial_uri: 'urn:kemendagri:wilayah:64.71',
      periode_awal: '2022',
      periode_akhir: '2024',
      temporal_start: '2022',
      temporal_end: '2024',
      prioritas_tahun: '2024',
    });
    const keys = pkg.extras.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const e of pkg.extras) expect(typeof e.value).toBe('string');
    for (const core of ['name', 'title', 'notes', 'tags', 'owner_org', 'license_id']) {
      expect(keys).not.toContain(core);
    }
  });

  it('keeps a non-open dataset private and says when owner_org is missing', async () => {
    const restricted = posyanduSource(true);
    restricted.metadata = { ...restricted.metadata, klasifikasi_akses: 'Terbatas' };
    let d = await describeForPortal(restricted);
    expect(toCkanPackage(d.meta, d.distributions).document.private).toBe(true);

    d = await describeForPortal(posyanduSource(false));
    const { document, warnings } = toCkanPackage(d.meta, d.distributions);
    expect(document.owner_org).toBeUndefined();
    expect(document.private).toBeUndefined();
    expect(document.license_id).toBe('notspecified');
    expect(document.name).toBe('jumlah-posyandu-kecamatan-2022-2024');
    expect(warnings.map((w) => w.field)).toEqual(['walidata']);
  });
});

describe('schema.org Dataset', () => {
  /** Offline stand-in for https://schema.org/'s context: every term in the schema.org vocabulary. */
  const documentLoader = (url: string) => {
    if (url.replace(/\/$/, '') !== 'https://schema.org') throw new Error(`unexpected fetch ${url}`);
    return Promise.resolve({
      contextUrl: null,
      documentUrl: url,
      document: { '@context': { '@vocab': 'https://schema.org/' } },
    });
  };

  it('describes name, coverage, distribution and variables', async () => {
    const source = posyanduSource(true, { downloadBaseUrl: BASE });
    const d = await describeForPortal(source);
    const doc = toSchemaOrgDataset(d.meta, source.columns, d.distributions);
    expect(doc).toMatchObject({
      '@context': 'https://schema.org/',
      '@type': 'Dataset',
      name: 'Jumlah Posyandu Berdasarkan Kecamatan di Kota Balikpapan',
      keywords: ['posyandu', 'kesehatan', 'kecamatan'],
      license: 'https://creativecommons.org/licenses/by/4.0/',
      isAccessibleForFree: true,
      creator: { '@type': 'Organization', name: 'Dinas Kesehatan Kota Balikpapan' },
      publisher: {
        '@type': 'Organization',
        name: 'Dinas Komunikasi dan Informatika Kota Balikpapan',
      },
      temporalCoverage: '2022/2024',
      spatialCoverage: { '@type': 'Place', identifier: '64.71' },
      distribution: [{ '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: FILE }],
    });
    const variables = doc['variableMeasured'] as Record<string, unknown>[];
    expect(variables).toHaveLength(9);
    expect(variables).toContainEqual({
      '@type': 'PropertyValue',
      name: 'jumlah_posyandu',
      alternateName: 'jumlah posyandu',
      description: 'Banyaknya posyandu aktif',
      unitText: 'unit',
    });

    const keys = quadKeys(
      parseNQuads(await jsonld.toRDF(doc, { format: 'application/n-quads', documentLoader })),
    );
    const s = '<urn:uuid:3f2b8c1e-9a4d-4e7b-8f00-1234567890ab>';
    expect(keys).toContain(
      `${s} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Dataset>`,
    );
    expect(keys).toContain(
      `${s} <https://schema.org/name> "Jumlah Posyandu Berdasarkan Kecamatan di Kota Balikpapan"^^<http://www.w3.org/2001/XMLSchema#string>`,
    );
    expect(keys).toContain(
      `${s} <https://schema.org/spatialCoverage> <urn:kemendagri:wilayah:64.71>`,
    );
  });
});

describe('Project Open Data data.json', () => {
  it('follows the access and frequency tables', async () => {
    const d = await describeForPortal(posyanduSource(true, { downloadBaseUrl: BASE }));
    const { document, warnings } = toPodEntry(d.meta, d.distributions);
    expect(warnings).toEqual([]);
    expect(document).toMatchObject({
      '@type': 'dcat:Dataset',
      title: 'Jumlah Posyandu Berdasarkan Kecamatan di Kota Balikpapan',
      keyword: ['posyandu', 'kesehatan', 'kecamatan'],
      modified: '2025-01-15T08:30:00.000Z',
      identifier: '3f2b8c1e-9a4d-4e7b-8f00-1234567890ab',
      accessLevel: 'public',
      publisher: {
        '@type': 'org:Organization',
        name: 'Dinas Komunikasi dan Informatika Kota Balikpapan',
      },
      contactPoint: {
        '@type': 'vcard:Contact',
        fn: 'Seksi Statistik Sektoral',
        hasEmail: 'mailto:statistik@balikpapan.go.id',
      },
      license: 'https://creativecommons.org/licenses/by/4.0/',
      spatial: '64.71',
      temporal: '2022/2024',
      accrualPeriodicity: 'R/P1Y',
      distribution: [
        { '@type': 'dcat:Distribution', downloadURL: FILE, mediaType: 'text/csv', format: 'CSV' },
      ],
    });
    const catalog = toPodCatalog([document]);
    expect(catalog).toMatchObject({
      conformsTo: 'https://project-open-data.cio.gov/v1.1/schema',
      dataset: [document],
    });
  });

  it.each([
    ['Terbatas', 'restricted public', 'Semesteran', 'R/P6M'],
    ['Tertutup', 'non-public', 'Empat Bulanan', 'R/P4M'],
    ['Terbuka', 'public', 'ad-hoc', 'irregular'],
  ])('%s → %s, %s → %s', async (akses, level, frekuensi, period) => {
    const source = posyanduSource(true);
    source.metadata = { ...source.metadata, klasifikasi_akses: akses, frekuensi };
    const d = await describeForPortal(source);
    expect(toPodEntry(d.meta, d.distributions).document).toMatchObject({
      accessLevel: level,
      accrualPeriodicity: period,
    });
  });

  it('says non-public when the access level is missing', async () => {
    const d = await describeForPortal(posyanduSource(false));
    const { document, warnings } = toPodEntry(d.meta, d.distributions);
    expect(document.accessLevel).toBe('non-public');
    expect(warnings).toEqual([
      expect.objectContaining({ field: 'klasifikasi_akses', filled: true }),
    ]);
  });
});
