/**
 * Runs one case of a rule case table (tests/rules/<code>.cases.json) through the engine.
 *
 * A case: { title, header, rows, types?, declared?, options?, expected, details? }.
 * - rows are data rows; with the header on line `options.headerRow` (default 1) the first data
 *   row is line headerRow + 1, unless `options.lines` gives the line of every row.
 * - types: label → inferred ColumnType (shorthand); declared: label → DeclaredColumn.
 * - options: titleLines, notes, metadata, primaryKey (labels), missingValues, ruleOptions,
 *   regions (false = no RegionLookup), metadataProblems (what the metadata validator returns),
 *   lang, datasetName, source (import facts: encoding, delimiter, headerLines).
 * - expected: [row | null, column label | null, code] for every row a finding lists.
 * - details: partial findings that must exist ({ row, column, suggestion, severity, value, count }).
 */
import type { ColumnType } from '../../../src/shared/model/dataset';
import type { Finding, Report } from '../../../src/shared/model/finding';
import { runValidation } from '../../../src/main/core/validate/engine';
import type {
  DeclaredColumn,
  InputColumn,
  MetadataProblem,
  SourceFacts,
  ValidationInput,
} from '../../../src/main/core/validate/types';
import { toSnakeCase } from '../../../src/main/core/validate/text-utils';
import { createBalikpapanLookup } from './balikpapan-regions';

export interface CaseOptions {
  headerRow?: number;
  lines?: number[];
  titleLines?: string[];
  notes?: string[];
  metadata?: { profile: string; doc: Record<string, unknown> };
  primaryKey?: string[];
  missingValues?: string[];
  ruleOptions?: Record<string, unknown>;
  regions?: boolean;
  metadataProblems?: MetadataProblem[];
  lang?: 'id' | 'en';
  datasetName?: string;
  source?: SourceFacts;
}

export type Expected = [number | null, string | null, string];

export interface RuleCase {
  title: string;
  header: string[];
  rows: string[][];
  types?: Record<string, ColumnType>;
  declared?: Record<string, DeclaredColumn>;
  options?: CaseOptions;
  expected: Expected[];
  details?: Partial<Finding>[];
}

export interface CaseTable {
  rule: string;
  cases: RuleCase[];
}

export async function runCase(code: string, c: RuleCase): Promise<Report> {
  const o = c.options ?? {};
  const headerRow = o.headerRow ?? 1;
  const columns: InputColumn[] = c.header.map((label, index) => {
    const col: InputColumn = { index, label, name: toSnakeCase(label) };
    const t = c.types?.[label];
    if (t) col.inferred = { type: t, confidence: 1, misfits: [] };
    const d = c.declared?.[label];
    if (d) col.declared = d;
    return col;
  });
  const problems = o.metadataProblems;
  const input: ValidationInput = {
    columns,
    headerRow,
    rows: c.rows.map((cells, i) => ({ line: o.lines?.[i] ?? headerRow + 1 + i, cells })),
    rowCount: c.rows.length,
    context: {
      lang: o.lang ?? 'id',
      ...(o.regions === false ? {} : { regions: createBalikpapanLookup() }),
      ...(problems ? { metadataValidator: () => problems } : {}),
    },
  };
  if (o.titleLines) input.titleLines = o.titleLines;
  if (o.notes) input.notes = o.notes;
  if (o.metadata) input.metadata = o.metadata;
  if (o.missingValues) input.missingValues = o.missingValues;
  if (o.datasetName) input.datasetName = o.datasetName;
  if (o.source) input.source = o.source;
  if (o.primaryKey) input.primaryKey = o.primaryKey.map((l) => c.header.indexOf(l));
  return runValidation(input, {
    only: [code],
    ...(o.ruleOptions ? { ruleOptions: { [code]: o.ruleOptions } } : {}),
  });
}

/** Every [row, column, code] a report's findings stand for, sorted. */
export function triples(findings: readonly Finding[]): Expected[] {
  const out: Expected[] = [];
  for (const f of findings) {
    if (f.rows && f.rows.length > 0) for (const r of f.rows) out.push([r, f.column, f.code]);
    else out.push([f.row, f.column, f.code]);
  }
  return sortTriples(out);
}

export function sortTriples(t: Expected[]): Expected[] {
  const key = (e: Expected): string =>
    `${String(e[0] ?? -1).padStart(9, '0')}|${e[1] ?? ''}|${e[2]}`;
  return [...t].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** The finding that covers a row (and column), if any. */
export function findingAt(
  findings: readonly Finding[],
  row: number | null | undefined,
  column: string | null | undefined,
  code?: string,
): Finding | undefined {
  return findings.find(
    (f) =>
      (code === undefined || f.code === code) &&
      (column === undefined || f.column === column) &&
      (row === undefined ||
        f.row === row ||
        (row !== null && f.rows !== undefined && f.rows.includes(row))),
  );
}
