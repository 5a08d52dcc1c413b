/**
 * Inspecting and importing a bundle into this workspace.
 *
 * Everything is verified first (verify-bundle.ts) — a hostile or damaged bundle is refused before
 * the first write. Then, ALL-OR-NOTHING: the import runs on its own connection to the workspace
 * inside ONE `BEGIN IMMEDIATE` transaction (the original re-imported into `raw_<seq>` under the
 * bundle's dataset id, the bundle's data as a version, the metadata version, the validation run,
 * the audit entry) and commits once at the end; any failure rolls it all back. Using a separate
 * connection keeps the transaction private: nothing the app does meanwhile on the main connection
 * can land in it, and the main connection keeps reading (WAL). The only thing written outside the
 * transaction is the original's blob (content-addressed, before the transaction); it is removed
 * again on failure when this import created it.
 *
 * Datasets are recognised by their stable id:
 * - new id → the dataset is created: version 1 is the original read again with the recorded
 *   options; when the bundle's data differs from that (it will after cleaning) or the recipe has
 *   steps, version 2 holds the bundle's data with the recipe as its steps and becomes current.
 * - known id, same data (machine-CSV sha256 of the current version and of its lines — read from
 *   the version's bundle marker when it was loaded from a bundle, else computed) and same
 *   metadata → "unchanged": nothing is written at all (not even an audit entry).
 * - known id, other content → "changed": both are kept. The bundle's data becomes a NEW version
 *   whose parent is the version that was current here, so undo returns to it; its steps are the
 *   part of the bundle's recipe that is new on top of this workspace's recipe (none when the two
 *   diverged — the full recipe stays in the version's bundle marker, see bundle-history.ts). When
 *   this workspace had changed the dataset itself since it last came from a bundle, the import
 *   reports a conflict (and still keeps both versions). Metadata that differs is saved as a new
 *   metadata version. The audit log records `bundle.import` with what was new/changed/conflicting.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type {
  BundleChange,
  BundleImportResult,
  BundleInspectResult,
  BundleManifestSummary,
  BundlePart,
  BundleStatus,
} from '../../../shared/api/bundle';
import type { Report } from '../../../shared/model/finding';
import type { Step } from '../../../shared/model/step';
import { MetadataStore } from '../metadata';
import { recordAudit } from '../store/audit';
import { blobPath, storeBlob } from '../store/blobs';
import { findDataset, type DatasetRecord } from '../store/datasets';
import { saveRun } from '../store/validation-runs';
import { CellColumns } from '../store/cell-columns';
import {
  currentTable,
  listVersions,
  maxVersion,
  tableAt,
  type TableRef,
} from '../store/working-table';
import type { Db } from '../store/workspace';
import type { ServiceContext } from '../services/context';
import type { ManifestFile } from './bundle-format';
import { historyEntries, isPrefix, markerOf, recipeOf, type BundleMarker } from './bundle-history';
import { canonicalJson } from './canonical-json';
import { insertBundleVersion, insertRawImport } from './load-tables';
import { digestTable } from './table-csv';
import { verifyBundle, type VerifiedBundle } from './verify-bundle';
import type { BundleLimits } from './zip-guard';

export interface BundleImportOptions {
  /** the name the steward knows the bundle by (upload name); default: the path's base name */
  label?: string;
  limits?: BundleLimits;
  signal?: AbortSignal;
  onProgress?: (p: {
    bytes?: number;
    totalBytes?: number;
    rows?: number;
    totalRows?: number;
  }) => void;
}

function labelOf(path: string, label: string | undefined): string {
  return label ?? path.split(/[/\\]/).pop() ?? path;
}

function change(
  part: BundlePart,
  kind: BundleChange['change'],
  message: string,
  messageEn: string,
): BundleChange {
  return { part, change: kind, message, messageEn };
}

export function manifestSummary(v: VerifiedBundle): BundleManifestSummary {
  const m = v.manifest;
  return {
    formatVersion: m.formatVersion,
    createdAt: m.createdAt,
    createdBy: m.createdBy,
    appVersion: m.appVersion,
    dataset: {
      id: m.dataset.id,
      name: m.dataset.name,
      fileName: m.dataset.fileName,
      version: m.dataset.version,
      rowCount: m.dataset.rowCount,
      columnCount: m.dataset.columns.length,
      importedAt: m.dataset.importedAt,
    },
    files: m.files.length,
    bytes: v.bytes,
    ...(m.privacy ? { privacy: m.privacy } : {}),
  };
}

