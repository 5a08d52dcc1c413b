// The grid over an imported dataset: rows written by ImportWriter (array and joined-batch
// paths alike), typed sorts with positional pages, typed filters and column profiles.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportWriter } from '../../../src/main/core/ingest/import-writer';
import { encodeRows } from '../../../src/main/core/ingest/row-batch';
import { columnTypesOf, pageRows, profileColumn } from '../../../src/main/core/store/rows';
import { currentTable, iterateTable } from '../../../src/main/core/store/working-table';
import { openWorkspace, type Workspace } from '../../../src/main/core/store/workspace';
import type { Column, ColumnTypeInfo, GridRow } from '../../../src/shared/model/dataset';

const opened: Workspace[] = [];
afterEach(() => {
  for (const ws of opened.splice(0)) ws.close();
});

const t = (type: ColumnTypeInfo['type'], extra: Partial<ColumnTypeInfo> = {}): ColumnTypeInfo => ({
  type,
  confidence: 1,
  misfits: [],
  ...extra,
});

async function dataset(
  rows: GridRow[],
  columns: Column[],
  mode: 'array' | 'joined' = 'array',
): Promise<Workspace> {
  const ws = await openWorkspace(join(mkdtempSync(join(tmpdir(), 'sdw-grid-')), 'ws.db'));
  opened.push(ws);
  const w = new ImportWriter(ws.db);
  w.begin(columns.length);
  for (let i = 0; i < rows.length; i += 50) {
    const part = rows.slice(i, i + 50);
    if (mode === 'array') w.write(part);
    else {
      const batch = encodeRows(part);
      if (batch.kind !== 'joined') throw new Error('expected a joined batch');
      w.writeEncoded(batch);
    }
  }
  w.finish({
    record: {
      id: 'ds',
      name: 'uji',
      fileName: 'uji.csv',
      format: 'csv',
      sheet: null,
      size: 1,
      sha256: 'c'.repeat(64),
      encoding: 'utf-8',
      delimiter: ',',
      quoteChar: '"',
      lineTerminator: '\n',
      headerRow: 1,
      title: null,
      notes: [],
      rowCount: rows.length,
      columnCount: columns.length,
      version: 1,
      importedAt: '2026-01-01T00:00:00Z',
      importedBy: 'u',
      options: {},
    },
    columns,
    user: 'u',
  });
  return ws;
}

const COLUMNS: Column[] = [
  { index: 0, label: 'nama', name: 'nama', inferred: t('text') },
  { index: 1, label: 'jumlah', name: 'jumlah', inferred: t('integer', { locale: 'id' }) },
  { index: 2, label: 'rasio', name: 'rasio', inferred: t('decimal', { locale: 'id' }) },
  { index: 3, label: 'tanggal', name: 'tanggal', inferred: t('date', { detail: 'dd/mm/yyyy' }) },
];

const ROWS: GridRow[] = [
  { line: 2, cells: ['beta', '1.234', '0,5', '02/01/2024'] },
  { line: 3, cells: ['Alfa', '999', '12,25', '15/12/2023'] },
  { line: 4, cells: ['gamma', '', '3', ''] },
  { line: 5, cells: ['alfa', 'n/a', '-', '1/1/2024'] },
  { line: 7, cells: ['Delta', '10.000', '0,05', '31/01/2024'] },
  { line: 8, cells: ['', '999', '', 'kemarin'] },
];

function names(rows: GridRow[]): string[] {
  return rows.map((r) => `${r.line}`);
}

describe('ImportWriter', () => {
  it('stores the same rows from arrays and from joined batches (ragged rows, > 64 rows)', async () => {
    const rows: GridRow[] = [];
    for (let i = 0; i < 150; i++) {
      const n = i % 7 === 0 ? 1 : i % 11 === 0 ? 5 : 3;
      rows.push({ line: i + 2, cells: Array.from({ length: n }, (_, c) => `r${i}c${c}\u0000`) });
    }
    const cols: Column[] = [0, 1, 2].map((index) => ({
      index,
      label: `k${index}`,
      name: `k${index}`,
    }));
    const a = await dataset(rows, cols, 'array');
    const b = await dataset(rows, cols, 'joined');
    const read = (ws: Workspace): GridRow[] =>
      [...iterateTable(ws.db, currentTable(ws.db, 'ds'))]
        .flat()
        .map((r) => ({ line: r.line, cells: r.cells }));
    expect(read(a)).toEqual(rows);
    expect(read(b)).toEqual(rows);
    const raw = b.db.prepare('SELECT ncells, c1, c2, extra FROM raw_1 WHERE line = 2').get();
    expect(raw).toEqual({ ncells: 1, c1: null, c2: null, extra: null });
  });
});

