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

export interface StepTransform {
  /** cells/columns/unparsed are counted by the step; rows by the pipeline unless `countsRows` */
  counts: StepCounts;
  /** the step fills rowsRemoved/rowsAdded itself (buffering steps: dedupe keep=last, pivot) */
  countsRows?: boolean;
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
