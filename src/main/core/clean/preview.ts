/**
 * What a step would change on a sample of rows, before the steward adds it: the rows before
 * and after, the changed cells (as [row index in `after`, column index in the new shape]) and
 * the counts. Nothing is stored.
 */
import type {
  Row,
  Step,
  StepCounts,
  StepReportEntry,
  TableShape,
} from '../../../shared/model/step';
import type { StepContext } from './types';
import { compilePipeline } from './pipeline';

export interface StepPreview {
  status: 'applied' | 'skipped';
  reason?: StepReportEntry['reason'];
  shape: TableShape;
  before: Row[];
  after: Row[];
  /** [index into `after`, column index in `shape`] */
  changedCells: [number, number][];
  /** source lines present before and absent after */
  removedLines: number[];
  counts: StepCounts;
  entry: StepReportEntry;
}

/**
 * For each output column, the input column it continues: by position when the column count is
 * unchanged (rename keeps positions), otherwise by name; -1 for a new column.
 */
function columnOrigins(before: TableShape, after: TableShape): number[] {
  if (before.columns.length === after.columns.length) return after.columns.map((_, i) => i);
  const byName = new Map(before.columns.map((c, i) => [c.name, i]));
  return after.columns.map((c) => byName.get(c.name) ?? -1);
}

export function previewStep(
  shape: TableShape,
  sample: readonly Row[],
  step: Step,
  ctx: StepContext = {},
): StepPreview {
  const pipeline = compilePipeline(shape, [step], ctx);
  const entry = pipeline.report.steps[0]!;
  const after: Row[] = [];
  const origin: (Row | null)[] = [];
  let source: Row | null = null;
  const emit = (r: Row): void => {
    after.push(r);
    origin.push(source);
  };
  for (const row of sample) {
    source = row;
    pipeline.push(row, emit);
  }
  source = null;
  pipeline.end(emit);

  const origins = columnOrigins(shape, pipeline.shape);
  const changedCells: [number, number][] = [];
  const byLine = new Map<number, Row>();
  for (const r of sample) if (!byLine.has(r.line)) byLine.set(r.line, r);
  after.forEach((row, i) => {
    const from = origin[i] ?? byLine.get(row.line) ?? null;
    row.cells.forEach((v, j) => {
      const o = origins[j] ?? -1;
      const old = from && o >= 0 ? (from.cells[o] ?? '') : '';
      if (o < 0 ? v !== '' : v !== old) changedCells.push([i, j]);
    });
  });
  const kept = new Set(after.map((r) => r.line));
  const removedLines = [...new Set(sample.map((r) => r.line))].filter((l) => !kept.has(l));
  return {
    status: entry.status,
    ...(entry.reason ? { reason: entry.reason } : {}),
    shape: pipeline.shape,
    before: [...sample],
    after,
    changedCells,
    removedLines,
    counts: entry.counts,
    entry,
  };
}
