/**
 * Row batches as they travel to the validation worker, dictionary-encoded per column: most
 * columns (codes, names, years, satuan, dates) have few distinct values, so a cell travels as
 * the number of its value in its column's dictionary and the worker rebuilds the row from its
 * copy of the dictionary — no string is made or hashed again per cell there, and equal cells
 * share one string, which the rules' per-value memos find at once. A column with more than
 * MAX_DICTIONARY distinct values travels as text from then on.
 *
 * The host thread encodes (it reads SQLite anyway and would otherwise wait for the rules); the
 * worker decodes. Both ends see the same sequence of batches, so their dictionaries agree.
 */
import type { RowBatch } from '../store/row-text-batches';
import { decodeRows, type RowBatchMessage } from '../ingest/row-batch';
import { hashValue } from '../validate/hash';
import type { CellKind, InputRow } from '../validate/types';

const US = '\u001f';
export const MAX_DICTIONARY = 4096;
/** ids: the cell is in `texts` */
const TEXT = -1;
/** ids: the row had no such cell (ragged row) */
const MISSING = -2;

export interface EncodedRowBatch {
  kind: 'encoded';
  count: number;
  lines: Float64Array;
  /** count × width: dictionary id, TEXT or MISSING */
  ids: Int32Array;
  /** the TEXT cells in order, joined by U+001F (cells never hold it: rows were split on it) */
  texts: string;
  /** dictionary additions made for this batch, in order: column and value */
  addedCols: Int32Array;
  addedValues: string;
  /** cells beyond the header width, by row index in the batch */
  extras: [number, string[]][];
  /**
   * count × width, when the encoder was given the cell classifier: each cell's kind and hashes
   * (InputRow.kinds/h1/h2), so the validator does not classify or hash it again
   */
  kinds?: Uint8Array;
  h1?: Uint32Array;
  h2?: Uint32Array;
}

export type WireRowBatch = EncodedRowBatch | { kind: 'cells'; rows: InputRow[] };

/**
 * One column's dictionary on the host side: value → id by a hash of the value's characters
 * computed in place in the row string (open addressing), so a value already known costs no
 * string of its own — only a hash and one in-place comparison (`startsWith` at a position).
 */
class ColumnDictionary {
  readonly values: string[] = [];
  /** per id, when cells are described (createRowEncoder's cellKind): kind and hashes */
  readonly kinds = new Uint8Array(MAX_DICTIONARY);
  readonly h1 = new Uint32Array(MAX_DICTIONARY);
  readonly h2 = new Uint32Array(MAX_DICTIONARY);
  private readonly hashes = new Int32Array(MAX_DICTIONARY * 2);
  /** id + 1 per slot, 0 = empty */
  private readonly slots = new Int32Array(MAX_DICTIONARY * 2);
  private static readonly MASK = MAX_DICTIONARY * 2 - 1;

  /** The id of row[start, end), adding it when there is room; -1 when the dictionary is full. */
  idOf(row: string, start: number, end: number, added: (value: string) => void): number {
    let h = 0x811c9dc5 ^ (end - start);
    for (let i = start; i < end; i++) h = Math.imul(h ^ row.charCodeAt(i), 0x01000193);
    let slot = (h ^ (h >>> 15)) & ColumnDictionary.MASK;
    const len = end - start;
    for (;;) {
      const id = (this.slots[slot] ?? 0) - 1;
      if (id < 0) break;
      if (this.hashes[slot] === h) {
        const v = this.values[id] as string;
        if (v.length === len && row.startsWith(v, start)) return id;
      }
      slot = (slot + 1) & ColumnDictionary.MASK;
    }
    if (this.values.length >= MAX_DICTIONARY) return -1;
    const value = row.slice(start, end);
    const id = this.values.length;
    this.values.push(value);
    this.hashes[slot] = h;
    this.slots[slot] = id + 1;
    added(value);
    return id;
  }
}

