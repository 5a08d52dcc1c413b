/**
 * Reading a reference list from CSV: columns `code, name[, parent][, kemendagri]` (Indonesian
 * headers `kode, nama, induk` also work). Every problem is collected — duplicate codes,
 * missing parents, empty cells — and the list is refused as a whole: nothing half-imported.
 */
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { AppError } from '../../../shared/errors';
import type { ReferenceListEntry } from '../../../shared/model/reference';

export const MAX_LIST_ENTRIES = 200_000;

const HEADER_ALIASES: Record<string, 'code' | 'name' | 'parent' | 'mapped'> = {
  code: 'code',
  kode: 'code',
  name: 'name',
  nama: 'name',
  parent: 'parent',
  parent_code: 'parent',
  induk: 'parent',
  kode_induk: 'parent',
  kemendagri: 'mapped',
  kode_kemendagri: 'mapped',
  mapped: 'mapped',
  padanan: 'mapped',
  kode_padanan: 'mapped',
};

export interface ListProblem {
  /** CSV line number (the header is line 1) */
  line: number;
  column?: string;
  code: string;
  message: string;
  messageEn: string;
}

export interface ParsedList {
  entries: ReferenceListEntry[];
  hasParent: boolean;
  hasMapped: boolean;
  /** header names that were not used */
  ignoredColumns: string[];
}

/** Decodes file bytes: UTF-8 (BOM stripped), else Windows-1252. */
export function decodeListBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes), 'win1252');
  }
}

function refuse(file: string, problems: ListProblem[]): AppError {
  const shown = problems.slice(0, 5);
  const more = problems.length - shown.length;
  const tailId = more > 0 ? ` (dan ${more} masalah lain)` : '';
  const tailEn = more > 0 ? ` (and ${more} more)` : '';
  return new AppError({
    kind: 'user-input',
    code: 'reference-list-invalid',
    message: `Daftar referensi ${file} ditolak, tidak ada yang disimpan: ${shown.map((p) => `baris ${p.line}: ${p.message}`).join('; ')}${tailId}.`,
    messageEn: `Reference list ${file} refused, nothing was saved: ${shown.map((p) => `line ${p.line}: ${p.messageEn}`).join('; ')}${tailEn}.`,
    file,
    details: { problems },
  });
}

/** Parses and checks a list; throws AppError `reference-list-invalid` listing every problem. */
export function parseReferenceListCsv(text: string, file = 'CSV'): ParsedList {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    throw refuse(file, [
      { line: 1, code: 'berkas-kosong', message: 'berkas kosong', messageEn: 'the file is empty' },
    ]);
  }
  const parsed = Papa.parse<string[]>(body, {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t', '|'],
  });
  const rows = parsed.data;
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const index: Partial<Record<'code' | 'name' | 'parent' | 'mapped', number>> = {};
  const ignoredColumns: string[] = [];
  header.forEach((h, i) => {
    const key = HEADER_ALIASES[h];
    if (key && index[key] === undefined) index[key] = i;
    else ignoredColumns.push(h);
  });
  const problems: ListProblem[] = [];
  if (index.code === undefined || index.name === undefined) {
    throw refuse(file, [
      {
        line: 1,
        code: 'kolom-wajib-hilang',
        message: `baris judul harus memuat kolom code (kode) dan name (nama); ditemukan: ${header.join(', ')}`,
        messageEn: `the header must have the columns code and name; found: ${header.join(', ')}`,
      },
    ]);
  }
  if (rows.length - 1 > MAX_LIST_ENTRIES) {
    throw refuse(file, [
      {
        line: 1,
        code: 'terlalu-banyak-baris',
        message: `lebih dari ${MAX_LIST_ENTRIES} baris`,
        messageEn: `more than ${MAX_LIST_ENTRIES} rows`,
      },
    ]);
  }
  const entries: ReferenceListEntry[] = [];
  const lineOf = new Map<string, number>();
  const cell = (row: string[], i: number | undefined): string =>
    i === undefined ? '' : (row[i] ?? '').trim();
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const line = r + 1;
    const code = cell(row, index.code);
    const name = cell(row, index.name);
    const parent = cell(row, index.parent);
    const mapped = cell(row, index.mapped);
    if (code === '') {
      problems.push({
        line,
        column: 'code',
        code: 'kode-kosong',
        message: 'kode kosong',
        messageEn: 'empty code',
      });
      continue;
    }
    if (name === '') {
      problems.push({
        line,
        column: 'name',
        code: 'nama-kosong',
        message: `nama untuk kode ${code} kosong`,
        messageEn: `empty name for code ${code}`,
      });
    }
    const first = lineOf.get(code);
    if (first !== undefined) {
      problems.push({
        line,
        column: 'code',
        code: 'kode-ganda',
        message: `kode ${code} ganda (sudah ada di baris ${first})`,
        messageEn: `duplicate code ${code} (already on line ${first})`,
      });
      continue;
    }
    lineOf.set(code, line);
    if (parent === code) {
      problems.push({
        line,
        column: 'parent',
        code: 'induk-diri-sendiri',
        message: `kode ${code} menjadi induk bagi dirinya sendiri`,
        messageEn: `code ${code} is its own parent`,
      });
    }
    entries.push({
      code,
      name,
      parent: parent === '' ? null : parent,
      ...(index.mapped !== undefined ? { mapped: mapped === '' ? null : mapped } : {}),
    });
  }
  for (const e of entries) {
    if (e.parent !== null && !lineOf.has(e.parent)) {
      problems.push({
        line: lineOf.get(e.code) ?? 0,
        column: 'parent',
        code: 'induk-tidak-ada',
        message: `induk ${e.parent} dari kode ${e.code} tidak ada dalam daftar`,
        messageEn: `parent ${e.parent} of code ${e.code} is not in the list`,
      });
    }
  }
  problems.push(...cycleProblems(entries, lineOf));
  if (entries.length === 0 && problems.length === 0) {
    problems.push({
      line: 2,
      code: 'tanpa-isi',
      message: 'tidak ada baris data',
      messageEn: 'no data rows',
    });
  }
  if (problems.length > 0) {
    problems.sort((a, b) => a.line - b.line);
    throw refuse(file, problems);
  }
  return {
    entries,
    hasParent: index.parent !== undefined,
    hasMapped: index.mapped !== undefined,
    ignoredColumns,
  };
}

function cycleProblems(entries: ReferenceListEntry[], lineOf: Map<string, number>): ListProblem[] {
  const parentOf = new Map(entries.map((e) => [e.code, e.parent]));
  const state = new Map<string, 1 | 2>();
  const problems: ListProblem[] = [];
  for (const e of entries) {
    const path: string[] = [];
    let cur: string | null | undefined = e.code;
    while (cur && parentOf.has(cur) && state.get(cur) !== 2) {
      if (state.get(cur) === 1) {
        if (cur !== parentOf.get(cur)) {
          problems.push({
            line: lineOf.get(cur) ?? 0,
            column: 'parent',
            code: 'induk-melingkar',
            message: `induk melingkar di sekitar kode ${cur}`,
            messageEn: `circular parents around code ${cur}`,
          });
        }
        break;
      }
      state.set(cur, 1);
      path.push(cur);
      cur = parentOf.get(cur);
    }
    for (const p of path) state.set(p, 2);
  }
  return problems;
}
