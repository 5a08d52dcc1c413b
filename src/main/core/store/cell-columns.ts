/**
 * The per-cell findings of one validation run, kept in columns — typed arrays for code,
 * severity, row and column, two arrays for the texts — instead of one object per cell: 100 000
 * cells cost a few megabytes, and they cross from the validation worker to the host as
 * transferred buffers rather than a 16 MB JSON string (which peaked at +40 MB while posted).
 */
import type { CellFinding } from '../../../shared/model/finding';
import type { CellDetail } from '../../../shared/api/validation';
import { SEVERITIES } from '../../../shared/model/finding';

/** The form that is posted between threads (structured clone; buffers transferred). */
export interface PackedCells {
  count: number;
  codes: string[];
  code: Uint16Array;
  severity: Uint8Array;
  /** NaN: no row (a column-level finding) */
  row: Float64Array;
  /** -1: no column */
  column: Int32Array;
  value: (string | null)[];
  suggestion: (string | null)[];
}

/** One stored cell, as insertCells writes it and the app reads it back. */
export type StoredCell = CellDetail;

export class CellColumns {
  private readonly codeIds = new Map<string, number>();
  private readonly data: PackedCells;

  /** `capacity`: cells kept; further ones are refused (`push` returns false once full). */
  constructor(readonly capacity: number) {
    this.data = {
      count: 0,
      codes: [],
      code: new Uint16Array(capacity),
      severity: new Uint8Array(capacity),
      row: new Float64Array(capacity),
      column: new Int32Array(capacity),
      value: [],
      suggestion: [],
    };
  }

  get count(): number {
    return this.data.count;
  }

  /** Keep one cell; false once full (the validator then stops building cells). */
  push = (c: CellFinding): boolean => {
    const d = this.data;
    if (d.count >= this.capacity) return false;
    let id = this.codeIds.get(c.code);
    if (id === undefined) {
      id = d.codes.length;
      d.codes.push(c.code);
      this.codeIds.set(c.code, id);
    }
    const i = d.count++;
    d.code[i] = id;
    d.severity[i] = SEVERITIES.indexOf(c.severity);
    d.row[i] = c.row ?? NaN;
    d.column[i] = c.columnIndex ?? -1;
    d.value.push(c.value);
    d.suggestion.push(c.suggestion);
    return d.count < this.capacity;
  };

  /** The columns to post, trimmed to the cells kept, with the buffers to transfer. */
  pack(): { packed: PackedCells; transfer: ArrayBuffer[] } {
    const d = this.data;
    const n = d.count;
    const packed: PackedCells = {
      ...d,
      code: d.code.slice(0, n),
      severity: d.severity.slice(0, n),
      row: d.row.slice(0, n),
      column: d.column.slice(0, n),
    };
    const transfer = [packed.code, packed.severity, packed.row, packed.column].map(
      (a) => a.buffer as ArrayBuffer,
    );
    return { packed, transfer };
  }
}

/** The i-th cell of packed columns. */
export function cellAt(p: PackedCells, i: number): StoredCell {
  const row = p.row[i] ?? NaN;
  const column = p.column[i] ?? -1;
  return {
    code: p.codes[p.code[i] ?? 0] ?? '',
    severity: SEVERITIES[p.severity[i] ?? 0] ?? 'error',
    row: Number.isNaN(row) ? null : row,
    columnIndex: column < 0 ? null : column,
    value: p.value[i] ?? null,
    suggestion: p.suggestion[i] ?? null,
  };
}
