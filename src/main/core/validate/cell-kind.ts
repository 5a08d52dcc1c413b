/**
 * One cheap classification per cell, computed once by the engine and shared by all rules, so
 * that rules stay cheap per cell (no regex per cell per rule).
 */
import { CellKind } from './types';
import { parseIndonesianNumber } from './number-format';

/** Markers that mean "no value" in any column. */
export const STRONG_MISSING_MARKERS = [
  '-',
  '--',
  '–',
  '—',
  'n/a',
  'n.a.',
  'n.a',
  'na',
  '#n/a',
  'tidak ada',
  'tidak tersedia',
  'td',
  't.d.',
  'tad',
  '…',
  '...',
  'null',
  'nil',
  'none',
  'kosong',
] as const;
/** Markers that mean "no value" only where a number or date is expected (`x` = dirahasiakan). */
export const WEAK_MISSING_MARKERS = ['x', '?', '.'] as const;

export const DEFAULT_MISSING_MARKERS: ReadonlySet<string> = new Set<string>([
  ...STRONG_MISSING_MARKERS,
  ...WEAK_MISSING_MARKERS,
]);
export const WEAK_MARKERS: ReadonlySet<string> = new Set<string>(WEAK_MISSING_MARKERS);

const MAX_MARKER_LENGTH = 16;

/** (first char code | 32) * 32 + length of every marker, to skip most texts without lowering. */
function markerShapes(markers: ReadonlySet<string>): Set<number> {
  const shapes = new Set<number>();
  for (const m of markers) {
    if (m.length > 0 && m.length <= MAX_MARKER_LENGTH) {
      shapes.add((m.toLowerCase().charCodeAt(0) | 32) * 32 + m.length);
      shapes.add(m.toUpperCase().charCodeAt(0) * 32 + m.length);
    }
  }
  return shapes;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 160 || c === 10 || c === 13;
}

/**
 * Cheap pre-check before the regex parser: dates (`/`, `-`, `:` after the first digit) are never
 * numbers, and digits-and-dots only are a number only as 3-digit groups (`1.234.567`, not the
 * code `64.71.01`).
 */
function looksLikeLocalNumber(s: string, start: number): boolean {
  let onlyDots = true;
  for (let i = start; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 47 /* / */ || c === 58 /* : */ || c === 45 /* - */) return false;
    if (!isDigit(c) && c !== 46) onlyDots = false;
  }
  if (!onlyDots) return true;
  // digits and dots: 1–3 digits, then groups of exactly 3
  let group = 0;
  let first = true;
  for (let i = start; i < s.length; i++) {
    if (s.charCodeAt(i) === 46) {
      if ((first && (group < 1 || group > 3)) || (!first && group !== 3)) return false;
      first = false;
      group = 0;
    } else group++;
  }
  return !first && group === 3;
}

/** A classifier bound to a set of lower-case missing-value markers. */
export function createCellClassifier(markers: ReadonlySet<string>): (s: string) => CellKind {
  const shapes = markerShapes(markers);
  return (s) => classify(s, markers, shapes);
}

/**
 * The engine's kind of a cell given the input's declared missing values: a declared value is
 * Empty, and the default markers the input declares are no markers. Also used by hosts that
 * classify cells before they reach the engine (InputRow.kinds).
 */
export function cellKindsFor(
  missingValues: readonly string[] | undefined,
): (s: string) => CellKind {
  const declared = new Set(missingValues ?? []);
  const markers = new Set([...DEFAULT_MISSING_MARKERS].filter((m) => !declared.has(m)));
  const classifyCell = createCellClassifier(markers);
  return declared.size > 0
    ? (s) => (declared.has(s) ? CellKind.Empty : classifyCell(s))
    : classifyCell;
}

/** Classify a cell value. `markers` are lower-case missing-value markers. */
export function classifyCell(s: string, markers: ReadonlySet<string>): CellKind {
  return classify(s, markers, markerShapes(markers));
}

function classify(s: string, markers: ReadonlySet<string>, shapes: ReadonlySet<number>): CellKind {
  const len = s.length;
  if (len === 0) return CellKind.Empty;
  const c0 = s.charCodeAt(0);
  if (isSpace(c0) || isSpace(s.charCodeAt(len - 1))) {
    const t = s.trim();
    if (t === '') return CellKind.Blank;
    return classify(t, markers, shapes);
  }
  let i = 0;
  if (c0 === 45 /* - */ && len > 1) i = 1;
  const c = s.charCodeAt(i);
  if (isDigit(c)) {
    const start = i;
    while (i < len && isDigit(s.charCodeAt(i))) i++;
    if (i === len) return CellKind.Int;
    const intDigits = i - start;
    const ch = s.charCodeAt(i);
    if (ch === 46 /* . */) {
      const fracStart = ++i;
      while (i < len && isDigit(s.charCodeAt(i))) i++;
      const frac = i - fracStart;
      if (i === len && frac > 0) {
        return frac === 3 && intDigits <= 3 ? CellKind.DotGroup : CellKind.Dec;
      }
      if (frac > 0 && i < len) {
        const e = s.charCodeAt(i);
        if ((e === 69 || e === 101) && /^-?\d+\.\d+[eE][+-]?\d+$/.test(s)) return CellKind.Sci;
      }
    } else if ((ch === 69 || ch === 101) && /^-?\d+[eE][+-]?\d+$/.test(s)) {
      return CellKind.Sci;
    }
    return looksLikeLocalNumber(s, start) && parseIndonesianNumber(s)
      ? CellKind.IdNum
      : CellKind.Text;
  }
  if ((c0 === 82 || c0 === 114) /* R r */ && len > 2 && (s[1] === 'p' || s[1] === 'P')) {
    return parseIndonesianNumber(s) ? CellKind.IdNum : CellKind.Text;
  }
  if (len <= MAX_MARKER_LENGTH) {
    if (
      (shapes.has((c0 | 32) * 32 + len) || shapes.has(c0 * 32 + len)) &&
      markers.has(s.toLowerCase())
    ) {
      return CellKind.Missing;
    }
  }
  return CellKind.Text;
}

export function isNumericKind(k: number): boolean {
  return k === CellKind.Int || k === CellKind.Dec || k === CellKind.DotGroup;
}

export function isEmptyKind(k: number): boolean {
  return k === CellKind.Empty || k === CellKind.Blank;
}
