/** Words of the catalog site, Indonesian first, English when the catalog is built with `lang: 'en'`. */
import type { CatalogLang } from '../../../shared/model/catalog';

const TEXTS = {
  defaultTitle: { id: 'Katalog Data', en: 'Data Catalog' },
  tagline: {
    id: 'Daftar Data dan metadata menurut prinsip Satu Data Indonesia',
    en: 'Data list and metadata following the Satu Data Indonesia principles',
  },
  datasets: { id: 'Dataset', en: 'Datasets' },
  open: { id: 'Terbuka', en: 'Open' },
  limited: { id: 'Terbatas / Tertutup', en: 'Restricted / Closed' },
  unclassified: { id: 'Belum diklasifikasikan', en: 'Not yet classified' },
  search: { id: 'Cari dataset', en: 'Search datasets' },
  searchPlaceholder: { id: 'Judul, kata kunci, produsen…', en: 'Title, keyword, producer…' },
  topic: { id: 'Topik', en: 'Topic' },
  producer: { id: 'Produsen data', en: 'Data producer' },
  publisher: { id: 'Walidata', en: 'Data steward' },
  status: { id: 'Status', en: 'Status' },
  access: { id: 'Klasifikasi akses', en: 'Access' },
  all: { id: 'Semua', en: 'All' },
  reset: { id: 'Atur ulang', en: 'Reset' },
  showing: { id: 'Menampilkan {n} dari {total} dataset', en: 'Showing {n} of {total} datasets' },
  noMatch: {
    id: 'Tidak ada dataset yang cocok dengan pencarian dan penyaring ini.',
    en: 'No dataset matches this search and these filters.',
  },
  noDatasets: {
    id: 'Belum ada dataset di ruang kerja ini.',
    en: 'This workspace has no datasets yet.',
  },
  downloadList: { id: 'Unduh Daftar Data:', en: 'Download the data list:' },
  period: { id: 'Periode', en: 'Period' },
  frequency: { id: 'Frekuensi', en: 'Frequency' },
  noStatus: { id: 'Tanpa status', en: 'No status' },
  completeness: { id: 'Kelengkapan metadata', en: 'Metadata completeness' },
  generated: {
    id: 'Dibuat dengan Satu Data Workbench pada',
    en: 'Generated with Satu Data Workbench on',
  },
  basis: {
    id: 'Katalog ini disusun menurut Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia.',
    en: 'This catalog follows Presidential Regulation No. 39 of 2019 on Satu Data Indonesia.',
  },
  offline: {
    id: 'Dapat dibuka tanpa internet; semua berkas berada di folder ini.',
    en: 'Works offline; every file is in this folder.',
  },
  home: { id: 'Katalog Data', en: 'Data Catalog' },
  metadata: { id: 'Metadata', en: 'Metadata' },
  dictionary: { id: 'Kamus Kolom (Standar Data)', en: 'Column Dictionary (Data Standard)' },
  personal: { id: 'data pribadi', en: 'personal data' },
  privacyBadge: { id: 'Temuan data pribadi', en: 'Personal-data findings' },
  validation: { id: 'Status Validasi', en: 'Validation Status' },
  validatedAt: { id: 'Divalidasi pada', en: 'Validated on' },
  notValidated: {
    id: 'Dataset ini belum divalidasi terhadap prinsip Satu Data Indonesia.',
    en: 'This dataset has not been validated against the Satu Data Indonesia principles.',
  },
  principle: { id: 'Prinsip', en: 'Principle' },
  score: { id: 'Skor', en: 'Score' },
  errors: { id: 'Galat', en: 'Errors' },
  warnings: { id: 'Peringatan', en: 'Warnings' },
  total: { id: 'Jumlah', en: 'Total' },
  preview: { id: 'Pratinjau Data', en: 'Data Preview' },
  previewNote: {
    id: 'Menampilkan {n} baris pertama dari {total} baris.',
    en: 'Showing the first {n} of {total} rows.',
  },
  hiddenColumns: {
    id: 'Kolom data pribadi tidak ditampilkan: {cols}.',
    en: 'Personal-data columns are not shown: {cols}.',
  },
  noPreviewRows: { id: 'Tidak ada baris untuk ditampilkan.', en: 'No rows to show.' },
  chart: { id: 'Grafik', en: 'Chart' },
  downloads: { id: 'Unduhan', en: 'Downloads' },
  noDownloads: { id: 'Belum ada berkas untuk diunduh.', en: 'No files to download yet.' },
  summary: { id: 'Ringkasan', en: 'Summary' },
  rows: { id: 'Jumlah baris', en: 'Rows' },
  columns: { id: 'Jumlah kolom', en: 'Columns' },
  version: { id: 'Versi', en: 'Version' },
  imported: { id: 'Diimpor', en: 'Imported' },
  sourceFile: { id: 'Berkas asal', en: 'Source file' },
  license: { id: 'Lisensi', en: 'License' },
  noMetadata: {
    id: 'Metadata dataset ini belum diisi.',
    en: 'The metadata of this dataset has not been filled in yet.',
  },
  back: { id: '← Kembali ke Katalog Data', en: '← Back to the Data Catalog' },
} as const;

export type SiteTextKey = keyof typeof TEXTS;

export function t(key: SiteTextKey, lang: CatalogLang): string {
  return TEXTS[key][lang];
}
