/**
 * The catalog as a table, one row per dataset (Daftar Data): CSV (header of snake_case keys,
 * UTF-8 with BOM so Excel reads it, written by the export CSV writer with the formula guard)
 * and XLSX (sheet "Daftar Data" with Indonesian headers, and sheet "Keterangan" explaining
 * each column). Metadata only — no data rows of any dataset.
 */
import ExcelJS from 'exceljs';
import type { CatalogLang } from '../../../shared/model/catalog';
import type { ExportColumn } from '../../../shared/model/export';
import { PRINCIPLES, PRINCIPLE_LABELS } from '../../../shared/model/finding';
import { atomicWrite } from '../export/atomic-write';
import { writeCsvFile } from '../export/csv-writer';
import { neutralizeCell } from '../export/formula-guard';
import type { CatalogItem } from './catalog-view';

type Json = Record<string, unknown>;

export interface CatalogTableColumn {
  key: string;
  label: string;
  description: string;
  value: (item: CatalogItem) => string | number | undefined;
}

function str(doc: Json | undefined, key: string): string | undefined {
  const v = doc?.[key];
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) {
    const parts = v
      .filter((x) => typeof x === 'string' || typeof x === 'number')
      .map((x) => String(x).trim())
      .filter((x) => x !== '');
    return parts.length > 0 ? parts.join('; ') : undefined;
  }
  return undefined;
}

