/** Test helpers for the cleaning core: tables from arrays, a region reference double. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import type { Row, Step, TableShape } from '../../../src/shared/model/step';
import type {
  RegionCandidate,
  RegionEntry,
  RegionLookup,
  StepContext,
} from '../../../src/main/core/clean/types';
import { applyStepsSync } from '../../../src/main/core/clean/pipeline';
import { indonesianKey, levenshtein } from '../../../src/main/core/clean/cluster';

export function shapeOf(names: string[], labels: string[] = names): TableShape {
  return { columns: names.map((name, i) => ({ name, label: labels[i] ?? name })) };
}

/** Rows numbered like a spreadsheet with one header line: the first data row is line 2. */
export function rowsOf(cells: string[][], firstLine = 2): Row[] {
  return cells.map((c, i) => ({ line: firstLine + i, cells: c }));
}

export interface Table {
  shape: TableShape;
  rows: Row[];
}

export function table(names: string[], cells: string[][]): Table {
  return { shape: shapeOf(names), rows: rowsOf(cells) };
}

export function run(t: Table, steps: Step[], ctx: StepContext = {}) {
  const out = applyStepsSync(t.shape, t.rows, steps, ctx);
  return {
    ...out,
    names: out.shape.columns.map((c) => c.name),
    cells: out.rows.map((r) => r.cells),
    lines: out.rows.map((r) => r.line),
    entry: out.report.steps[0]!,
  };
}

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/clean/${name}`, import.meta.url));
}

/** A CSV fixture as a table; columns get their header as both name and label. */
export function csvTable(name: string): Table {
  const text = readFileSync(fixturePath(name), 'utf8');
  const parsed = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true });
  const [header = [], ...data] = parsed.data;
  return table(header, data);
}

/** Kota Balikpapan, Kemendagri 2025 (domain reference §4.1), plus Kota Samarinda for parents. */
const KECAMATAN: [string, string, [string, string][]][] = [
  [
    '64.71.01',
    'Balikpapan Timur',
    [
      ['1001', 'Manggar'],
      ['1002', 'Lamaru'],
      ['1003', 'Teritip'],
      ['1004', 'Manggar Baru'],
    ],
  ],
  [
    '64.71.02',
    'Balikpapan Barat',
    [
      ['1001', 'Baru Ilir'],
      ['1002', 'Baru Tengah'],
      ['1003', 'Baru Ulu'],
      ['1004', 'Kariangau'],
      ['1005', 'Margo Mulyo'],
      ['1006', 'Marga Sari'],
    ],
  ],
  [
    '64.71.03',
    'Balikpapan Utara',
    [
      ['1001', 'Batu Ampar'],
      ['1002', 'Gunung Samarinda'],
      ['1003', 'Karang Joang'],
      ['1004', 'Muara Rapak'],
      ['1005', 'Gunung Samarinda Baru'],
      ['1006', 'Graha Indah'],
    ],
  ],
  [
    '64.71.04',
    'Balikpapan Tengah',
    [
      ['1001', 'Gunung Sari Ulu'],
      ['1002', 'Gunung Sari Ilir'],
      ['1003', 'Karang Rejo'],
      ['1004', 'Karang Jati'],
      ['1005', 'Mekar Sari'],
      ['1006', 'Sumber Rejo'],
    ],
  ],
  [
    '64.71.05',
    'Balikpapan Selatan',
    [
      ['1002', 'Sepinggan'],
      ['1006', 'Gunung Bahagia'],
      ['1008', 'Sepinggan Baru'],
      ['1009', 'Sepinggan Raya'],
      ['1010', 'Sungainangka'],
      ['1011', 'Damai Baru'],
      ['1012', 'Damai Bahagia'],
    ],
  ],
  [
    '64.71.06',
    'Balikpapan Kota',
    [
      ['1001', 'Prapatan'],
      ['1002', 'Telaga Sari'],
      ['1003', 'Klandasan Ulu'],
      ['1004', 'Klandasan Ilir'],
      ['1005', 'Damai'],
    ],
  ],
];

export function balikpapanRegions(): RegionLookup & { lookups: number } {
  const entries: RegionEntry[] = [
    { code: '64', name: 'Kalimantan Timur', level: 'provinsi', parent: null },
    { code: '64.71', name: 'Kota Balikpapan', level: 'kabupaten_kota', parent: '64' },
    { code: '64.72', name: 'Kota Samarinda', level: 'kabupaten_kota', parent: '64' },
    { code: '64.72.01', name: 'Palaran', level: 'kecamatan', parent: '64.72' },
  ];
  for (const [code, name, kel] of KECAMATAN) {
    entries.push({ code, name, level: 'kecamatan', parent: '64.71' });
    for (const [k, n] of kel)
      entries.push({ code: `${code}.${k}`, name: n, level: 'desa', parent: code });
  }
  const byCode = new Map(entries.map((e) => [e.code, e]));
  const double = {
    lookups: 0,
    byCode: (code: string) => byCode.get(code),
    find(
      name: string,
      options: { level?: RegionEntry['level']; parentCode?: string } = {},
    ): RegionCandidate[] {
      double.lookups++;
      const key = indonesianKey(name);
      const out: RegionCandidate[] = [];
      for (const e of entries) {
        if (options.level && e.level !== options.level) continue;
        if (options.parentCode && !e.code.startsWith(`${options.parentCode}.`)) continue;
        const other = indonesianKey(e.name);
        const score =
          other === key ? 1 : 1 - levenshtein(key, other) / Math.max(key.length, other.length, 1);
        if (score >= 0.6) out.push({ code: e.code, name: e.name, level: e.level, score });
      }
      return out.sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
    },
  };
  return double;
}
