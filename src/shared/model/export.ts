/**
 * Plain types for exports: what every exporter reads (`ExportSource`), what it returns
 * (`ExportWriteResult`, with metadata warnings), and the list of formats the export screen shows.
 * The implementations live in src/main/core/export.
 */
import type { ColumnType } from './dataset';
import { AppError } from '../errors';

/** Reference system of a coded column (Kemendagri, BPS or a local list). */
export interface ColumnReference {
  system: 'kemendagri' | 'bps' | 'local';
  /** e.g. 'provinsi' | 'kabupaten_kota' | 'kecamatan' | 'desa' */
  level?: string;
  /** name of a local reference list */
  list?: string;
}

export interface ColumnConstraints {
  required?: boolean;
  unique?: boolean;
  minimum?: number | string;
  maximum?: number | string;
  enum?: string[];
  pattern?: string;
}

export interface ExportColumn {
  /** snake_case name; the key in JSON and the field name in a Table Schema */
  name: string;
  /** human label (the header as written) */
  label: string;
  type?: ColumnType;
  description?: string;
  unit?: string;
  constraints?: ColumnConstraints;
  /** tokens that mean "no value" in this column, e.g. ['-', '–'] */
  missingValues?: string[];
  reference?: ColumnReference;
}

export interface ExportDatasetInfo {
  id: string;
  name: string;
  fileName: string;
  /** a title found in the file (e.g. a title row) */
  title?: string;
  version: number;
  /** ISO 8601 date-time */
  importedAt: string;
  rowCount: number;
  encoding: string;
  /** sha256 of the original file */
  sha256: string;
}

/** What the lead can compute cheaply from the working table (used when metadata lacks it). */
export interface ExportDerived {
  /** min and max of a `tahun` column */
  years?: [number, number];
  /** distinct region codes found in region-code columns */
  regionCodes?: string[];
  /** distinct values of a `satuan` column (a few at most) */
  units?: string[];
}

export interface ExportSource {
  dataset: ExportDatasetInfo;
  columns: ExportColumn[];
  /** cells in column order; may be called more than once (each call starts from the top) */
  rows: () => AsyncIterable<string[]>;
  /** an `sdi-dataset` metadata document (Indonesian snake_case keys) */
  metadata?: Record<string, unknown>;
  primaryKey?: string[];
  /** where the portal will serve the files, e.g. 'https://data.balikpapan.go.id/files' */
  downloadBaseUrl?: string;
  derived?: ExportDerived;
}

/** A metadata field that was missing (and perhaps filled from the data). Never a refusal. */
export interface ExportWarning {
  /** metadata key (`judul`, `lisensi`…) or `data` / `schema.<column>` for data notes */
  field: string;
  message: string;
  messageEn: string;
  /** true when the export filled the value from the data */
  filled?: boolean;
}

export interface ExportWriteResult {
  format: ExportFormatCode;
  /** the file or folder written */
  path: string;
  /** size of the file (for a folder: of all files in it) */
  bytes: number;
  /** data rows written (0 for metadata-only formats) */
  rows: number;
  /** sha256 (hex) of the file; absent for folders */
  sha256?: string;
  warnings: ExportWarning[];
}

export const EXPORT_FORMAT_CODES = [
  'csv',
  'xlsx',
  'json',
  'datapackage',
  'ckan',
  'dcat',
  'dcat-ttl',
  'schemaorg',
  'pod',
] as const;
export type ExportFormatCode = (typeof EXPORT_FORMAT_CODES)[number];

/**
 * `spreadsheet`: meant to be opened in Excel — cells that look like formulas are neutralised.
 * `machine`: values carried unchanged. `metadata`: a description of the dataset, no rows.
 */
export type ExportFormatKind = 'spreadsheet' | 'machine' | 'metadata';

export interface ExportFormatInfo {
  code: ExportFormatCode;
  kind: ExportFormatKind;
  /** true when formula-like cells are prefixed with `'` */
  neutralizesFormulas: boolean;
  /** default file extension, with the dot ('' for a folder) */
  extension: string;
  mediaType: string;
  label: string;
  labelEn: string;
  /** one sentence for the export screen */
  note: string;
  noteEn: string;
}

