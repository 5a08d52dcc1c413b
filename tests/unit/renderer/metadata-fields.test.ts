import { describe, expect, it } from 'vitest';
import msInd from '../../../resources/standards/bps-ms-ind.schema.json';
import msKeg from '../../../resources/standards/bps-ms-keg.schema.json';
import msKegUi from '../../../resources/standards/bps-ms-keg.ui.json';
import kolom from '../../../resources/standards/standar-data-kolom.schema.json';
import kolomUi from '../../../resources/standards/standar-data-kolom.ui.json';
import sdi from '../../../resources/standards/sdi-dataset.schema.json';
import sdiUi from '../../../resources/standards/sdi-dataset.ui.json';
import topik from '../../../resources/vocabularies/topik.json';
import urusan from '../../../resources/vocabularies/urusan-pemerintahan.json';
import perangkat from '../../../resources/vocabularies/perangkat-daerah-balikpapan.json';
import type { ProfileField, Vocabulary } from '../../../src/shared/model/metadata';
import { displayValue } from '../../../src/renderer/screens/metadata/display-value';
import {
  formatExample,
  humanizeKey,
  subFields,
  widgetFor,
} from '../../../src/renderer/screens/metadata/field-kinds';
import { quickAddOf, topFieldSpec } from '../../../src/renderer/screens/metadata/field-spec';
import { conditionalState } from '../../../src/renderer/screens/metadata/profile-rules';
import {
  filterOptions,
  parentFieldOf,
  vocabOptions,
  vocabRefOf,
  vocabRefOfSchema,
} from '../../../src/renderer/screens/metadata/vocab-options';

type Ui = { fields: object };

function widgets(schema: { properties: Record<string, unknown> }, ui: Ui): Record<string, string> {
  const hints = ui.fields as Record<string, { widget?: unknown } | undefined>;
  return Object.fromEntries(
    Object.entries(schema.properties).map(([k, s]) => {
      const hint = hints[k]?.widget;
      return [k, widgetFor(typeof hint === 'string' ? hint : undefined, s)];
    }),
  );
}

describe('controls chosen for the shipped profiles', () => {
  it('sdi-dataset', () => {
    const w = widgets(sdi, sdiUi);
    expect(w).toMatchObject({
      profil: 'hidden',
      judul: 'text',
      deskripsi: 'textarea',
      kata_kunci: 'tags',
      topik: 'select',
      urusan: 'multiselect',
      kontak: 'object',
      periode_awal: 'period',
      jadwal_pemutakhiran: 'date',
      cakupan_wilayah: 'region-codes',
      kolom: 'column-dictionary',
      rujukan: 'list',
      prioritas_tahun: 'tags',
      catatan: 'textarea',
    });
  });

  it('BPS MS-Keg and MS-Ind', () => {
    const keg = widgets(msKeg, msKegUi);
    expect(keg).toMatchObject({
      tahun_kegiatan: 'integer',
      rekomendasi_bps: 'boolean',
      fraksi_sampel: 'number',
      jadwal: 'table',
      penanggung_jawab_teknis: 'object',
      metode_pengumpulan_data: 'multiselect',
      alamat: 'text',
    });
    const ind = widgets(msInd, { fields: {} });
    expect(ind['konsep']).toBe('list');
    expect(ind['indikator_komposit']).toBe('boolean');
  });

  it('a column’s Standar Data', () => {
    expect(widgets(kolom, kolomUi)).toMatchObject({
      nama: 'text',
      peran: 'select',
      tipe_data: 'select',
      konsep: 'textarea',
      klasifikasi: 'reference-list',
      nilai_hilang: 'tags',
      kode_referensi: 'object',
    });
    expect(subFields(kolom.properties.kode_referensi).map((s) => [s.key, s.required])).toEqual([
      ['sistem', true],
      ['level', false],
      ['edisi', false],
      ['daftar', false],
    ]);
  });

  it('writes nested keys and examples for people', () => {
    expect(humanizeKey('sumber_publikasi')).toBe('Sumber publikasi');
    expect(formatExample(['', '-'])).toBe('"", -');
    expect(formatExample({ nama: 'Bidang Statistik', email: 'a@b.id' })).toBe(
      'Bidang Statistik · a@b.id',
    );
    expect(formatExample(0.1)).toBe('0.1');
  });
});

function field(over: Partial<ProfileField> & { key: string }): ProfileField {
  return {
    group: 'g',
    order: 1,
    label: { id: 'Label', en: 'Label EN' },
    help: { id: 'Bantuan', en: 'Help' },
    required: false,
    type: 'string',
    exportKeys: {},
    ...over,
  };
}

describe('field specs', () => {
  it('marks a field required by the current answers, with the reason', () => {
    const f = field({
      key: 'unit_sampel',
      label: { id: '5.7 Unit sampel', en: '5.7 Sample unit' },
    });
    const spec = topFieldSpec(f, {
      rootSchema: msKeg,
      base: [],
      lang: 'id',
      conditional: conditionalState(msKeg, { cara_pengumpulan_data: 'survei' }),
    });
    expect(spec).toMatchObject({
      pointer: '/unit_sampel',
      label: '5.7 Unit sampel',
      required: true,
      alwaysRequired: false,
      widget: 'text',
    });
    expect(spec.requiredReason).toContain('survei');
    const en = topFieldSpec(f, {
      rootSchema: msKeg,
      base: ['x', 2],
      lang: 'en',
      conditional: conditionalState(msKeg, {}),
    });
    expect(en).toMatchObject({
      pointer: '/x/2/unit_sampel',
      label: '5.7 Sample unit',
      required: false,
    });
    expect(en.requiredReason).toBeUndefined();
  });

  it('offers example markers as quick additions only for plain text lists', () => {
    expect(quickAddOf({ example: ['', '-'] })).toEqual(['', '-']);
    expect(quickAddOf({ widget: 'tags', example: ['penduduk'] })).toEqual([]);
    expect(quickAddOf({ example: [2024] })).toEqual([]);
  });
});

