import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { exportKeyMap, mapDocument } from '../../../src/main/core/metadata/export-keys';

const doc = JSON.parse(
  readFileSync(new URL('../../fixtures/metadata/sdi-dataset.valid.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

test('profile keys map to CKAN, DCAT and Frictionless names', () => {
  const keys = exportKeyMap('sdi-dataset');
  expect(keys.find((k) => k.key === 'kata_kunci')).toMatchObject({
    ckan: 'tags',
    dcat: 'dcat:keyword',
    frictionless: 'keywords',
  });
  expect(keys.find((k) => k.key === 'klasifikasi_akses')).toMatchObject({
    ckan: 'accessRights',
    dcat: 'dct:accessRights',
  });
});

test('documents map to the target names and values', () => {
  const ckan = mapDocument('sdi-dataset', doc, 'ckan');
  expect(ckan).toMatchObject({
    title: doc['judul'],
    notes: doc['deskripsi'],
    name: doc['slug'],
    accrualPeriodicity: 'Semesteran',
    accessRights: 'Terbuka',
    license_id: 'cc-by',
    kategori: 'Pemerintahan Umum',
  });
  const dcat = mapDocument('sdi-dataset', doc, 'dcat');
  expect(dcat['dct:accrualPeriodicity']).toBe(
    'http://publications.europa.eu/resource/authority/frequency/ANNUAL_2',
  );
  expect(dcat['dct:spatial']).toEqual(['64.71']);
});

test('private fields stay out of public exports', () => {
  const keg = JSON.parse(
    readFileSync(new URL('../../fixtures/metadata/bps-ms-keg.valid.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
  expect(mapDocument('bps-ms-keg', keg, 'indah')['ii_pj_*']).toBeUndefined();
  expect(mapDocument('bps-ms-keg', keg, 'indah', true)['ii_pj_*']).toEqual(
    keg['penanggung_jawab_teknis'],
  );
  expect(mapDocument('bps-ms-keg', keg, 'indah')['i_instansi_penyelanggara']).toBe(
    keg['instansi_penyelenggara'],
  );
});
