/**
 * The validator: rules over rows, grouped findings, the report and its renderers.
 *
 *   const report = await runValidation(input, { onProgress, signal, onCell });
 *   renderReportHtml(report, { datasetName }); renderReportText(report);
 */
export { runValidation, type RunOptions, type ValidationProgress } from './engine';
export { RULES, RULES_BY_CODE } from './rules';
export { buildReport, findingPenalty, SEVERITY_WEIGHT } from './report';
export { renderReportHtml, escapeHtml, type RenderOptions } from './render-html';
export { renderReportText, type TextRenderOptions } from './render-text';
export { BUILTIN_REFERENCE_LISTS } from './reference-lists';
export { defineRule, type RuleDefinition } from './define-rule';
export type {
  RegionCandidate,
  RegionEntry,
  RegionLevel,
  RegionLookup,
  ObsoleteCode,
} from './reference-lookup';
export type {
  CodeSystem,
  ColumnInfo,
  ColumnRole,
  DeclaredColumn,
  InputColumn,
  InputRow,
  MetadataProblem,
  ReferenceList,
  ReferenceValue,
  Rule,
  RuleContext,
  RuleHooks,
  RuleScope,
  RowView,
  ValidationContext,
  ValidationInput,
} from './types';