describe('vocabulary choices', () => {
  const topics = topik as Vocabulary;
  it('reads the x-vocabulary annotation', () => {
    expect(vocabRefOf('frekuensi')).toEqual({ id: 'frekuensi', select: 'all', value: 'code' });
    expect(vocabRefOf({ id: 'topik', select: 'roots' })).toEqual({
      id: 'topik',
      select: 'roots',
      value: 'code',
    });
    expect(vocabRefOfSchema(sdi.properties.urusan)?.id).toBe('urusan-pemerintahan');
    expect(vocabRefOf(42)).toBeUndefined();
  });

  it('limits sub-topics to the chosen topic and labels them in the UI language', () => {
    const ref = { id: 'topik', select: 'children', value: 'code' } as const;
    const all = vocabOptions(topics, ref, 'id');
    const some = vocabOptions(topics, ref, 'en', { parent: 'pemerintahan_umum' });
    expect(some.length).toBe(9);
    expect(all.length).toBeGreaterThan(some.length);
    expect(some.map((o) => o.value)).toContain('pemerintahan_umum.kependudukan');
    expect(some.find((o) => o.value === 'pemerintahan_umum.kependudukan')?.label).toBe(
      topics.values.find((v) => v.code === 'pemerintahan_umum.kependudukan')?.label.en,
    );
  });

  it('finds the field a children vocabulary follows', () => {
    const fields = [
      {
        key: 'topik',
        vocabulary: { id: 'topik', select: 'roots' as const, value: 'code' as const },
      },
      {
        key: 'sub_topik',
        vocabulary: { id: 'topik', select: 'children' as const, value: 'code' as const },
      },
    ];
    expect(parentFieldOf(fields[1] ?? { key: '' }, fields)).toBe('topik');
    expect(parentFieldOf(fields[0] ?? { key: '' }, fields)).toBeUndefined();
  });

  it('hides retired values unless already chosen', () => {
    const retired = topics.values.find((v) => v.disabled);
    expect(retired).toBeDefined();
    const ref = { id: 'topik', select: 'all', value: 'code' } as const;
    const code = retired?.code ?? '';
    expect(vocabOptions(topics, ref, 'id').some((o) => o.value === code)).toBe(false);
    expect(vocabOptions(topics, ref, 'id', { current: [code] }).some((o) => o.value === code)).toBe(
      true,
    );
  });

  it('stores the Indonesian label when the profile says value: label', () => {
    const ref = { id: 'perangkat-daerah-balikpapan', select: 'all', value: 'label' } as const;
    const options = vocabOptions(perangkat as Vocabulary, ref, 'en');
    expect(options[0]?.value).toBe((perangkat as Vocabulary).values[0]?.label.id);
  });

  it('searches long lists by label and code, accents ignored', () => {
    const ref = { id: 'urusan-pemerintahan', select: 'all', value: 'code' } as const;
    const options = vocabOptions(urusan as Vocabulary, ref, 'id');
    const hits = filterOptions(options, 'kependudukan');
    expect(hits.map((o) => o.value)).toContain('2.12');
    expect(filterOptions(options, '2.12').map((o) => o.value)).toEqual(['2.12']);
    expect(filterOptions(options, 'kependudukan catatan').length).toBe(1);
    expect(options.find((o) => o.value === '2.12')?.detail).toContain('2.12');
  });
});

describe('reading a stored version', () => {
  const words = {
    yes: 'Ya',
    no: 'Tidak',
    empty: '—',
    rows: (n: number) => `${n} baris`,
    subLabel: (k: string) => (k === 'email' ? 'Email' : humanizeKey(k)),
  };
  const vocabularies = new Map<string, Vocabulary>([['topik', topik as Vocabulary]]);
  it('turns values into one line', () => {
    const ref = { id: 'topik', select: 'roots', value: 'code' } as const;
    expect(
      displayValue('pemerintahan_umum', { vocabulary: ref, vocabularies, lang: 'id', words }),
    ).toBe('Pemerintahan Umum');
    expect(displayValue(['a', 'b'], { vocabularies, lang: 'id', words })).toBe('a, b');
    expect(displayValue('', { vocabularies, lang: 'id', words })).toBe('—');
    expect(displayValue(true, { vocabularies, lang: 'id', words })).toBe('Ya');
    expect(
      displayValue(
        { nama: 'Budi', email: 'b@x.id', unit: '' },
        { vocabularies, lang: 'id', words },
      ),
    ).toBe('Nama: Budi · Email: b@x.id');
    expect(displayValue([{ nama: 'a' }, { nama: 'b' }], { vocabularies, lang: 'id', words })).toBe(
      '2 baris',
    );
  });
});