/** The table's machine CSV and lines equal the bundle's data and lines files. */
function sameData(here: { dataSha256: string; linesSha256: string }, v: VerifiedBundle): boolean {
  return (
    here.dataSha256 === (v.files.data as ManifestFile).sha256 &&
    here.linesSha256 === (v.files.lines as ManifestFile).sha256
  );
}

/**
 * The hashes of a version's machine CSV and lines: from its bundle marker when it was loaded from
 * a bundle (version tables never change, and the load is exact), else computed from the table.
 */
function hashesOf(
  db: Db,
  t: TableRef,
  report: unknown,
): { dataSha256: string; linesSha256: string } {
  const marker = markerOf(report);
  if (marker) return { dataSha256: marker.dataSha256, linesSha256: marker.linesSha256 };
  const d = digestTable(db, t);
  return { dataSha256: d.data.sha256, linesSha256: d.lines.sha256 };
}

/** How the bundle relates to this workspace (read-only). */
interface Plan {
  status: BundleStatus;
  conflict: boolean;
  changes: BundleChange[];
  existing?: {
    record: DatasetRecord;
    current: TableRef;
    dataSame: boolean;
    metadataSame: boolean;
    originalSame: boolean;
    recipe: Step[];
  };
}

function sameMetadata(db: Db, id: string, v: VerifiedBundle): boolean {
  const here = new MetadataStore(db).current(id);
  if (!v.metadata) return true; // a bundle without metadata removes nothing here
  if (!here) return false;
  return (
    here.profile === v.metadata.profile && canonicalJson(here.doc) === canonicalJson(v.metadata.doc)
  );
}

function planFor(db: Db, v: VerifiedBundle): Plan {
  const ds = v.manifest.dataset;
  const record = findDataset(db, ds.id);
  const steps = v.recipe.steps.length;
  if (!record) {
    const changes = [
      change(
        'dataset',
        'added',
        `Dataset baru: ${ds.name} (${ds.rowCount.toLocaleString('id-ID')} baris, ${ds.columns.length} kolom).`,
        `New dataset: ${ds.name} (${ds.rowCount} rows, ${ds.columns.length} columns).`,
      ),
      change('original', 'added', `Berkas asli ${ds.fileName}.`, `Original file ${ds.fileName}.`),
      change(
        'recipe',
        'added',
        `Resep dengan ${steps} langkah pembersihan.`,
        `Recipe with ${steps} cleaning steps.`,
      ),
    ];
    if (v.metadata) {
      changes.push(
        change(
          'metadata',
          'added',
          `Metadata (profil ${v.metadata.profile}).`,
          `Metadata (profile ${v.metadata.profile}).`,
        ),
      );
    }
    changes.push(change('validation', 'added', 'Laporan validasi.', 'Validation report.'));
    return { status: 'new', conflict: false, changes };
  }
  const current = currentTable(db, record.id);
  const info = listVersions(db, record.id).find((x) => x.version === current.version);
  const dataSame = sameData(hashesOf(db, current, info?.report), v);
  const metadataSame = sameMetadata(db, record.id, v);
  const originalSame = record.sha256 === ds.sha256;
  const recipe = recipeOf(db, record.id, current.version);
  if (dataSame && metadataSame) {
    return {
      status: 'unchanged',
      conflict: false,
      changes: [
        change(
          'data',
          'unchanged',
          `Data sama dengan versi ${current.version} di ruang kerja ini.`,
          `The data equals version ${current.version} in this workspace.`,
        ),
        change('metadata', 'unchanged', 'Metadata sama.', 'The metadata is the same.'),
      ],
      existing: { record, current, dataSame, metadataSame, originalSame, recipe },
    };
  }
  const localChanges = current.version !== 1 && !markerOf(info?.report);
  const conflict = !dataSame && localChanges;
  const changes: BundleChange[] = [];
  if (dataSame) {
    changes.push(change('data', 'unchanged', 'Data sama.', 'The data is the same.'));
  } else if (conflict) {
    changes.push(
      change(
        'data',
        'conflict',
        `Data berbeda, dan versi ${current.version} di ruang kerja ini juga diubah di sini. Keduanya disimpan: data bundel menjadi versi baru, versi ${current.version} tetap ada (Batalkan kembali ke sana).`,
        `The data differs, and version ${current.version} in this workspace was changed here as well. Both are kept: the bundle's data becomes a new version, version ${current.version} stays (Undo returns to it).`,
      ),
    );
  } else {
    changes.push(
      change(
        'data',
        'changed',
        `Data berbeda dari versi ${current.version}: data bundel (versi ${ds.version} pengirim) menjadi versi baru; versi ${current.version} tetap ada (Batalkan kembali ke sana).`,
        `The data differs from version ${current.version}: the bundle's data (the sender's version ${ds.version}) becomes a new version; version ${current.version} stays (Undo returns to it).`,
      ),
    );
  }
  if (!dataSame) {
    const sameRecipe = canonicalJson(recipe) === canonicalJson(v.recipe.steps);
    changes.push(
      sameRecipe
        ? change('recipe', 'unchanged', 'Resep sama.', 'The recipe is the same.')
        : change(
            'recipe',
            'changed',
            `Resep bundel: ${steps} langkah (di sini: ${recipe.length}).`,
            `The bundle's recipe: ${steps} steps (here: ${recipe.length}).`,
          ),
    );
    changes.push(
      change(
        'validation',
        'added',
        'Laporan validasi versi baru.',
        'Validation report of the new version.',
      ),
    );
  }
  if (!originalSame) {
    changes.push(
      change(
        'original',
        'changed',
        `Berkas asli di bundel (${ds.fileName}) berbeda dari yang diimpor di sini; disimpan di folder ruang kerja, impor versi 1 tetap.`,
        `The original file in the bundle (${ds.fileName}) differs from the one imported here; it is stored in the workspace folder, the version-1 import stays.`,
      ),
    );
  }
  if (!metadataSame) {
    const hadMetadata = new MetadataStore(db).current(record.id) !== undefined;
    changes.push(
      hadMetadata
        ? change(
            'metadata',
            'changed',
            'Metadata berbeda: disimpan sebagai versi metadata baru.',
            'The metadata differs: saved as a new metadata version.',
          )
        : change('metadata', 'added', 'Metadata baru.', 'New metadata.'),
    );
  } else {
    changes.push(change('metadata', 'unchanged', 'Metadata sama.', 'The metadata is the same.'));
  }
  return {
    status: 'changed',
    conflict,
    changes,
    existing: { record, current, dataSame, metadataSame, originalSame, recipe },
  };
}

