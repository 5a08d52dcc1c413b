/**
 * Properties of the validator: for EVERY rule of RULES, a run on an arbitrary small table
 * (headers and cells drawn from what real files hold: region codes, numbers in both locales,
 * dates, totals, personal data, blanks, markup, garbage) never throws, reports findings with
 * a known severity and rows inside the table, and gives the same findings for the same input.
 */
import fc from 'fast-check';
import { runValidation } from '../../src/main/core/validate/engine';
import { RULES } from '../../src/main/core/validate/rules';
import type { InputColumn, ValidationInput } from '../../src/main/core/validate/types';
import type { Report } from '../../src/shared/model/finding';
import { createBalikpapanLookup } from '../rules/support/balikpapan-regions';
import { defineProperty, type PropertyDef } from './types';

const LABELS = [
  'kode_wilayah',
  'kode_kecamatan',
  'Kode Kelurahan',
  'nama_kecamatan',
  'nama_kelurahan',
  'tahun',
  'jumlah',
  'jumlah_penduduk',
  'satuan',
  'nik',
  'email',
  'no_hp',
  'tanggal',
  'persen',
  'No',
  'jenis_kelamin',
  'Keterangan',
  '',
  'kode',
  '<b>x</b>',
];

const CELLS = [
  '64',
  '64.71',
  '64.71.01',
  '64.71.05.1005',
  '6471',
  '647101',
  '64.7l.01',
  '99.99',
  'Balikpapan Timur',
  'BALIKPAPAN  TIMUR ',
  'Kota Balikpapan',
  '2023',
  '2024',
  '1.234',
  '1.234,56',
  '1,234.56',
  '-5',
  '12%',
  'Rp 5.000',
  '3,2E+15',
  '2024-01-31',
  '31/01/2024',
  '01-31-2024',
  '0000-00-00',
  'JUMLAH',
  'Total',
  'Jiwa',
  'jiwa',
  'Unit',
  'L',
  'P',
  'LAKI-LAKI',
  '3171010101010001',
  'budi@contoh.id',
  '081234567890',
  '',
  ' ',
  '-',
  'N/A',
  '=1+1',
  '<script>x</script>',
  '\u00a0',
];

const cellArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CELLS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);

export const validationInputArb: fc.Arbitrary<{ labels: string[]; rows: string[][] }> = fc
  .integer({ min: 1, max: 5 })
  .chain((width) =>
    fc.record({
      labels: fc.array(
        fc.oneof(
          { weight: 5, arbitrary: fc.constantFrom(...LABELS) },
          { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
        ),
        { minLength: width, maxLength: width },
      ),
      rows: fc.array(fc.array(cellArb, { minLength: 0, maxLength: width + 1 }), {
        maxLength: 12,
      }),
    }),
  );

function inputOf(
  t: { labels: string[]; rows: string[][] },
  withMetadata: boolean,
): ValidationInput {
  const columns: InputColumn[] = t.labels.map((label, index) => ({
    index,
    label,
    name: label.toLowerCase().replace(/[^a-z0-9]+/g, '_') || `kolom_${index + 1}`,
  }));
  return {
    columns,
    headerRow: 1,
    rows: t.rows.map((cells, i) => ({ line: i + 2, cells })),
    rowCount: t.rows.length,
    ...(withMetadata
      ? { metadata: { profile: 'sdi-dataset', doc: { judul: 'x', satuan: 'Jiwa' } } }
      : {}),
    context: {
      lang: 'id',
      regions: createBalikpapanLookup(),
      metadataValidator: () => [],
    },
  };
}

function comparable(r: Report): string {
  return JSON.stringify({ valid: r.valid, summary: r.summary, findings: r.findings });
}

const SEVERITIES = new Set(['error', 'warning', 'info']);

export const VALIDATE_PROPERTIES: PropertyDef[] = RULES.map((rule) =>
  defineProperty({
    name: `rule ${rule.code}: never throws, same findings for the same input, rows inside the table`,
    weight: 1,
    quickRuns: 15,
    property: () =>
      fc.asyncProperty(validationInputArb, fc.boolean(), async (t, withMetadata) => {
        const a = await runValidation(inputOf(t, withMetadata), { only: [rule.code] });
        const b = await runValidation(inputOf(t, withMetadata), { only: [rule.code] });
        if (comparable(a) !== comparable(b)) throw new Error('not deterministic');
        const last = t.rows.length + 1;
        for (const f of a.findings) {
          if (!SEVERITIES.has(f.severity)) throw new Error(`severity ${f.severity}`);
          if (f.row !== null && (f.row < 2 || f.row > last)) throw new Error(`row ${f.row}`);
          for (const r of f.rows ?? []) if (r < 2 || r > last) throw new Error(`row ${r}`);
        }
      }),
  }),
);

VALIDATE_PROPERTIES.push(
  defineProperty({
    name: 'all rules together: never throw and are deterministic',
    weight: 3,
    quickRuns: 30,
    property: () =>
      fc.asyncProperty(validationInputArb, async (t) => {
        const a = await runValidation(inputOf(t, false));
        const b = await runValidation(inputOf(t, false));
        if (comparable(a) !== comparable(b)) throw new Error('not deterministic');
      }),
  }),
);
