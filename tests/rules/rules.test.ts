/**
 * The one parameterised suite for rule case tables: every tests/rules/<code>.cases.json runs
 * its cases through the engine with only that rule active and compares the
 * [row, column, code] triples exactly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/shared/model/finding';
import { RULES } from '../../src/main/core/validate/rules';
import { findingAt, runCase, sortTriples, triples, type CaseTable } from './support/run-case';

const dir = import.meta.dirname;
const files = readdirSync(dir).filter((f) => f.endsWith('.cases.json'));
const tables: CaseTable[] = files.map(
  (f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CaseTable,
);

describe('rule case tables', () => {
  it('exist for every registered rule, and name only registered rules', () => {
    const codes = RULES.map((r) => r.code).sort();
    expect(files.map((f) => f.replace(/\.cases\.json$/, '')).sort()).toEqual(codes);
    for (const [i, t] of tables.entries()) expect(`${t.rule}.cases.json`).toBe(files[i]);
  });

  it('have a positive and a negative case each', () => {
    for (const t of tables) {
      expect(
        t.cases.some((c) => c.expected.length > 0),
        `${t.rule}: positive case`,
      ).toBe(true);
      expect(
        t.cases.some((c) => c.expected.length === 0),
        `${t.rule}: negative case`,
      ).toBe(true);
    }
  });
});

for (const table of tables) {
  describe(table.rule, () => {
    for (const c of table.cases) {
      it(c.title, async () => {
        const report = await runCase(table.rule, c);
        const mine = report.findings.filter((f) => f.code === table.rule);
        expect(triples(mine)).toEqual(sortTriples(c.expected));
        for (const d of c.details ?? []) {
          const f = findingAt(mine, d.row, d.column);
          expect(f, `finding at ${String(d.row)}/${String(d.column)}`).toBeDefined();
          const rest: Partial<Finding> = { ...d };
          delete rest.row;
          delete rest.column;
          expect(f).toMatchObject(rest);
        }
      });
    }
  });
}