/** Verify the bundle and say what importing it would do. Writes nothing. */
export async function inspectBundle(
  ctx: ServiceContext,
  path: string,
  opts: BundleImportOptions = {},
): Promise<BundleInspectResult> {
  const v = await verifyBundle(path, labelOf(path, opts.label), {
    ...(opts.limits ? { limits: opts.limits } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
  const plan = planFor(ctx.db, v);
  return {
    manifest: manifestSummary(v),
    status: plan.status,
    conflict: plan.conflict,
    changes: plan.changes,
  };
}

function openWriter(path: string): Db {
  const db = new Database(path);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}

function markerFor(v: VerifiedBundle): BundleMarker {
  return {
    createdAt: v.manifest.createdAt,
    createdBy: v.manifest.createdBy,
    sourceVersion: v.manifest.dataset.version,
    dataSha256: (v.files.data as ManifestFile).sha256,
    linesSha256: (v.files.lines as ManifestFile).sha256,
    recipe: v.recipe.steps,
  };
}

/** Store the original's blob; returns the path to remove on failure when this call created it. */
async function storeOriginal(ctx: ServiceContext, v: VerifiedBundle): Promise<string | null> {
  const target = blobPath(ctx.ws.filesDir, v.manifest.dataset.sha256);
  const existed = existsSync(target);
  const stored = await storeBlob(ctx.ws.filesDir, (v.extracted as { original: string }).original);
  if (stored.sha256 !== v.manifest.dataset.sha256) {
    throw new Error('the original changed after it was verified');
  }
  return existed ? null : target;
}

async function applyPlan(
  ctx: ServiceContext,
  w: Db,
  v: VerifiedBundle,
  opts: BundleImportOptions,
  createdBlobs: string[],
): Promise<BundleImportResult> {
  const ds = v.manifest.dataset;
  const extracted = v.extracted as { data: string; lines: string; original: string };
  const plan = planFor(w, v);
  if (plan.status === 'unchanged') {
    const current = (plan.existing as { current: TableRef }).current;
    return {
      id: ds.id,
      status: 'unchanged',
      conflict: false,
      version: current.version,
      changes: plan.changes,
    };
  }
  const signal = opts.signal;
  const onRows = (rows: number): void => opts.onProgress?.({ rows, totalRows: ds.rowCount });
  let version: number;
  let previousVersion: number | undefined;
  let dataChanged = true;
  let metadataChanged = v.metadata !== undefined;
  if (plan.status === 'new') {
    const blob = await storeOriginal(ctx, v);
    if (blob) createdBlobs.push(blob);
    const record = await insertRawImport(w, {
      id: ds.id,
      path: extracted.original,
      fileName: ds.fileName,
      options: ds.importOptions,
      sha256: ds.sha256,
      size: ds.size,
      user: ctx.user,
      ...(signal ? { signal } : {}),
    });
    version = 1;
    // a recipe always makes version 2; without one, only data that differs from the raw import
    const needed =
      v.recipe.steps.length > 0 || !sameData(hashesOf(w, tableAt(w, ds.id, 1), null), v);
    if (needed) {
      version = 2;
      await insertBundleVersion(w, {
        datasetId: ds.id,
        seq: record.seq,
        version,
        parentVersion: 1,
        columns: ds.columns,
        dataPath: extracted.data,
        linesPath: extracted.lines,
        steps: v.recipe.steps,
        report: {
          steps: historyEntries(v.versions, v.recipe.steps, v.recipe.steps),
          bundle: markerFor(v),
        },
        user: ctx.user,
        ...(signal ? { signal } : {}),
        onRows,
      });
    }
  } else {
    const ex = plan.existing as NonNullable<Plan['existing']>;
    previousVersion = ex.current.version;
    version = ex.current.version;
    dataChanged = !ex.dataSame;
    metadataChanged = !ex.metadataSame;
    if (!ex.originalSame) {
      const blob = await storeOriginal(ctx, v);
      if (blob) createdBlobs.push(blob);
      w.prepare('INSERT OR IGNORE INTO blobs (sha256, size, stored_at) VALUES (?, ?, ?)').run(
        ds.sha256,
        ds.size,
        new Date().toISOString(),
      );
    }
    if (dataChanged) {
      version = maxVersion(w, ds.id) + 1;
      const steps = isPrefix(ex.recipe, v.recipe.steps)
        ? v.recipe.steps.slice(ex.recipe.length)
        : [];
      await insertBundleVersion(w, {
        datasetId: ds.id,
        seq: ex.record.seq,
        version,
        parentVersion: ex.current.version,
        columns: ds.columns,
        dataPath: extracted.data,
        linesPath: extracted.lines,
        steps,
        report: { steps: historyEntries(v.versions, v.recipe.steps, steps), bundle: markerFor(v) },
        user: ctx.user,
        ...(signal ? { signal } : {}),
        onRows,
      });
    }
  }
  if (v.metadata && metadataChanged) {
    new MetadataStore(w).save(ds.id, v.metadata.profile, v.metadata.doc, ctx.user);
  }
  if (dataChanged || metadataChanged) {
    saveRun(w, {
      datasetId: ds.id,
      datasetVersion: version,
      profile: v.validation.profile,
      by: v.validation.by,
      report: v.validation.report as unknown as Report,
      cells: new CellColumns(0).pack().packed,
    });
  }
  recordAudit(w, ctx.user, 'bundle.import', ds.id, {
    bundle: v.label,
    status: plan.status,
    conflict: plan.conflict,
    version,
    ...(previousVersion !== undefined ? { previousVersion } : {}),
    source: {
      createdAt: v.manifest.createdAt,
      createdBy: v.manifest.createdBy,
      appVersion: v.manifest.appVersion,
      version: ds.version,
    },
    changes: plan.changes
      .filter((c) => c.change !== 'unchanged')
      .map((c) => ({ part: c.part, change: c.change })),
  });
  return {
    id: ds.id,
    status: plan.status,
    conflict: plan.conflict,
    version,
    ...(previousVersion !== undefined ? { previousVersion } : {}),
    changes: plan.changes,
  };
}

/** Verify the bundle at `path` and import it (all or nothing). */
export async function importBundle(
  ctx: ServiceContext,
  path: string,
  opts: BundleImportOptions = {},
): Promise<BundleImportResult> {
  const tmp = mkdtempSync(join(tmpdir(), 'sdbundle-'));
  try {
    const v = await verifyBundle(path, labelOf(path, opts.label), {
      extractTo: tmp,
      ...(opts.limits ? { limits: opts.limits } : {}),
      ...(opts.signal ? { signal: opts.signal } : {}),
      onBytes: (bytes, totalBytes) => opts.onProgress?.({ bytes, totalBytes }),
    });
    const w = openWriter(ctx.ws.path);
    const createdBlobs: string[] = [];
    try {
      w.exec('BEGIN IMMEDIATE');
      const result = await applyPlan(ctx, w, v, opts, createdBlobs);
      if (result.status === 'unchanged') w.exec('ROLLBACK');
      else w.exec('COMMIT');
      return result;
    } catch (err) {
      if (w.inTransaction) w.exec('ROLLBACK');
      for (const b of createdBlobs) rmSync(b, { force: true });
      throw err;
    } finally {
      w.close();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
