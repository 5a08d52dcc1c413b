/**
 * NIK structure (domain §5.2): 16 digits = region code (6: province, kab/kota, kecamatan),
 * day-month-year (6; by the NIK convention the day may be increased by 40, so 01–31 or 41–71)
 * and a serial number (4). One scan per run, shared by the NIK rules: it remembers the rows
 * whose NIK is impossible and those whose day field is 41–71, per column, and which columns are
 * NIK columns (by name, or by their values through the personal-data scanner).
 *
 * Nothing here derives a person's sex or birth date; the rules never print them either.
 */
import { IdTable } from './hash';
import { personalDataScanner, PROVINCE_CODES, type PersonalDataScanner } from './personal-data';
import type { ColumnInfo, RowView, RuleContext } from './types';

export type NikProblem = 'panjang' | 'wilayah' | 'tanggal' | 'bulan' | 'urut';

const NIK_NAME_RE = /(^|_)(nik|nomor_induk_kependudukan|no_ktp|ktp)(_|$)/;
const MAX_ROWS = 1000;

function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The two-digit number at `i` of a digit string. */
function pair(s: string, i: number): number {
  return (s.charCodeAt(i) - 48) * 10 + (s.charCodeAt(i + 1) - 48);
}

/** Why a digit string cannot be a NIK, or undefined when its structure is possible. */
export function nikProblem(digits: string): NikProblem | undefined {
  if (digits.length !== 16) return 'panjang';
  if (!PROVINCE_CODES.has(digits.slice(0, 2)) || pair(digits, 2) === 0) return 'wilayah';
  const day = pair(digits, 6);
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return 'tanggal';
  const month = pair(digits, 8);
  if (month < 1 || month > 12) return 'bulan';
  if (pair(digits, 12) === 0 && pair(digits, 14) === 0) return 'urut';
  return undefined;
}

/** A structurally possible NIK whose day field uses the +40 convention (41–71). */
export function nikDayAbove40(digits: string): boolean {
  const day = pair(digits, 6);
  return day >= 41 && day <= 71;
}

export interface RowList {
  count: number;
  /** the first rows (capped) */
  rows: number[];
}

interface NikColumnScan {
  col: ColumnInfo;
  named: boolean;
  above40: RowList;
  problems: Map<NikProblem, RowList>;
}

function push(list: RowList, line: number): void {
  list.count++;
  if (list.rows.length < MAX_ROWS) list.rows.push(line);
}

export class NikScan {
  private lastLine = Number.NaN;
  private lastCells: readonly string[] | null = null;
  private readonly scans: NikColumnScan[];
  private readonly digitsById: IdTable;

  constructor(
    columns: readonly ColumnInfo[],
    private readonly personal: PersonalDataScanner,
  ) {
    this.scans = columns
      .filter((c) => !c.isMeasure && c.role !== 'year' && c.role !== 'region-code')
      .map((col) => ({
        col,
        named: NIK_NAME_RE.test(col.name),
        above40: { count: 0, rows: [] },
        problems: new Map(),
      }));
    this.digitsById = new IdTable(columns.length);
  }

  get empty(): boolean {
    return this.scans.length === 0;
  }

  feed(row: RowView): void {
    this.personal.feed(row);
    if (row.kind !== 'data') return;
    if (row.line === this.lastLine && row.cells === this.lastCells) return;
    this.lastLine = row.line;
    this.lastCells = row.cells;
    const ids = row.ids;
    const at = row.idAt ?? 0;
    for (const s of this.scans) {
      const i = s.col.index;
      // most columns never hold a NIK: the verdict per dictionary id (0 not judged, 1 not a
      // digit string, 2 digits) spares reading the cell
      const id = ids ? (ids[at + i] ?? -1) : -1;
      const known = id >= 0 ? this.digitsById.get(i, id) : 0;
      if (known === 1) continue;
      const raw = row.cells[i] ?? '';
      const v = s.named ? raw.trim() : raw;
      if (known === 0) {
        // unnamed columns: only 16-digit values are looked at (cheap length test first)
        const digits = (s.named || raw.length === 16) && allDigits(v);
        if (id >= 0) this.digitsById.set(i, id, digits ? 2 : 1);
        if (!digits) continue;
      }
      const problem = nikProblem(v);
      if (problem) {
        let list = s.problems.get(problem);
        if (!list) s.problems.set(problem, (list = { count: 0, rows: [] }));
        push(list, row.line);
      } else if (nikDayAbove40(v)) push(s.above40, row.line);
    }
  }

  /** The NIK columns with what was found in them (after all rows were fed). */
  columns(): NikColumnScan[] {
    const byValues = new Set(
      this.personal
        .columnsFound()
        .filter((p) => p.kind === 'nik')
        .map((p) => p.col.index),
    );
    return this.scans.filter((s) => s.named || byValues.has(s.col.index));
  }
}

export function nikScan(ctx: RuleContext): NikScan {
  return ctx.shared('nik-scan', () => new NikScan(ctx.columns, personalDataScanner(ctx)));
}
