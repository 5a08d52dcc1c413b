import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import type { CellFinding } from '../../../src/shared/model/finding';
import { runValidation } from '../../../src/main/core/validate/engine';
import { RULES } from '../../../src/main/core/validate/rules';
import type {
  InputColumn,
  InputRow,
  Rule,
  RowKind,
  ValidationInput,
} from '../../../src/main/core/validate/types';
import { createBalikpapanLookup } from '../../rules/support/balikpapan-regions';

function columns(...labels: string[]): InputColumn[] {
  return labels.map((label, index) => ({ index, label, name: label }));
}

function input(
  cols: InputColumn[],
  rows: Iterable<InputRow> | AsyncIterable<InputRow>,
): ValidationInput {
  return { columns: cols, headerRow: 1, rows, context: { lang: 'id' } };
}

function* numbered(n: number, make: (i: number) => string[]): Generator<InputRow> {
  for (let i = 0; i < n; i++) yield { line: i + 2, cells: make(i) };
}

describe('runValidation', () => {
  it('reports progress with the row count and the total', async () => {
    const seen: { rows: number; totalRows?: number }[] = [];
    const rows = [...numbered(25, (i) => [String(i)])];
    await runValidation(
      { ...input(columns('jumlah'), rows), rowCount: 25 },
      { onProgress: (p) => seen.push(p), progressEvery: 10 },
    );
    expect(seen[0]).toEqual({ rows: 0, totalRows: 25 });
    expect(seen.map((p) => p.rows)).toContain(10);
    expect(seen.at(-1)).toEqual({ rows: 25, totalRows: 25 });
  });

  it('reads async iterables like sync ones', async () => {
    async function* rows(): AsyncGenerator<InputRow> {
      yield* numbered(3, (i) => ['a', String(i)]);
      yield { line: 5, cells: ['a', '0'] };
    }
    const sync = await runValidation(
      input(columns('nama', 'jumlah'), [
        ...numbered(3, (i) => ['a', String(i)]),
        { line: 5, cells: ['a', '0'] },
      ]),
      { only: ['baris-duplikat'] },
    );
    const fromAsync = await runValidation(input(columns('nama', 'jumlah'), rows()), {
      only: ['baris-duplikat'],
    });
    expect(fromAsync.findings).toEqual(sync.findings);
    expect(fromAsync.findings.map((f) => f.row)).toEqual([5]);
  });

  it('throws AppError kind cancelled when the signal aborts, and releases the source', async () => {
    const pre = new AbortController();
    pre.abort();
    await expect(
      runValidation(input(columns('a'), []), { signal: pre.signal }),
    ).rejects.toMatchObject({
      kind: 'cancelled',
    });

    const ctrl = new AbortController();
    let closed = false;
    function* endless(): Generator<InputRow> {
      try {
        for (let i = 0; ; i++) yield { line: i + 2, cells: [String(i)] };
      } finally {
        closed = true;
      }
    }
    const run = runValidation(input(columns('jumlah'), endless()), {
      signal: ctrl.signal,
      yieldEvery: 100,
      progressEvery: 100,
      onProgress: (p) => {
        if (p.rows >= 1000) ctrl.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(AppError);
    await expect(run).rejects.toMatchObject({ kind: 'cancelled', code: 'validation-cancelled' });
    expect(closed).toBe(true);
  });

  it('groups many occurrences into one finding with capped rows and a count', async () => {
    const cells: CellFinding[] = [];
    const report = await runValidation(
      {
        ...input(
          columns('jumlah', 'satuan'),
          numbered(5000, (i) => [String(i), '']),
        ),
        columns: [
          { index: 0, label: 'jumlah', name: 'jumlah' },
          { index: 1, label: 'satuan', name: 'satuan' },
        ],
      },
      { only: ['nilai-wajib-kosong'], maxRowsPerFinding: 100, onCell: (c) => cells.push(c) },
    );
    expect(report.findings).toHaveLength(1);
    const f = report.findings[0];
    expect(f).toMatchObject({ code: 'nilai-wajib-kosong', row: 2, column: 'satuan', count: 5000 });
    expect(f?.rows).toHaveLength(100);
    expect(f?.rows?.slice(0, 3)).toEqual([2, 3, 4]);
    expect(f?.message).toContain('5000 baris');
    // every single cell still reaches the host
    expect(cells).toHaveLength(5000);
    expect(cells[4999]).toMatchObject({ row: 5001, column: 'satuan', columnIndex: 1 });
  });

  it('keeps a million bad cells to a handful of findings', async () => {
    const report = await runValidation(
      {
        columns: [
          {
            index: 0,
            label: 'tahun',
            name: 'tahun',
            inferred: { type: 'year', confidence: 1, misfits: [] },
          },
          {
            index: 1,
            label: 'jumlah',
            name: 'jumlah',
            inferred: { type: 'integer', confidence: 1, misfits: [] },
          },
        ],
        headerRow: 1,
        rows: numbered(500_000, (i) => [`th${i % 7}`, `x${i}`]),
        rowCount: 500_000,
        context: { lang: 'en' },
      },
      { only: ['tipe-tidak-sesuai'], maxGroupsPerColumn: 20 },
    );
    // distinct values get their own finding up to 20 per column, the rest join an overflow group
    expect(report.findings.length).toBeLessThanOrEqual(2 * 21);
    const total = report.findings.reduce((n, f) => n + (f.count ?? 1), 0);
    expect(total).toBe(1_000_000);
    expect(JSON.stringify(report).length).toBeLessThan(1_000_000);
    expect(report.summary.errors).toBe(report.findings.length);
  });

  it('checks rule options against the rule schema', async () => {
    await expect(
      runValidation(input(columns('a'), []), {
        only: ['total-tidak-cocok'],
        ruleOptions: { 'total-tidak-cocok': { maxDetailRows: 'many' } },
      }),
    ).rejects.toMatchObject({ kind: 'invalid-argument', code: 'rule-options-invalid' });
  });

  it('turns a failing rule into AppError kind bug naming the rule', async () => {
    const broken: Rule = {
      code: 'baris-kosong',
      category: 'structure',
      severity: 'warning',
      scope: 'row',
      create: () => ({
        row() {
          throw new Error('boom');
        },
      }),
    };
    await expect(
      runValidation(input(columns('a'), [{ line: 2, cells: ['x'] }]), { rules: [broken] }),
    ).rejects.toMatchObject({
      kind: 'bug',
      code: 'rule-failed',
      message: expect.stringContaining('baris-kosong'),
    });
  });

  it('applies severity overrides and exclusions', async () => {
    const rows = [{ line: 2, cells: [' a'] }];
    const r1 = await runValidation(input(columns('nama'), rows), {
      only: ['spasi-berlebih'],
      severity: { 'spasi-berlebih': 'info' },
    });
    expect(r1.findings[0]?.severity).toBe('info');
    const r2 = await runValidation(input(columns('nama'), rows), { exclude: ['spasi-berlebih'] });
    expect(r2.findings.some((f) => f.code === 'spasi-berlebih')).toBe(false);
  });

  it('classifies rows once: blank, note, total and data', async () => {
    const kinds: [number, RowKind][] = [];
    const spy: Rule = {
      code: 'baris-kosong',
      category: 'structure',
      severity: 'warning',
      scope: 'row',
      create: () => ({ row: (r) => void kinds.push([r.line, r.kind]) }),
    };
    await runValidation(
      {
        columns: columns('kode_kecamatan', 'nama_kecamatan', 'jumlah'),
        headerRow: 1,
        rows: [
          { line: 2, cells: ['64.71.01', 'Balikpapan Timur', '5'] },
          { line: 3, cells: ['', '', ''] },
          { line: 4, cells: ['', 'Kota Balikpapan', '5'] },
          { line: 5, cells: ['', 'Jumlah', '10'] },
          { line: 6, cells: ['Sumber: Dinas Kesehatan', '', ''] },
          { line: 7, cells: ['64.71.06', 'Balikpapan Kota', '5'] },
        ],
        context: { lang: 'id', regions: createBalikpapanLookup() },
      },
      { rules: [spy] },
    );
    expect(kinds).toEqual([
      [2, 'data'],
      [3, 'blank'],
      [4, 'total'],
      [5, 'total'],
      [6, 'note'],
      [7, 'data'],
    ]);
  });

  it('runs every registered rule on an empty table without findings beyond dataset level', async () => {
    const report = await runValidation(input(columns('kode', 'nama'), []));
    expect(report.findings.every((f) => f.row === null)).toBe(true);
    expect(report.rowCount).toBe(0);
    expect(RULES.length).toBeGreaterThanOrEqual(40);
  });
});
