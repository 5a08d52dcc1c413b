/**
 * Validation problems placed where the steward sees them: each problem carries the JSON pointer
 * of its field ('/judul', '/kontak/email', '/kolom/2/satuan'); the form asks for the ones at
 * or below a field. Problems are explained by their code and shown with the service's message
 * in the UI language; their text is never parsed.
 */
import type { MetadataProblem } from '../../../shared/model/metadata';
import type { FormatLang } from '../../i18n/format';
import { pointerParts } from './metadata-doc';

/** Problems exactly at `pointer`. */
export function problemsAt(
  problems: readonly MetadataProblem[],
  pointer: string,
): MetadataProblem[] {
  return problems.filter((p) => p.path === pointer);
}

/** Problems at `pointer` or anywhere inside it. */
export function problemsUnder(
  problems: readonly MetadataProblem[],
  pointer: string,
): MetadataProblem[] {
  if (pointer === '') return [...problems];
  return problems.filter((p) => p.path === pointer || p.path.startsWith(`${pointer}/`));
}

/** Problems inside `pointer`, with paths made relative to it (for a sub-form). */
export function rebaseProblems(
  problems: readonly MetadataProblem[],
  pointer: string,
): MetadataProblem[] {
  return problemsUnder(problems, pointer).map((p) => ({
    ...p,
    path: p.path.slice(pointer.length),
  }));
}

/** Problems whose top-level field the form does not show (they go in a list above the form). */
export function problemsOutside(
  problems: readonly MetadataProblem[],
  shown: ReadonlySet<string>,
): MetadataProblem[] {
  return problems.filter((p) => {
    const top = pointerParts(p.path)[0];
    return top === undefined || !shown.has(top);
  });
}

export function problemText(problem: MetadataProblem, lang: FormatLang): string {
  return lang === 'en' ? problem.messageEn || problem.message : problem.message;
}

/**
 * A missing value of an always-required field is said briefly next to the field ("Wajib
 * diisi."); every other problem (a conditional requirement with its reason, a bad value) is
 * shown with the service's full message.
 */
export function isPlainRequired(problem: MetadataProblem, alwaysRequired: boolean): boolean {
  return problem.code === 'wajib-diisi' && alwaysRequired;
}

/** Problems per top-level field, for counts in section headers and the column dictionary. */
export function countByTopKey(problems: readonly MetadataProblem[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of problems) {
    const top = pointerParts(p.path)[0] ?? '';
    out.set(top, (out.get(top) ?? 0) + 1);
  }
  return out;
}
