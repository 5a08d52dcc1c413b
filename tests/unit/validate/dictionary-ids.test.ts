// The rules judge many values once per dictionary id (InputRow.ids) instead of once per cell:
// a run over dictionary-encoded rows (as the validation worker gets them) must find exactly
// what a run over the plain cells finds, on the messy samples and on a table with many repeats.
import { describe, expect, it } from 'vitest';
import type { CellFinding } from '../../../src/shared/model/finding';
import { runValidation } from '../../../src/main/core/validate/engine';
import { cellKindsFor } from '../../../src/main/core/validate/cell-kind';
import type { InputRow, ValidationInput } from '../../../src/main/core/validate/types';
import { encodeRows } from '../../../src/main/core/ingest/row-batch';
import {
  createRowDecoder,
  createRowEncoder,
} from '../../../src/main/core/services/validation-row-codec';
import { ByteTable, pairKey } from '../../../src/main/core/validate/hash';
import { HashTable64 } from '../../../src/main/core/validate/hash-table';
import { loadRawCsv, loadTidyCsv, sampleInput } from './sample-files';

/** The rows as the worker receives them: dictionary-encoded in batches of `size`. */
function encoded(rows: readonly InputRow[], width: number, size: number): InputRow[] {
  const encode = createRowEncoder(width, cellKindsFor(undefined));
  const decode = createRowDecoder(width);
  const out: InputRow[] = [];
  for (let i = 0; i < rows.length; i += size) {
    const batch = rows.slice(i, i + size).map((r) => ({ line: r.line, cells: [...r.cells] }));
    out.push(...decode(encode(encodeRows(batch))));
  }
  return out;
}

/** Runs both ways, expects the same report and cells; returns the finding codes. */
async function both(input: ValidationInput): Promise<Set<string>> {
  const rows = [...(input.rows as Iterable<InputRow>)];
  const run = async (given: InputRow[]): Promise<[string, CellFinding[]]> => {
    const cells: CellFinding[] = [];
    const report = await runValidation({ ...input, rows: given }, { onCell: (c) => cells.push(c) });
    return [JSON.stringify(report), cells];
  };
  const [plainReport, plainCells] = await run(rows);
  const withIds = encoded(rows, input.columns.length, 97);
  expect(withIds.some((r) => r.ids !== undefined)).toBe(true);
  const [idReport, idCells] = await run(withIds);
  expect(idReport).toBe(plainReport);
  expect(idCells).toEqual(plainCells);
  return new Set(
    (JSON.parse(plainReport) as { findings: { code: string }[] }).findings.map((f) => f.code),
  );
}

describe('dictionary ids', () => {
  it('change nothing on the messy samples', async () => {
    await both(sampleInput(loadTidyCsv('penduduk-kecamatan-2023-2024.csv')));
    await both(sampleInput(loadTidyCsv('fasilitas-kesehatan-2024.csv')));
    await both(sampleInput(loadRawCsv('sekolah-kelurahan-2024.csv', ';')));
  });

  it('change nothing on a table of repeated keys, names and dates', async () => {
    const kec = [
      ['64.71.01', 'Balikpapan Timur'],
      ['64.71.02', 'Balikpapan Barat'],
      ['64.71.03', 'balikpapan  utara'],
      ['64.72.01', 'Palaran'],
      ['64.72.02', 'Samarinda Ilir'],
      ['64.71.99', 'Entah'],
    ];
    const rows: InputRow[] = [];
    for (let i = 0; i < 3000; i++) {
      const [code, name] = kec[(i * 7) % kec.length] as [string, string];
      const kab = code.slice(0, 5);
      rows.push({
        line: i + 2,
        cells: [
          kab,
          code,
          // every 11th row names the wrong kecamatan
          i % 11 === 0 ? 'Palaran' : name,
          String(2020 + (i % 3)),
          i % 13 === 0 ? `${1 + (i % 28)}/0${1 + (i % 9)}/2021` : `2021-0${1 + (i % 9)}-1${i % 10}`,
          String((i * 7919) % 50),
          i % 17 === 0 ? ' jiwa ' : 'jiwa',
        ],
      });
    }
    const columns = ['kode_kabupaten_kota', 'kode_kecamatan', 'nama_kecamatan', 'tahun'].concat([
      'tanggal',
      'jumlah_penduduk',
      'satuan',
    ]);
    const sample = sampleInput({
      columns: columns.map((name, index) => ({ index, label: name, name })),
      headerRow: 1,
      rows,
      titleLines: [],
    });
    const codes = await both(sample);
    for (const code of [
      'kode-nama-tidak-cocok',
      'kode-wilayah-tidak-dikenal',
      'duplikat-kunci-bertentangan',
      'format-tanggal-campur',
      'spasi-berlebih',
    ]) {
      expect(codes).toContain(code);
    }
  });
});

describe('ByteTable', () => {
  it('keeps a byte per key as it grows, and clears', () => {
    const t = new ByteTable();
    for (let k = 0; k < 5000; k++) t.set(k * 7919, 1 + (k % 200));
    expect(t.size).toBe(5000);
    for (let k = 0; k < 5000; k++) expect(t.get(k * 7919)).toBe(1 + (k % 200));
    expect(t.get(1)).toBe(0);
    t.set(0, 9);
    expect(t.get(0)).toBe(9);
    expect(t.size).toBe(5000);
    t.clear();
    expect(t.get(7919)).toBe(0);
  });

  it('packs two ids into one key, or refuses', () => {
    expect(pairKey(3, 5)).toBe(3 * 32_768 + 5);
    expect(pairKey(32_767, 32_767)).toBeLessThan(2 ** 30);
    expect(pairKey(-1, 5)).toBe(-1);
    expect(pairKey(32_768, 0)).toBe(-1);
  });
});

describe('HashTable64 slots', () => {
  it('read and write a present key through its slot', () => {
    const t = new HashTable64(4);
    t.getOrSet(11, 22, 1);
    t.getOrSet(33, 44, 2);
    const s = t.slot(33, 44);
    expect(s).toBeGreaterThanOrEqual(0);
    expect(s).toBeLessThan(t.capacity);
    expect(t.valueAt(s)).toBe(2);
    t.setValueAt(s, 7);
    expect(t.get(33, 44)).toBe(7);
    expect(t.slot(55, 66)).toBe(-1);
  });
});
