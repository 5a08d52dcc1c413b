import { defineRule } from '../define-rule';
import { rowHashes } from '../hash';
import { HashTable64 } from '../hash-table';
import { truncate } from '../rule-helpers';

/**
 * The same key with different values. The key is every non-measure column (codes, names,
 * categories, period), leaving out measures, satuan, free text and row counters; the values
 * are the measures and satuan. With a declared primary key, kunci-primer-duplikat reports
 * instead. Both rows of a conflict are listed.
 */
export default defineRule({
  code: 'duplikat-kunci-bertentangan',
  scope: 'row',
  create(ctx) {
    const hasPk = (ctx.input.primaryKey ?? []).length > 0;
    const keyCols = ctx.columns.filter((c) => c.isKey).map((c) => c.index);
    const valueCols = ctx.columns
      .filter((c) => c.isMeasure || c.role === 'unit')
      .map((c) => c.index);
    const active = !hasPk && keyCols.length > 0 && valueCols.length > 0;
    const slots = new HashTable64(Math.min(ctx.input.rowCount ?? 1024, 4_000_000));
    let firstLine = new Int32Array(1024);
    let valueHi = new Uint32Array(1024);
    let valueLo = new Uint32Array(1024);
    let reported = new Uint8Array(1024);
    let n = 0;
    const hashes = rowHashes(ctx);

    const grow = (): void => {
      const size = firstLine.length * 2;
      const f = new Int32Array(size);
      f.set(firstLine);
      firstLine = f;
      const h = new Uint32Array(size);
      h.set(valueHi);
      valueHi = h;
      const l = new Uint32Array(size);
      l.set(valueLo);
      valueLo = l;
      const r = new Uint8Array(size);
      r.set(reported);
      reported = r;
    };

    return {
      row(row) {
        if (!active || row.kind !== 'data') return;
        hashes.update(row);
        const { hi: vHi, lo: vLo } = hashes.combine(valueCols);
        const key = hashes.combine(keyCols);
        const existing = slots.getOrSet(key.hi, key.lo, n + 1);
        if (existing === 0) {
          if (n >= firstLine.length) grow();
          firstLine[n] = row.line;
          valueHi[n] = vHi;
          valueLo[n] = vLo;
          n++;
          return;
        }
        const slot = existing - 1;
        if (valueHi[slot] === vHi && valueLo[slot] === vLo) return;
        const first = firstLine[slot] ?? row.line;
        const keyText = truncate(keyCols.map((i) => (row.cells[i] ?? '').trim()).join(', '), 100);
        const group = String(first);
        if (!reported[slot]) {
          reported[slot] = 1;
          ctx.report({ row: first, params: { key: keyText, first }, group });
        }
        ctx.report({ row: row.line, params: { key: keyText, first }, group });
      },
    };
  },
});
