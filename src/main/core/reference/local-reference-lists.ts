/**
 * Kode referensi lokal: reference lists a user imports into the workspace (CSV: code, name,
 * parent[, kemendagri]). Each import of the same list id is a new version; older versions stay.
 * A list with problems is refused whole, and a version is written in one transaction.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import type { ReferenceListEntry, ReferenceListInfo } from '../../../shared/model/reference';
import { builtinLists } from './builtin-lists';
import { parseReferenceListCsv } from './reference-list-csv';
import { ReferenceListIndex } from './reference-list-index';

export const LIST_ID_PATTERN = /^[a-z0-9][a-z0-9._-]{1,99}$/;

export interface ImportListInput {
  /** list id; default: derived from the name. An existing id gets a new version. */
  listId?: string;
  name: string;
  /** `lokal` (default), `bps`, `kbli`, … */
  system?: string;
  /** the system of the mapped codes, e.g. `kemendagri` */
  mapsTo?: string;
  /** CSV text */
  text: string;
  sourceFile?: string;
  user: string;
  note?: string;
}

interface VersionRow {
  id: string;
  name: string;
  system: string;
  maps_to: string | null;
  version: number;
  entry_count: number;
  source_file: string | null;
  note: string | null;
  imported_at: string;
  imported_by: string;
}

export function listIdFromName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug.length >= 2 ? slug : `daftar-${slug || 'lokal'}`;
}

function badId(id: string): AppError {
  return new AppError({
    kind: 'user-input',
    code: 'reference-list-id-invalid',
    message: `Kode daftar "${id}" tidak sah: pakai 2–100 huruf kecil, angka, titik, tanda hubung atau garis bawah.`,
    messageEn: `List id "${id}" is not valid: use 2–100 lower-case letters, digits, dots, hyphens or underscores.`,
  });
}

export class LocalReferenceLists {
  private readonly db: Database.Database;

  constructor(db: Database.Database) {
    this.db = db;
  }

  /** Checks and stores a list as a new version; nothing is written when the CSV has problems. */
  importCsv(input: ImportListInput): ReferenceListInfo {
    const id = input.listId ?? listIdFromName(input.name);
    if (!LIST_ID_PATTERN.test(id)) throw badId(id);
    if (builtinLists().has(id)) {
      throw new AppError({
        kind: 'user-input',
        code: 'reference-list-id-reserved',
        message: `Kode daftar "${id}" dipakai daftar bawaan; pilih kode lain.`,
        messageEn: `List id "${id}" belongs to a built-in list; choose another id.`,
      });
    }
    const name = input.name.trim();
    if (name === '') {
      throw new AppError({
        kind: 'user-input',
        code: 'reference-list-name-empty',
        message: 'Nama daftar referensi belum diisi.',
        messageEn: 'The reference list name is empty.',
      });
    }
    const parsed = parseReferenceListCsv(input.text, input.sourceFile ?? `${id}.csv`);
    const system = input.system ?? 'lokal';
    const mapsTo = parsed.hasMapped ? (input.mapsTo ?? 'kemendagri') : null;
    const now = new Date().toISOString();
    const sha256 = createHash('sha256').update(input.text).digest('hex');
    const write = this.db.transaction((): number => {
      const existing = this.db.prepare('SELECT id FROM reference_lists WHERE id = ?').get(id);
      if (existing) {
        this.db
          .prepare('UPDATE reference_lists SET name = ?, system = ?, maps_to = ? WHERE id = ?')
          .run(name, system, mapsTo, id);
      } else {
        this.db
          .prepare(
            'INSERT INTO reference_lists (id, name, system, maps_to, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)',
          )
          .run(id, name, system, mapsTo, now, input.user);
      }
      const last = this.db
        .prepare('SELECT max(version) FROM reference_list_versions WHERE list_id = ?')
        .pluck()
        .get(id) as number | null;
      const version = (last ?? 0) + 1;
      this.db
        .prepare(
          `INSERT INTO reference_list_versions
             (list_id, version, entry_count, source_file, sha256, note, imported_at, imported_by)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          id,
          version,
          parsed.entries.length,
          input.sourceFile ?? null,
          sha256,
          input.note ?? null,
          now,
          input.user,
        );
      const insert = this.db.prepare(
        `INSERT INTO reference_list_entries (list_id, version, position, code, name, parent, mapped)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      );
      parsed.entries.forEach((e, i) =>
        insert.run(id, version, i, e.code, e.name, e.parent, e.mapped ?? null),
      );
      this.db
        .prepare(
          'INSERT INTO audit_log (at, user, action, dataset_id, details) VALUES (?, ?, ?, NULL, ?)',
        )
        .run(
          now,
          input.user,
          'reference:list-import',
          JSON.stringify({
            listId: id,
            version,
            entries: parsed.entries.length,
            sourceFile: input.sourceFile ?? null,
          }),
        );
      return version;
    });
    const version = write();
    const info = this.info(id, version);
    if (!info) throw new Error(`reference list ${id} v${version} missing after import`);
    return info;
  }