describe('ImportWriter on a very wide table', () => {
  it('stays within the bound-value limit of one statement', async () => {
    const width = 1990;
    const cols: Column[] = Array.from({ length: width }, (_, index) => ({
      index,
      label: `k${index}`,
      name: `k${index}`,
    }));
    const rows: GridRow[] = Array.from({ length: 40 }, (_, i) => ({
      line: i + 2,
      cells: Array.from({ length: width }, (_, c) => `${i}.${c}`),
    }));
    const ws = await dataset(rows, cols, 'joined');
    const got = [...iterateTable(ws.db, currentTable(ws.db, 'ds'))].flat();
    expect(got).toHaveLength(40);
    expect(got[39]?.cells[1989]).toBe('39.1989');
  });
});

describe('sorted pages', () => {
  it('sorts numbers as the column writes them; blanks and misfits last in both directions', async () => {
    const ws = await dataset(ROWS, COLUMNS);
    const tb = currentTable(ws.db, 'ds');
    const types = columnTypesOf(ws.db, tb);
    const asc = pageRows(ws.db, tb, { limit: 10, sort: { column: 1, direction: 'asc' } }, types);
    // 999 (lines 3, 8 in file order), 1.234, 10.000, then the misfit n/a, then the blank
    expect(names(asc.rows)).toEqual(['3', '8', '2', '7', '5', '4']);
    const desc = pageRows(ws.db, tb, { limit: 10, sort: { column: 1, direction: 'desc' } }, types);
    expect(names(desc.rows)).toEqual(['7', '2', '3', '8', '5', '4']);
    const dec = pageRows(ws.db, tb, { limit: 10, sort: { column: 2, direction: 'asc' } }, types);
    expect(dec.rows.map((r) => r.cells[2])).toEqual(['0,05', '0,5', '3', '12,25', '-', '']);
  });

  it('sorts dates by the calendar and text without regard to case', async () => {
    const ws = await dataset(ROWS, COLUMNS);
    const tb = currentTable(ws.db, 'ds');
    const types = columnTypesOf(ws.db, tb);
    const dates = pageRows(ws.db, tb, { limit: 10, sort: { column: 3, direction: 'asc' } }, types);
    expect(dates.rows.map((r) => r.cells[3])).toEqual([
      '15/12/2023',
      '1/1/2024',
      '02/01/2024',
      '31/01/2024',
      'kemarin',
      '',
    ]);
    const text = pageRows(ws.db, tb, { limit: 10, sort: { column: 0, direction: 'asc' } }, types);
    expect(text.rows.map((r) => r.cells[0])).toEqual([
      'Alfa',
      'alfa',
      'beta',
      'Delta',
      'gamma',
      '',
    ]);
  });

  it('pages by cursor and by position, with the total, and combines with filters', async () => {
    const rows: GridRow[] = [];
    for (let i = 0; i < 300; i++) {
      rows.push({ line: i + 2, cells: [`n${i}`, String((i * 37) % 300), '1', '01/01/2024'] });
    }
    const ws = await dataset(rows, COLUMNS);
    const tb = currentTable(ws.db, 'ds');
    const types = columnTypesOf(ws.db, tb);
    const sort = { column: 1, direction: 'asc' } as const;
    const first = pageRows(ws.db, tb, { limit: 100, sort, withTotal: true }, types);
    expect(first.total).toBe(300);
    expect(first.rows.map((r) => r.cells[1])).toEqual(
      Array.from({ length: 100 }, (_, i) => String(i)),
    );
    const second = pageRows(
      ws.db,
      tb,
      { limit: 100, sort, after: first.nextAfter as number },
      types,
    );
    expect(second.rows[0]?.cells[1]).toBe('100');
    const jump = pageRows(ws.db, tb, { limit: 5, sort, offset: 250 }, types);
    expect(jump.rows.map((r) => r.cells[1])).toEqual(['250', '251', '252', '253', '254']);
    const last = pageRows(ws.db, tb, { limit: 100, sort, offset: 250 }, types);
    expect(last.rows).toHaveLength(50);
    expect(last.nextAfter).toBeNull();
    const filtered = pageRows(
      ws.db,
      tb,
      {
        limit: 10,
        sort: { column: 1, direction: 'desc' },
        filters: [{ column: 1, op: 'lt', value: '10' }],
        withTotal: true,
      },
      types,
    );
    expect(filtered.total).toBe(10);
    expect(filtered.rows.map((r) => r.cells[1])).toEqual([
      '9',
      '8',
      '7',
      '6',
      '5',
      '4',
      '3',
      '2',
      '1',
      '0',
    ]);
  });

  it('refuses a sort on a column that does not exist', async () => {
    const ws = await dataset(ROWS, COLUMNS);
    const tb = currentTable(ws.db, 'ds');
    expect(() => pageRows(ws.db, tb, { limit: 5, sort: { column: 9, direction: 'asc' } })).toThrow(
      /Kolom 10 tidak ada/,
    );
  });
});

