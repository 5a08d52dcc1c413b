/**
 * Finding the table in the first records of a file: title rows above it, a header of one or
 * more rows (flattened into one label per column), and where the data starts.
 *
 * - A title row has a single non-empty cell (or, above a wide table, fewer than half of the
 *   columns filled) and sits above the header. Its text becomes the proposed title.
 * - The header is the first row that fills at least half of the table's columns. Labels that
 *   look like numbers (`2022`, `2023`) do not make it data: only `noHeader` says so.
 * - A second header row sits under a header row whose label spans several columns (blank
 *   cells after it, as Excel writes merged cells to CSV, or the same label repeated, as the
 *   XLSX reader fills merged cells): it has sub-labels under the span and nothing new under
 *   the other labels. `Kode;Kelurahan;SD;;SMP;` + `;;Negeri;Swasta;Negeri;Swasta` gives
 *   `SD - Negeri`, `SD - Swasta`, `SMP - Negeri`, `SMP - Swasta`.
 */
import { uniqueNames } from './column-names';
import { parseCurrency, parseIndonesianNumber, parsePercentage } from './number-format';

export { toSnakeCase, uniqueNames } from './column-names';

export interface Layout {
  /** physical lines of the rows above the header (title rows) */
  titleLines: number[];
  /** proposed dataset title: the title rows' text joined by ' — ' */
  title?: string;
  /** physical lines of the header rows (empty when noHeader) */
  headerLines: number[];
  /** physical line of the last header row; 0 when noHeader */
  headerRow: number;
  /** index into `records` of the first data record (records.length when there is none) */
  dataStartIndex: number;
  /** one label per column; multi-row headers flattened with ' - '; '' for a blank header cell */
  labels: string[];
  /** proposed unique snake_case names, one per column */
  names: string[];
  columnCount: number;
}

export interface LayoutOptions {
  /** the file has no header row: every row after the title rows is data */
  noHeader?: boolean;
  /** physical line of the (last) header row, overriding detection */
  headerRow?: number;
}

/** How many header rows a table may have. */
const MAX_HEADER_ROWS = 3;
/** How far down the header is looked for (non-blank rows). */
const HEADER_SEARCH_ROWS = 30;
const LABEL_JOIN = ' - ';
const TITLE_JOIN = ' — ';

const FOOTNOTE =
  /^(?:sumber|catatan|keterangan|ket|note|notes|source)(?:\s*\/\s*(?:source|note|notes))?\s*:/i;

/**
 * A footnote row under a table: its first non-empty cell starts with `Sumber:`, `Catatan:`,
 * `Keterangan:`, `Ket:`, `Note:` or `Source:` (any case, `Sumber/Source:` too) and every other
 * cell is empty. Only meaningful at the end of the table; the caller decides that.
 */
export function isFootnoteRow(cells: readonly string[]): boolean {
  let found = false;
  for (const cell of cells) {
    const c = cell.trim();
    if (c === '') continue;
    if (found) return false;
    if (!FOOTNOTE.test(c)) return false;
    found = true;
  }
  return found;
}

function nonEmptyCount(row: readonly string[]): number {
  let n = 0;
  for (const c of row) if (c !== '') n++;
  return n;
}

/** 1 + index of the last non-empty cell (0 for a blank row). */
function usedWidth(row: readonly string[]): number {
  for (let i = row.length - 1; i >= 0; i--) if (row[i] !== '') return i + 1;
  return 0;
}

/**
 * The table's width: the most common used width among rows with two or more cells, when such
 * rows are not a rare exception (a one-column file with a stray unquoted comma stays 1 wide).
 */
function tableWidth(rows: readonly string[][]): number {
  const freq = new Map<number, number>();
  let nonBlank = 0;
  let wide = 0;
  for (const r of rows) {
    const filled = nonEmptyCount(r);
    if (filled > 0) nonBlank++;
    if (filled < 2) continue;
    wide++;
    freq.set(usedWidth(r), (freq.get(usedWidth(r)) ?? 0) + 1);
  }
  if (wide < 2 && nonBlank > wide + 1) return 1;
  if (wide < nonBlank * 0.2) return 1;
  let width = 1;
  let best = 0;
  for (const [w, f] of freq) {
    if (f > best || (f === best && w > width)) {
      width = w;
      best = f;
    }
  }
  return width;
}

