/**
 * Apply steps to a stream of rows. Each step is planned on the shape the previous steps left;
 * a step whose plan fails (a missing column, a name clash, no reference data) is skipped and
 * reported, and the rest applies on the unchanged shape. Rows flow through all steps one at a
 * time; only steps that say so (pivot, dedupe keep=last) hold rows until the end.
 * Pure: no SQLite, no files.
 */
import type {
  Row,
  Step,
  StepCounts,
  StepReason,
  StepReport,
  StepReportEntry,
  TableShape,
} from '../../../shared/model/step';
import { AppError } from '../../../shared/errors';
import type { StepContext, StepTransform } from './types';
import { newCounts } from './types';
import { copyShape } from './columns';
import { buildCellPlan, type CellPlan } from './cell-plan';
import { unitFor } from './registry';
import { validateStep } from './recipe';

const NO_REGIONS: StepReason = {
  code: 'reference-unavailable',
  message: 'Data referensi wilayah tidak tersedia; langkah dilewati.',
  messageEn: 'Region reference data is not available; step skipped.',
};

/** A step that does not pass its schema (or throws while planning) is skipped, never fatal. */
function invalidStep(e: unknown): StepReason {
  if (e instanceof AppError) return { code: e.code, message: e.message, messageEn: e.messageEn };
  const text = e instanceof Error ? e.message : String(e);
  return {
    code: 'step-invalid',
    message: `Langkah tidak dapat dijalankan: ${text}`,
    messageEn: `The step cannot run: ${text}`,
  };
}

export interface CompiledPipeline {
  /** the table's shape after every applied step */
  shape: TableShape;
  /** filled as rows flow; complete after `end()` */
  report: StepReport;
  /** true when some step holds rows until the end */
  buffers: boolean;
  /** push one source row; `emit` receives the output rows */
  push(row: Row, emit: (row: Row) => void): void;
  /** flush buffering steps; call once after the last row */
  end(emit: (row: Row) => void): void;
  /**
   * The applied steps as per-column cell chains when none of them changes rows (see
   * cell-plan.ts), else null. Running the plan fills the same counts as pushing the rows; call
   * `end` afterwards for the report details.
   */
  cellPlan(): CellPlan | null;
}

interface Stage {
  transform: StepTransform;
  entry: StepReportEntry;
}

/** Plan every step on the shape left by the previous ones and build the transforms. */
export function compilePipeline(
  shape: TableShape,
  steps: readonly Step[],
  ctx: StepContext = {},
): CompiledPipeline {
  let current = copyShape(shape);
  const width = shape.columns.length;
  const stages: Stage[] = [];
  const report: StepReport = { steps: [] };
  let buffers = false;
  steps.forEach((step, index) => {
    const skip = (reason: StepReason): void => {
      report.steps.push({ index, op: step.op, status: 'skipped', reason, counts: newCounts() });
    };
    try {
      validateStep(step, index);
    } catch (e) {
      return skip(invalidStep(e));
    }
    const unit = unitFor(step);
    if (unit.needsRegions && !ctx.regions) return skip(NO_REGIONS);
    let planned: ReturnType<typeof unit.plan>;
    try {
      planned = unit.plan(current, step);
    } catch (e) {
      planned = { ok: false, reason: invalidStep(e) };
    }
    if (!planned.ok) return skip(planned.reason);
    let transform: StepTransform;
    try {
      transform = unit.create(current, step, ctx);
    } catch (e) {
      return skip(invalidStep(e));
    }
    const entry: StepReportEntry = {
      index,
      op: step.op,
      status: 'applied',
      counts: transform.counts,
    };
    report.steps.push(entry);
    stages.push({ transform, entry });
    if (unit.buffers?.(step)) buffers = true;
    current = planned.shape;
  });

  const n = stages.length;
  const feed = (from: number, input: Row, emit: (row: Row) => void): void => {
    let row = input;
    for (let s = from; s < n; s++) {
      const stage = stages[s]!;
      const t = stage.transform;
      const out = t.row(row);
      if (out === null) {
        if (!t.countsRows) t.counts.rowsRemoved++;
        return;
      }
      if (Array.isArray(out)) {
        if (!t.countsRows) {
          if (out.length === 0) t.counts.rowsRemoved++;
          else t.counts.rowsAdded += out.length - 1;
        }
        for (const r of out) feed(s + 1, r, emit);
        return;
      }
      row = out;
    }
    emit(row);
  };

  let ended = false;
  return {
    shape: current,
    report,
    buffers,
    push(row, emit) {
      if (row.cells.length < width) {
        const cells = row.cells.slice();
        while (cells.length < width) cells.push('');
        row = { line: row.line, cells };
      }
      feed(0, row, emit);
    },
    cellPlan() {
      return buildCellPlan(
        stages.map((s) => s.transform),
        width,
      );
    },
    end(emit) {
      if (ended) return;
      ended = true;
      for (let s = 0; s < n; s++) {
        const stage = stages[s]!;
        const flushed = stage.transform.end?.() ?? [];
        if (!stage.transform.countsRows) stage.transform.counts.rowsAdded += flushed.length;
        for (const r of flushed) feed(s + 1, r, emit);
      }
      for (const stage of stages) {
        const extra = stage.transform.details?.();
        if (!extra) continue;
        if (extra.unparsedExamples && extra.unparsedExamples.length > 0) {
          stage.entry.unparsedExamples = extra.unparsedExamples;
        }
        if (extra.review && extra.review.length > 0) stage.entry.review = extra.review;
        if (extra.notes && extra.notes.length > 0) stage.entry.notes = extra.notes;
      }
    },
  };
}

