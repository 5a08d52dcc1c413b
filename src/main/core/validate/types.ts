/**
 * Types of the validator: its input, the context it gets from the host, and the shape of a
 * rule. Rules are pure code over rows; the engine (engine.ts) streams rows through them.
 */
import type { ColumnType, ColumnTypeInfo } from '../../../shared/model/dataset';
import type { Category, FindingParams, Severity } from '../../../shared/model/finding';
import type { Lang } from '../../../shared/issues/catalog';
import type { RegionLevel, RegionLookup } from './reference-lookup';

export type CodeSystem = 'kemendagri' | 'bps';

/** Schema facts a steward (or a Table Schema) declares about a column. */
export interface DeclaredColumn {
  /** a workbench column type, or the Frictionless names `number` / `string` */
  type?: ColumnType | 'number' | 'string';
  required?: boolean;
  unique?: boolean;
  minimum?: number;
  maximum?: number;
  enum?: string[];
  /** a regular expression the whole value must match (Frictionless semantics) */
  pattern?: string;
  /** id of a reference list (ValidationContext.vocabularies or the built-in lists) */
  referenceList?: string;
  /** for region-code columns */
  codeSystem?: CodeSystem;
  level?: RegionLevel;
  /** a count: never negative */
  isCount?: boolean;
}

export interface InputColumn {
  /** 0-based position */
  index: number;
  /** header label as written in the file */
  label: string;
  /** proposed snake_case name */
  name: string;
  inferred?: ColumnTypeInfo;
  declared?: DeclaredColumn;
}

export interface InputRow {
  /** the row as the steward sees it: file line or sheet row */
  line: number;
  /** the cells as written (strings); its length is the number of cells the row had */
  cells: readonly string[];
  /**
   * Optional: per-column dictionary ids of the cells, at `ids[idAt + column]` (≥ 0: the same id
   * means the same value in that column; < 0: no id). Lets the engine classify and hash each
   * distinct value once (services/validation-row-codec.ts provides them).
   */
  ids?: Int32Array;
  idAt?: number;
  /**
   * Optional, at the same offset as `ids` (`[idAt + column]`): each cell's CellKind and its two
   * 32-bit hashes, computed by the sender (validation-row-codec.ts) with cellKindsFor(undefined)
   * and hashValue (hash.ts), so the engine neither classifies nor hashes them. The kinds are
   * used only when the input declares no missingValues (they would change the kinds).
   */
  kinds?: Uint8Array | undefined;
  h1?: Uint32Array | undefined;
  h2?: Uint32Array | undefined;
}

export interface ReferenceValue {
  /** the official label, e.g. `Laki-laki` */
  label: string;
  /** optional official code, e.g. `1` */
  code?: string;
  /** known non-official spellings that map to this value, e.g. `L`, `Pria` */
  aliases?: string[];
}

export interface ReferenceList {
  id: string;
  title: string;
  values: ReferenceValue[];
  /** snake_case column names this list applies to when a column declares none */
  columnNames?: string[];
}

export interface MetadataProblem {
  path: string;
  message: string;
  messageEn: string;
  /** `missing` for a required field without a value; anything else is a bad value */
  kind?: 'missing' | 'invalid';
}

export interface ValidationContext {
  regions?: RegionLookup;
  /** checks a metadata document against its profile (from the standards area) */
  metadataValidator?: (profile: string, doc: Record<string, unknown>) => MetadataProblem[];
  /** extra or overriding reference lists, by id */
  vocabularies?: Record<string, ReferenceList>;
  lang: Lang;
}

export interface ValidationInput {
  columns: InputColumn[];
  /** file line (or sheet row) of the (last) header row */
  headerRow: number;
  /** title lines found above the table (kept out of the data by ingestion) */
  titleLines?: string[];
  /** notes/footnotes found below the table */
  notes?: string[];
  /**
   * The data rows in file order. A synchronous iterable (e.g. better-sqlite3 `.iterate()`) is
   * fastest; an async iterable is accepted too.
   */
  rows: Iterable<InputRow> | AsyncIterable<InputRow>;
  /** number of data rows, when known (for progress) */
  rowCount?: number;
  metadata?: { profile: string; doc: Record<string, unknown> };
  /** declared primary key: column indexes */
  primaryKey?: number[];
  /** declared missing-value markers (Frictionless `missingValues`), treated as empty */
  missingValues?: string[];
  /** the dataset's own name, used in messages and reports */
  datasetName?: string;
  /** how the file was read at import (CSV): encoding, delimiter, header rows */
  source?: SourceFacts;
  context: ValidationContext;
}

