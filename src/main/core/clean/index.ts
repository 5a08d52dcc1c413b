/** The cleaning core: steps, recipes, pipeline, preview, clustering and quick fixes. */
export type { RegionLookup, RegionEntry, RegionCandidate, StepContext, StepUnit } from './types';
export { STEP_REGISTRY, isStepOp, listSteps, stepUnit } from './registry';
export { parseRecipe, recipeFromSteps, serializeRecipe, validateStep } from './recipe';
export {
  applySteps,
  applyStepsBatched,
  applyStepsSync,
  compilePipeline,
  summarizeReport,
  type ApplyResult,
  type ApplyBatchesResult,
  type CompiledPipeline,
} from './pipeline';
export { describeStep } from './describe-step';
export { previewStep, type StepPreview } from './preview';
export {
  clusterValues,
  clusterToStep,
  fingerprintKey,
  indonesianKey,
  ngramKey,
  type ClusterMethod,
  type ValueCluster,
} from './cluster';
export { quickFixFor, hasQuickFix, type FixableFinding, type FixScope } from './quick-fix';
export { resolveColumn } from './columns';
export { compileGuardedRegex } from './regex-guard';