/**
 * What the encoder reads: a batch read from a working table (row-text-batches.ts), or a batch
 * straight from the import parser (`validate FILE`: every cell of the batch joined by one
 * separator, with each row's line and cell count — row-batch.ts).
 */
export type SourceRowBatch = RowBatch | RowBatchMessage;

/**
 * Host side: turns read batches into wire batches (keeps the dictionaries of one run). With
 * `cellKind` (the validator's cellKindsFor(undefined)) each batch also carries every
 * cell's kind and hashes, computed once per dictionary value: work taken off the validator.
 */
export function createRowEncoder(
  width: number,
  cellKind?: (value: string) => CellKind,
): (batch: SourceRowBatch) => WireRowBatch {
  const dicts: (ColumnDictionary | null)[] = [];
  for (let i = 0; i < width; i++) dicts.push(new ColumnDictionary());
  // a missing cell (ragged row) is read as ''
  const emptyKind = cellKind?.('') ?? 0;
  const emptyHash = new Uint32Array(2);
  hashValue('', emptyHash, emptyHash.subarray(1), 0);

  return (batch) => {
    if (batch.kind === 'cells') return batch;
    if (batch.kind === 'plain') return { kind: 'cells', rows: batch.rows };
    // a cell holding U+001F would break the joined texts below: send that batch cell by cell
    if (batch.kind === 'joined' && batch.sep !== US && batch.text.includes(US)) {
      return { kind: 'cells', rows: decodeRows(batch) };
    }
    const count = batch.kind === 'text' ? batch.rows.length : batch.lines.length;
    const lines = new Float64Array(count);
    const ids = new Int32Array(count * width);
    const texts: string[] = [];
    const addedCols: number[] = [];
    const addedValues: string[] = [];
    const extras: [number, string[]][] = [];
    const kinds = cellKind ? new Uint8Array(count * width) : undefined;
    const h1 = cellKind ? new Uint32Array(count * width) : undefined;
    const h2 = cellKind ? new Uint32Array(count * width) : undefined;
    let column = 0;
    let dict: ColumnDictionary | null = null;
    const added = (value: string): void => {
      addedCols.push(column);
      addedValues.push(value);
      if (cellKind && dict) {
        const id = dict.values.length - 1;
        dict.kinds[id] = cellKind(value);
        hashValue(value, dict.h1, dict.h2, id);
      }
    };
    /** cells of the row from `present` to the header width: the row had none there */
    const missing = (base: number, present: number): void => {
      for (let i = present; i < width; i++) {
        const at = base + i;
        ids[at] = MISSING;
        if (kinds && h1 && h2) {
          kinds[at] = emptyKind;
          h1[at] = emptyHash[0] ?? 0;
          h2[at] = emptyHash[1] ?? 0;
        }
      }
    };
    /** cell `i` of the row at `base`: the characters src[start, end) */
    const cell = (base: number, i: number, src: string, start: number, end: number): void => {
      const at = base + i;
      dict = dicts[i] ?? null;
      let id = -1;
      if (dict) {
        column = i;
        id = dict.idOf(src, start, end, added);
        if (id < 0) dicts[i] = null;
      }
      if (id >= 0) {
        ids[at] = id;
        if (kinds && h1 && h2 && dict) {
          kinds[at] = dict.kinds[id] ?? 0;
          h1[at] = dict.h1[id] ?? 0;
          h2[at] = dict.h2[id] ?? 0;
        }
      } else {
        ids[at] = TEXT;
        const text = src.slice(start, end);
        texts.push(text);
        if (cellKind && kinds && h1 && h2) {
          kinds[at] = cellKind(text);
          hashValue(text, h1, h2, at);
        }
      }
    };

    if (batch.kind === 'text') {
      for (let r = 0; r < count; r++) {
        const row = batch.rows[r] as string;
        // the trailing fields: … US extra US ncells US line
        const lineAt = row.lastIndexOf(US);
        const ncellsAt = row.lastIndexOf(US, lineAt - 1);
        const extraAt = row.lastIndexOf(US, ncellsAt - 1);
        lines[r] = Number(row.slice(lineAt + 1));
        const present = Math.min(Number(row.slice(ncellsAt + 1, lineAt)), width);
        const base = r * width;
        let start = 0;
        for (let i = 0; i < present; i++) {
          const end = i === width - 1 ? extraAt : row.indexOf(US, start);
          cell(base, i, row, start, end);
          start = end + 1;
        }
        missing(base, present);
        if (ncellsAt - extraAt > 1) {
          extras.push([r, JSON.parse(row.slice(extraAt + 1, ncellsAt)) as string[]]);
        }
      }
    } else {
      // every cell of the batch in one text: row r has counts[r] cells, each but the batch's
      // last followed by the separator
      const { text, sep, counts } = batch;
      let start = 0;
      for (let r = 0; r < count; r++) {
        lines[r] = batch.lines[r] ?? 0;
        const n = counts[r] ?? 0;
        const present = Math.min(n, width);
        const base = r * width;
        for (let i = 0; i < present; i++) {
          let end = text.indexOf(sep, start);
          if (end < 0) end = text.length;
          cell(base, i, text, start, end);
          start = end + 1;
        }
        missing(base, present);
        if (n > width) {
          const more: string[] = [];
          for (let i = width; i < n; i++) {
            let end = text.indexOf(sep, start);
            if (end < 0) end = text.length;
            more.push(text.slice(start, end));
            start = end + 1;
          }
          extras.push([r, more]);
        }
      }
    }
    return {
      kind: 'encoded',
      count,
      lines,
      ids,
      texts: texts.join(US),
      addedCols: Int32Array.from(addedCols),
      addedValues: addedValues.join(US),
      extras,
      ...(kinds && h1 && h2 ? { kinds, h1, h2 } : {}),
    };
  };
}

