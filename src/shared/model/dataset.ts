/** Plain types for datasets, as the contract carries them. */

export type SourceFormat = 'csv' | 'xlsx';

/** WHATWG encoding labels the workbench reads. */
export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type EncodingLabel = (typeof ENCODINGS)[number];

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface Dialect {
  delimiter: string;
  quoteChar: string;
  lineTerminator: string;
}

/** Types that inference can give a column (issue: ingestion). */
export const COLUMN_TYPES = [
  'integer',
  'decimal',
  'percentage',
  'currency',
  'date',
  'year',
  'boolean',
  'region-code',
  'identifier',
  'category',
  'text',
  'empty',
] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

export interface ColumnTypeInfo {
  type: ColumnType;
  /** 0..1 — share of non-empty values that fit */
  confidence: number;
  /** e.g. 'id' | 'en' for decimals, 'kemendagri' | 'bps' for region codes */
  locale?: string;
  /** region level for region codes, date format for dates, etc. */
  detail?: string;
  /** up to a few values that do not fit */
  misfits: string[];
}

export interface Column {
  /** 0-based position in the file; storage addresses columns by position only */
  index: number;
  /** the header label as written in the file (flattened for multi-row headers) */
  label: string;
  /** proposed snake_case name */
  name: string;
  inferred?: ColumnTypeInfo;
}

export interface DatasetSummary {
  id: string;
  name: string;
  file: string;
  rows: number;
  version: number;
  importedAt: string;
  columns: number;
  format: SourceFormat;
}

export interface Dataset extends DatasetSummary {
  size: number;
  sha256: string;
  encoding: EncodingLabel;
  dialect: Dialect;
  sheet?: string;
  headerRow: number;
  title?: string;
  notes: string[];
  columnList: Column[];
}

/** One stored row as the grid shows it: `line` is the row number in the spreadsheet. */
export interface GridRow {
  line: number;
  cells: string[];
}

export interface RowPage {
  rows: GridRow[];
  /** pass as `after` to fetch the next page; null at the end */
  nextAfter: number | null;
  /** total number of rows matching the filter (only when requested) */
  total?: number;
}

/** What `inspect` reports (shape fixed by docs/cli.md). */
export interface InspectResult {
  format: SourceFormat;
  encoding: EncodingLabel;
  dialect: Dialect;
  sheets?: string[];
  sheet?: string;
  headerRow: number;
  header: string[];
  rowCount: number;
  rows: string[][];
  title?: string;
  notes?: string[];
  /** proposed snake_case names, one per header label */
  names?: string[];
  columns?: Column[];
}

export interface ImportOptions {
  encoding?: EncodingLabel;
  delimiter?: string;
  sheet?: string;
  noHeader?: boolean;
  /** file line (or sheet row) of the last header row, overriding detection */
  headerRow?: number;
  /** display name; default: the file name without extension */
  name?: string;
}
