/**
 * Column references in recipes: the column's current `name` first, then a case-insensitive
 * match on the name, then on the label as written in the file (trimmed). The first match wins.
 */
import type { ShapeColumn, StepReason, TableShape } from '../../../shared/model/step';

export function resolveColumn(shape: TableShape, ref: string): number {
  const cols = shape.columns;
  for (let i = 0; i < cols.length; i++) if (cols[i]?.name === ref) return i;
  const lower = ref.trim().toLowerCase();
  for (let i = 0; i < cols.length; i++) if (cols[i]?.name.toLowerCase() === lower) return i;
  for (let i = 0; i < cols.length; i++) if (cols[i]?.label.trim().toLowerCase() === lower) return i;
  return -1;
}

export type Resolved = { ok: true; indexes: number[] } | { ok: false; reason: StepReason };

/** Resolve several references; every missing one is named in the reason. */
export function resolveColumns(shape: TableShape, refs: readonly string[]): Resolved {
  const indexes: number[] = [];
  const missing: string[] = [];
  for (const ref of refs) {
    const i = resolveColumn(shape, ref);
    if (i < 0) missing.push(ref);
    else indexes.push(i);
  }
  if (missing.length > 0) return { ok: false, reason: columnMissing(missing) };
  return { ok: true, indexes };
}

/** `columns` omitted or empty = every column. */
export function resolveColumnsOrAll(
  shape: TableShape,
  refs: readonly string[] | undefined,
): Resolved {
  if (!refs || refs.length === 0) return { ok: true, indexes: shape.columns.map((_, i) => i) };
  return resolveColumns(shape, refs);
}

export function quoteList(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(', ');
}

export function columnMissing(names: readonly string[]): StepReason {
  const list = quoteList(names);
  return names.length === 1
    ? {
        code: 'column-missing',
        message: `Kolom ${list} tidak ada pada tabel.`,
        messageEn: `Column ${list} does not exist in the table.`,
      }
    : {
        code: 'column-missing',
        message: `Kolom ${list} tidak ada pada tabel.`,
        messageEn: `Columns ${list} do not exist in the table.`,
      };
}

export function columnExists(name: string): StepReason {
  return {
    code: 'column-exists',
    message: `Kolom "${name}" sudah ada; pilih nama lain.`,
    messageEn: `Column "${name}" already exists; choose another name.`,
  };
}

export function reason(code: string, message: string, messageEn: string): StepReason {
  return { code, message, messageEn };
}

/** True when a column called `name` (by name, case-insensitive) exists, ignoring `except`. */
export function nameTaken(
  shape: TableShape,
  name: string,
  except: readonly number[] = [],
): boolean {
  const lower = name.toLowerCase();
  return shape.columns.some((c, i) => !except.includes(i) && c.name.toLowerCase() === lower);
}

/** A new column: its name doubles as its label. */
export function newColumn(name: string): ShapeColumn {
  return { name, label: name };
}

export function copyShape(shape: TableShape): TableShape {
  return { columns: shape.columns.map((c) => ({ name: c.name, label: c.label })) };
}

/** Every name must be free and the names must differ from each other. */
export function checkNewNames(
  shape: TableShape,
  names: readonly string[],
  except: readonly number[] = [],
): StepReason | null {
  const seen = new Set<string>();
  for (const n of names) {
    const lower = n.toLowerCase();
    if (seen.has(lower) || nameTaken(shape, n, except)) return columnExists(n);
    seen.add(lower);
  }
  return null;
}
