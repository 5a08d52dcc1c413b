/**
 * The shared samples against domain §7: every listed finding appears with the row as the
 * steward sees it (header on line 1, so data row k of the domain listing is line k + 1), and
 * the clean sample gets no row-level error or warning.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/shared/model/finding';
import { runValidation } from '../../../src/main/core/validate/engine';
import { findingAt, sortTriples, triples, type Expected } from '../../rules/support/run-case';
import { loadRawCsv, loadTidyCsv, loadXlsx, sampleInput } from './sample-files';

const rowLevel = (fs: Finding[]): Finding[] => fs.filter((f) => f.row !== null);

describe('penduduk-kecamatan-2023-2024.csv (§7.1)', () => {
  const sample = loadTidyCsv('penduduk-kecamatan-2023-2024.csv');

  it('reports exactly the §7.1 findings, row by row', async () => {
    const report = await runValidation(sampleInput(sample));
    const expected: Expected[] = [
      [7, null, 'baris-duplikat'], // 1. rows 5 and 6 identical: line 7 repeats line 6
      [17, 'nama_kecamatan', 'kode-nama-tidak-cocok'], // 2. 64.71.02 is Balikpapan Barat
      [26, 'kode_kecamatan', 'kode-sistem-campur'], // 3. BPS 6471011 among Kemendagri codes
      [21, 'kode_kabupaten_kota', 'gaya-kode-campur'], // 4. 6471 without dot
      [19, 'jumlah_penduduk', 'angka-format-indonesia'], // 5. "92.651"
      [15, 'jenis_kelamin', 'nilai-referensi-tidak-dikenal'], // 6. L
      [16, 'jenis_kelamin', 'nilai-referensi-tidak-dikenal'], // 6. P
      [27, 'jenis_kelamin', 'nilai-referensi-tidak-dikenal'], // 6. LAKI-LAKI + PEREMPUAN
      [13, 'satuan', 'nilai-wajib-kosong'], // 7. empty satuan
      [14, 'satuan', 'nilai-wajib-kosong'],
      [22, 'satuan', 'satuan-tidak-konsisten'], // 8. ORANG among JIWA
      [27, 'nama_kecamatan', 'baris-total'], // 9. JUMLAH row
    ];
    expect(triples(rowLevel(report.findings))).toEqual(sortTriples(expected));
    // 9./10. the JUMLAH row is a check value that adds up once "92.651" is read as 92 651
    expect(report.findings.some((f) => f.code === 'total-tidak-cocok')).toBe(false);
    // 11. metadata is missing
    expect(report.findings.filter((f) => f.row === null).map((f) => f.code)).toEqual([
      'metadata-tidak-ada',
    ]);
    expect(report.valid).toBe(false);
  });

  it('gives the official values as suggestions', async () => {
    const { findings } = await runValidation(sampleInput(sample));
    expect(findingAt(findings, 17, 'nama_kecamatan')?.suggestion).toBe('BALIKPAPAN BARAT');
    expect(findingAt(findings, 26, 'kode_kecamatan')?.suggestion).toBe('64.71.06');
    expect(findingAt(findings, 21, 'kode_kabupaten_kota')?.suggestion).toBe('64.71');
    expect(findingAt(findings, 19, 'jumlah_penduduk')?.suggestion).toBe('92651');
    expect(findingAt(findings, 15, 'jenis_kelamin')?.suggestion).toBe('LAKI-LAKI');
    expect(findingAt(findings, 16, 'jenis_kelamin')?.suggestion).toBe('PEREMPUAN');
    expect(findingAt(findings, 22, 'satuan')?.suggestion).toBe('JIWA');
    expect(findingAt(findings, 7, null, 'baris-duplikat')?.params).toMatchObject({ first: 6 });
  });

  it('compares period and satuan with the metadata when it is given', async () => {
    const report = await runValidation(
      sampleInput(sample, {
        metadata: {
          profile: 'sdi',
          doc: { tahun: '2024', cakupan: 'Kota Balikpapan', satuan: 'Jiwa' },
        },
      }),
    );
    const mismatch = report.findings.filter((f) => f.code === 'metadata-tidak-sesuai-data');
    // 2023 rows are outside the declared period; ORANG is not the declared unit
    expect(mismatch.map((f) => f.column).sort()).toEqual(['satuan', 'tahun']);
    expect(mismatch.find((f) => f.column === 'tahun')?.count).toBe(13);
    expect(mismatch.find((f) => f.column === 'satuan')).toMatchObject({ row: 22, value: 'ORANG' });
    expect(report.findings.some((f) => f.code === 'metadata-tidak-ada')).toBe(false);
  });
});

describe('fasilitas-kesehatan-2024.csv (§7.3)', () => {
  const sample = loadTidyCsv('fasilitas-kesehatan-2024.csv');

  it('reports the §7.3 findings with spreadsheet rows', async () => {
    const report = await runValidation(sampleInput(sample));
    const expected: Expected[] = [
      // 2. NIK destroyed by Excel (data row 5)
      [6, 'nik_kepala', 'identitas-notasi-ilmiah'],
      // 4. 64.71.07 does not exist (data row 16)
      [17, 'kode_kecamatan', 'kode-wilayah-tidak-dikenal'],
      // 6. PKM, RSUD, Klinik among Puskesmas
      [3, 'jenis_fasilitas', 'nilai-referensi-tidak-dikenal'],
      [16, 'jenis_fasilitas', 'nilai-referensi-tidak-dikenal'],
      [17, 'jenis_fasilitas', 'nilai-referensi-tidak-dikenal'],
      // 9. mixed date formats: month names are the majority; serial, DD/MM/YYYY and ISO rows
      [5, 'tanggal_pemutakhiran', 'format-tanggal-campur'],
      [6, 'tanggal_pemutakhiran', 'format-tanggal-campur'],
      [7, 'tanggal_pemutakhiran', 'format-tanggal-campur'],
      [8, 'tanggal_pemutakhiran', 'format-tanggal-campur'],
      [14, 'tanggal_pemutakhiran', 'format-tanggal-campur'],
      [15, 'tanggal_pemutakhiran', 'format-tanggal-campur'],
      [16, 'tanggal_pemutakhiran', 'format-tanggal-campur'],
      [17, 'tanggal_pemutakhiran', 'format-tanggal-campur'],
      // 10. "-" in jumlah_bidan (data row 7)
      [8, 'jumlah_bidan', 'penanda-nilai-hilang'],
      // 11. empty satuan (data row 7)
      [8, 'satuan', 'nilai-wajib-kosong'],
      // 5. "Puskesmas Sungai Nangka": the kelurahan is officially Sungainangka (data row 12)
      [13, 'nama_fasilitas', 'nama-fasilitas-ejaan-wilayah'],
      // 13. the RSUD among puskesmas and a klinik pratama (data row 15)
      [16, 'jenis_fasilitas', 'tingkat-fasilitas-campur'],
    ];
    // 3. day fields 41–71 in data rows 1, 3, 6, 8, 10, 12, 14: valid NIKs, listed as info
    for (const line of [2, 4, 7, 9, 11, 13, 15]) {
      expected.push([line, 'nik_kepala', 'nik-tanggal-konvensi']);
    }
    // 7. decimal commas in every rasio cell
    for (let line = 2; line <= 17; line++) {
      expected.push([line, 'rasio_dokter_per_10000_penduduk', 'angka-format-indonesia']);
    }
    expect(triples(rowLevel(report.findings))).toEqual(sortTriples(expected));
    // 3. row 8's NIK starts with 647201 (Kota Samarinda): not an error, and no NIK is impossible
    expect(report.findings.some((f) => f.code === 'nik-tidak-valid')).toBe(false);
  });

  it('explains the NIK day field without printing what it says about the person (§7.3 item 3)', async () => {
    for (const lang of ['id', 'en'] as const) {
      const report = await runValidation(
        sampleInput(sample, { context: { ...sampleInput(sample).context, lang } }),
      );
      const f = report.findings.find((x) => x.code === 'nik-tanggal-konvensi');
      expect(f).toMatchObject({ severity: 'info', column: 'nik_kepala', value: null, count: 7 });
      expect(f?.message).toMatch(/41–71/);
      expect(f?.message).not.toMatch(/perempuan|wanita|laki|woman|female|male|lahir|birth|\d{6}/i);
    }
  });

  it('reports the derived ratio, the facility spelling and the missing facility code (§7.3 items 5, 8, 14)', async () => {
    const { findings } = await runValidation(sampleInput(sample));
    expect(findingAt(findings, 13, 'nama_fasilitas')).toMatchObject({
      severity: 'warning',
      value: 'Puskesmas Sungai Nangka',
      suggestion: 'Puskesmas Sungainangka',
    });
    expect(findingAt(findings, 16, 'jenis_fasilitas', 'tingkat-fasilitas-campur')).toMatchObject({
      severity: 'warning',
      value: 'RSUD',
    });
    // 8. the ratio is derived
    const derived = findings.filter((f) => f.code === 'kolom-turunan');
    expect(derived.map((f) => [f.column, f.severity, f.row])).toEqual([
      ['rasio_dokter_per_10000_penduduk', 'warning', null],
    ]);
    // 14. no Kemenkes facility code
    const code = findings.filter((f) => f.code === 'kode-fasilitas-tidak-ada');
    expect(code).toHaveLength(1);
    expect(code[0]).toMatchObject({ severity: 'info', row: null });
    expect(code[0]?.params).toMatchObject({ facility: 'kesehatan', facilityCode: 'kemenkes' });
    // the kecamatan codes cover all six kecamatan of the kota: no coverage finding
    expect(findings.some((f) => f.code === 'cakupan-wilayah-tidak-lengkap')).toBe(false);
  });

  it('finds the personal-data columns with their counts (§7.3 item 1)', async () => {
    const report = await runValidation(sampleInput(sample));
    const personal = report.findings.filter((f) => f.code === 'data-pribadi');
    expect(personal.map((f) => [f.column, f.params?.['kind'], f.params?.['count']])).toEqual([
      ['nik_kepala', 'nik', 13],
      ['nama_kepala', 'nama', 14],
      ['no_hp_kepala', 'telepon', 13],
    ]);
    expect(personal.every((f) => f.severity === 'error' && f.row === null)).toBe(true);
    // 12. the row counter
    expect(findingAt(report.findings, null, 'no', 'kolom-nomor-urut')?.severity).toBe('info');
  });

  it('suggests the code of the row’s name and ISO dates', async () => {
    const { findings } = await runValidation(sampleInput(sample));
    expect(findingAt(findings, 17, 'kode_kecamatan')?.suggestion).toBe('64.71.06');
    expect(findingAt(findings, 5, 'tanggal_pemutakhiran')?.suggestion).toBe('2024-01-01');
    expect(findingAt(findings, 6, 'tanggal_pemutakhiran')?.suggestion).toBe('2024-02-20');
    expect(findingAt(findings, 3, 'jenis_fasilitas')?.suggestion).toBe('Puskesmas');
    expect(findingAt(findings, 2, 'rasio_dokter_per_10000_penduduk')?.suggestion).toBe('0.38');
  });

  it('is an error to mark it Terbuka, and a warning once access is restricted (§7.3 item 15)', async () => {
    const open = await runValidation(
      sampleInput(sample, { metadata: { profile: 'sdi', doc: { accessRights: 'Terbuka' } } }),
    );
    const f = open.findings.find((x) => x.code === 'data-pribadi-akses-terbuka');
    expect(f).toMatchObject({ severity: 'error', row: null });
    expect(f?.params?.['columns']).toBe('nik_kepala, nama_kepala, no_hp_kepala');

    const closed = await runValidation(
      sampleInput(sample, { metadata: { profile: 'sdi', doc: { accessRights: 'Tertutup' } } }),
    );
    expect(closed.findings.some((x) => x.code === 'data-pribadi-akses-terbuka')).toBe(false);
    expect(
      closed.findings
        .filter((x) => x.code === 'data-pribadi')
        .every((x) => x.severity === 'warning'),
    ).toBe(true);
  });
});

describe('sekolah-kelurahan-2024.csv (§7.2, decoded and flattened by the ingest helpers)', () => {
  const sample = loadRawCsv('sekolah-kelurahan-2024.csv', ';');

  it('reads the two-row header and the title', () => {
    expect(sample.headerRow).toBe(3);
    expect(sample.columns.map((c) => c.label)).toEqual([
      'Kode Kelurahan',
      'Kelurahan',
      'Kecamatan',
      'SD - Negeri',
      'SD - Swasta',
      'SMP - Negeri',
      'SMP - Swasta',
      'Keterangan',
    ]);
    expect(sample.rows[0]?.line).toBe(4);
  });

  it('reports the §7.2 findings', async () => {
    const report = await runValidation(sampleInput(sample));
    const expected: Expected[] = [
      [4, null, 'duplikat-kunci-bertentangan'], // 7. Manggar twice, different figures
      [8, null, 'duplikat-kunci-bertentangan'],
      [16, 'Kode Kelurahan', 'kode-wilayah-kedaluwarsa'], // 8. Damai 64.71.05.1005
      [13, 'Kode Kelurahan', 'kode-wilayah-tidak-dikenal'], // 9. 64.71.03.106
      [11, 'Kelurahan', 'nama-wilayah-varian'], // 10. Gn. Samarinda
      [14, 'Kelurahan', 'nama-wilayah-varian'], // 10. Mekarsari
      [15, 'Kelurahan', 'nama-wilayah-varian'], // 10. Sungai Nangka
      [7, 'SMP - Negeri', 'penanda-nilai-hilang'], // 12. "-"
      [17, 'SMP - Negeri', 'penanda-nilai-hilang'], // 12. "n/a"
      [19, 'SD - Negeri', 'angka-format-indonesia'], // 13. "3,0"
      [20, 'Kecamatan', 'baris-total'], // 14. JUMLAH row
      [20, 'SD - Negeri', 'total-tidak-cocok'], // 14. 59 declared, 58 computed
    ];
    expect(triples(rowLevel(report.findings))).toEqual(sortTriples(expected));
    const columnLevel = report.findings.filter((f) => f.row === null).map((f) => f.code);
    for (const code of [
      'pengodean-bukan-utf', // 1. Windows-1252
      'pemisah-bukan-koma', // 2. semicolons
      'judul-tabel-terpisah', // 3. title row kept as title
      'header-bertingkat', // 4. two-row header flattened
      'format-lebar', // 5.
      'satuan-tidak-ada', // 6.
      'tahun-tidak-ada', // 6.
      'kolom-kode-wilayah-hilang', // 11.
      'cakupan-wilayah-tidak-lengkap', // 15. 15 of 34 kelurahan
      'kode-fasilitas-tidak-ada', // 16. no NPSN
      'nama-kolom-bukan-snake-case',
    ]) {
      expect(columnLevel).toContain(code);
    }
  });

  it('gives the suggestions of §7.2', async () => {
    const { findings } = await runValidation(sampleInput(sample));
    expect(findingAt(findings, 16, 'Kode Kelurahan')?.suggestion).toBe('64.71.06.1005');
    expect(findingAt(findings, 13, 'Kode Kelurahan')?.suggestion).toBe('64.71.03.1006');
    expect(findingAt(findings, 11, 'Kelurahan')?.suggestion).toBe('Gunung Samarinda');
    expect(findingAt(findings, 15, 'Kelurahan')?.suggestion).toBe('Sungainangka');
    expect(findingAt(findings, 20, 'SD - Negeri', 'total-tidak-cocok')).toMatchObject({
      value: '59',
      suggestion: '58',
    });
    expect(findingAt(findings, null, null, 'tahun-tidak-ada')?.suggestion).toContain('2024');
    expect(findingAt(findings, null, 'SD - Negeri', 'format-lebar')?.suggestion).toContain(
      'kategori, subkategori, jumlah, satuan, tahun',
    );
  });

  it('reports the import facts and the coverage of §7.2 (items 1, 2, 4, 15, 16)', async () => {
    expect(sample.source).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
    const { findings } = await runValidation(sampleInput(sample));
    const at = (code: string): Finding | undefined => findings.find((f) => f.code === code);
    expect(at('pengodean-bukan-utf')).toMatchObject({
      severity: 'warning',
      params: { encoding: 'windows-1252' },
      suggestion: 'UTF-8',
    });
    expect(at('pemisah-bukan-koma')).toMatchObject({
      severity: 'info',
      params: { delimiter: ';' },
    });
    expect(at('header-bertingkat')).toMatchObject({
      params: { lines: '2–3' },
      suggestion: 'sd_negeri, sd_swasta, smp_negeri, smp_swasta',
    });
    expect(at('cakupan-wilayah-tidak-lengkap')).toMatchObject({
      severity: 'info',
      column: 'Kode Kelurahan',
      params: { count: 15, total: 34, parent: 'Kota Balikpapan' },
    });
    expect(at('kode-fasilitas-tidak-ada')).toMatchObject({
      severity: 'info',
      params: { facility: 'sekolah', facilityCode: 'npsn' },
    });
    expect(at('kode-fasilitas-tidak-ada')?.message).toContain('NPSN');
  });
});

describe('sekolah-dasar-dalam-angka-2024.xlsx (BPS "Dalam Angka" table)', () => {
  it('flags the "Kota Balikpapan" total row, whose figures add up, and the wide layout', async () => {
    const sample = await loadXlsx('sekolah-dasar-dalam-angka-2024.xlsx');
    expect(sample.notes).toEqual(['Sumber: Dinas Pendidikan dan Kebudayaan Kota Balikpapan']);
    const report = await runValidation(sampleInput(sample));
    expect(triples(rowLevel(report.findings))).toEqual([[11, 'Kecamatan', 'baris-total']]);
    expect(findingAt(report.findings, null, null, 'tahun-tidak-ada')?.suggestion).toContain('2024');
    expect(
      findingAt(report.findings, null, 'Status Sekolah - Negeri', 'format-lebar')?.suggestion,
    ).toBe('kecamatan, status_sekolah, jumlah, satuan, tahun');
    expect(report.findings.filter((f) => f.code === 'judul-tabel-terpisah')).toHaveLength(2);
    expect(findingAt(report.findings, null, null, 'header-bertingkat')?.suggestion).toBe(
      'status_sekolah_negeri, status_sekolah_swasta',
    );
  });
});

describe('clean/jumlah-posyandu-kecamatan-2022-2024.csv', () => {
  it('gets no row-level error or warning, and no error at all', async () => {
    const sample = loadTidyCsv('clean/jumlah-posyandu-kecamatan-2022-2024.csv');
    const report = await runValidation(sampleInput(sample));
    expect(rowLevel(report.findings)).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.findings.map((f) => f.code)).toEqual(['metadata-tidak-ada']);
  });

  it('is entirely clean with complete metadata', async () => {
    const sample = loadTidyCsv('clean/jumlah-posyandu-kecamatan-2022-2024.csv');
    const report = await runValidation(
      sampleInput(sample, {
        metadata: {
          profile: 'sdi',
          doc: {
            title: 'Jumlah Posyandu Berdasarkan Kecamatan di Kota Balikpapan',
            satuan: 'unit',
            tahun: '2022-2024',
            cakupan: '64.71',
            accessRights: 'Terbuka',
          },
        },
        context: {
          lang: 'id',
          regions: sampleInput(sample).context.regions,
          metadataValidator: () => [],
        },
      }),
    );
    expect(report.findings).toEqual([]);
    expect(Object.values(report.summary.byPrinciple).every((p) => p.score === 100)).toBe(true);
  });
});
