import { defineRule, option } from '../define-rule';
import { normalizedHash } from '../hash';
import { formatPlainNumber, parseIndonesianNumber } from '../number-format';
import { isTotalWord } from '../row-kind';
import { CellKind, type ColumnInfo } from '../types';

interface TotalRow {
  line: number;
  /** hashes of the key cells */
  keys: number[];
  /** the key cells as written */
  raw: string[];
  /** the measure values (null when empty or not a number) */
  values: (number | null)[];
  texts: string[];
}

/**
 * Total/subtotal rows checked as check values: each additive measure of a total row is compared
 * with the sum of the detail rows it summarises — the detail rows that agree with it on every
 * key column where the total row holds a value that also occurs in the detail rows (blank
 * cells, "Jumlah" and values like "LAKI-LAKI + PEREMPUAN" are the aggregated dimensions).
 *
 * Detail rows are kept as hashes and numbers up to `maxDetailRows` (default 200 000); larger
 * tables are not checked.
 */
export default defineRule({
  code: 'total-tidak-cocok',
  scope: 'table',
  optionsSchema: {
    type: 'object',
    properties: { maxDetailRows: { type: 'integer', minimum: 1 } },
    additionalProperties: false,
  },
  create(ctx) {
    const maxRows = option(ctx, 'maxDetailRows', 200_000);
    // identifiers are never what a total row sums over
    const keyCols = ctx.columns.filter((c) => c.isKey && c.role !== 'identifier');
    const measures = ctx.columns.filter(
      (c) => c.isMeasure && (c.type === 'integer' || c.isCount) && c.type !== 'percentage',
    );
    const active = keyCols.length > 0 && measures.length > 0;
    if (!active) return {};
    let n = 0;
    let overflow = false;
    let keys = keyCols.map(() => new Int32Array(1024));
    let nums = measures.map(() => new Float64Array(1024));
    const totals: TotalRow[] = [];

    // consecutive rows often repeat a key value: remember the last value per key column
    const lastRaw: string[] = keyCols.map(() => '\u0000');
    const lastKey = new Int32Array(keyCols.length);
    const keyById: (number | undefined)[][] = keyCols.map(() => []);
    const keyOf = (col: ColumnInfo, v: string): number =>
      normalizedHash(v, col.role === 'region-code') | 0;
    const keyAt = (k: number, col: ColumnInfo, v: string): number => {
      if (v === lastRaw[k]) return lastKey[k] ?? 0;
      const h = keyOf(col, v);
      lastRaw[k] = v;
      lastKey[k] = h;
      return h;
    };
    const num = (v: string, kind: number): number => {
      if (kind === CellKind.Int || kind === CellKind.Dec) return +v;
      if (kind === CellKind.Empty || kind === CellKind.Blank || kind === CellKind.Missing) return 0;
      const p = parseIndonesianNumber(v, 'thousands');
      return p ? p.value : Number.NaN;
    };

    return {
      row(row) {
        if (!active || overflow) return;
        if (row.kind === 'total') {
          totals.push({
            line: row.line,
            keys: keyCols.map((c) => keyOf(c, row.cells[c.index] ?? '')),
            raw: keyCols.map((c) => row.cells[c.index] ?? ''),
            values: measures.map((m) => {
              const k = row.kinds[m.index] ?? CellKind.Empty;
              if (k === CellKind.Empty || k === CellKind.Blank || k === CellKind.Missing)
                return null;
              const v = num(row.cells[m.index] ?? '', k);
              return Number.isNaN(v) ? null : v;
            }),
            texts: measures.map((m) => row.cells[m.index] ?? ''),
          });
          return;
        }
        if (row.kind !== 'data') return;
        if (n >= maxRows) {
          overflow = true;
          keys = [];
          nums = [];
          return;
        }
        if (n >= (keys[0]?.length ?? 0)) {
          keys = keys.map((a) => {
            const b = new Int32Array(a.length * 2);
            b.set(a);
            return b;
          });
          nums = nums.map((a) => {
            const b = new Float64Array(a.length * 2);
            b.set(a);
            return b;
          });
        }
        const ids = row.ids;
        const at = row.idAt ?? 0;
        for (let k = 0; k < keyCols.length; k++) {
          const c = keyCols[k] as ColumnInfo;
          const arr = keys[k] as Int32Array;
          // the hash per dictionary id (RowView.ids) when the cell has one
          const id = ids ? (ids[at + c.index] ?? -1) : -1;
          const byId = keyById[k] as (number | undefined)[];
          let h = id >= 0 ? byId[id] : undefined;
          if (h === undefined) {
            h = keyAt(k, c, row.cells[c.index] ?? '');
            if (id >= 0) byId[id] = h;
          }
          arr[n] = h;
        }
        measures.forEach((m, k) => {
          const arr = nums[k];
          if (arr) arr[n] = num(row.cells[m.index] ?? '', row.kinds[m.index] ?? CellKind.Empty);
        });
        n++;
      },
      end() {
        if (!active || overflow || totals.length === 0 || n === 0) return;
        const present = keys.map((arr) => {
          const s = new Set<number>();
          for (let r = 0; r < n; r++) s.add(arr[r] ?? 0);
          return s;
        });
        for (const t of totals) {
          const raw = t.raw;
          const fixed: number[] = [];
          keyCols.forEach((_c, k) => {
            const text = (raw[k] ?? '').trim();
            if (text === '' || isTotalWord(text)) return;
            if (present[k]?.has(t.keys[k] ?? 0)) fixed.push(k);
          });
          const sums = measures.map(() => 0);
          const broken = measures.map(() => false);
          let matched = 0;
          for (let r = 0; r < n; r++) {
            let ok = true;
            for (const k of fixed) {
              if ((keys[k]?.[r] ?? 0) !== t.keys[k]) {
                ok = false;
                break;
              }
            }
            if (!ok) continue;
            matched++;
            for (let m = 0; m < measures.length; m++) {
              const v = nums[m]?.[r] ?? 0;
              if (Number.isNaN(v)) broken[m] = true;
              else sums[m] = (sums[m] ?? 0) + v;
            }
          }
          if (matched === 0) continue;
          measures.forEach((col, m) => {
            const declared = t.values[m];
            const sum = sums[m] ?? 0;
            if (declared === null || declared === undefined || broken[m]) return;
            if (Math.abs(declared - sum) <= 1e-9 * Math.max(1, Math.abs(sum))) return;
            const computed = formatPlainNumber(sum);
            const text = t.texts[m] ?? '';
            ctx.report({
              row: t.line,
              column: col.index,
              value: text,
              suggestion: computed,
              params: { value: text, computed, count: matched },
              group: String(t.line),
            });
          });
        }
      },
    };
  },
});