  /** Every local list at its latest version. */
  lists(): ReferenceListInfo[] {
    const rows = this.db
      .prepare(
        `SELECT l.id, l.name, l.system, l.maps_to, v.version, v.entry_count, v.source_file, v.note,
                v.imported_at, v.imported_by
           FROM reference_lists l
           JOIN reference_list_versions v ON v.list_id = l.id
          WHERE v.version = (SELECT max(version) FROM reference_list_versions WHERE list_id = l.id)
          ORDER BY l.id`,
      )
      .all() as VersionRow[];
    return rows.map(toInfo);
  }

  /** All versions of one list, newest first. */
  versions(listId: string): ReferenceListInfo[] {
    const rows = this.db
      .prepare(
        `SELECT l.id, l.name, l.system, l.maps_to, v.version, v.entry_count, v.source_file, v.note,
                v.imported_at, v.imported_by
           FROM reference_lists l JOIN reference_list_versions v ON v.list_id = l.id
          WHERE l.id = ? ORDER BY v.version DESC`,
      )
      .all(listId) as VersionRow[];
    return rows.map(toInfo);
  }

  info(listId: string, version?: number): ReferenceListInfo | undefined {
    const all = this.versions(listId);
    return version === undefined ? all[0] : all.find((v) => v.version === version);
  }

  /** A list (latest version unless given) as an index; AppError not-found when unknown. */
  get(listId: string, version?: number): ReferenceListIndex {
    const info = this.info(listId, version);
    if (!info) {
      const known = this.lists().map((l) => l.id);
      throw new AppError({
        kind: 'not-found',
        code: 'reference-list-unknown',
        message: `Daftar referensi "${listId}"${version ? ` versi ${version}` : ''} tidak ada. Daftar yang ada: ${known.join(', ') || '(belum ada)'}.`,
        messageEn: `Reference list "${listId}"${version ? ` version ${version}` : ''} does not exist. Known lists: ${known.join(', ') || '(none)'}.`,
      });
    }
    const entries = this.db
      .prepare(
        `SELECT code, name, parent, mapped FROM reference_list_entries
          WHERE list_id = ? AND version = ? ORDER BY position`,
      )
      .all(listId, info.version) as {
      code: string;
      name: string;
      parent: string | null;
      mapped: string | null;
    }[];
    const hasMapped = info.mapsTo !== null && info.mapsTo !== undefined;
    const list: ReferenceListEntry[] = entries.map((e) =>
      hasMapped
        ? { code: e.code, name: e.name, parent: e.parent, mapped: e.mapped }
        : { code: e.code, name: e.name, parent: e.parent },
    );
    return new ReferenceListIndex(info, list);
  }
}

function toInfo(r: VersionRow): ReferenceListInfo {
  return {
    id: r.id,
    name: r.name,
    system: r.system,
    version: r.version,
    entryCount: r.entry_count,
    mapsTo: r.maps_to,
    builtin: false,
    importedAt: r.imported_at,
    importedBy: r.imported_by,
    ...(r.source_file !== null ? { sourceFile: r.source_file } : {}),
    ...(r.note !== null ? { note: r.note } : {}),
  };
}