const GUARD_NOTE = 'Sel yang tampak seperti rumus diberi awalan tanda kutip (perlindungan rumus).';
const GUARD_NOTE_EN = "Cells that look like formulas get a leading ' (formula-injection guard).";
const RAW_NOTE = 'Nilai ditulis apa adanya, tanpa perlindungan rumus (untuk mesin).';
const RAW_NOTE_EN = 'Values are written unchanged, without the formula guard (machine-readable).';

export const EXPORT_FORMATS: readonly ExportFormatInfo[] = [
  {
    code: 'csv',
    kind: 'spreadsheet',
    neutralizesFormulas: true,
    extension: '.csv',
    mediaType: 'text/csv',
    label: 'CSV (untuk spreadsheet)',
    labelEn: 'CSV (for spreadsheets)',
    note: GUARD_NOTE,
    noteEn: GUARD_NOTE_EN,
  },
  {
    code: 'xlsx',
    kind: 'spreadsheet',
    neutralizesFormulas: true,
    extension: '.xlsx',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'Excel (XLSX: data, metadata, kamus kolom)',
    labelEn: 'Excel (XLSX: data, metadata, column dictionary)',
    note: GUARD_NOTE,
    noteEn: GUARD_NOTE_EN,
  },
  {
    code: 'json',
    kind: 'machine',
    neutralizesFormulas: false,
    extension: '.json',
    mediaType: 'application/json',
    label: 'JSON (larik objek)',
    labelEn: 'JSON (array of objects)',
    note: RAW_NOTE,
    noteEn: RAW_NOTE_EN,
  },
  {
    code: 'datapackage',
    kind: 'machine',
    neutralizesFormulas: false,
    extension: '',
    mediaType: 'application/zip',
    label: 'Frictionless Data Package (folder atau .zip)',
    labelEn: 'Frictionless Data Package (folder or .zip)',
    note: RAW_NOTE,
    noteEn: RAW_NOTE_EN,
  },
  {
    code: 'ckan',
    kind: 'metadata',
    neutralizesFormulas: false,
    extension: '.json',
    mediaType: 'application/json',
    label: 'Metadata CKAN (package_create)',
    labelEn: 'CKAN metadata (package_create)',
    note: 'Metadata untuk portal CKAN; sumber daya menunjuk ke CSV mesin.',
    noteEn: 'Metadata for a CKAN portal; resources point to the machine-readable CSV.',
  },
  {
    code: 'dcat',
    kind: 'metadata',
    neutralizesFormulas: false,
    extension: '.jsonld',
    mediaType: 'application/ld+json',
    label: 'DCAT-AP (JSON-LD)',
    labelEn: 'DCAT-AP (JSON-LD)',
    note: 'Metadata DCAT-AP dalam JSON-LD.',
    noteEn: 'DCAT-AP metadata as JSON-LD.',
  },
  {
    code: 'dcat-ttl',
    kind: 'metadata',
    neutralizesFormulas: false,
    extension: '.ttl',
    mediaType: 'text/turtle',
    label: 'DCAT-AP (Turtle)',
    labelEn: 'DCAT-AP (Turtle)',
    note: 'Metadata DCAT-AP dalam Turtle.',
    noteEn: 'DCAT-AP metadata as Turtle.',
  },
  {
    code: 'schemaorg',
    kind: 'metadata',
    neutralizesFormulas: false,
    extension: '.jsonld',
    mediaType: 'application/ld+json',
    label: 'schema.org Dataset (JSON-LD)',
    labelEn: 'schema.org Dataset (JSON-LD)',
    note: 'Untuk mesin pencari dataset.',
    noteEn: 'For dataset search engines.',
  },
  {
    code: 'pod',
    kind: 'metadata',
    neutralizesFormulas: false,
    extension: '.json',
    mediaType: 'application/json',
    label: 'Project Open Data (data.json)',
    labelEn: 'Project Open Data (data.json)',
    note: 'Bentuk yang dipanen data.go.id dari portal daerah.',
    noteEn: 'The form data.go.id harvests from regional portals.',
  },
];

export function exportFormatInfo(code: ExportFormatCode): ExportFormatInfo {
  const info = EXPORT_FORMATS.find((f) => f.code === code);
  if (!info) {
    throw new AppError({
      kind: 'invalid-argument',
      code: 'unknown-export-format',
      message: `Format ekspor tidak dikenal: ${code}`,
      messageEn: `Unknown export format: ${code}`,
    });
  }
  return info;
}
