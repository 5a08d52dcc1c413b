/**
 * Findings are values: problems in the data that go into a validation report. App failures
 * (a bad path, a cancel, a bug) are AppError kinds in ../errors.ts and never appear here.
 *
 * The UI explains a finding by its `code` through the catalog (../issues/catalog.ts) and the
 * finding's `params`; it never parses `message`.
 */

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The fixed vocabulary of rule categories. */
export const CATEGORIES = [
  'structure',
  'type',
  'constraint',
  'duplicate',
  'reference',
  'format',
  'privacy',
  'convention',
  'metadata',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** The four Satu Data principles (Perpres 39/2019) plus privacy, used for scoring. */
export const PRINCIPLES = [
  'standar-data',
  'metadata',
  'interoperabilitas',
  'kode-referensi',
  'privasi',
] as const;
export type Principle = (typeof PRINCIPLES)[number];

export interface LocalText {
  id: string;
  en: string;
}

export const PRINCIPLE_LABELS: Record<Principle, LocalText> = {
  'standar-data': { id: 'Standar Data', en: 'Data Standard' },
  metadata: { id: 'Metadata', en: 'Metadata' },
  interoperabilitas: { id: 'Interoperabilitas Data', en: 'Data Interoperability' },
  'kode-referensi': { id: 'Kode Referensi', en: 'Reference Codes' },
  privasi: { id: 'Privasi', en: 'Privacy' },
};

export const CATEGORY_LABELS: Record<Category, LocalText> = {
  structure: { id: 'Struktur', en: 'Structure' },
  type: { id: 'Tipe data', en: 'Data type' },
  constraint: { id: 'Batasan nilai', en: 'Constraint' },
  duplicate: { id: 'Duplikat', en: 'Duplicate' },
  reference: { id: 'Kode referensi', en: 'Reference' },
  format: { id: 'Format penulisan', en: 'Format' },
  privacy: { id: 'Data pribadi', en: 'Privacy' },
  convention: { id: 'Konvensi', en: 'Convention' },
  metadata: { id: 'Metadata', en: 'Metadata' },
};

export const SEVERITY_LABELS: Record<Severity, LocalText> = {
  error: { id: 'Galat', en: 'Error' },
  warning: { id: 'Peringatan', en: 'Warning' },
  info: { id: 'Info', en: 'Info' },
};

/**
 * Which principle a category counts against. Structure, type and format are about syntax and
 * structure (Interoperabilitas); constraint, duplicate and convention about the content rules
 * of a dataset (Standar Data: ukuran, satuan, klasifikasi, tidy layout).
 */
export const CATEGORY_PRINCIPLE: Record<Category, Principle> = {
  structure: 'interoperabilitas',
  type: 'interoperabilitas',
  format: 'interoperabilitas',
  constraint: 'standar-data',
  duplicate: 'standar-data',
  convention: 'standar-data',
  reference: 'kode-referensi',
  metadata: 'metadata',
  privacy: 'privasi',
};

export type FindingParams = Record<string, string | number>;

/**
 * One finding in a report. A finding that covers many cells of the same rule and column is
 * grouped: `row` is the first row, `rows` lists the rows (capped, see `count` for the total).
 */
export interface Finding {
  /** stable kebab-case rule code, key into the catalog */
  code: string;
  severity: Severity;
  category: Category;
  /** the row as the steward sees it in a spreadsheet (file line / sheet row); null = column or dataset */
  row: number | null;
  /** rows that hold the problem when there are several (at most a capped number, ascending) */
  rows?: number[];
  /** number of cells/rows the finding covers, when more than one */
  count?: number;
  /** the header label as written in the file; null for a row- or dataset-level finding */
  column: string | null;
  /** 0-based column position (labels can be blank or repeated) */
  columnIndex: number | null;
  /** the offending value as written (first occurrence for grouped findings) */
  value: string | null;
  /** message in the report language */
  message: string;
  /** proposed replacement or action, if any */
  suggestion: string | null;
  /** template parameters: the UI can re-render the message in either language */
  params?: FindingParams;
}

export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export interface PrincipleSummary extends SeverityCounts {
  /** 0–100; see src/main/core/validate/report.ts for the formula */
  score: number;
}

export interface ReportSummary extends SeverityCounts {
  byCategory: Record<Category, SeverityCounts>;
  byPrinciple: Record<Principle, PrincipleSummary>;
}

export interface Report {
  /** true when there is no error-level finding */
  valid: boolean;
  summary: ReportSummary;
  findings: Finding[];
  /** number of data rows read */
  rowCount?: number;
  /** report language of `message` fields */
  lang?: 'id' | 'en';
}

/** One cell-level occurrence, as streamed to `onCell` for per-cell storage in the app. */
export interface CellFinding {
  code: string;
  severity: Severity;
  row: number | null;
  column: string | null;
  columnIndex: number | null;
  value: string | null;
  suggestion: string | null;
}
