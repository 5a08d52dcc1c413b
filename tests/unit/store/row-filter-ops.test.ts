// Grid filters a steward builds from the column header: ≠, ≥ and ≤ (with > and <, the
// "between" and typed "=" of numeric and date columns), typed where the column has a type.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportWriter } from '../../../src/main/core/ingest/import-writer';
import { columnTypesOf, needsColumnTypes, pageRows } from '../../../src/main/core/store/rows';
import { currentTable } from '../../../src/main/core/store/working-table';
import { openWorkspace, type Workspace } from '../../../src/main/core/store/workspace';
import type { RowFilter } from '../../../src/shared/api/core';
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

const COLUMNS: Column[] = [
  { index: 0, label: 'nama', name: 'nama', inferred: t('text') },
  { index: 1, label: 'jumlah', name: 'jumlah', inferred: t('integer', { locale: 'id' }) },
  { index: 2, label: 'tanggal', name: 'tanggal', inferred: t('date', { detail: 'dd/mm/yyyy' }) },
  { index: 3, label: 'kode', name: 'kode' },
];

const ROWS: GridRow[] = [
  { line: 2, cells: ['beta', '1.234', '02/01/2024', '10'] },
  { line: 3, cells: ['Alfa', '999', '15/12/2023', '9'] },
  { line: 4, cells: ['gamma', '', '', ''] },
  { line: 5, cells: ['alfa', 'n/a', '1/1/2024', 'x'] },
  { line: 6, cells: ['Delta', '10.000', '31/01/2024', '100'] },
  { line: 7, cells: ['', '1234', 'kemarin', '10'] },
];

async function workspace(): Promise<Workspace> {
  const ws = await openWorkspace(join(mkdtempSync(join(tmpdir(), 'sdw-filter-')), 'ws.db'));
  opened.push(ws);
  const w = new ImportWriter(ws.db);
  w.begin(COLUMNS.length);
  w.write(ROWS);
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
      rowCount: ROWS.length,
      columnCount: COLUMNS.length,
      version: 1,
      importedAt: '2026-01-01T00:00:00Z',
      importedBy: 'u',
      options: {},
    },
    columns: COLUMNS,
    user: 'u',
  });
  return ws;
}

async function lines(filters: RowFilter[]): Promise<number[]> {
  const ws = await workspace();
  const tb = currentTable(ws.db, 'ds');
  const page = pageRows(
    ws.db,
    tb,
    { limit: 50, filters, withTotal: true },
    columnTypesOf(ws.db, tb),
  );
  expect(page.total).toBe(page.rows.length);
  return page.rows.map((r) => r.line);
}

describe('comparing filters', () => {
  it('reads ≥ and ≤ typed, so a between and a typed equals work on numbers', async () => {
    expect(await lines([{ column: 1, op: 'gte', value: '999' }])).toEqual([2, 3, 6, 7]);
    expect(await lines([{ column: 1, op: 'lte', value: '1.234' }])).toEqual([2, 3, 7]);
    // "1.234" and "1234" are the same number in an Indonesian integer column
    expect(
      await lines([
        { column: 1, op: 'gte', value: '1234' },
        { column: 1, op: 'lte', value: '1234' },
      ]),
    ).toEqual([2, 7]);
  });

  it('reads ≥ and ≤ on dates by the calendar (misfits and blanks never match)', async () => {
    expect(
      await lines([
        { column: 2, op: 'gte', value: '2024-01-01' },
        { column: 2, op: 'lte', value: '2024-01-02' },
      ]),
    ).toEqual([2, 5]);
  });

  it('keeps blanks and misfits with ≠ and compares typed where the column has a type', async () => {
    expect(await lines([{ column: 1, op: 'not-equals', value: '1234' }])).toEqual([3, 4, 5, 6]);
    expect(await lines([{ column: 0, op: 'not-equals', value: 'alfa' }])).toEqual([2, 3, 4, 6, 7]);
  });

  it('compares an untyped column as numbers when the value is one', async () => {
    expect(await lines([{ column: 3, op: 'gte', value: '10' }])).toEqual([2, 6, 7]);
    expect(await lines([{ column: 3, op: 'lte', value: '9' }])).toEqual([3]);
  });

  it('asks for the column types only when a sort or a comparing filter needs them', () => {
    expect(needsColumnTypes({})).toBe(false);
    expect(needsColumnTypes({ filters: [{ column: 0, op: 'contains', value: 'a' }] })).toBe(false);
    expect(needsColumnTypes({ filters: [{ column: 0, op: 'equals', value: 'a' }] })).toBe(false);
    for (const op of ['not-equals', 'gt', 'gte', 'lt', 'lte'] as const) {
      expect(needsColumnTypes({ filters: [{ column: 0, op, value: '1' }] }), op).toBe(true);
    }
    expect(needsColumnTypes({ sort: { column: 0, direction: 'asc' } })).toBe(true);
  });
});
