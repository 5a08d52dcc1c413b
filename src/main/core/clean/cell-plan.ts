/**
 * A recipe made only of cell-wise steps (trim, map-values, parse-number…) and column moves
 * (rename, drop, add a constant column) keeps every row as it is: each output column is one
 * input column (or a constant) passed through a chain of cell functions. This module builds
 * that per-column plan from the compiled steps, and runs one chain on one cell with exactly
 * the counting rules of `cellMapper` — so the workspace can compute the new table inside
 * SQLite (store/cellwise-sql.ts) and still report the same counts as the row pipeline.
 * Pure: no SQLite, no files.
 */
import type { StepCounts } from '../../../shared/model/step';
import type { CellOp, StepTransform } from './types';

export interface ChainLink {
  op: CellOp;
  /** how often the step lists this column (each listing counts) */
  times: number;
}

export interface PlannedColumn {
  /** an input column index, or a constant every row gets */
  source: number | { constant: string };
  /** the cell functions applied to the source value, in step order */
  chain: ChainLink[];
}

export interface CellPlan {
  columns: PlannedColumn[];
  /** counts that grow by `cells` for every row (add-column with a non-empty constant) */
  perRow: { counts: StepCounts; cells: number }[];
}

/**
 * The per-column plan of the applied steps, or null when some step changes rows (or is not
 * described as cell-wise/column move), which leaves the recipe to the row pipeline.
 */
export function buildCellPlan(
  transforms: readonly StepTransform[],
  inputWidth: number,
): CellPlan | null {
  let columns: PlannedColumn[] = [];
  for (let i = 0; i < inputWidth; i++) columns.push({ source: i, chain: [] });
  const perRow: CellPlan['perRow'] = [];
  for (const t of transforms) {
    if (t.cells) {
      for (const c of t.cells.columns) {
        const col = columns[c.index];
        if (!col) return null;
        col.chain.push({ op: t.cells, times: c.times });
      }
    } else if (t.columnMap) {
      const next: PlannedColumn[] = [];
      for (const s of t.columnMap.sources) {
        if (typeof s !== 'number') {
          next.push({ source: { constant: s.constant }, chain: [] });
          continue;
        }
        const col = columns[s];
        if (!col) return null;
        next.push({ source: col.source, chain: [...col.chain] });
      }
      columns = next;
      if (t.columnMap.cellsChangedPerRow > 0) {
        perRow.push({ counts: t.counts, cells: t.columnMap.cellsChangedPerRow });
      }
    } else {
      return null;
    }
  }
  return { columns, perRow };
}

/** One cell through a chain, counting like `cellMapper` does for each step. */
export function runChain(chain: readonly ChainLink[], value: string): string {
  let v = value;
  for (const { op, times } of chain) {
    if (v === '' && !op.includeEmpty) continue;
    const nv = op.fn(v);
    if (nv === null) {
      op.counts.unparsed = (op.counts.unparsed ?? 0) + times;
      if (op.onUnparsed) for (let k = 0; k < times; k++) op.onUnparsed(v);
      continue;
    }
    if (nv !== v) {
      op.counts.cellsChanged += times;
      v = nv;
    }
  }
  return v;
}
