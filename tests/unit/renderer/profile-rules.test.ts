import { describe, expect, it } from 'vitest';
import msInd from '../../../resources/standards/bps-ms-ind.schema.json';
import msKeg from '../../../resources/standards/bps-ms-keg.schema.json';
import kolom from '../../../resources/standards/standar-data-kolom.schema.json';
import sdi from '../../../resources/standards/sdi-dataset.schema.json';
import {
  conditionalState,
  requiredKeys,
} from '../../../src/renderer/screens/metadata/profile-rules';

const SAMPLE_DESIGN = [
  'jenis_rancangan_sampel',
  'metode_pemilihan_sampel',
  'metode_sampel',
  'kerangka_sampel',
  'unit_sampel',
  'unit_observasi',
];

describe('conditional fields of the shipped profiles', () => {
  it('MS-Keg: the sample design is required for a survey and left out otherwise', () => {
    const survey = conditionalState(msKeg, { cara_pengumpulan_data: 'survei' });
    expect([...survey.required.keys()]).toEqual(SAMPLE_DESIGN);
    expect(survey.required.get('unit_sampel')?.id).toContain('wajib untuk kegiatan survei');
    expect(survey.hidden.size).toBe(0);

    const census = conditionalState(msKeg, { cara_pengumpulan_data: 'pencacahan_lengkap' });
    expect(census.required.size).toBe(0);
    expect([...census.hidden.keys()]).toEqual(
      expect.arrayContaining([...SAMPLE_DESIGN, 'fraksi_sampel', 'perkiraan_sampling_error']),
    );
    expect(census.hidden.get('fraksi_sampel')?.en).toContain('only for surveys');
  });

  it('MS-Keg: nothing is decided before the answer is given', () => {
    const none = conditionalState(msKeg, { cara_pengumpulan_data: '  ' });
    expect(none.required.size).toBe(0);
    expect(none.hidden.size).toBe(0);
  });

  it('MS-Keg: rules combine (a sectoral survey must state the BPS recommendation)', () => {
    const s = conditionalState(msKeg, {
      cara_pengumpulan_data: 'survei',
      jenis_statistik: 'statistik_sektoral',
      kegiatan_dilakukan: 'sekali',
    });
    expect(s.required.has('rekomendasi_bps')).toBe(true);
    expect(s.hidden.has('frekuensi_penyelenggaraan')).toBe(true);
    expect(
      conditionalState(msKeg, { rekomendasi_bps: true }).required.has('identitas_rekomendasi'),
    ).toBe(true);
    expect(conditionalState(msKeg, { rekomendasi_bps: false }).required.size).toBe(0);
  });

  it('MS-Ind: composite indicators list indicators, others variables', () => {
    const composite = conditionalState(msInd, { indikator_komposit: true });
    expect(composite.required.has('indikator_pembangun')).toBe(true);
    expect(composite.hidden.has('variabel_pembangun')).toBe(true);
    const simple = conditionalState(msInd, { indikator_komposit: false });
    expect(simple.required.has('variabel_pembangun')).toBe(true);
    expect(simple.hidden.has('indikator_pembangun')).toBe(true);
  });

  it('sdi-dataset: restricted data needs its grounds', () => {
    expect(
      conditionalState(sdi, { klasifikasi_akses: 'terbatas' }).required.has('dasar_pengecualian'),
    ).toBe(true);
    expect(conditionalState(sdi, { klasifikasi_akses: 'terbuka' }).required.size).toBe(0);
    expect(requiredKeys(sdi).has('judul')).toBe(true);
  });

  it('a column: a measure needs concept, definition, measure and unit', () => {
    const s = conditionalState(kolom, { nama: 'jumlah', peran: 'ukuran' });
    expect([...s.required.keys()].sort()).toEqual(['definisi', 'konsep', 'satuan', 'ukuran']);
    const code = conditionalState(kolom.properties.kode_referensi, { sistem: 'kemendagri' });
    expect(code.required.has('level')).toBe(true);
    expect(
      conditionalState(kolom.properties.kode_referensi, { sistem: 'lokal' }).required.has('daftar'),
    ).toBe(true);
  });

  it('leaves rules it cannot read to the service', () => {
    const schema = {
      allOf: [
        { if: { properties: { a: { minimum: 3 } } }, then: { required: ['b'] } },
        { if: { required: ['a'] }, then: { required: ['c'] }, else: { required: ['d'] } },
      ],
    };
    const s = conditionalState(schema, { a: 5 });
    expect([...s.required.keys()]).toEqual(['c']);
    // as in JSON Schema, an absent property satisfies `properties` (the first rule holds)
    expect([...conditionalState(schema, {}).required.keys()]).toEqual(['b', 'd']);
    expect(conditionalState('not a schema', {}).required.size).toBe(0);
  });
});