describe('typed filters', () => {
  it('compares numbers as the column writes them', async () => {
    const ws = await dataset(ROWS, COLUMNS);
    const tb = currentTable(ws.db, 'ds');
    const types = columnTypesOf(ws.db, tb);
    const gt = pageRows(
      ws.db,
      tb,
      { limit: 10, filters: [{ column: 1, op: 'gt', value: '1.000' }] },
      types,
    );
    expect(names(gt.rows)).toEqual(['2', '7']);
    const dates = pageRows(
      ws.db,
      tb,
      { limit: 10, filters: [{ column: 3, op: 'lt', value: '2024-01-02' }] },
      types,
    );
    expect(names(dates.rows)).toEqual(['3', '5']);
  });
});

describe('column profile', () => {
  it('counts blanks and distinct values, the most common ones, typed min/max and a histogram', async () => {
    const ws = await dataset(ROWS, COLUMNS);
    const tb = currentTable(ws.db, 'ds');
    const types = columnTypesOf(ws.db, tb);
    const p = profileColumn(ws.db, tb, 1, types);
    expect(p).toMatchObject({
      column: 1,
      name: 'jumlah',
      kind: 'number',
      rows: 6,
      blanks: 1,
      distinct: 4,
      typed: 4,
      min: 999,
      max: 10000,
    });
    expect(p.type?.type).toBe('integer');
    expect(p.top[0]).toEqual({ value: '999', count: 2 });
    expect(p.top).toHaveLength(4);
    const bins = p.histogram ?? [];
    expect(bins.length).toBeGreaterThan(1);
    expect(bins.length).toBeLessThanOrEqual(20);
    expect(bins.reduce((a, b) => a + b.count, 0)).toBe(4);
    expect(bins[0]?.from).toBe(999);
    expect(bins[0]?.count).toBe(3);

    const d = profileColumn(ws.db, tb, 3, types);
    expect(d).toMatchObject({
      kind: 'date',
      blanks: 1,
      typed: 4,
      min: '2023-12-15',
      max: '2024-01-31',
    });
    expect(d.histogram).toBeUndefined();

    const n = profileColumn(ws.db, tb, 0, types);
    expect(n).toMatchObject({ kind: 'text', blanks: 1, distinct: 5, min: 'Alfa', max: 'gamma' });
  });

  it('gives one bin per value for a short integer range', async () => {
    const rows: GridRow[] = [2020, 2021, 2021, 2024].map((y, i) => ({
      line: i + 2,
      cells: ['x', String(y), '1', '01/01/2024'],
    }));
    const cols = COLUMNS.map((c) => (c.index === 1 ? { ...c, inferred: t('year') } : c));
    const ws = await dataset(rows, cols);
    const tb = currentTable(ws.db, 'ds');
    const p = profileColumn(ws.db, tb, 1, columnTypesOf(ws.db, tb));
    expect(p.histogram?.map((b) => [b.from, b.count])).toEqual([
      [2020, 1],
      [2021, 2],
      [2022, 0],
      [2023, 0],
      [2024, 1],
    ]);
  });
});
