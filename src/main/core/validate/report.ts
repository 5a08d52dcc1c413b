/**
 * Builds the report JSON from grouped findings: counts per severity, per category and per
 * Satu Data principle, and a 0–100 score per principle.
 *
 * Score of a principle = max(0, round(100 − Σ penalty)) over the findings whose category maps
 * to it (CATEGORY_PRINCIPLE), where
 *   penalty = weight(severity) × spread
 *   weight: error 10, warning 3, info 0
 *   spread: a column- or dataset-level finding (row null) counts 2; a row-level finding counts
 *           1 + 4 × min(1, cells / dataRows), so one bad cell costs 10 points for an error and
 *           an error in every row costs 50.
 * A principle without findings scores 100. Privasi is scored the same way.
 */
import type { Lang } from '../../../shared/issues/catalog';
import {
  CATEGORIES,
  CATEGORY_PRINCIPLE,
  PRINCIPLES,
  type Category,
  type Finding,
  type Principle,
  type PrincipleSummary,
  type Report,
  type Severity,
  type SeverityCounts,
} from '../../../shared/model/finding';

export const SEVERITY_WEIGHT: Record<Severity, number> = { error: 10, warning: 3, info: 0 };

function emptyCounts(): SeverityCounts {
  return { errors: 0, warnings: 0, infos: 0 };
}

function bump(c: SeverityCounts, s: Severity): void {
  if (s === 'error') c.errors++;
  else if (s === 'warning') c.warnings++;
  else c.infos++;
}

/** Penalty points of one finding (see the module comment). */
export function findingPenalty(f: Finding, rowCount: number): number {
  const w = SEVERITY_WEIGHT[f.severity];
  if (w === 0) return 0;
  if (f.row === null) return w * 2;
  const cells = f.count ?? 1;
  const share = rowCount > 0 ? Math.min(1, cells / rowCount) : 1;
  return w * (1 + 4 * share);
}

export function buildReport(findings: Finding[], opts: { rowCount: number; lang: Lang }): Report {
  const total = emptyCounts();
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, emptyCounts()])) as Record<
    Category,
    SeverityCounts
  >;
  const penalty = Object.fromEntries(PRINCIPLES.map((p) => [p, 0])) as Record<Principle, number>;
  const byPrinciple = Object.fromEntries(
    PRINCIPLES.map((p) => [p, { ...emptyCounts(), score: 100 }]),
  ) as Record<Principle, PrincipleSummary>;

  for (const f of findings) {
    bump(total, f.severity);
    bump(byCategory[f.category], f.severity);
    const p = CATEGORY_PRINCIPLE[f.category];
    bump(byPrinciple[p], f.severity);
    penalty[p] += findingPenalty(f, opts.rowCount);
  }
  for (const p of PRINCIPLES) {
    byPrinciple[p].score = Math.max(0, Math.round(100 - penalty[p]));
  }
  return {
    valid: total.errors === 0,
    summary: { ...total, byCategory, byPrinciple },
    findings,
    rowCount: opts.rowCount,
    lang: opts.lang,
  };
}
