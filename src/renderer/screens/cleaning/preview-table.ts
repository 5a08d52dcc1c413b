/**
 * What a step preview ('steps:preview') shows: the rows it changes, before and after.
 * Cell edits show only the columns that change; removed rows show the whole row; a step that
 * changes the columns (add, drop, rename, unpivot) shows the first rows after it.
 */
import type { StepPreviewResult } from '../../../shared/api/clean';
import type { ShapeColumn } from '../../../shared/model/step';

export interface PreviewColumn {
  /** index into the row's cells (before and after share it in 'cells' and 'rows' mode) */
  index: number;
  label: string;
  name: string;
  /** 'shape' mode: a column that was not there before */
  isNew?: boolean;
}

export interface PreviewLine {
  line: number;
  kind: 'changed' | 'removed' | 'after';
  before?: string[];
  after?: string[];
  /** indexes (into the cells) that changed */
  changed: number[];
}

export interface PreviewTable {
  mode: 'cells' | 'rows' | 'shape' | 'none';
  columns: PreviewColumn[];
  lines: PreviewLine[];
  /** changed or removed rows of the sample left out of `lines` */
  more: number;
}

function sameShape(before: readonly ShapeColumn[], after: readonly ShapeColumn[]): boolean {
  return before.length === after.length && before.every((c, i) => c.name === after[i]?.name);
}

export function previewTable(
  p: StepPreviewResult,
  beforeColumns: readonly ShapeColumn[],
  max = 30,
): PreviewTable {
  const after = p.shape.columns;
  const beforeByLine = new Map(p.before.map((r) => [r.line, r.cells]));
  if (!sameShape(beforeColumns, after)) {
    const known = new Set(beforeColumns.map((c) => c.name));
    return {
      mode: 'shape',
      columns: after.map((c, index) => ({
        index,
        label: c.label || c.name,
        name: c.name,
        ...(known.has(c.name) ? {} : { isNew: true }),
      })),
      lines: p.after.slice(0, Math.min(max, 12)).map((r) => ({
        line: r.line,
        kind: 'after',
        after: r.cells,
        changed: [],
      })),
      more: 0,
    };
  }
  const changedByRow = new Map<number, number[]>();
  for (const [rowIndex, col] of p.changedCells) {
    const list = changedByRow.get(rowIndex) ?? [];
    list.push(col);
    changedByRow.set(rowIndex, list);
  }
  const lines: PreviewLine[] = [];
  for (const [rowIndex, cols] of changedByRow) {
    const row = p.after[rowIndex];
    if (!row) continue;
    lines.push({
      line: row.line,
      kind: 'changed',
      before: beforeByLine.get(row.line) ?? [],
      after: row.cells,
      changed: [...new Set(cols)].sort((a, b) => a - b),
    });
  }
  for (const line of p.removedLines) {
    lines.push({ line, kind: 'removed', before: beforeByLine.get(line) ?? [], changed: [] });
  }
  lines.sort((a, b) => a.line - b.line);
  const shown = lines.slice(0, max);
  if (shown.length === 0) return { mode: 'none', columns: [], lines: [], more: 0 };
  const onlyCells = shown.every((l) => l.kind === 'changed');
  const touched = new Set(shown.flatMap((l) => l.changed));
  const columns = after
    .map((c, index) => ({ index, label: c.label || c.name, name: c.name }))
    .filter((c) => !onlyCells || touched.has(c.index));
  return {
    mode: onlyCells ? 'cells' : 'rows',
    columns,
    lines: shown,
    more: lines.length - shown.length,
  };
}
