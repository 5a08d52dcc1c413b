// Typed values in SQL: the SQL shortcuts for common shapes give exactly what the JS parsers
// give, for every column type and locale.
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import {
  registerTypedFunctions,
  typedDate,
  typedKind,
  typedNumber,
  typedValueSql,
} from '../../../src/main/core/ingest/typed-values-sql';
import type { ColumnTypeInfo } from '../../../src/shared/model/dataset';

const db = new Database(':memory:');
registerTypedFunctions(db);
afterAll(() => db.close());

const VALUES = [
  '0',
  '12',
  '007',
  '1234567890123456',
  '92.651',
  '1.234.567',
  '1.234,5',
  '1,234.5',
  '0,38',
  '0.38',
  '44.51',
  '3,0',
  '-5',
  '(1.234)',
  '12,5%',
  'Rp 10.000,-',
  '6.47103E+15',
  '1.2.3',
  ',5',
  '5,',
  'n/a',
  '',
  ' 12 ',
  '2024-05-06',
  '2024-02-30',
  '0999-01-01',
  '20/02/2024',
  '15 Januari 2024',
  '45292',
];

const TYPES: ColumnTypeInfo[] = [
  { type: 'integer', confidence: 1, misfits: [] },
  { type: 'integer', confidence: 1, misfits: [], locale: 'id' },
  { type: 'decimal', confidence: 1, misfits: [], locale: 'id' },
  { type: 'decimal', confidence: 1, misfits: [], locale: 'en' },
  { type: 'percentage', confidence: 1, misfits: [] },
  { type: 'currency', confidence: 1, misfits: [], locale: 'id' },
  { type: 'year', confidence: 1, misfits: [] },
  { type: 'date', confidence: 1, misfits: [], detail: 'iso' },
  { type: 'date', confidence: 1, misfits: [], detail: 'mixed' },
];

db.exec('CREATE TABLE t (c0 TEXT)');
const insert = db.prepare('INSERT INTO t (c0) VALUES (?)');
for (const v of VALUES) insert.run(v);

describe('typedValueSql', () => {
  it.each(TYPES.map((t) => [`${t.type} ${t.locale ?? t.detail ?? ''}`, t] as const))(
    'agrees with the parser for a %s column',
    (_name, type) => {
      const got = db
        .prepare(`SELECT c0 AS v, ${typedValueSql('c0', type)} AS x FROM t ORDER BY rowid`)
        .all() as { v: string; x: number | string | null }[];
      for (const { v, x } of got) {
        const expected =
          typedKind(type) === 'date'
            ? v === ''
              ? null
              : typedDate(v, type)
            : v === ''
              ? null
              : typedNumber(v, type);
        expect([v, x]).toEqual([v, expected]);
      }
    },
  );

  it('reads text columns as trimmed text, blanks as NULL', () => {
    const got = db
      .prepare(`SELECT ${typedValueSql('c0', undefined)} AS x FROM t WHERE c0 IN ('', ' 12 ')`)
      .pluck()
      .all();
    expect(new Set(got)).toEqual(new Set([null, '12']));
  });
});
