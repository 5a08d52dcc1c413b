import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createRawTable, insertSql, pushRowValues } from '../../../src/main/core/store/raw-table';
import { readRowBatches } from '../../../src/main/core/store/row-text-batches';
import {
  createWorkTable,
  insertWorkSql,
  iterateTable,
  type TableRef,
} from '../../../src/main/core/store/working-table';
import {
  createRowDecoder,
  createRowEncoder,
  MAX_DICTIONARY,
} from '../../../src/main/core/services/validation-row-codec';

const WIDTH = 3;
const columns = [0, 1, 2].map((i) => ({ name: `k${i}`, label: `K${i}` }));

/** Rows that exercise every path: ragged, extra cells, separators, many distinct values. */
function sampleRows(): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let line = 2;
  for (let i = 0; i < MAX_DICTIONARY + 300; i++) {
    rows.push({ line: line++, cells: ['64.71', `nilai ${i}`, i % 3 === 0 ? '' : 'jiwa'] });
  }
  rows.push({ line: line++, cells: ['64.72'] }); // short row
  rows.push({ line: line++, cells: ['64.72', 'a', 'b', 'lebih', '{"x":1}'] }); // extra cells
  rows.push({ line: line++, cells: [] }); // no cells at all
  rows.push({ line: line + 5, cells: ['ünï cödé', ' spasi ', 'Rp 1.000'] }); // a gap in lines
  rows.push({ line: line + 6, cells: ['a\u001fb', 'c\u001ed', 'x'] }); // separators in cells
  return rows;
}

function rawTable(): { db: Database.Database; t: TableRef } {
  const db = new Database(':memory:');
  createRawTable(db, 1, WIDTH);
  const ins = db.prepare(insertSql(1, WIDTH, 1));
  for (const r of sampleRows()) {
    const values: unknown[] = [];
    pushRowValues(values, r.line, r.cells, WIDTH);
    ins.run(values);
  }
  const t: TableRef = {
    datasetId: 'd',
    version: 1,
    kind: 'raw',
    name: 'raw_1',
    columns,
    rowCount: sampleRows().length,
  };
  return { db, t };
}

function workTable(): { db: Database.Database; t: TableRef } {
  const db = new Database(':memory:');
  createWorkTable(db, 'work_1_2', WIDTH);
  const ins = db.prepare(insertWorkSql('work_1_2', WIDTH, 1));
  sampleRows().forEach((r, ord) => {
    const cells = [0, 1, 2].map((i) => r.cells[i] ?? '');
    ins.run([ord + 1, r.line, ...cells]);
  });
  const t: TableRef = {
    datasetId: 'd',
    version: 2,
    kind: 'work',
    name: 'work_1_2',
    columns,
    rowCount: sampleRows().length,
  };
  return { db, t };
}

/** The rows as the cell-by-cell reader returns them. */
function expected(db: Database.Database, t: TableRef): { line: number; cells: string[] }[] {
  return [...iterateTable(db, t)].flat().map((r) => ({ line: r.line, cells: r.cells }));
}

describe('readRowBatches + the validation row codec', () => {
  for (const [name, make] of [
    ['raw table', rawTable],
    ['work table', workTable],
  ] as const) {
    it(`returns exactly the rows of a ${name}, in order`, () => {
      const { db, t } = make();
      const encode = createRowEncoder(WIDTH);
      const decode = createRowDecoder(WIDTH);
      const kinds = new Set<string>();
      const got: { line: number; cells: readonly string[] }[] = [];
      for (const batch of readRowBatches(db, t, 97)) {
        kinds.add(batch.kind);
        got.push(...decode(encode(batch)).map((r) => ({ line: r.line, cells: r.cells })));
      }
      expect(got).toEqual(expected(db, t));
      // the batch with separators inside cells was read again cell by cell
      expect([...kinds].sort()).toEqual(['cells', 'text']);
    });
  }

  it('sends few-valued columns as dictionary ids and a many-valued one as text once full', () => {
    const { db, t } = rawTable();
    const encode = createRowEncoder(WIDTH);
    const texts: string[] = [];
    let added = 0;
    for (const batch of readRowBatches(db, t, 100)) {
      const wire = encode(batch);
      if (wire.kind !== 'encoded') continue;
      added += wire.addedCols.length;
      if (wire.texts !== '') texts.push(...wire.texts.split('\u001f'));
    }
    // column 1 filled its dictionary; the code and satuan columns never travel as text
    expect(texts).not.toContain('64.71');
    expect(texts).not.toContain('jiwa');
    expect(texts).toContain(`nilai ${MAX_DICTIONARY + 10}`);
    expect(texts).not.toContain('nilai 10');
    expect(added).toBeLessThan(MAX_DICTIONARY + 20);
  });
});
