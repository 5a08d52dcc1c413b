import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildMetadataDocument,
  buildMsKegDocument,
  buildMsIndDocument,
  buildMsVarDocument,
  printMetadataHtml,
  printMsIndHtml,
  printMsKegHtml,
  printMsVarHtml,
  renderPdf,
  toWinAnsi,
  writePdf,
} from '../../../src/main/core/catalog';
import type { PrintDocument } from '../../../src/shared/model/catalog';

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join('tests/fixtures/metadata', `${name}.valid.json`), 'utf8')) as Record<
    string,
    unknown
  >;

const OPTIONS = {
  letterhead: ['PEMERINTAH KOTA BALIKPAPAN', 'DINAS KOMUNIKASI DAN INFORMATIKA'],
  signature: {
    tempat: 'Balikpapan',
    tanggal: '2025-03-12',
    jabatan: 'Kepala Dinas Komunikasi dan Informatika',
    nama: 'Nama Kepala Dinas',
    nip: '19750101 200001 1 001',
  },
  generatedAt: '2025-03-12T02:00:00Z',
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cetak-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function fieldLabels(doc: PrintDocument): string[] {
  return doc.sections.flatMap((s) =>
    s.blocks.flatMap((b) =>
      b.kind === 'fields'
        ? b.fields.map((f) => f.label)
        : b.kind === 'table'
          ? [b.table.caption ?? '']
          : [],
    ),
  );
}

describe('printable metadata forms', () => {
  it('dataset metadata follows the profile groups, labels and vocabularies', () => {
    const doc = buildMetadataDocument(
      { metadata: fixture('sdi-dataset'), id: 'ds-1', version: 3, metadataComplete: 0.86 },
      OPTIONS,
    );
    expect(doc.title).toBe('FORMULIR METADATA DATASET');
    expect(doc.subtitle).toBe(
      'Jumlah Penduduk Berdasarkan Kecamatan dan Jenis Kelamin di Kota Balikpapan',
    );
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'A. Identitas dataset',
      'B. Produsen data dan walidata',
      'C. Waktu dan wilayah',
      'D. Standar data',
      'E. Akses dan lisensi',
      'F. Rujukan dan status',
      'G. Kamus Kolom (Standar Data)',
    ]);
    expect(fieldLabels(doc)).toEqual(
      expect.arrayContaining(['Judul', 'Produsen data', 'Klasifikasi akses']),
    );
    const html = printMetadataHtml({ metadata: fixture('sdi-dataset') }, OPTIONS);
    expect(html).toContain('Semesteran'); // frekuensi code → label
    expect(html).toContain('Creative Commons Atribusi 4.0');
    expect(html).toContain('1 Februari 2025');
    expect(html).toContain('Orang yang berdomisili di Kota Balikpapan'); // kolom → dictionary
  });

  it('MS-Keg, MS-Var and MS-Ind carry their official titles, numbered items and tables', () => {
    const keg = buildMsKegDocument(fixture('bps-ms-keg'), OPTIONS);
    expect(keg.title).toBe('FORMULIR METADATA STATISTIK KEGIATAN (MS-KEG)');
    expect(keg.subtitle).toBe('Survei Kepuasan Layanan Administrasi Kependudukan Tahun 2024');
    expect(keg.sections.map((s) => s.heading)).toContain('1. Penyelenggara');
    expect(fieldLabels(keg)).toEqual(
      expect.arrayContaining(['1.1 Instansi penyelenggara', '3.3 Rencana jadwal kegiatan']),
    );
    const kegHtml = printMsKegHtml(fixture('bps-ms-keg'), OPTIONS);
    expect(kegHtml).toContain('Perencanaan Kegiatan'); // jadwal.tahap vocabulary label
    expect(kegHtml).toContain('2 Januari 2024');
    expect(kegHtml).toContain('Peraturan BPS Nomor 5 Tahun 2020');
    expect(kegHtml).toContain('Kepala Bidang Pelayanan'); // x-private kept in the signed form

    const noSurvey: Record<string, unknown> = {
      ...fixture('bps-ms-keg'),
      cara_pengumpulan_data: 'kompilasi_produk_administrasi',
    };
    for (const k of [
      'jenis_rancangan_sampel',
      'metode_pemilihan_sampel',
      'metode_sampel',
      'kerangka_sampel',
      'fraksi_sampel',
      'unit_sampel',
      'unit_observasi',
    ]) {
      delete noSurvey[k];
    }
    expect(printMsKegHtml(noSurvey)).toContain('hanya untuk kegiatan survei');

    expect(buildMsVarDocument(fixture('bps-ms-var')).title).toBe(
      'FORMULIR METADATA STATISTIK VARIABEL (MS-VAR)',
    );
    expect(printMsVarHtml(fixture('bps-ms-var'))).toContain('Perempuan');
    expect(buildMsIndDocument(fixture('bps-ms-ind')).title).toBe(
      'FORMULIR METADATA STATISTIK INDIKATOR (MS-IND)',
    );
    expect(printMsIndHtml(fixture('bps-ms-ind'))).toContain('Per 10.000 penduduk');
  });

  it('shows missing required fields as "belum diisi" and a signature block to sign', () => {
    const html = printMetadataHtml({ metadata: { judul: 'Data X' } }, OPTIONS);
    expect(html).toContain('— belum diisi');
    expect(html).toContain('Balikpapan, 12 Maret 2025');
    expect(html).toContain('Kepala Dinas Komunikasi dan Informatika');
    expect(html).toContain('Nama Kepala Dinas');
    expect(html).toContain('NIP. 19750101 200001 1 001');
    const blank = printMetadataHtml({ metadata: {} });
    expect(blank).toContain('NIP. …………………………');
  });

  it('escapes every value and allows only its own style block', () => {
    const xss = '<img src=x onerror=alert(1)>';
    const html = printMsKegHtml(
      {
        judul_kegiatan: xss,
        instansi_penyelenggara: '</style><script>alert(2)</script>',
        jadwal: [{ tahap: '<b>x</b>', mulai: '2024-01-01', selesai: xss }],
        variabel_dikumpulkan: [{ nama: xss, konsep: 'k', definisi: 'd', referensi_waktu: 'r' }],
        metode_pengumpulan_data: [xss],
        penanggung_jawab_teknis: { nama: xss },
      },
      { letterhead: [xss], signature: { nama: xss, jabatan: xss, nip: xss, tempat: xss } },
    );
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html.match(/<style>/g)).toHaveLength(1);
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(css, 'utf8').digest('base64');
    expect(html).toContain(`style-src 'sha256-${hash}'`);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/(src|href)="https?:/);
  });

  it('English forms when asked', () => {
    const html = printMsVarHtml(fixture('bps-ms-var'), { lang: 'en' });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('STATISTICAL VARIABLE METADATA FORM (MS-VAR)');
  });
});

