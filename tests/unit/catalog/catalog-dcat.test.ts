import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCatalog } from '../../../src/main/core/catalog';
import { sampleEntries } from '../../fixtures/catalog/sample-entries';

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const ACCESS = 'http://publications.europa.eu/resource/authority/access-right/';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'katalog-dcat-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const objects = (quads: Quad[], s: string, p: string): string[] =>
  quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object.value);

describe('catalog as DCAT', () => {
  it('describes every dataset in a dcat:Catalog, Turtle and JSON-LD alike', async () => {
    const { entries, writes } = sampleEntries();
    const r = await generateCatalog(entries, {
      outDir: dir,
      format: 'dcat',
      title: 'Katalog Data Kota Balikpapan',
      organisation: 'Dinas Komunikasi dan Informatika Kota Balikpapan',
      downloadBaseUrl: 'https://data.balikpapan.example.go.id/berkas',
      generatedAt: '2025-03-12T02:00:00Z',
    });
    expect(r.files).toEqual([join(dir, 'katalog.jsonld'), join(dir, 'katalog.ttl')]);
    expect(writes).toHaveLength(0);

    const quads = new Parser().parse(readFileSync(join(dir, 'katalog.ttl'), 'utf8'));
    const catalogs = quads.filter(
      (q) => q.predicate.value === RDF_TYPE && q.object.value === `${DCAT}Catalog`,
    );
    expect(catalogs).toHaveLength(1);
    const cat = catalogs[0]?.subject.value ?? '';
    expect(objects(quads, cat, `${DCT}title`)).toEqual(['Katalog Data Kota Balikpapan']);
    const datasets = objects(quads, cat, `${DCAT}dataset`);
    expect(datasets).toHaveLength(entries.length);
    for (const ds of datasets) {
      expect(objects(quads, ds, RDF_TYPE)).toContain(`${DCAT}Dataset`);
      expect(objects(quads, ds, `${DCT}accessRights`)).toHaveLength(1);
    }

    const penduduk = 'urn:uuid:7f1c2a9e-0b1d-4c55-9a61-3d2f8e4b6a01';
    expect(objects(quads, penduduk, `${DCT}title`)).toEqual([
      'Jumlah Penduduk Berdasarkan Kecamatan dan Jenis Kelamin di Kota Balikpapan',
    ]);
    expect(objects(quads, penduduk, `${DCT}accessRights`)).toEqual([`${ACCESS}PUBLIC`]);
    const dists = objects(quads, penduduk, `${DCAT}distribution`);
    expect(dists).toHaveLength(2);
    const urls = dists.flatMap((d) => objects(quads, d, `${DCAT}downloadURL`));
    expect(urls).toContain(
      'https://data.balikpapan.example.go.id/berkas/jumlah-penduduk-berdasarkan-kecamatan-dan-jenis-kelamin-di-kota-balikpapan/jumlah-penduduk-kecamatan.csv',
    );

    const ds = (id: string) => `urn:satudata:dataset:${id}`;
    expect(objects(quads, ds('bansos-2024'), `${DCT}accessRights`)).toEqual([
      `${ACCESS}RESTRICTED`,
    ]);
    expect(objects(quads, ds('rsud-rawat-inap'), `${DCT}accessRights`)).toEqual([
      `${ACCESS}NON_PUBLIC`,
    ]);
    expect(objects(quads, ds('fasilitas-kesehatan-2024'), `${DCT}accessRights`)).toEqual([
      `${ACCESS}NON_PUBLIC`,
    ]);
    for (const id of [
      'bansos-2024',
      'rsud-rawat-inap',
      'sekolah-kelurahan-2024',
      'fasilitas-kesehatan-2024',
    ]) {
      expect(objects(quads, ds(id), `${DCAT}distribution`), id).toEqual([]);
    }
    expect(objects(quads, ds('xss-test'), `${DCT}title`)).toEqual(['<img src=x onerror=alert(1)>']);

    const doc = JSON.parse(readFileSync(join(dir, 'katalog.jsonld'), 'utf8')) as object;
    const nquads = (await jsonld.toRDF(doc, { format: 'application/n-quads' })) as string;
    const fromJsonLd = new Parser({ format: 'N-Quads' }).parse(nquads);
    expect(fromJsonLd.length).toBe(quads.length);
  });
});
