/**
 * Making a `.sdbundle` (layout: bundle-format.ts). The personal-data gate runs first; then the
 * bundled version is fixed (version tables never change, so a step applied meanwhile cannot mix
 * into the bundle). The zip is streamed with yazl into a temporary file beside the target and
 * renamed over it (atomicWrite): the data CSV and the lines are generated batch by batch from
 * SQLite and hashed on the way, the original is streamed from the blob store, and the manifest
 * goes last — it is produced when yazl reaches it, after every other entry's hash is known.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { AppError } from '../../../shared/errors';
import { DELIMITERS, type ImportOptions } from '../../../shared/model/dataset';
import { recipeFromSteps, serializeRecipe } from '../clean/recipe';
import { atomicWrite } from '../export/atomic-write';
import { toSlug } from '../export/slug';
import { MetadataStore } from '../metadata';
import { recordAudit } from '../store/audit';
import { blobPath } from '../store/blobs';
import { getDatasetRecord, type DatasetRecord } from '../store/datasets';
import { getRun, listRuns } from '../store/validation-runs';
import { currentTable, type TableRef } from '../store/working-table';
import type { ServiceContext } from '../services/context';
import { checkPersonalDataGate } from '../services/privacy-gate';
import { validateDataset } from '../services/validation-handlers';
import { APP_VERSION } from '../version';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  FIXED_PATHS,
  MANIFEST_PATH,
  originalEntryName,
  type BundleManifest,
  type BundleMetadata,
  type BundleValidation,
  type FileRole,
  type ManifestFile,
} from './bundle-format';
import { recipeOf, versionsDoc } from './bundle-history';
import { tableCsvChunks, tableLineChunks } from './table-csv';

export interface CreateBundleOptions {
  allowPersonalData?: readonly string[];
  reason?: string;
  signal?: AbortSignal;
  /** rows of the data written so far, of `total` */
  onProgress?: (rows: number, total: number) => void;
}

export interface CreatedBundle {
  path: string;
  bytes: number;
  sha256: string;
  /** files besides the manifest */
  files: number;
  version: number;
  /** personal-data columns that were allowed with a reason */
  allowed: string[];
}

/** The file name a bundle of `name` gets by default. */
export function bundleFileName(name: string): string {
  return `${toSlug(name)}.sdbundle`;
}

/** How to read the original again: the detected encoding/delimiter/sheet and the user's options. */
function importOptionsOf(d: DatasetRecord): ImportOptions {
  const o: ImportOptions = { name: d.name.slice(0, 300) };
  const given = d.options;
  if (typeof given['noHeader'] === 'boolean') o.noHeader = given['noHeader'];
  const headerRow = given['headerRow'];
  if (
    typeof headerRow === 'number' &&
    Number.isInteger(headerRow) &&
    headerRow >= 0 &&
    headerRow <= 1000
  ) {
    o.headerRow = headerRow;
  }
  if (d.format === 'csv') {
    o.encoding = d.encoding;
    if ((DELIMITERS as readonly string[]).includes(d.delimiter)) o.delimiter = d.delimiter;
  } else if (d.sheet !== null && d.sheet.length <= 255) {
    o.sheet = d.sheet;
  }
  return o;
}

/** The latest validation run of exactly this version, or a fresh one. */
async function validationFor(
  ctx: ServiceContext,
  t: TableRef,
  signal: AbortSignal | undefined,
): Promise<BundleValidation> {
  const stored = listRuns(ctx.db, t.datasetId).find((r) => r.datasetVersion === t.version);
  const run = stored
    ? getRun(ctx.db, stored.runId)
    : await validateDataset(ctx, t.datasetId, signal ? { signal } : {});
  return {
    datasetVersion: run.datasetVersion,
    profile: run.profile,
    at: run.at,
    by: run.by.slice(0, 300) || '-',
    report: run.report as unknown as Record<string, unknown>,
  };
}

function json(value: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
}

interface PendingFile {
  path: string;
  role: FileRole;
  digest?: { sha256: string; bytes: number };
}

/** A readable that hashes what passes and records the digest when it ends. */
function hashed(source: Readable, file: PendingFile, onError: (err: unknown) => void): Readable {
  const hash = createHash('sha256');
  let bytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      bytes += chunk.length;
      cb(null, chunk);
    },
    flush(cb) {
      file.digest = { sha256: hash.digest('hex'), bytes };
      cb();
    },
  });
  source.on('error', (err) => {
    onError(err);
    tap.destroy(err instanceof Error ? err : new Error(String(err)));
  });
  return source.pipe(tap);
}

/**
 * Write the bundle of `datasetId`'s current version to `targetPath` (atomically). Throws kind
 * 'refused' (personal data), 'not-found' or 'user-input' (target folder) before writing.
 */