describe('PDF', () => {
  it('writes a valid PDF with pages, the same document as the HTML', async () => {
    const doc = buildMsKegDocument(fixture('bps-ms-keg'), OPTIONS);
    const target = join(dir, 'ms-keg.pdf');
    const r = await writePdf(doc, target);
    const bytes = readFileSync(target);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.subarray(-8).toString('latin1')).toContain('%%EOF');
    expect(r.bytes).toBe(bytes.length);
    expect(r.pages).toBeGreaterThanOrEqual(2);
    const text = bytes.toString('latin1');
    expect(text.match(/\/Type \/Page\b/g)).toHaveLength(r.pages);
    expect(text).toMatch(/\/Count \d+/);
  });

  it('renders to a buffer too, including unusual characters', async () => {
    const doc = buildMetadataDocument({
      metadata: { judul: 'Rasio ≥ 1 — “Kota” 中文 Ä', deskripsi: 'x'.repeat(5000) },
      columns: Array.from({ length: 80 }, (_, i) => ({ name: `kolom_${i}`, label: `Kolom ${i}` })),
    });
    const pdf = await renderPdf(doc);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThan(2);
  });

  it('folds text to what the standard fonts can draw', () => {
    expect(toWinAnsi('Rasio ≥ 1 — “Kota” Ä ő 中')).toBe('Rasio ? 1 — “Kota” Ä o ?');
    expect(toWinAnsi('a\u0007b\tc')).toBe('ab\tc');
  });
});
