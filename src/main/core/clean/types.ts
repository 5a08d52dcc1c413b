/**
 * The shape of a cleaning step unit. Each op is one file in steps/ with a JSON Schema for its
 * parameters, a `plan` (what the table looks like afterwards, or why the step cannot apply) and
 * a streaming `create` (one row in → zero, one or several rows out; `end` flushes buffers).
 */
import type {
  RegionLevel,
  Row,
  StepCounts,
  StepOf,
  StepOp,
  StepReason,
  RegionReviewItem,
  TableShape,
} from '../../../shared/model/step';

export interface RegionEntry {
  code: string;
  name: string;
  level: RegionLevel;
  parent: string | null;
}
export interface RegionCandidate {
  code: string;
  name: string;
  level: RegionLevel;
  /** 0..1, 1 = exact after normalisation */
  score: number;
}
/** The reference store as the steps need it (the real one lives in core/reference). */
export interface RegionLookup {
  byCode(code: string): RegionEntry | undefined;
  find(name: string, options?: { level?: RegionLevel; parentCode?: string }): RegionCandidate[];
}

export interface StepContext {
  regions?: RegionLookup;
  /** who applies the steps (for the audit log; steps do not use it) */
  user?: string;
}

export type PlanResult = { ok: true; shape: TableShape } | { ok: false; reason: StepReason };

/** Extra output of a transform, copied into the step's report entry when the rows end. */
export interface TransformDetails {
  unparsedExamples?: string[];
  review?: RegionReviewItem[];
  notes?: StepReason[];
}

/**
 * A condition the SQL fast path may test on a cell before calling the cell function: when it
 * holds, the function is known to return the cell unchanged without counting it (so the call
 * can be skipped). Each kind is translated to SQL in store/cellwise-sql.ts, where the reason it
 * is sound is written next to the SQL.
 */
export type KeepGuard =
  /** first and last characters are printable ASCII other than space (`!`…`~`) */
  | { kind: 'plain-edges' }
  /**
   * the cell is an integer or decimal exactly as SQLite writes it (`-12`, `0.5`; no `+`, no
   * leading or trailing zero), not a 3-digit fraction in locale `id` (`92.651` groups thousands)
   */
  | { kind: 'canonical-number'; locale: 'id' | 'en' }
  /** the cell is a valid `yyyy-mm-dd` date with a year from 1000 */
  | { kind: 'iso-date' }
  /** the cell equals none of the values */
  | { kind: 'not-in'; values: readonly string[] }
  /** the cell does not contain the text */
  | { kind: 'not-contains'; text: string };

/**
 * A step that changes cells one at a time (no row or column changes): `fn` is applied to each
 * listed column with the same rules as `cellMapper` (cells.ts). `times` counts a column listed
 * more than once (the function then runs on the original value each time and counts each time).
 */
export interface CellOp {
  columns: { index: number; times: number }[];
  fn: (value: string) => string | null;
  includeEmpty: boolean;
  counts: StepCounts;
  onUnparsed?: (value: string) => void;
  /** every guard must hold for the call to be skipped; none = always call */
  keep?: readonly KeepGuard[];
}

/** A step that only moves, drops, renames or adds constant columns (rows unchanged). */
export interface ColumnMap {
  /** for each output column: an input column index or a constant value */
  sources: (number | { constant: string })[];
  /** cells the step counts as changed in every row (add-column with a non-empty value) */
  cellsChangedPerRow: number;
}

export interface StepTransform {
  /** cells/columns/unparsed are counted by the step; rows by the pipeline unless `countsRows` */
  counts: StepCounts;
  /** the step fills rowsRemoved/rowsAdded itself (buffering steps: dedupe keep=last, pivot) */
  countsRows?: boolean;
  /** set when the step is cell-wise: lets the workspace run it inside SQLite (same result) */
  cells?: CellOp;
  /** set when the step only reshapes columns: lets the workspace run it inside SQLite */
  columnMap?: ColumnMap;
  row(row: Row): Row | Row[] | null;
  end?(): Row[];
  details?(): TransformDetails;
}

export interface StepUnit<O extends StepOp = StepOp> {
  op: O;
  title: { id: string; en: string };
  /** JSON Schema of the parameters (the `op` property included), additionalProperties: false */
  paramsSchema: object;
  /** checks beyond the schema (regex safety, expression syntax); null when fine */
  validate?(params: StepOf<O>): StepReason | null;
  /** needs ctx.regions */
  needsRegions?: boolean;
  /** true when the step must hold all rows before it can emit (pivot, dedupe keep=last) */
  buffers?(params: StepOf<O>): boolean;
  plan(shape: TableShape, params: StepOf<O>): PlanResult;
  create(shape: TableShape, params: StepOf<O>, ctx: StepContext): StepTransform;
}

export function newCounts(init: Partial<StepCounts> = {}): StepCounts {
  return {
    cellsChanged: 0,
    rowsRemoved: 0,
    rowsAdded: 0,
    columnsAdded: 0,
    columnsRemoved: 0,
    ...init,
  };
}