export interface ApplyResult {
  shape: TableShape;
  rows: AsyncIterable<Row>;
  /** counts fill while `rows` is consumed; complete once it has ended */
  report: StepReport;
}

export interface ApplyBatchesResult {
  shape: TableShape;
  /** the output rows in arrays of up to `batchSize` (fewer awaits than row by row) */
  batches: AsyncIterable<Row[]>;
  report: StepReport;
}

function isAsync<T>(v: Iterable<T> | AsyncIterable<T>): v is AsyncIterable<T> {
  return typeof (v as AsyncIterable<T>)[Symbol.asyncIterator] === 'function';
}

const DEFAULT_BATCH = 1024;

/**
 * Pulls source rows through the pipeline into a buffer of at least `min` output rows (or to the
 * end). Sync sources are read without any await; async sources one `next()` per source row.
 */
function puller(
  pipeline: CompiledPipeline,
  rows: Iterable<Row> | AsyncIterable<Row>,
  min: number,
): { fill(): Promise<Row[]>; close(): Promise<void> } {
  let out: Row[] = [];
  const emit = (r: Row): void => {
    out.push(r);
  };
  let finished = false;
  const take = (): Row[] => {
    const batch = out;
    out = [];
    return batch;
  };
  if (isAsync(rows)) {
    const it = rows[Symbol.asyncIterator]();
    return {
      async fill() {
        while (!finished && out.length < min) {
          const r = await it.next();
          if (r.done) {
            finished = true;
            pipeline.end(emit);
          } else pipeline.push(r.value, emit);
        }
        return take();
      },
      async close() {
        if (!finished) {
          finished = true;
          await it.return?.();
        }
      },
    };
  }
  const it = rows[Symbol.iterator]();
  return {
    fill() {
      while (!finished && out.length < min) {
        const r = it.next();
        if (r.done) {
          finished = true;
          pipeline.end(emit);
        } else pipeline.push(r.value, emit);
      }
      return Promise.resolve(take());
    },
    close() {
      if (!finished) {
        finished = true;
        it.return?.();
      }
      return Promise.resolve();
    },
  };
}

/** Apply `steps` to `rows`; the output is consumed once. */
export function applySteps(
  shape: TableShape,
  rows: Iterable<Row> | AsyncIterable<Row>,
  steps: readonly Step[],
  ctx: StepContext = {},
): ApplyResult {
  const pipeline = compilePipeline(shape, steps, ctx);
  const source = puller(pipeline, rows, DEFAULT_BATCH);
  let buffer: Row[] = [];
  let pos = 0;
  let ended = false;
  const iterator: AsyncIterableIterator<Row> = {
    next() {
      if (pos < buffer.length) return Promise.resolve({ value: buffer[pos++]!, done: false });
      if (ended) return Promise.resolve({ value: undefined, done: true });
      return source.fill().then((batch) => {
        buffer = batch;
        pos = 0;
        if (batch.length === 0) {
          ended = true;
          return { value: undefined, done: true };
        }
        return { value: buffer[pos++]!, done: false };
      });
    },
    async return() {
      ended = true;
      buffer = [];
      await source.close();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return { shape: pipeline.shape, rows: iterator, report: pipeline.report };
}

/** Like applySteps, but hands out arrays of rows (for batched inserts). */
export function applyStepsBatched(
  shape: TableShape,
  rows: Iterable<Row> | AsyncIterable<Row>,
  steps: readonly Step[],
  ctx: StepContext = {},
  batchSize = DEFAULT_BATCH,
): ApplyBatchesResult {
  const pipeline = compilePipeline(shape, steps, ctx);
  const source = puller(pipeline, rows, Math.max(1, batchSize));
  async function* batches(): AsyncGenerator<Row[]> {
    try {
      for (;;) {
        const batch = await source.fill();
        if (batch.length === 0) return;
        yield batch;
      }
    } finally {
      await source.close();
    }
  }
  return { shape: pipeline.shape, batches: batches(), report: pipeline.report };
}

/** Synchronous variant for in-memory tables (tests, previews, the CLI file → file path). */
export function applyStepsSync(
  shape: TableShape,
  rows: Iterable<Row>,
  steps: readonly Step[],
  ctx: StepContext = {},
): { shape: TableShape; rows: Row[]; report: StepReport } {
  const pipeline = compilePipeline(shape, steps, ctx);
  const out: Row[] = [];
  const emit = (r: Row): void => {
    out.push(r);
  };
  for (const row of rows) pipeline.push(row, emit);
  pipeline.end(emit);
  return { shape: pipeline.shape, rows: out, report: pipeline.report };
}

/** Totals for the CLI/UI: how many steps applied and were skipped; exit code 1 when any skipped. */
export function summarizeReport(report: StepReport): {
  applied: number;
  skipped: number;
  counts: StepCounts;
} {
  const counts = newCounts({ unparsed: 0 });
  let applied = 0;
  let skipped = 0;
  for (const s of report.steps) {
    if (s.status === 'applied') applied++;
    else skipped++;
    counts.cellsChanged += s.counts.cellsChanged;
    counts.rowsRemoved += s.counts.rowsRemoved;
    counts.rowsAdded += s.counts.rowsAdded;
    counts.columnsAdded += s.counts.columnsAdded;
    counts.columnsRemoved += s.counts.columnsRemoved;
    counts.unparsed = (counts.unparsed ?? 0) + (s.counts.unparsed ?? 0);
  }
  return { applied, skipped, counts };
}
