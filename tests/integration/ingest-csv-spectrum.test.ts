// The csv-spectrum acid tests (node_modules/csv-spectrum): every file is read by
// `satudata inspect` exactly as its expected JSON says — header and every cell.
// `location_coordinates` is left out: its expected JSON disagrees with its own CSV.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, ROOT, satudata } from '../support/cli';

beforeAll(() => assertBuilt());

const SPECTRUM = join(ROOT, 'node_modules', 'csv-spectrum');
const SKIPPED = new Set(['location_coordinates']);
const NAMES = readdirSync(join(SPECTRUM, 'csvs'))
  .filter((f) => f.endsWith('.csv'))
  .map((f) => basename(f, '.csv'))
  .filter((n) => !SKIPPED.has(n));

describe('csv-spectrum', () => {
  it('has the cases this suite expects', () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(11);
  });

  it.each(NAMES)('%s is read exactly', (name) => {
    const expected = JSON.parse(
      readFileSync(join(SPECTRUM, 'json', `${name}.json`), 'utf8'),
    ) as Record<string, string>[];
    const r = satudata([
      'inspect',
      join(SPECTRUM, 'csvs', `${name}.csv`),
      '--format',
      'json',
      '--rows',
      '1000',
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { header: string[]; rows: string[][]; rowCount: number };
    const header = Object.keys(expected[0] as Record<string, string>);
    expect(j.header).toEqual(header);
    expect(j.rows).toEqual(expected.map((o) => header.map((h) => o[h])));
    expect(j.rowCount).toBe(expected.length);
  });
});
