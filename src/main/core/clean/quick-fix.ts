/**
 * Quick fixes from findings: "Perbaiki" (this one) and "Perbaiki semua" (all like it) each
 * add one step. The mapping is a table (finding code → how to build the step for each scope),
 * not a switch: a code without an entry, or without a builder for the scope, offers no fix.
 * Codes follow src/shared/issues/catalog.ts.
 */
import type { FindingParams } from '../../../shared/model/finding';
import type { RegionLevel, Step, TableShape } from '../../../shared/model/step';
import { resolveColumn } from './columns';
import { trimCollapseCell } from './cells';
import { parseLocaleNumber } from './number-canonical';
import { parseDateValue } from './date-parse';

/** The parts of a finding a quick fix needs (a `Finding` from the validator fits). */
export interface FixableFinding {
  code: string;
  /** header label (or name) of the column, null for row/dataset findings */
  column: string | null;
  columnIndex?: number | null;
  /** source line */
  row: number | null;
  rows?: number[];
  value: string | null;
  suggestion: string | null;
  params?: FindingParams;
}

export type FixScope = 'one' | 'all';

interface FixInput {
  finding: FixableFinding;
  shape: TableShape;
  /** the column's current name, when the finding names a column that exists */
  column: string | null;
  value: string;
  line: number | null;
}

type Builder = (f: FixInput) => Step | null;

function param(f: FixInput, ...names: string[]): string | null {
  for (const n of names) {
    const v = f.finding.params?.[n];
    if (v !== undefined && String(v) !== '') return String(v);
  }
  return null;
}

/** The replacement a finding proposes: a named param first, then `suggestion`. */
const proposed =
  (...names: string[]) =>
  (f: FixInput): string | null =>
    param(f, ...names) ?? f.finding.suggestion;

/** set-cell of this finding's cell to `valueOf`, guarded by the current value. */
const setCell =
  (valueOf: (f: FixInput) => string | null): Builder =>
  (f) => {
    const value = valueOf(f);
    if (f.column === null || f.line === null || value === null || value === f.value) return null;
    return { op: 'set-cell', line: f.line, column: f.column, value, from: f.value };
  };

/** map-values of this finding's value to `valueOf` across the column. */
const mapValue =
  (valueOf: (f: FixInput) => string | null): Builder =>
  (f) => {
    const to = valueOf(f);
    if (f.column === null || to === null || to === f.value) return null;
    return { op: 'map-values', column: f.column, mapping: Object.fromEntries([[f.value, to]]) };
  };

const onColumn =
  (make: (column: string, f: FixInput) => Step | null): Builder =>
  (f) =>
    f.column === null ? null : make(f.column, f);

const dropLines: Builder = (f) => {
  const lines =
    f.finding.rows && f.finding.rows.length > 0 ? f.finding.rows : f.line === null ? [] : [f.line];
  return lines.length === 0 ? null : { op: 'drop-rows', lines: [...lines] };
};

const dropThisLine: Builder = (f) =>
  f.line === null ? null : { op: 'drop-rows', lines: [f.line] };

/** Portable: drop every row whose cell equals this value (e.g. nama_kecamatan = JUMLAH). */
const dropRowsLikeThis: Builder = (f) =>
  f.column !== null && f.value.trim() !== ''
    ? { op: 'drop-rows', where: [{ column: f.column, test: 'equals', value: f.value.trim() }] }
    : dropLines(f);

const LEVELS: readonly RegionLevel[] = ['provinsi', 'kabupaten_kota', 'kecamatan', 'desa'];

const addCodeColumn: Builder = (f) => {
  const level = param(f, 'level');
  if (f.column === null || level === null || !(LEVELS as readonly string[]).includes(level))
    return null;
  const codeColumn = f.column.startsWith('nama_') ? `kode_${f.column.slice(5)}` : `kode_${level}`;
  return {
    op: 'reconcile-region',
    level: level as RegionLevel,
    nameColumn: f.column,
    codeColumn,
  };
};