const YEAR = /^(?:19|20)\d\d$/;
const CODE_OR_DATE = /^[\d.\-/,: ]+$/;

/** A value that reads as data (number, money, percent, code, date), not as a label. */
function looksLikeValue(cell: string): boolean {
  return (
    parseIndonesianNumber(cell) !== null ||
    parsePercentage(cell) !== null ||
    parseCurrency(cell) !== null ||
    CODE_OR_DATE.test(cell)
  );
}

/**
 * For each column, the column of the upper-row label that covers it: the label itself, blank
 * cells after it, or the same label repeated (merged cell filled). -1 for leading blanks.
 */
function spanHeads(upper: readonly string[], width: number): number[] {
  const heads: number[] = [];
  let head = -1;
  for (let j = 0; j < width; j++) {
    const u = upper[j] ?? '';
    if (u !== '' && !(head >= 0 && u === upper[head])) head = j;
    heads.push(u === '' && head < 0 ? -1 : head);
  }
  return heads;
}

/** Is `lower` a second header row under `upper` (see the module comment)? */
function isSubHeader(upper: readonly string[], lower: readonly string[]): boolean {
  const width = Math.max(upper.length, lower.length);
  const heads = spanHeads(upper, width);
  const spanSize = new Map<number, number>();
  for (const h of heads) if (h >= 0) spanSize.set(h, (spanSize.get(h) ?? 0) + 1);
  const subLabels = new Map<number, number>();
  for (let j = 0; j < width; j++) {
    const l = lower[j] ?? '';
    if (l === '' || l === (upper[j] ?? '')) continue;
    const head = heads[j] as number;
    const inSpan = head >= 0 && (spanSize.get(head) ?? 0) >= 2;
    if (inSpan) {
      if (looksLikeValue(l) && !YEAR.test(l)) return false;
      subLabels.set(head, (subLabels.get(head) ?? 0) + 1);
    } else if (head < 0) {
      // a label under a leading blank (the stub column's name written on the lower row)
      if (looksLikeValue(l)) return false;
    } else {
      return false; // something new under a single-column label: that is data
    }
  }
  for (const n of subLabels.values()) if (n >= 2) return true;
  return false;
}

/** Flatten header rows: upper levels forward-filled over blanks, equal levels merged. */
function flattenHeader(levels: readonly string[][], width: number): string[] {
  const filled = levels.map((row, level) => {
    const out: string[] = [];
    let last = '';
    for (let j = 0; j < width; j++) {
      const c = row[j] ?? '';
      if (c !== '') last = c;
      out.push(level < levels.length - 1 ? (c !== '' ? c : last) : c);
    }
    return out;
  });
  const labels: string[] = [];
  for (let j = 0; j < width; j++) {
    const parts: string[] = [];
    for (const row of filled) {
      const c = row[j] as string;
      if (c !== '' && c !== parts[parts.length - 1]) parts.push(c);
    }
    labels.push(parts.join(LABEL_JOIN));
  }
  return labels;
}

function titleOf(rows: readonly string[][]): string | undefined {
  const parts = rows.map((r) => r.filter((c) => c !== '').join(' ')).filter((t) => t !== '');
  return parts.length > 0 ? parts.join(TITLE_JOIN) : undefined;
}

/**
 * Find title rows, header rows and the start of the data in the first records of a file.
 * `records` are parsed cells (up to ~200 records), `lines` the physical line (or sheet row)
 * where each record starts. Cells are compared trimmed; blank records are skipped.
 */
