/**
 * How the Validasi panel orders and explains a report: findings grouped by rule (code), the
 * worst severity first; titles, help and messages from the shared catalog by code and params,
 * never from the report's message text.
 */
import { catalogEntry, formatFindingMessage, type Lang } from '../../../shared/issues/catalog';
import {
  CATEGORY_PRINCIPLE,
  PRINCIPLES,
  type Finding,
  type Principle,
  type ReportSummary,
  type Severity,
} from '../../../shared/model/finding';

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Cells or rows a finding covers. */
export function findingCount(f: Finding): number {
  return f.count ?? (f.rows && f.rows.length > 0 ? f.rows.length : 1);
}

export interface FindingGroup {
  code: string;
  severity: Severity;
  principle: Principle;
  findings: Finding[];
  /** cells or rows over all its findings */
  count: number;
}

/** Findings grouped by rule: errors before warnings before infos, then the larger groups. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    let g = groups.get(f.code);
    if (!g) {
      g = {
        code: f.code,
        severity: f.severity,
        principle: CATEGORY_PRINCIPLE[f.category],
        findings: [],
        count: 0,
      };
      groups.set(f.code, g);
    }
    g.findings.push(f);
    g.count += findingCount(f);
    if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[g.severity]) g.severity = f.severity;
  }
  for (const g of groups.values()) {
    g.findings.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  }
  return [...groups.values()].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      b.count - a.count ||
      a.code.localeCompare(b.code),
  );
}

/** The title of a rule in a language; the code itself for a code the catalog lacks. */
export function findingTitle(code: string, lang: Lang): string {
  return catalogEntry(code)?.title[lang] ?? code;
}

export function findingHelp(code: string, lang: Lang): string | null {
  return catalogEntry(code)?.help[lang] ?? null;
}

/** A finding's message re-rendered from its params (falls back to the stored message). */
export function findingMessage(f: Finding, lang: Lang): string {
  if (!catalogEntry(f.code)) return f.message;
  return formatFindingMessage(f.code, { ...(f.params ?? {}) }, lang);
}

/** Rows to show as examples (ascending, at most `max`). */
export function exampleRows(f: Finding, max = 6): number[] {
  const rows = f.rows && f.rows.length > 0 ? f.rows : f.row !== null ? [f.row] : [];
  return rows.slice(0, max);
}

/** Where a click on a finding goes: its first row, and its column when it has one. */
export function findingTarget(
  f: Finding,
  firstLine: number,
): { line: number; column: number | null } | null {
  const line = f.row ?? f.rows?.[0] ?? null;
  if (line === null && f.columnIndex === null) return null;
  return { line: line ?? firstLine, column: f.columnIndex };
}

export type ScoreTone = 'good' | 'fair' | 'poor';

/** Words, not only colours: ≥ 90 baik, ≥ 70 cukup, else perlu perbaikan. */
export function scoreTone(score: number): ScoreTone {
  if (score >= 90) return 'good';
  if (score >= 70) return 'fair';
  return 'poor';
}

export interface PrincipleRow {
  principle: Principle;
  score: number;
  tone: ScoreTone;
  errors: number;
  warnings: number;
  infos: number;
}

/** The five scores in the fixed order of the principles (missing ones count as 100). */
export function principleRows(summary: ReportSummary): PrincipleRow[] {
  return PRINCIPLES.map((p) => {
    const s = summary.byPrinciple[p] ?? { errors: 0, warnings: 0, infos: 0, score: 100 };
    const score = Math.max(0, Math.min(100, Math.round(s.score)));
    return {
      principle: p,
      score,
      tone: scoreTone(score),
      errors: s.errors,
      warnings: s.warnings,
      infos: s.infos,
    };
  });
}

/** Key for a finding group of the diff (code + column), as 'validation:diff' groups them. */
export function diffKey(code: string, column: string | null): string {
  return `${code}\u0000${column ?? ''}`;
}