function contact(doc: Json | undefined): string | undefined {
  const k = doc?.['kontak'];
  if (typeof k === 'string') return k.trim() || undefined;
  if (typeof k !== 'object' || k === null || Array.isArray(k)) return undefined;
  const o = k as Json;
  const parts = ['nama', 'unit', 'email', 'telepon']
    .map((key) => (typeof o[key] === 'string' ? (o[key] as string).trim() : ''))
    .filter((s) => s !== '');
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** The columns of the Daftar Data, in order. */
export function catalogTableColumns(lang: CatalogLang = 'id'): CatalogTableColumn[] {
  const id = lang === 'id';
  const principleColumns: CatalogTableColumn[] = PRINCIPLES.map((p) => ({
    key: `skor_${p.replace(/-/g, '_')}`,
    label: `${id ? 'Skor' : 'Score'} ${PRINCIPLE_LABELS[p][lang]}`,
    description: id
      ? `Skor 0–100 prinsip ${PRINCIPLE_LABELS[p].id} pada validasi terakhir.`
      : `Score 0–100 of the principle ${PRINCIPLE_LABELS[p].en} in the last validation.`,
    value: (i) => i.entry.validation?.byPrinciple[p]?.score,
  }));
  const m = (i: CatalogItem): Json | undefined => i.entry.metadata;
  return [
    {
      key: 'id',
      label: id ? 'ID Dataset' : 'Dataset ID',
      description: id ? 'Pengenal tetap dataset.' : 'Stable dataset id.',
      value: (i) => i.id,
    },
    {
      key: 'judul',
      label: id ? 'Judul' : 'Title',
      description: id ? 'Judul dataset.' : 'Dataset title.',
      value: (i) => i.title,
    },
    {
      key: 'deskripsi',
      label: id ? 'Deskripsi' : 'Description',
      description: id ? 'Deskripsi dataset.' : 'Dataset description.',
      value: (i) => i.description || undefined,
    },
    {
      key: 'topik',
      label: id ? 'Topik' : 'Topic',
      description: id ? 'Topik portal Satu Data.' : 'Portal topic.',
      value: (i) => i.topics.join('; ') || undefined,
    },
    {
      key: 'kata_kunci',
      label: id ? 'Kata Kunci' : 'Keywords',
      description: id ? 'Kata kunci, dipisah titik koma.' : 'Keywords, separated by semicolons.',
      value: (i) => i.keywords.join('; ') || undefined,
    },
    {
      key: 'produsen_data',
      label: id ? 'Produsen Data' : 'Data Producer',
      description: id ? 'Perangkat daerah yang menghasilkan data.' : 'The producing office.',
      value: (i) => i.producer,
    },
    {
      key: 'walidata',
      label: 'Walidata',
      description: id ? 'Unit yang memeriksa dan menyebarluaskan data.' : 'The data steward unit.',
      value: (i) => i.publisher,
    },
    {
      key: 'frekuensi',
      label: id ? 'Frekuensi' : 'Frequency',
      description: id ? 'Frekuensi pemutakhiran.' : 'Update frequency.',
      value: (i) => i.frequency,
    },
    {
      key: 'periode_awal',
      label: id ? 'Periode Awal' : 'Period Start',
      description: id ? 'Awal periode data.' : 'Start of the period.',
      value: (i) => str(m(i), 'periode_awal'),
    },
    {
      key: 'periode_akhir',
      label: id ? 'Periode Akhir' : 'Period End',
      description: id ? 'Akhir periode data.' : 'End of the period.',
      value: (i) => str(m(i), 'periode_akhir'),
    },
    {
      key: 'tingkat_penyajian',
      label: id ? 'Tingkat Penyajian' : 'Presentation Level',
      description: id ? 'Tingkat wilayah penyajian.' : 'Regional level presented.',
      value: (i) => str(m(i), 'tingkat_penyajian'),
    },
    {
      key: 'cakupan_wilayah',
      label: id ? 'Cakupan Wilayah' : 'Coverage',
      description: id ? 'Kode wilayah yang dicakup.' : 'Region codes covered.',
      value: (i) => str(m(i), 'cakupan_wilayah'),
    },
    {
      key: 'satuan',
      label: id ? 'Satuan' : 'Unit',
      description: id ? 'Satuan ukuran.' : 'Unit of measure.',
      value: (i) => str(m(i), 'satuan'),
    },
    {
      key: 'ukuran',
      label: id ? 'Ukuran' : 'Measure',
      description: id ? 'Ukuran (jumlah, rasio, …).' : 'Measure (count, ratio, …).',
      value: (i) => str(m(i), 'ukuran'),
    },
    {
      key: 'klasifikasi_akses',
      label: id ? 'Klasifikasi Akses' : 'Access',
      description: id
        ? 'Terbuka, Terbatas, Tertutup atau Belum diklasifikasikan.'
        : 'Open, Restricted, Closed or Not yet classified.',
      value: (i) => i.accessLabel,
    },
    {
      key: 'lisensi',
      label: id ? 'Lisensi' : 'License',
      description: id ? 'Lisensi data.' : 'Data license.',
      value: (i) => i.license,
    },
    {
      key: 'kontak',
      label: id ? 'Kontak' : 'Contact',
      description: id ? 'Kontak unit penanggung jawab.' : 'Contact of the responsible unit.',
      value: (i) => contact(m(i)),
    },
    {
      key: 'status',
      label: 'Status',
      description: id ? 'Status alur kerja portal.' : 'Portal workflow status.',
      value: (i) => i.status?.label,
    },
    {
      key: 'profil',
      label: id ? 'Profil Metadata' : 'Metadata Profile',
      description: id ? 'Profil metadata yang dipakai.' : 'Metadata profile used.',
      value: (i) => i.entry.profile ?? str(m(i), 'profil'),
    },
    {
      key: 'kelengkapan_metadata',
      label: id ? 'Kelengkapan Metadata (%)' : 'Metadata Completeness (%)',
      description: id ? 'Persentase kelengkapan metadata.' : 'Share of metadata filled in.',
      value: (i) =>
        i.entry.metadataComplete === undefined
          ? undefined
          : Math.round(i.entry.metadataComplete * 100),
    },
    {
      key: 'jumlah_baris',
      label: id ? 'Jumlah Baris' : 'Rows',
      description: id ? 'Jumlah baris data.' : 'Data rows.',
      value: (i) => i.entry.rowCount,
    },
    {
      key: 'jumlah_kolom',
      label: id ? 'Jumlah Kolom' : 'Columns',
      description: id ? 'Jumlah kolom.' : 'Columns.',
      value: (i) => i.entry.columns.length,
    },
    {
      key: 'versi',
      label: id ? 'Versi' : 'Version',
      description: id ? 'Versi isi dataset.' : 'Content version.',
      value: (i) => i.entry.version,
    },
    {
      key: 'berkas_asal',
      label: id ? 'Berkas Asal' : 'Source File',
      description: id ? 'Nama berkas yang diimpor.' : 'Imported file name.',
      value: (i) => i.entry.fileName,
    },
    {
      key: 'diimpor',
      label: id ? 'Diimpor' : 'Imported',
      description: id ? 'Waktu impor (ISO 8601).' : 'Import time (ISO 8601).',
      value: (i) => i.entry.importedAt,
    },
    {
      key: 'divalidasi',
      label: id ? 'Divalidasi' : 'Validated',
      description: id ? 'Waktu validasi terakhir (ISO 8601).' : 'Last validation (ISO 8601).',
      value: (i) => i.entry.validation?.at,
    },
    {
      key: 'status_validasi',
      label: id ? 'Status Validasi' : 'Validation Status',
      description: id
        ? 'Lolos validasi, ada galat, atau belum divalidasi.'
        : 'Passed, has errors, or not validated.',
      value: (i) => i.validation.label,
    },
    {
      key: 'galat',
      label: id ? 'Galat' : 'Errors',
      description: id ? 'Jumlah galat validasi.' : 'Validation errors.',
      value: (i) => i.entry.validation?.errors,
    },
    {
      key: 'peringatan',
      label: id ? 'Peringatan' : 'Warnings',
      description: id ? 'Jumlah peringatan validasi.' : 'Validation warnings.',
      value: (i) => i.entry.validation?.warnings,
    },
    ...principleColumns,
    {
      key: 'temuan_privasi',
      label: id ? 'Temuan Privasi' : 'Privacy Findings',
      description: id
        ? 'Kolom dengan temuan data pribadi yang belum diselesaikan.'
        : 'Columns with unresolved personal-data findings.',
      value: (i) => i.entry.privacyFindings.join('; ') || undefined,
    },
    {
      key: 'dapat_diunduh',
      label: id ? 'Dapat Diunduh' : 'Downloadable',
      description: id
        ? 'Ya bila klasifikasi Terbuka dan tanpa temuan privasi.'
        : 'Yes when Open and without privacy findings.',
      value: (i) => (i.access.downloadable ? (id ? 'Ya' : 'Yes') : id ? 'Tidak' : 'No'),
    },
    {
      key: 'alasan_tidak_diunduh',
      label: id ? 'Alasan Tidak Dapat Diunduh' : 'Why Not Downloadable',
      description: id ? 'Mengapa berkas tidak ditautkan.' : 'Why the files are not linked.',
      value: (i) => (id ? i.access.reason?.message : i.access.reason?.messageEn),
    },
    {
      key: 'halaman',
      label: id ? 'Halaman Katalog' : 'Catalog Page',
      description: id
        ? 'Halaman dataset di situs katalog (relatif).'
        : 'Dataset page in the catalog site (relative).',
      value: (i) => i.pagePath,
    },
  ];
}

function cellText(v: string | number | undefined): string {
  return v === undefined ? '' : String(v);
}

/** Header keys and one row of strings per dataset. */
export function catalogTable(
  items: readonly CatalogItem[],
  lang: CatalogLang = 'id',
): { columns: CatalogTableColumn[]; rows: string[][] } {
  const columns = catalogTableColumns(lang);
  return { columns, rows: items.map((i) => columns.map((c) => cellText(c.value(i)))) };
}

/** Daftar Data as CSV (UTF-8 with BOM, comma, CRLF, formula guard). */
export async function writeCatalogCsv(
  items: readonly CatalogItem[],
  targetPath: string,
  lang: CatalogLang = 'id',
): Promise<void> {
  const { columns, rows } = catalogTable(items, lang);
  const exportColumns: ExportColumn[] = columns.map((c) => ({ name: c.key, label: c.label }));
  await writeCsvFile(
    {
      columns: exportColumns,
      rows: async function* () {
        await Promise.resolve();
        yield* rows;
      },
    },
    targetPath,
    { bom: true, neutralizeFormulas: true, delimiter: ',', lineTerminator: '\r\n' },
  );
}

/** Daftar Data as XLSX: "Daftar Data" (one row per dataset) and "Keterangan" (the columns). */
export async function writeCatalogXlsx(
  items: readonly CatalogItem[],
  targetPath: string,
  options: { lang?: CatalogLang; title?: string } = {},
): Promise<void> {
  const lang = options.lang ?? 'id';
  const columns = catalogTableColumns(lang);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Satu Data Workbench';
  wb.title = options.title ?? (lang === 'id' ? 'Daftar Data' : 'Data List');
  const sheet = wb.addWorksheet(lang === 'id' ? 'Daftar Data' : 'Data List', {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }],
  });
  sheet.columns = columns.map((c) => ({
    header: c.label,
    key: c.key,
    width:
      c.key === 'deskripsi'
        ? 60
        : c.key === 'judul'
          ? 48
          : Math.min(Math.max(c.label.length + 2, 12), 36),
  }));
  for (const item of items) {
    sheet.addRow(
      columns.map((c) => {
        const v = c.value(item);
        return typeof v === 'number' ? v : neutralizeCell(cellText(v));
      }),
    );
  }
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF123A6B' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  for (const key of ['deskripsi', 'alasan_tidak_diunduh']) {
    sheet.getColumn(key).alignment = { wrapText: true, vertical: 'top' };
  }

  const notes = wb.addWorksheet(lang === 'id' ? 'Keterangan' : 'Notes');
  notes.columns = [
    { header: lang === 'id' ? 'Kolom' : 'Column', key: 'label', width: 32 },
    { header: lang === 'id' ? 'Kunci' : 'Key', key: 'key', width: 28 },
    { header: lang === 'id' ? 'Keterangan' : 'Description', key: 'description', width: 80 },
  ];
  for (const c of columns) notes.addRow([c.label, c.key, c.description]);
  notes.getRow(1).font = { bold: true };

  await atomicWrite(targetPath, async (tmp) => {
    await wb.xlsx.writeFile(tmp);
  });
}
