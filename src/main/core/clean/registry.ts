/**
 * Every cleaning step, by op. Adding a step = one file in steps/ plus one line here (the
 * compile-time check below makes sure no op in STEP_OPS is left without a unit).
 */
import type { StepOf, StepOp } from '../../../shared/model/step';
import type { StepUnit } from './types';
import { trimStep } from './steps/trim';
import { normalizeCaseStep } from './steps/normalize-case';
import { replaceStep } from './steps/replace';
import { setCellStep } from './steps/set-cell';
import { parseNumberStep } from './steps/parse-number';
import { parseDateStep } from './steps/parse-date';
import { renameColumnStep } from './steps/rename-column';
import { dropColumnsStep } from './steps/drop-columns';
import { dropRowsStep } from './steps/drop-rows';
import { dedupeStep } from './steps/dedupe';
import { fillDownStep } from './steps/fill-down';
import { splitColumnStep } from './steps/split-column';
import { mergeColumnsStep } from './steps/merge-columns';
import { mapValuesStep } from './steps/map-values';
import { reconcileRegionStep } from './steps/reconcile-region';
import { unpivotStep } from './steps/unpivot';
import { pivotStep } from './steps/pivot';
import { addColumnStep } from './steps/add-column';
import { maskPersonalStep } from './steps/mask-personal';

type Registry = { [O in StepOp]: StepUnit<O> };

export const STEP_REGISTRY: Registry = {
  trim: trimStep,
  'normalize-case': normalizeCaseStep,
  replace: replaceStep,
  'set-cell': setCellStep,
  'parse-number': parseNumberStep,
  'parse-date': parseDateStep,
  'rename-column': renameColumnStep,
  'drop-columns': dropColumnsStep,
  'drop-rows': dropRowsStep,
  dedupe: dedupeStep,
  'fill-down': fillDownStep,
  'split-column': splitColumnStep,
  'merge-columns': mergeColumnsStep,
  'map-values': mapValuesStep,
  'reconcile-region': reconcileRegionStep,
  unpivot: unpivotStep,
  pivot: pivotStep,
  'add-column': addColumnStep,
  'mask-personal': maskPersonalStep,
};

export function isStepOp(op: unknown): op is StepOp {
  return typeof op === 'string' && Object.prototype.hasOwnProperty.call(STEP_REGISTRY, op);
}

export function stepUnit<O extends StepOp>(op: O): StepUnit<O> {
  return STEP_REGISTRY[op] as StepUnit<O>;
}

/** The unit for a step value, typed loosely (the pipeline treats every step alike). */
export function unitFor(step: StepOf<StepOp>): StepUnit {
  return STEP_REGISTRY[step.op] as unknown as StepUnit;
}

/** What the UI lists: op, titles and parameter schema of every step. */
export function listSteps(): {
  op: StepOp;
  title: { id: string; en: string };
  paramsSchema: object;
}[] {
  return (Object.keys(STEP_REGISTRY) as StepOp[]).map((op) => ({
    op,
    title: STEP_REGISTRY[op].title,
    paramsSchema: STEP_REGISTRY[op].paramsSchema,
  }));
}