export async function createBundle(
  ctx: ServiceContext,
  datasetId: string,
  targetPath: string,
  opts: CreateBundleOptions = {},
): Promise<CreatedBundle> {
  const d = getDatasetRecord(ctx.db, datasetId);
  const allowed = await checkPersonalDataGate(
    ctx,
    d.id,
    opts.allowPersonalData,
    opts.reason,
    'bundle',
  );
  const t = currentTable(ctx.db, d.id);
  const original = blobPath(ctx.ws.filesDir, d.sha256);
  if (!existsSync(original)) {
    throw new AppError({
      kind: 'storage',
      code: 'bundle-original-missing',
      message: `Berkas asli dataset ${d.name} (${d.fileName}) tidak ada lagi di folder ruang kerja (${original}); bundel tidak dapat dibuat. Pulihkan cadangan ruang kerja.`,
      messageEn: `The original file of dataset ${d.name} (${d.fileName}) is no longer in the workspace folder (${original}); the bundle cannot be made. Restore a workspace backup.`,
      file: d.fileName,
    });
  }
  const metadata = new MetadataStore(ctx.db).current(d.id);
  const validation = await validationFor(ctx, t, opts.signal);
  const recipe = recipeOf(ctx.db, d.id, t.version);
  const createdAt = new Date().toISOString();
  const mtime = new Date(createdAt);

  const data: PendingFile = { path: `data/${toSlug(d.name)}.csv`, role: 'data' };
  const lines: PendingFile = { path: FIXED_PATHS.lines as string, role: 'lines' };
  const orig: PendingFile = { path: originalEntryName(d.fileName), role: 'original' };
  const buffers: { file: PendingFile; body: Buffer }[] = [];
  const addJson = (role: FileRole, value: unknown): void => {
    const body = json(value);
    buffers.push({
      file: {
        path: FIXED_PATHS[role] as string,
        role,
        digest: { sha256: createHash('sha256').update(body).digest('hex'), bytes: body.length },
      },
      body,
    });
  };
  if (metadata) {
    const m: BundleMetadata = {
      profile: metadata.profile,
      version: metadata.version,
      savedAt: metadata.savedAt,
      savedBy: metadata.savedBy.slice(0, 300) || '-',
      doc: metadata.doc as Record<string, unknown>,
    };
    addJson('metadata', m);
  }
  addJson('report', validation);
  addJson('recipe', JSON.parse(serializeRecipe(recipeFromSteps(recipe))) as unknown);
  addJson('versions', versionsDoc(ctx.db, d.id, t.version));

  const manifestOf = (): BundleManifest => {
    const files: ManifestFile[] = [data, lines, orig, ...buffers.map((b) => b.file)].map((f) => {
      if (!f.digest) throw new Error(`bundle entry ${f.path} has no digest`);
      return { path: f.path, bytes: f.digest.bytes, sha256: f.digest.sha256, role: f.role };
    });
    return {
      format: BUNDLE_FORMAT,
      formatVersion: BUNDLE_FORMAT_VERSION,
      createdAt,
      createdBy: ctx.user.slice(0, 300) || '-',
      appVersion: APP_VERSION.slice(0, 50),
      dataset: {
        id: d.id,
        name: d.name.slice(0, 300),
        // eslint-disable-next-line no-control-regex
        fileName: d.fileName.replace(/[/\\\u0000]/g, '_').slice(0, 255) || 'berkas',
        format: d.format,
        version: t.version,
        importedAt: d.importedAt,
        importedBy: d.importedBy.slice(0, 300) || '-',
        sha256: d.sha256,
        size: d.size,
        rowCount: t.rowCount,
        columns: t.columns.map((c) => ({ name: c.name, label: c.label })),
        importOptions: importOptionsOf(d),
      },
      ...(allowed.length > 0
        ? { privacy: { allowPersonalData: allowed, reason: (opts.reason ?? '').trim() } }
        : {}),
      files,
    };
  };

  let bundleDigest = { sha256: '', bytes: 0 };
  await atomicWrite(targetPath, async (tmp) => {
    const zip = new yazl.ZipFile();
    let failure: unknown = null;
    const fail = (err: unknown): void => {
      failure ??= err;
      (zip.outputStream as Readable).destroy(err instanceof Error ? err : new Error(String(err)));
    };
    zip.on('error', fail);
    const entry = { mtime, compress: true };
    zip.addReadStreamLazy(data.path, entry, (cb) =>
      cb(
        null,
        hashed(
          Readable.from(
            tableCsvChunks(ctx.db, t, {
              ...(opts.signal ? { signal: opts.signal } : {}),
              onRows: (rows) => opts.onProgress?.(rows, t.rowCount),
            }),
          ),
          data,
          fail,
        ),
      ),
    );
    zip.addReadStreamLazy(lines.path, entry, (cb) =>
      cb(null, hashed(Readable.from(tableLineChunks(ctx.db, t, opts.signal)), lines, fail)),
    );
    zip.addReadStreamLazy(orig.path, { mtime, compress: d.format === 'csv' }, (cb) =>
      cb(null, hashed(createReadStream(original), orig, fail)),
    );
    for (const b of buffers) zip.addBuffer(b.body, b.file.path, entry);
    zip.addReadStreamLazy(MANIFEST_PATH, entry, (cb) => {
      try {
        cb(null, Readable.from([json(manifestOf())]));
      } catch (err) {
        cb(err, Readable.from([]));
      }
    });
    zip.end();
    const hash = createHash('sha256');
    let bytes = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        hash.update(chunk);
        bytes += chunk.length;
        cb(null, chunk);
      },
    });
    try {
      await pipeline(zip.outputStream as Readable, tap, createWriteStream(tmp));
    } catch (err) {
      throw failure ?? err;
    }
    if (failure) throw failure;
    bundleDigest = { sha256: hash.digest('hex'), bytes };
  });

  recordAudit(ctx.db, ctx.user, 'bundle.create', d.id, {
    target: targetPath,
    version: t.version,
    bytes: bundleDigest.bytes,
    sha256: bundleDigest.sha256,
    ...(allowed.length > 0 ? { allowPersonalData: allowed, reason: opts.reason } : {}),
  });
  return {
    path: targetPath,
    bytes: bundleDigest.bytes,
    sha256: bundleDigest.sha256,
    files: 3 + buffers.length,
    version: t.version,
    allowed,
  };
}
