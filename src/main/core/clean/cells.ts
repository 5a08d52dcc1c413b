/** Small helpers the column-wise steps share: copy-on-write cell updates and schema pieces. */
import type { Row, StepCounts } from '../../../shared/model/step';
import type { CellOp, KeepGuard, StepTransform } from './types';

/**
 * A row function that applies `fn` to the given columns. The input row is never mutated: the
 * cells are copied on the first change. `fn` returns the new value, or null when the value
 * could not be processed (left unchanged and counted as `unparsed`). Empty cells are skipped
 * unless `includeEmpty`.
 */
export function cellMapper(
  indexes: readonly number[],
  fn: (value: string) => string | null,
  counts: StepCounts,
  onUnparsed?: (value: string) => void,
  includeEmpty = false,
): (row: Row) => Row {
  return (row) => {
    let cells: string[] | null = null;
    const src = row.cells;
    for (const i of indexes) {
      const v = src[i] ?? '';
      if (v === '' && !includeEmpty) continue;
      const nv = fn(v);
      if (nv === null) {
        counts.unparsed = (counts.unparsed ?? 0) + 1;
        onUnparsed?.(v);
        continue;
      }
      if (nv !== v) {
        if (cells === null) cells = src.slice();
        cells[i] = nv;
        counts.cellsChanged++;
      }
    }
    return cells === null ? row : { line: row.line, cells };
  };
}

/** Columns with how often each is listed (a column named twice is processed twice). */
function columnTimes(indexes: readonly number[]): CellOp['columns'] {
  const times = new Map<number, number>();
  for (const i of indexes) times.set(i, (times.get(i) ?? 0) + 1);
  return [...times].map(([index, n]) => ({ index, times: n }));
}

/**
 * The transform of a cell-wise step: `cellMapper` for row streams plus the same function
 * described as a `CellOp`, so the workspace can run it inside SQLite with identical results.
 */
export function cellStep(
  indexes: readonly number[],
  fn: (value: string) => string | null,
  counts: StepCounts,
  options: {
    onUnparsed?: (value: string) => void;
    includeEmpty?: boolean;
    keep?: readonly KeepGuard[];
  } = {},
): Pick<StepTransform, 'counts' | 'row' | 'cells'> {
  const includeEmpty = options.includeEmpty ?? false;
  return {
    counts,
    row: cellMapper(indexes, fn, counts, options.onUnparsed, includeEmpty),
    cells: {
      columns: columnTimes(indexes),
      fn,
      includeEmpty,
      counts,
      ...(options.onUnparsed ? { onUnparsed: options.onUnparsed } : {}),
      ...(options.keep ? { keep: options.keep } : {}),
    },
  };
}

/** Keeps the first few distinct examples of a value that did not parse. */
export function exampleCollector(limit = 5): {
  add(value: string): void;
  list(): string[];
} {
  const seen = new Set<string>();
  return {
    add(value) {
      if (seen.size < limit) seen.add(value.length > 100 ? `${value.slice(0, 100)}…` : value);
    },
    list: () => [...seen],
  };
}

const EDGE_SPACE = /^[\s\u200B]+|[\s\u200B]+$/g;
const INNER_SPACE = /[\s\u200B]+/g;

function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x200b ||
    c === 0xfeff ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Trims every kind of space at both ends, non-breaking and zero-width spaces included. */
export function trimCell(v: string): string {
  if (v.length === 0) return v;
  if (!isSpaceCode(v.charCodeAt(0)) && !isSpaceCode(v.charCodeAt(v.length - 1))) return v;
  return v.replace(EDGE_SPACE, '');
}

/** trimCell, then every inner run of spaces becomes one ordinary space. */
export function trimCollapseCell(v: string): string {
  const t = trimCell(v);
  let needs = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isSpaceCode(c) && (c !== 32 || (i + 1 < t.length && isSpaceCode(t.charCodeAt(i + 1))))) {
      needs = true;
      break;
    }
  }
  return needs ? t.replace(INNER_SPACE, ' ') : t;
}

/** JSON Schema pieces. */
export const columnRef = { type: 'string', minLength: 1, maxLength: 500 } as const;
export const columnList = {
  type: 'array',
  items: columnRef,
  maxItems: 10000,
} as const;
export const nonEmptyColumnList = { ...columnList, minItems: 1 } as const;
export const newColumnName = {
  type: 'string',
  minLength: 1,
  maxLength: 200,
  pattern: '\\S',
} as const;

export function opSchema(
  op: string,
  properties: Record<string, object>,
  required: string[] = [],
  extra: Record<string, unknown> = {},
): object {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['op', ...required],
    properties: { op: { const: op }, ...properties },
    ...extra,
  };
}
