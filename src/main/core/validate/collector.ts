/**
 * Collects reported cells into grouped findings, so that a file with a million problems still
 * yields a small report.
 *
 * Grouping: occurrences with the same code, column and group (default: the value) become one
 * finding with `row` = first row, `rows` = the rows (at most `maxRows`, ascending) and `count`.
 * Each code+column keeps at most `maxGroups` groups; further occurrences join one overflow group.
 * Every single occurrence is also passed to `onCell`, for hosts that store per-cell detail,
 * until `onCell` returns false (the host keeps no more).
 */
import {
  catalogEntry,
  formatFindingMessage,
  type CatalogEntry,
  type Lang,
} from '../../../shared/issues/catalog';
import type { CellFinding, Finding, FindingParams, Severity } from '../../../shared/model/finding';
import type { ColumnInfo, ReportInput } from './types';

export interface CollectorOptions {
  lang: Lang;
  maxRows?: number;
  maxGroups?: number;
  /** every occurrence; return false to receive no more */
  onCell?: (cell: CellFinding) => unknown;
  severity?: Record<string, Severity>;
}

interface Group {
  code: string;
  severity: Severity;
  columnIndex: number | null;
  row: number | null;
  rows: number[];
  rowSet: Set<number> | null;
  count: number;
  value: string | null;
  suggestion: string | null;
  params: FindingParams | undefined;
  order: number;
}

const OVERFLOW = '\u0002overflow';

export class FindingCollector {
  /** code → column (-1 for none) → group key → group */
  private readonly index = new Map<string, Map<number, Map<string, Group>>>();
  private readonly groups: Group[] = [];
  private readonly maxRows: number;
  private readonly maxGroups: number;
  private seq = 0;
  private onCell: ((cell: CellFinding) => unknown) | undefined;
  private lastCode: string | undefined;
  private lastEntry: CatalogEntry | undefined;
  private lastGroupsCode: string | undefined;
  private lastGroupsColumn = Number.NaN;
  private lastGroups: Map<string, Group> | undefined;

  constructor(
    private readonly columns: readonly ColumnInfo[],
    private readonly opts: CollectorOptions,
  ) {
    this.maxRows = opts.maxRows ?? 1000;
    this.maxGroups = opts.maxGroups ?? 50;
    this.onCell = opts.onCell;
  }

  add(defaultCode: string, input: ReportInput): void {
    const code = input.code ?? defaultCode;
    // a rule usually reports one code many times: remember the last one's entry
    let entry = code === this.lastCode ? this.lastEntry : undefined;
    if (!entry) {
      entry = catalogEntry(code);
      if (!entry) throw new Error(`Finding code "${code}" is not in the catalog`);
      this.lastCode = code;
      this.lastEntry = entry;
    }
    const severity = input.severity ?? this.opts.severity?.[code] ?? entry.severity;
    const columnIndex = input.column ?? null;
    const row = input.row ?? null;
    const value = input.value ?? null;
    const suggestion = input.suggestion ?? null;

    if (this.onCell) {
      const col = columnIndex === null ? undefined : this.columns[columnIndex];
      const more = this.onCell({
        code,
        severity,
        row,
        column: col ? col.label : null,
        columnIndex,
        value,
        suggestion,
      });
      if (more === false) this.onCell = undefined;
    }

    const colKey = columnIndex ?? -1;
    // a rule usually reports to one code and column many times: remember the last groups map
    let groups =
      code === this.lastGroupsCode && colKey === this.lastGroupsColumn
        ? this.lastGroups
        : undefined;
    if (!groups) {
      let byColumn = this.index.get(code);
      if (!byColumn) {
        byColumn = new Map();
        this.index.set(code, byColumn);
      }
      groups = byColumn.get(colKey);
      if (!groups) {
        groups = new Map();
        byColumn.set(colKey, groups);
      }
      this.lastGroupsCode = code;
      this.lastGroupsColumn = colKey;
      this.lastGroups = groups;
    }
    const groupKey = input.group ?? value ?? '';
    let g = groups.get(groupKey);
    if (!g) {
      if (groups.size >= this.maxGroups) {
        g = groups.get(OVERFLOW);
        if (!g) {
          g = this.newGroup(code, severity, columnIndex, row, value, suggestion, input);
          groups.set(OVERFLOW, g);
        }
      } else {
        g = this.newGroup(code, severity, columnIndex, row, value, suggestion, input);
        groups.set(groupKey, g);
      }
    }
    const weight = input.count ?? 1;
    g.count += weight;
    if (row !== null) {
      if (g.row === null || row < g.row) g.row = row;
      const rows = g.rows;
      const last = rows[rows.length - 1];
      if (last === undefined || row > last) {
        // the usual case: rows arrive in file order
        if (rows.length < this.maxRows) {
          rows.push(row);
          g.rowSet?.add(row);
        }
      } else if (row === last || (g.rowSet ??= new Set(rows)).has(row)) {
        // a row reported twice for one group (e.g. both sides of a conflict) counts once
        g.count -= weight;
      } else if (rows.length < this.maxRows) {
        rows.push(row);
        g.rowSet.add(row);
      }
    }
  }

  get size(): number {
    return this.groups.length;
  }

  private newGroup(
    code: string,
    severity: Severity,
    columnIndex: number | null,
    row: number | null,
    value: string | null,
    suggestion: string | null,
    input: ReportInput,
  ): Group {
    const g: Group = {
      code,
      severity,
      columnIndex,
      row,
      rows: [],
      rowSet: null,
      count: 0,
      value,
      suggestion,
      params: input.params,
      order: this.seq++,
    };
    this.groups.push(g);
    return g;
  }

  findings(): Finding[] {
    const lang = this.opts.lang;
    const out: (Finding & { order: number })[] = [];
    for (const g of this.groups) {
      const entry = catalogEntry(g.code);
      if (!entry) continue;
      const col = g.columnIndex === null ? undefined : this.columns[g.columnIndex];
      const params: FindingParams = { ...(g.params ?? {}) };
      if (col && params['column'] === undefined) params['column'] = col.label;
      let message = formatFindingMessage(g.code, params, lang);
      if (g.count > 1 && g.row !== null) {
        message += lang === 'id' ? ` (${g.count} baris)` : ` (${g.count} rows)`;
      }
      const rows = g.rows.slice().sort((a, b) => a - b);
      const f: Finding & { order: number } = {
        code: g.code,
        severity: g.severity,
        category: entry.category,
        row: rows[0] ?? g.row,
        column: col ? col.label : null,
        columnIndex: g.columnIndex,
        value: g.value,
        message,
        suggestion: g.suggestion,
        order: g.order,
      };
      if (g.count > 1 || rows.length > 1) {
        if (rows.length > 0) f.rows = rows;
        f.count = g.count;
      }
      if (Object.keys(params).length > 0) f.params = params;
      out.push(f);
    }
    out.sort(compareFindings);
    return out.map(({ order: _order, ...f }) => f);
  }
}

function compareFindings(a: Finding & { order: number }, b: Finding & { order: number }): number {
  if (a.row === null && b.row !== null) return -1;
  if (a.row !== null && b.row === null) return 1;
  if (a.row !== null && b.row !== null && a.row !== b.row) return a.row - b.row;
  const ca = a.columnIndex ?? -1;
  const cb = b.columnIndex ?? -1;
  if (ca !== cb) return ca - cb;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return a.order - b.order;
}