/** Import facts about the source file, for the rules that report them. */
export interface SourceFacts {
  /** WHATWG label of the encoding the file was decoded with, e.g. `windows-1252` */
  encoding?: string;
  /** the field delimiter found at import */
  delimiter?: string;
  /** file lines of the header rows; more than one: a multi-row header flattened at import */
  headerLines?: number[];
}

export type ColumnRole =
  | 'region-code'
  | 'region-name'
  | 'measure'
  | 'unit'
  | 'year'
  | 'period'
  | 'identifier'
  | 'row-number'
  | 'free-text'
  | 'category'
  | 'text'
  | 'empty';

/** A column as the rules see it: the input column plus the roles the engine derived. */
export interface ColumnInfo {
  index: number;
  label: string;
  name: string;
  /** effective type: declared, else inferred, else inferred from the first rows */
  type: ColumnType | undefined;
  /** `id` when numbers use decimal commas / thousands dots, from inference */
  locale?: string;
  declared: DeclaredColumn;
  role: ColumnRole;
  regionLevel?: RegionLevel;
  codeSystem?: CodeSystem;
  /** integer, decimal, percentage or currency */
  numeric: boolean;
  isCount: boolean;
  /** a measure: numeric values that are not codes, years or counters */
  isMeasure: boolean;
  required: boolean;
  referenceList?: ReferenceList;
  /** part of the natural key used for duplicate detection */
  isKey: boolean;
}

export const CellKind = {
  Empty: 0,
  /** only whitespace */
  Blank: 1,
  /** plain integer: -?digits */
  Int: 2,
  /** plain decimal with a dot: -?digits.digits (not a single 3-digit group) */
  Dec: 3,
  /** digits with one dot and exactly 3 digits after it (`1.500`): thousands or decimal */
  DotGroup: 4,
  /** an Indonesian-format number (`92.651.000`, `0,38`, `Rp 10.000`, `12,5%`, `1,25 M`) */
  IdNum: 5,
  /** scientific notation (`6.47103E+15`) */
  Sci: 6,
  /** a missing-value marker (`-`, `n/a`, `tidak ada`…) */
  Missing: 7,
  /** anything else */
  Text: 8,
} as const;
export type CellKind = (typeof CellKind)[keyof typeof CellKind];

export type RowKind = 'data' | 'blank' | 'total' | 'note';

/** One row as the rules see it. Do not keep references to `kinds`: the buffer is reused. */
export interface RowView {
  line: number;
  /** at least as long as the header (short rows are padded with '') */
  cells: readonly string[];
  /** number of cells the row had in the file */
  width: number;
  /** CellKind per header column */
  kinds: Uint8Array;
  kind: RowKind;
  /**
   * the row's dictionary ids when it has them (InputRow.ids): the cell of column c has id
   * `ids[idAt + c]` (≥ 0: the same id means the same value in that column); lets a rule judge
   * each distinct value of a column once
   */
  ids?: Int32Array | undefined;
  idAt?: number;
}

export interface ReportInput {
  /** defaults to the rule's code */
  code?: string;
  row?: number | null;
  /** 0-based column index, or null */
  column?: number | null;
  value?: string | null;
  suggestion?: string | null;
  params?: FindingParams;
  /** overrides the catalog severity for this occurrence */
  severity?: Severity;
  /**
   * findings of the same code and column with the same group are merged into one finding that
   * lists their rows; defaults to the value (so each distinct value gets its own finding)
   */
  group?: string;
  /** number of occurrences this report stands for (default 1), for rules that list a capped
   *  number of rows but counted more */
  count?: number;
}

export interface RuleContext {
  readonly columns: readonly ColumnInfo[];
  /** number of header columns */
  readonly width: number;
  readonly headerRow: number;
  readonly lang: Lang;
  readonly regions: RegionLookup | undefined;
  readonly input: Omit<ValidationInput, 'rows'>;
  /** this rule's options, checked against its optionsSchema */
  readonly options: Record<string, unknown>;
  /** a value shared by all rules of one run (memo tables, analyses) */
  shared<T>(key: string, make: () => T): T;
  report(finding: ReportInput): void;
}

export interface RuleHooks {
  start?(): void;
  row?(row: RowView): void;
  end?(): void;
}

export type RuleScope = 'header' | 'row' | 'table';

export interface Rule {
  /** stable kebab-case code, a key of the catalog */
  code: string;
  category: Category;
  severity: Severity;
  scope: RuleScope;
  /** JSON Schema for the rule's options (additionalProperties: false) */
  optionsSchema?: object;
  /** default option values */
  defaults?: Record<string, unknown>;
  create(ctx: RuleContext): RuleHooks;
}