/** format-lebar: the `columns` param lists the wide columns ("2022, 2023, 2024"). */
const unpivotWide: Builder = (f) => {
  const list = param(f, 'columns');
  if (list === null) return null;
  const columns = list
    .split(',')
    .map((s) => s.trim().replace(/^["']|["']$/g, ''))
    .filter((s) => s !== '');
  if (columns.length < 2 || columns.some((c) => resolveColumn(f.shape, c) < 0)) return null;
  const names = columns.map((c) => f.shape.columns[resolveColumn(f.shape, c)]?.name ?? c);
  const years = param(f, 'kind') === 'tahun';
  return {
    op: 'unpivot',
    columns: names,
    nameColumn: years ? 'tahun' : 'kategori',
    valueColumn: 'nilai',
  };
};

const addConstantColumn =
  (name: string, accept: (v: string) => boolean): Builder =>
  (f) => {
    const v = f.finding.suggestion?.trim() ?? '';
    return v !== '' && accept(v) ? { op: 'add-column', name, value: v } : null;
  };

/** Both scopes build the same step (column-level findings). */
const both = (b: Builder): { one: Builder; all: Builder } => ({ one: b, all: b });

export const QUICK_FIXES: Readonly<Record<string, { one?: Builder; all?: Builder }>> = {
  'spasi-berlebih': {
    one: setCell((f) => trimCollapseCell(f.value)),
    all: onColumn((column) => ({ op: 'trim', columns: [column], collapse: true })),
  },
  'angka-format-indonesia': {
    one: setCell((f) => param(f, 'number') ?? parseLocaleNumber(f.value, 'id')),
    all: onColumn((column) => ({ op: 'parse-number', column, locale: 'id' })),
  },
  'format-tanggal-campur': {
    one: setCell((f) => parseDateValue(f.value)),
    all: onColumn((column) => ({ op: 'parse-date', column })),
  },
  'nilai-referensi-tidak-dikenal': {
    one: setCell(proposed()),
    all: mapValue(proposed()),
  },
  'nilai-di-luar-daftar': { one: setCell(proposed()), all: mapValue(proposed()) },
  'nama-wilayah-varian': {
    one: setCell(proposed('official')),
    all: mapValue(proposed('official')),
  },
  // The name is wrong in this row only: other rows with the same name may be right.
  'kode-nama-tidak-cocok': { one: setCell(proposed('official')) },
  'kode-wilayah-kedaluwarsa': {
    one: setCell(proposed('current')),
    all: mapValue(proposed('current')),
  },
  'kode-sistem-campur': { one: setCell(proposed()), all: mapValue(proposed()) },
  'kode-wilayah-tidak-dikenal': { one: setCell(proposed()) },
  'gaya-kode-campur': { one: setCell(proposed()), all: mapValue(proposed()) },
  'huruf-besar-kecil-tidak-konsisten': {
    one: setCell(proposed()),
    all: mapValue(proposed()),
  },
  'kemungkinan-salah-ketik': {
    one: setCell(proposed('candidate')),
    all: mapValue(proposed('candidate')),
  },
  'satuan-tidak-konsisten': {
    one: setCell(proposed('majority')),
    all: mapValue(proposed('majority')),
  },
  'baris-total': { one: dropThisLine, all: dropRowsLikeThis },
  'baris-duplikat': { one: dropThisLine, all: () => ({ op: 'dedupe' }) },
  'baris-kosong': { one: dropThisLine, all: dropLines },
  'baris-judul-dalam-data': { one: dropThisLine, all: dropLines },
  'data-pribadi': both(
    onColumn((column) => ({ op: 'mask-personal', columns: [column], method: 'drop' })),
  ),
  'kolom-nomor-urut': both(onColumn((column) => ({ op: 'drop-columns', columns: [column] }))),
  'nama-kolom-bukan-snake-case': both(
    onColumn((column, f) => {
      const to = param(f, 'name') ?? f.finding.suggestion;
      return to === null || to === column ? null : { op: 'rename-column', from: column, to };
    }),
  ),
  'kolom-kode-wilayah-hilang': both(addCodeColumn),
  'format-lebar': both(unpivotWide),
  'satuan-tidak-ada': both(addConstantColumn('satuan', () => true)),
  'tahun-tidak-ada': both(addConstantColumn('tahun', (v) => /^\d{4}$/.test(v))),
};

/** The step "Perbaiki" (one) or "Perbaiki semua" (all) adds for a finding, or null when none. */
export function quickFixFor(
  finding: FixableFinding,
  scope: FixScope,
  shape: TableShape,
): Step | null {
  const entry = QUICK_FIXES[finding.code];
  const build = entry?.[scope];
  if (!build) return null;
  let column: string | null = null;
  const byIndex =
    finding.columnIndex !== undefined && finding.columnIndex !== null
      ? shape.columns[finding.columnIndex]
      : undefined;
  if (
    byIndex &&
    (finding.column === null || byIndex.label === finding.column || byIndex.name === finding.column)
  ) {
    column = byIndex.name;
  } else if (finding.column !== null) {
    const i = resolveColumn(shape, finding.column);
    column = i < 0 ? null : (shape.columns[i]?.name ?? null);
  }
  return build({ finding, shape, column, value: finding.value ?? '', line: finding.row });
}

/** Finding codes that offer a fix for the scope (for the UI to show the buttons). */
export function hasQuickFix(code: string, scope: FixScope): boolean {
  return QUICK_FIXES[code]?.[scope] !== undefined;
}
