import { describe, expect, it } from 'vitest';
import {
  delimiterKey,
  encodingKey,
  nameWithoutExtension,
  toImportOptions,
} from '../../../src/renderer/screens/import/import-options';
import { exportFileName } from '../../../src/renderer/screens/export/export-file-name';
import {
  columnWidths,
  HEADER_ACTION,
  ESTIMATED_MEASURES,
} from '../../../src/renderer/screens/dataset/column-widths';

describe('import options', () => {
  it('sends only the choices that were made (no undefined members over IPC)', () => {
    expect(toImportOptions({})).toEqual({});
    expect(toImportOptions({ noHeader: false }, '   ')).toEqual({});
    const options = toImportOptions(
      { delimiter: ';', encoding: 'windows-1252', noHeader: true },
      ' Sekolah ',
    );
    expect(options).toEqual({
      delimiter: ';',
      encoding: 'windows-1252',
      noHeader: true,
      name: 'Sekolah',
    });
    expect(Object.values(options)).not.toContain(undefined);
  });

  it('names the dataset after the file', () => {
    expect(nameWithoutExtension('penduduk-2024.csv')).toBe('penduduk-2024');
    expect(nameWithoutExtension('data.tahun.2024.xlsx')).toBe('data.tahun.2024');
    expect(nameWithoutExtension('.env')).toBe('.env');
  });

  it('names delimiters and encodings through the catalog', () => {
    expect(delimiterKey(',')).toBe('delimiters.comma');
    expect(delimiterKey('\t')).toBe('delimiters.tab');
    expect(delimiterKey('#')).toBe('delimiters.other');
    expect(encodingKey('windows-1252')).toBe('encodings.windows1252');
  });
});

describe('export file name', () => {
  it('keeps letters, digits and dashes', () => {
    expect(exportFileName('Penduduk Kecamatan 2024')).toBe('Penduduk-Kecamatan-2024.csv');
    expect(exportFileName('Data/ÉLU: "x"')).toBe('DataELU-x.csv');
    expect(exportFileName('///')).toBe('dataset.csv');
  });
});

describe('column widths', () => {
  const columns = [
    { index: 0, label: 'No', name: 'no' },
    { index: 1, label: 'Nama kecamatan yang sangat panjang sekali', name: 'nama_kecamatan' },
  ];
  it('fits the header, widens for values, and stays within bounds', () => {
    const [narrow, wide] = columnWidths(columns, [], ESTIMATED_MEASURES);
    expect(narrow).toBe(80);
    expect(wide).toBeGreaterThan(300);
    const [withValues] = columnWidths(
      columns,
      [['KALIMANTAN TIMUR BAGIAN UTARA']],
      ESTIMATED_MEASURES,
    );
    expect(withValues).toBeGreaterThan(200);
    const [capped] = columnWidths(columns, [['x'.repeat(5000)]], ESTIMATED_MEASURES);
    expect(capped).toBe(360);
  });

  it('leaves room in the header for the Standar Data button', () => {
    const label = 'Jumlah penduduk';
    const [width] = columnWidths([{ index: 0, label, name: 'jml' }], [], ESTIMATED_MEASURES);
    expect(width).toBeGreaterThanOrEqual(ESTIMATED_MEASURES.label(label) + HEADER_ACTION + 24);
  });
});