/** Worker side: rebuilds the rows of wire batches (keeps its copy of the dictionaries). */
export function createRowDecoder(width: number): (batch: WireRowBatch) => InputRow[] {
  const dicts: string[][] = [];
  for (let i = 0; i < width; i++) dicts.push([]);

  return (batch) => {
    if (batch.kind === 'cells') return batch.rows;
    if (batch.addedCols.length > 0) {
      const values = batch.addedValues.split(US);
      for (let k = 0; k < batch.addedCols.length; k++) {
        (dicts[batch.addedCols[k] ?? 0] as string[]).push(values[k] ?? '');
      }
    }
    const texts = batch.texts.split(US);
    let t = 0;
    const extras = new Map(batch.extras);
    const ids = batch.ids;
    const { kinds, h1, h2 } = batch;
    const rows: InputRow[] = new Array<InputRow>(batch.count);
    for (let r = 0; r < batch.count; r++) {
      const cells: string[] = new Array<string>(width);
      const base = r * width;
      let n = width;
      for (let i = 0; i < width; i++) {
        const id = ids[base + i] ?? MISSING;
        if (id >= 0) cells[i] = (dicts[i] as string[])[id] as string;
        else if (id === TEXT) cells[i] = texts[t++] as string;
        else {
          n = i;
          break;
        }
      }
      if (n < width) cells.length = n;
      const extra = extras.get(r);
      if (extra) cells.push(...extra);
      rows[r] = { line: batch.lines[r] ?? 0, cells, ids, idAt: base, kinds, h1, h2 };
    }
    return rows;
  };
}

/** Buffers to transfer (not copy) with a wire batch. */
export function transferList(batch: WireRowBatch): ArrayBuffer[] {
  if (batch.kind !== 'encoded') return [];
  const list = [batch.lines.buffer, batch.ids.buffer, batch.addedCols.buffer];
  if (batch.kinds) list.push(batch.kinds.buffer);
  if (batch.h1) list.push(batch.h1.buffer);
  if (batch.h2) list.push(batch.h2.buffer);
  return list.map((b) => b as ArrayBuffer);
}