export function detectLayout(
  records: readonly string[][],
  lines: readonly number[],
  opts: LayoutOptions = {},
): Layout {
  const rows = records.map((r) => r.map((c) => c.trim()));
  const lineOf = (i: number): number => lines[i] ?? i + 1;
  const nonBlank: number[] = [];
  rows.forEach((r, i) => {
    if (nonEmptyCount(r) > 0) nonBlank.push(i);
  });
  const nextNonBlank = (after: number): number => {
    for (const i of nonBlank) if (i > after) return i;
    return rows.length;
  };
  const widthFrom = (from: number, extra: readonly string[][]): number => {
    let w = 0;
    for (const r of extra) w = Math.max(w, usedWidth(r));
    for (let i = from; i < rows.length; i++) w = Math.max(w, usedWidth(rows[i] as string[]));
    return w;
  };

  if (nonBlank.length === 0) {
    return {
      titleLines: [],
      headerLines: [],
      headerRow: 0,
      dataStartIndex: records.length,
      labels: [],
      names: [],
      columnCount: 0,
    };
  }

  const width = tableWidth(rows);
  const headerMin = width >= 2 ? Math.max(2, Math.ceil(width / 2)) : 1;
  const isTitleLike = (i: number): boolean => nonEmptyCount(rows[i] as string[]) < headerMin;

  if (opts.noHeader) {
    let start = nonBlank[0] as number;
    if (width >= 2) {
      for (const i of nonBlank.slice(0, HEADER_SEARCH_ROWS)) {
        start = i;
        if (!isTitleLike(i)) break;
      }
      if (isTitleLike(start)) start = nonBlank[0] as number;
    }
    const titleIdx = nonBlank.filter((i) => i < start);
    const columnCount = widthFrom(start, []);
    const labels = Array.from({ length: columnCount }, (_, j) => `Kolom ${j + 1}`);
    const title = titleOf(titleIdx.map((i) => rows[i] as string[]));
    return {
      titleLines: titleIdx.map(lineOf),
      ...(title !== undefined ? { title } : {}),
      headerLines: [],
      headerRow: 0,
      dataStartIndex: start,
      labels,
      names: uniqueNames(labels),
      columnCount,
    };
  }

  let headerIdx: number[];
  if (opts.headerRow !== undefined) {
    const wanted = opts.headerRow;
    let last = nonBlank[0] as number;
    for (const i of nonBlank) if (lineOf(i) <= wanted) last = i;
    headerIdx = [last];
    // the rows above it are header rows too when they are the upper levels of its labels
    for (let k = nonBlank.indexOf(last) - 1; k >= 0 && headerIdx.length < MAX_HEADER_ROWS; k--) {
      const above = nonBlank[k] as number;
      if (!isSubHeader(rows[above] as string[], rows[headerIdx[0] as number] as string[])) break;
      headerIdx.unshift(above);
    }
  } else {
    let first = nonBlank[0] as number;
    if (width >= 2) {
      let best = first;
      let found = false;
      for (const i of nonBlank.slice(0, HEADER_SEARCH_ROWS)) {
        if (!isTitleLike(i)) {
          first = i;
          found = true;
          break;
        }
        if (nonEmptyCount(rows[i] as string[]) > nonEmptyCount(rows[best] as string[])) best = i;
      }
      if (!found) first = best;
    }
    headerIdx = [first];
    // an upper header level with a single label over a span (`;Jenis Kelamin;`) fills fewer
    // than half of the columns; a title (one cell in the first column) never is one
    for (let k = nonBlank.indexOf(first) - 1; k >= 0 && headerIdx.length < MAX_HEADER_ROWS; k--) {
      const above = rows[nonBlank[k] as number] as string[];
      const titleShaped = nonEmptyCount(above) === 1 && above[0] !== '';
      if (titleShaped || !isSubHeader(above, rows[headerIdx[0] as number] as string[])) break;
      headerIdx.unshift(nonBlank[k] as number);
    }
    while (headerIdx.length < MAX_HEADER_ROWS) {
      const next = nextNonBlank(headerIdx[headerIdx.length - 1] as number);
      if (next >= rows.length) break;
      if (
        !isSubHeader(
          rows[headerIdx[headerIdx.length - 1] as number] as string[],
          rows[next] as string[],
        )
      ) {
        break;
      }
      headerIdx.push(next);
    }
  }

  const lastHeader = headerIdx[headerIdx.length - 1] as number;
  const titleIdx = nonBlank.filter((i) => i < (headerIdx[0] as number));
  const dataStartIndex = nextNonBlank(lastHeader);
  const levels = headerIdx.map((i) => rows[i] as string[]);
  const columnCount = widthFrom(dataStartIndex, levels);
  const labels = flattenHeader(levels, columnCount);
  const title = titleOf(titleIdx.map((i) => rows[i] as string[]));
  return {
    titleLines: titleIdx.map(lineOf),
    ...(title !== undefined ? { title } : {}),
    headerLines: headerIdx.map(lineOf),
    headerRow: lineOf(lastHeader),
    dataStartIndex,
    labels,
    names: uniqueNames(labels),
    columnCount,
  };
}
