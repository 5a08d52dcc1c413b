/**
 * Plain types for the metadata catalog of a workspace (Katalog Data / Daftar Data) and for the
 * printable metadata forms. The lead builds `CatalogEntry` values from the workspace; the
 * generator in src/main/core/catalog turns them into a static site, a table or DCAT.
 */

/** One column of a dataset with its Standar Data (konsep, definisi, klasifikasi, ukuran, satuan). */
export interface CatalogColumn {
  name: string;
  label: string;
  type?: string;
  konsep?: string;
  definisi?: string;
  satuan?: string;
  ukuran?: string;
  klasifikasi?: string;
  /** personal data (NIK, nama, alamat…): never shown in previews */
  personal?: boolean;
}

export interface CatalogPrincipleScore {
  /** 0–100 */
  score: number;
  errors: number;
  warnings: number;
}

export interface CatalogValidation {
  /** ISO 8601 date-time of the validation run */
  at: string;
  errors: number;
  warnings: number;
  infos: number;
  /** keyed by principle code: standar-data, metadata, interoperabilitas, kode-referensi, privasi */
  byPrinciple: Record<string, CatalogPrincipleScore>;
}

export interface CatalogChart {
  column: string;
  kind: 'bars' | 'histogram';
  items: { label: string; value: number }[];
}

/** A file of the dataset the catalog may offer; written ONLY when the access rule allows it. */
export interface CatalogDownload {
  /** csv, xlsx, json, datapackage (zip)… */
  format: string;
  fileName: string;
  bytes: number;
  write: (targetPath: string) => Promise<void>;
}

export interface CatalogEntry {
  id: string;
  name: string;
  version: number;
  fileName: string;
  /** ISO 8601 date-time */
  importedAt: string;
  /** metadata profile of `metadata` (default `sdi-dataset`) */
  profile?: string;
  /** an `sdi-dataset` (or regional) metadata document */
  metadata?: Record<string, unknown>;
  /** 0..1 */
  metadataComplete?: number;
  columns: CatalogColumn[];
  /** the first rows, every column in column order (personal columns are dropped by the generator) */
  previewRows: string[][];
  rowCount: number;
  validation?: CatalogValidation;
  /** column labels with unresolved privacy findings */
  privacyFindings: string[];
  chart?: CatalogChart;
  downloads: CatalogDownload[];
}

export const CATALOG_FORMATS = ['html', 'xlsx', 'csv', 'dcat'] as const;
export type CatalogFormat = (typeof CATALOG_FORMATS)[number];

export type CatalogLang = 'id' | 'en';

export interface CatalogOptions {
  /** the folder to write (html: the whole site; other formats: files inside it) */
  outDir: string;
  format: CatalogFormat;
  /** default "Katalog Data" */
  title?: string;
  /** the walidata publishing the catalog, e.g. "Dinas Komunikasi dan Informatika Kota Balikpapan" */
  organisation?: string;
  lang?: CatalogLang;
  /** where a portal will serve the files (absolute download links in DCAT) */
  downloadBaseUrl?: string;
  /** ISO 8601 date-time written as the generation time (default: now) */
  generatedAt?: string;
}

export interface CatalogWarning {
  /** the dataset concerned, absent for catalog-wide notes */
  datasetId?: string;
  /** stable kebab-case code */
  code: string;
  message: string;
  messageEn: string;
}

export interface CatalogResult {
  /** every file written, absolute paths */
  files: string[];
  warnings: CatalogWarning[];
}

/** Access levels of Portal SDI, plus "not yet classified" for missing or unknown values. */
export const CATALOG_ACCESS_LEVELS = [
  'terbuka',
  'terbatas',
  'tertutup',
  'belum-diklasifikasikan',
] as const;
export type CatalogAccessLevel = (typeof CATALOG_ACCESS_LEVELS)[number];

/** What the catalog may show of a dataset's content. */
export interface CatalogAccess {
  level: CatalogAccessLevel;
  /** the value as written in the metadata when it was not recognised */
  written?: string;
  /** true only for Terbuka datasets without unresolved privacy findings */
  downloadable: boolean;
  /** why files and previews are withheld (absent when downloadable) */
  reason?: { code: string; message: string; messageEn: string };
}

// ── printable documents ────────────────────────────────────────────────────────────────────

/** One label/value line of a form; `value` as several lines when it is a list. */
export interface PrintField {
  label: string;
  value: string | string[];
  /** true when the document has no value (the form shows a blank or "belum diisi") */
  empty?: boolean;
  required?: boolean;
  /** shown in a monospace font (codes, formulas) */
  mono?: boolean;
}

export interface PrintTable {
  caption?: string;
  columns: string[];
  rows: string[][];
  /** relative column widths (same length as `columns`), e.g. [1, 3, 2] */
  widths?: number[];
  /** shown when `rows` is empty */
  emptyText?: string;
}

export type PrintBlock =
  | { kind: 'fields'; fields: PrintField[] }
  | { kind: 'table'; table: PrintTable }
  | { kind: 'paragraph'; text: string; muted?: boolean };

export interface PrintSection {
  heading: string;
  blocks: PrintBlock[];
}

/** The signature block ready for the head of the office. Missing parts print as dotted lines. */
export interface PrintSignature {
  /** e.g. "Mengetahui," */
  caption?: string;
  tempat?: string;
  /** ISO date (formatted in Indonesian) or free text */
  tanggal?: string;
  jabatan?: string;
  nama?: string;
  nip?: string;
}

export interface PrintDocument {
  lang: CatalogLang;
  /** letterhead lines (kop), e.g. ["PEMERINTAH KOTA BALIKPAPAN", "DINAS …"] */
  letterhead?: string[];
  title: string;
  subtitle?: string;
  /** identification lines under the title (profile, dataset id, version…) */
  identity?: PrintField[];
  sections: PrintSection[];
  signature?: PrintSignature;
  /** small print at the bottom of every page */
  footer?: string;
}
