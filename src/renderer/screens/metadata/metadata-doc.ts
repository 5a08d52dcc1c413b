/**
 * Working with a metadata document in the editor: blank values, paths (JSON pointers as the
 * service reports them), comparing drafts, and merging what "Isi otomatis dari data" found
 * into the fields the steward left empty. Pure functions; documents are never mutated.
 */
import type { MetadataDoc } from '../../../shared/model/metadata';

type Json = Record<string, unknown>;

export function isPlainObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Blank as the service counts it: '', spaces, null, and lists/objects with nothing filled. */
export function isBlank(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (Array.isArray(v)) return v.every(isBlank);
  if (isPlainObject(v)) return Object.values(v).every(isBlank);
  return false;
}

/**
 * The document without blank values (what is validated and saved). List items stay in place
 * (their numbers are what the steward sees) unless the whole list is blank.
 */
export function pruneBlank(doc: MetadataDoc): MetadataDoc {
  const prune = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(prune);
    if (!isPlainObject(v)) return v;
    const out: Json = {};
    for (const [k, child] of Object.entries(v)) {
      if (isBlank(child)) continue;
      out[k] = prune(child);
    }
    return out;
  };
  return prune(doc) as MetadataDoc;
}

/** JSON with object keys sorted, so two equal documents give the same text. */
export function stableStringify(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableStringify).join(',')}]`;
  if (isPlainObject(v)) {
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify(v[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/** Same content once blanks are ignored (a cleared field equals a never-filled one). */
export function sameDoc(a: MetadataDoc, b: MetadataDoc): boolean {
  return stableStringify(pruneBlank(a)) === stableStringify(pruneBlank(b));
}

/** A JSON pointer ('/kontak/email', '/kolom/0/satuan') as path segments. */
export function pointerParts(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function toPointer(parts: readonly (string | number)[]): string {
  return parts.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** The value at `path` (segments), undefined when any step is missing. */
export function getIn(doc: unknown, path: readonly (string | number)[]): unknown {
  let node: unknown = doc;
  for (const p of path) {
    if (Array.isArray(node)) node = node[Number(p)];
    else if (isPlainObject(node)) node = node[String(p)];
    else return undefined;
  }
  return node;
}

/**
 * A copy of `doc` with `value` at `path`; objects and lists on the way are created as needed.
 * `undefined` removes the key (in lists it leaves an empty object in place).
 */
export function setIn<T>(doc: T, path: readonly (string | number)[], value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  if (head === undefined) return doc;
  if (typeof head === 'number' || Array.isArray(doc)) {
    const list = Array.isArray(doc) ? [...(doc as unknown[])] : [];
    const i = Number(head);
    const next = setIn(list[i], rest, value);
    list[i] = next === undefined ? {} : next;
    return list as T;
  }
  const obj: Json = isPlainObject(doc) ? { ...doc } : {};
  const next = setIn(obj[head], rest, value);
  if (next === undefined) delete obj[head];
  else obj[head] = next;
  return obj as T;
}

export interface PrefillMerge {
  doc: MetadataDoc;
  /** top-level keys that received a value */
  filled: string[];
  /** how many column entries were added or completed */
  columns: number;
}

/** Fills blank parts of `current` from `found`; nothing already written is replaced. */
function fillBlank(current: unknown, found: unknown): unknown {
  if (isBlank(current)) return isBlank(found) ? current : structuredClone(found);
  if (isPlainObject(current) && isPlainObject(found)) {
    const out: Json = { ...current };
    for (const [k, v] of Object.entries(found)) out[k] = fillBlank(current[k], v);
    return out;
  }
  return current;
}

function entryName(v: unknown): string | undefined {
  return isPlainObject(v) && typeof v['nama'] === 'string' ? v['nama'] : undefined;
}

/**
 * Column dictionaries merge by column name: entries already written are completed in their
 * blank parts, columns not yet described are added in the data's order.
 */
function mergeColumns(current: unknown[], found: unknown[]): { list: unknown[]; changed: number } {
  const list = current.map((c) => c);
  let changed = 0;
  for (const entry of found) {
    const name = entryName(entry);
    const at = name === undefined ? -1 : list.findIndex((c) => entryName(c) === name);
    if (at < 0) {
      list.push(structuredClone(entry));
      changed++;
      continue;
    }
    const merged = fillBlank(list[at], entry);
    if (stableStringify(merged) !== stableStringify(list[at])) {
      list[at] = merged;
      changed++;
    }
  }
  return { list, changed };
}

/**
 * Merges a prefilled document into the working one, only where the working one is blank.
 * `columnKey` names the column-dictionary field (merged entry by entry).
 */
export function mergePrefill(
  current: MetadataDoc,
  found: MetadataDoc,
  columnKey?: string,
): PrefillMerge {
  const doc: MetadataDoc = { ...current };
  const filled: string[] = [];
  let columns = 0;
  for (const [key, value] of Object.entries(found)) {
    if (key === 'profil' || isBlank(value)) continue;
    const before = doc[key];
    if (key === columnKey && Array.isArray(value)) {
      const { list, changed } = mergeColumns(Array.isArray(before) ? before : [], value);
      if (changed > 0) {
        doc[key] = list;
        columns = changed;
        filled.push(key);
      }
      continue;
    }
    const after = fillBlank(before, value);
    if (stableStringify(after) !== stableStringify(before)) {
      doc[key] = after;
      filled.push(key);
    }
  }
  return { doc, filled, columns };
}

/** A new document of a profile: its name and the defaults it declares. */
export function initialDoc(
  profile: string,
  fields: readonly { key: string; default?: unknown }[],
): MetadataDoc {
  const doc: MetadataDoc = {};
  for (const f of fields) {
    if (f.key === 'profil') doc[f.key] = profile;
    else if (f.default !== undefined) doc[f.key] = structuredClone(f.default);
  }
  if (!('profil' in doc)) doc['profil'] = profile;
  return doc;
}

/**
 * The draft for another profile: its own defaults, then every filled value whose key the new
 * profile also has. Returns the keys left behind (not part of the new profile).
 */
export function carryOver(
  from: MetadataDoc,
  profile: string,
  fields: readonly { key: string; default?: unknown }[],
): { doc: MetadataDoc; dropped: string[] } {
  const doc = initialDoc(profile, fields);
  const keys = new Set(fields.map((f) => f.key));
  const dropped: string[] = [];
  for (const [k, v] of Object.entries(pruneBlank(from))) {
    if (k === 'profil') continue;
    if (keys.has(k)) doc[k] = structuredClone(v);
    else dropped.push(k);
  }
  return { doc, dropped };
}
