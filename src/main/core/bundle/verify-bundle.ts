/**
 * Verifying a bundle completely before anything is written: the zip's directory (zip-guard.ts),
 * then the manifest (schema, no prototype keys, every file listed exactly once with the role
 * its path implies, no unlisted entries, sizes equal to the directory's), then every file
 * streamed and hashed with SHA-256 against the manifest. While streaming, the contents are
 * checked too: the data is canonical machine CSV with the manifest's header and row count, the
 * lines file has one line number per row, the JSON files match their schemas, the recipe is a
 * valid recipe, the metadata profile is known here, the original matches the dataset's sha256.
 * A manifest that disagrees with the files ("lies") is refused.
 *
 * With `extractTo`, the data, lines and original files are written into that (private, temporary)
 * folder while they are hashed, so the import reads verified bytes and the zip only once.
 */
import { TextDecoder } from 'node:util';
import { createHash } from 'node:crypto';
import { open as openFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { Recipe } from '../../../shared/model/step';
import { parseRecipe } from '../clean/recipe';
import { getProfile, sanitizeDoc } from '../metadata';
import { printable, refuseBundle } from './bundle-errors';
import {
  MANIFEST_PATH,
  REQUIRED_ROLES,
  parseBundleMetadata,
  parseBundleValidation,
  parseBundleVersions,
  parseJsonSafely,
  parseManifest,
  pathFitsRole,
  type BundleManifest,
  type BundleMetadata,
  type BundleValidation,
  type BundleVersions,
  type FileRole,
  type ManifestFile,
} from './bundle-format';
import { CsvFormatError, LinesParser, MachineCsvParser } from './machine-csv';
import { csvHeader, csvRecord } from './table-csv';
import {
  BUNDLE_LIMITS,
  corrupt,
  entryStream,
  openBundle,
  type BundleEntry,
  type BundleLimits,
  type OpenedBundle,
} from './zip-guard';

export interface VerifyOptions {
  /** write data, lines and original into this folder while verifying */
  extractTo?: string;
  limits?: BundleLimits;
  signal?: AbortSignal;
  /** uncompressed bytes read so far, of `total` */
  onBytes?: (bytes: number, total: number) => void;
}

export interface ExtractedFiles {
  data: string;
  lines: string;
  original: string;
}

export interface VerifiedBundle {
  /** the bundle's name in messages */
  label: string;
  manifest: BundleManifest;
  files: Partial<Record<FileRole, ManifestFile>>;
  metadata: BundleMetadata | undefined;
  validation: BundleValidation;
  recipe: Recipe;
  versions: BundleVersions | undefined;
  extracted?: ExtractedFiles;
  /** total size of the files besides the manifest */
  bytes: number;
}

function cancelled(): AppError {
  return new AppError({
    kind: 'cancelled',
    code: 'cancelled',
    message: 'Dibatalkan; tidak ada yang ditulis ke ruang kerja.',
    messageEn: 'Cancelled; nothing was written to the workspace.',
  });
}

function inconsistent(label: string, id: string, en: string): AppError {
  return refuseBundle(
    'bundle-manifest-inconsistent',
    label,
    `manifest.json tidak sesuai dengan isi bundel: ${id}`,
    `manifest.json does not match the bundle's content: ${en}`,
  );
}

function tooLargeJson(label: string, path: string, limit: number): AppError {
  return refuseBundle(
    'bundle-too-large',
    label,
    `${path} lebih dari ${Math.round(limit / 1024 / 1024)} MB.`,
    `${path} is over ${Math.round(limit / 1024 / 1024)} MB.`,
  );
}

const fatalUtf8 = (): TextDecoder => new TextDecoder('utf-8', { fatal: true });

/** Stream an entry through `onChunk`, hashing it; returns its SHA-256 and byte count. */
async function streamEntry(
  bundle: OpenedBundle,
  e: BundleEntry,
  label: string,
  opts: VerifyOptions,
  progress: { bytes: number; total: number },
  onChunk: (chunk: Buffer) => void | Promise<void>,
): Promise<{ sha256: string; bytes: number }> {
  const stream = await entryStream(bundle, e, label);
  const hash = createHash('sha256');
  let bytes = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (opts.signal?.aborted) throw cancelled();
      hash.update(chunk);
      bytes += chunk.length;
      progress.bytes += chunk.length;
      opts.onBytes?.(progress.bytes, progress.total);
      await onChunk(chunk);
    }
  } catch (err) {
    stream.destroy();
    throw err instanceof AppError ? err : corrupt(label, err);
  }
  return { sha256: hash.digest('hex'), bytes };
}

function checkDigest(label: string, f: ManifestFile, got: { sha256: string; bytes: number }): void {
  if (got.bytes !== f.bytes) {
    throw refuseBundle(
      'bundle-size-mismatch',
      label,
      `${printable(f.path)} berukuran ${got.bytes} bita, manifest menyebut ${f.bytes}.`,
      `${printable(f.path)} holds ${got.bytes} bytes; the manifest says ${f.bytes}.`,
    );
  }
  if (got.sha256 !== f.sha256) {
    throw refuseBundle(
      'bundle-checksum-mismatch',
      label,
      `checksum SHA-256 ${printable(f.path)} tidak cocok dengan manifest (berkas diubah atau rusak).`,
      `the SHA-256 checksum of ${printable(f.path)} does not match the manifest (the file was altered or damaged).`,
      { path: f.path, expected: f.sha256, actual: got.sha256 },
    );
  }
}

/** Cross-check the manifest's file list with the zip's entries; returns the files by role. */
function matchFiles(
  manifest: BundleManifest,
  bundle: OpenedBundle,
  label: string,
  limits: BundleLimits,
): Partial<Record<FileRole, ManifestFile>> {
  const byRole: Partial<Record<FileRole, ManifestFile>> = {};
  const listed = new Set<string>();
  for (const f of manifest.files) {
    if (f.path === MANIFEST_PATH || listed.has(f.path)) {
      throw refuseBundle(
        'bundle-manifest-invalid',
        label,
        `manifest.json mencantumkan ${printable(f.path)} lebih dari sekali atau mencantumkan dirinya sendiri.`,
        `manifest.json lists ${printable(f.path)} twice or lists itself.`,
      );
    }
    listed.add(f.path);
    if (byRole[f.role]) {
      throw refuseBundle(
        'bundle-manifest-invalid',
        label,
        `manifest.json mencantumkan peran "${f.role}" lebih dari sekali.`,
        `manifest.json lists the role "${f.role}" more than once.`,
      );
    }
    if (!pathFitsRole(f.path, f.role)) {
      throw refuseBundle(
        'bundle-manifest-invalid',
        label,
        `${printable(f.path)} tidak sesuai dengan perannya "${f.role}" dalam susunan bundel.`,
        `${printable(f.path)} does not fit its role "${f.role}" in the bundle layout.`,
      );
    }
    byRole[f.role] = f;
    const entry = bundle.files.get(f.path);
    if (!entry) {
      throw refuseBundle(
        'bundle-file-missing',
        label,
        `manifest.json mencantumkan ${printable(f.path)}, tetapi berkas itu tidak ada di dalam bundel.`,
        `manifest.json lists ${printable(f.path)}, but that file is not in the bundle.`,
        { path: f.path },
      );
    }
    if (entry.entry.uncompressedSize !== f.bytes) {
      throw refuseBundle(
        'bundle-size-mismatch',
        label,
        `${printable(f.path)} berukuran ${entry.entry.uncompressedSize} bita, manifest menyebut ${f.bytes}.`,
        `${printable(f.path)} holds ${entry.entry.uncompressedSize} bytes; the manifest says ${f.bytes}.`,
        { path: f.path },
      );
    }
    const isJson = f.role !== 'data' && f.role !== 'lines' && f.role !== 'original';
    if (isJson && f.bytes > limits.maxJsonBytes)
      throw tooLargeJson(label, f.path, limits.maxJsonBytes);
  }
  for (const role of REQUIRED_ROLES) {
    if (!byRole[role]) {
      throw refuseBundle(
        'bundle-manifest-invalid',
        label,
        `manifest.json tidak mencantumkan berkas berperan "${role}".`,
        `manifest.json lists no file with the role "${role}".`,
      );
    }
  }
  for (const name of bundle.files.keys()) {
    if (name !== MANIFEST_PATH && !listed.has(name)) {
      throw refuseBundle(
        'bundle-file-unlisted',
        label,
        `entri ${printable(name)} tidak tercantum di manifest.json (berkas tambahan tak dikenal).`,
        `entry ${printable(name)} is not listed in manifest.json (an unknown extra file).`,
        { entry: name },
      );
    }
  }
  const original = byRole.original as ManifestFile;
  if (original.bytes !== manifest.dataset.size || original.sha256 !== manifest.dataset.sha256) {
    throw inconsistent(
      label,
      'berkas asli tidak sama dengan ukuran/sha256 dataset yang dicatat.',
      "the original file differs from the dataset's recorded size/sha256.",
    );
  }
  return byRole;
}

async function readJsonEntry(
  bundle: OpenedBundle,
  f: ManifestFile,
  label: string,
  opts: VerifyOptions,
  progress: { bytes: number; total: number },
): Promise<string> {
  const chunks: Buffer[] = [];
  const got = await streamEntry(
    bundle,
    bundle.files.get(f.path) as BundleEntry,
    label,
    opts,
    progress,
    (c) => {
      chunks.push(c);
    },
  );
  checkDigest(label, f, got);
  try {
    return fatalUtf8().decode(Buffer.concat(chunks));
  } catch {
    throw refuseBundle(
      'bundle-content-invalid',
      label,
      `${f.path} bukan teks UTF-8 yang sah.`,
      `${f.path} is not valid UTF-8 text.`,
    );
  }
}

function wrapContent(label: string, entry: string, err: unknown): AppError {
  if (err instanceof AppError && err.code.startsWith('bundle-')) return err;
  const e = err instanceof AppError ? err : null;
  const id = e?.message ?? String(err);
  const en = e?.messageEn ?? String(err);
  return refuseBundle(
    'bundle-content-invalid',
    label,
    `${entry} tidak dapat dipakai: ${id}`,
    `${entry} cannot be used: ${en}`,
  );
}

function checkRecipe(text: string, label: string): Recipe {
  parseJsonSafely(text, label, 'recipe.json');
  try {
    return parseRecipe(text);
  } catch (err) {
    throw wrapContent(label, 'recipe.json', err);
  }
}

function checkMetadata(text: string, label: string): BundleMetadata {
  const m = parseBundleMetadata(text, label);
  try {
    getProfile(m.profile);
    sanitizeDoc(m.doc, 'metadata.json');
  } catch (err) {
    throw wrapContent(label, 'metadata.json', err);
  }
  return m;
}

async function sinkFile(dir: string | undefined, name: string): Promise<FileHandle | null> {
  return dir === undefined ? null : openFile(join(dir, name), 'wx', 0o600);
}

/** Data: hashed, parsed strictly, re-encoded; the first format problem is kept until the hash is known. */
async function verifyData(
  bundle: OpenedBundle,
  f: ManifestFile,
  manifest: BundleManifest,
  label: string,
  opts: VerifyOptions,
  progress: { bytes: number; total: number },
  out: FileHandle | null,
): Promise<void> {
  const decoder = fatalUtf8();
  const parser = new MachineCsvParser();
  const reencoded = createHash('sha256');
  const width = manifest.dataset.columns.length;
  const header = csvHeader(manifest.dataset.columns.map((c) => c.name));
  let rows = -1;
  let problem: { id: string; en: string } | null = null;
  const onRecord = (record: string[]): void => {
    const text = rows === -1 ? header : csvRecord(record);
    if (rows === -1) {
      if (csvRecord(record) !== header) {
        problem ??= {
          id: 'judul kolom data tidak sama dengan kolom di manifest.json',
          en: 'the data header differs from the columns in manifest.json',
        };
      }
    } else if (record.length !== width) {
      problem ??= {
        id: `baris data ke-${rows + 1} memiliki ${record.length} kolom, bukan ${width}`,
        en: `data row ${rows + 1} has ${record.length} columns, not ${width}`,
      };
    }
    reencoded.update(text, 'utf8');
    rows++;
  };
  const feed = (text: string): void => {
    if (problem) return;
    try {
      parser.push(text, onRecord);
    } catch (err) {
      if (!(err instanceof CsvFormatError)) throw err;
      problem = {
        id: `${err.message} (catatan ke-${err.record})`,
        en: `${err.messageEn} (record ${err.record})`,
      };
    }
  };
  const got = await streamEntry(
    bundle,
    bundle.files.get(f.path) as BundleEntry,
    label,
    opts,
    progress,
    async (chunk) => {
      if (out) await out.write(chunk);
      if (problem) return;
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        problem = { id: 'bukan teks UTF-8 yang sah', en: 'not valid UTF-8 text' };
        return;
      }
      feed(text);
    },
  );
  checkDigest(label, f, got);
  if (!problem) {
    try {
      feed(decoder.decode());
      if (!problem) parser.end();
    } catch (err) {
      if (err instanceof CsvFormatError) problem = { id: err.message, en: err.messageEn };
      else problem = { id: 'bukan teks UTF-8 yang sah', en: 'not valid UTF-8 text' };
    }
  }
  if (!problem && reencoded.digest('hex') !== f.sha256) {
    problem = {
      id: 'bukan CSV mesin kanonis (pemisah koma, CRLF, kutip hanya bila perlu)',
      en: 'not canonical machine CSV (comma, CRLF, quotes only where needed)',
    };
  }
  if (problem) {
    const p = problem as { id: string; en: string };
    throw refuseBundle(
      'bundle-data-invalid',
      label,
      `${printable(f.path)} tidak dapat dibaca: ${p.id}.`,
      `${printable(f.path)} cannot be read: ${p.en}.`,
    );
  }
  if (rows !== manifest.dataset.rowCount) {
    throw inconsistent(
      label,
      `data berisi ${Math.max(rows, 0)} baris, manifest menyebut ${manifest.dataset.rowCount}.`,
      `the data holds ${Math.max(rows, 0)} rows; the manifest says ${manifest.dataset.rowCount}.`,
    );
  }
}

async function verifyLines(
  bundle: OpenedBundle,
  f: ManifestFile,
  manifest: BundleManifest,
  label: string,
  opts: VerifyOptions,
  progress: { bytes: number; total: number },
  out: FileHandle | null,
): Promise<void> {
  const parser = new LinesParser();
  let problem: string | null = null;
  let problemEn = '';
  const got = await streamEntry(
    bundle,
    bundle.files.get(f.path) as BundleEntry,
    label,
    opts,
    progress,
    async (chunk) => {
      if (out) await out.write(chunk);
      if (problem) return;
      try {
        parser.push(chunk.toString('latin1'), () => undefined);
      } catch (err) {
        problem = err instanceof CsvFormatError ? err.message : String(err);
        problemEn = err instanceof CsvFormatError ? err.messageEn : String(err);
      }
    },
  );
  checkDigest(label, f, got);
  if (!problem) {
    try {
      parser.end();
    } catch (err) {
      problem = err instanceof CsvFormatError ? err.message : String(err);
      problemEn = err instanceof CsvFormatError ? err.messageEn : String(err);
    }
  }
  if (problem) {
    throw refuseBundle(
      'bundle-data-invalid',
      label,
      `${f.path} tidak dapat dibaca: ${problem}.`,
      `${f.path} cannot be read: ${problemEn}.`,
    );
  }
  if (parser.count !== manifest.dataset.rowCount) {
    throw inconsistent(
      label,
      `${f.path} berisi ${parser.count} nomor baris untuk ${manifest.dataset.rowCount} baris data.`,
      `${f.path} holds ${parser.count} line numbers for ${manifest.dataset.rowCount} data rows.`,
    );
  }
}

/**
 * Verify the bundle at `path` (named `label` in messages). Throws a `bundle-*` AppError on the
 * first problem; with `extractTo` the caller owns (and removes) the files written there.
 */
export async function verifyBundle(
  path: string,
  label: string,
  opts: VerifyOptions = {},
): Promise<VerifiedBundle> {
  const limits = opts.limits ?? BUNDLE_LIMITS;
  const bundle = await openBundle(path, label, limits);
  const handles: FileHandle[] = [];
  try {
    const manifestEntry = bundle.files.get(MANIFEST_PATH);
    if (!manifestEntry) {
      throw refuseBundle(
        'bundle-manifest-missing',
        label,
        'manifest.json tidak ada, jadi isi bundel tidak dapat diperiksa.',
        'manifest.json is missing, so the content cannot be checked.',
      );
    }
    if (manifestEntry.entry.uncompressedSize > limits.maxManifestBytes) {
      throw tooLargeJson(label, MANIFEST_PATH, limits.maxManifestBytes);
    }
    const progress = { bytes: 0, total: 0 };
    for (const e of bundle.files.values()) progress.total += e.entry.uncompressedSize;
    const manifestChunks: Buffer[] = [];
    await streamEntry(bundle, manifestEntry, label, opts, progress, (c) => {
      manifestChunks.push(c);
    });
    let manifestText: string;
    try {
      manifestText = fatalUtf8().decode(Buffer.concat(manifestChunks));
    } catch {
      throw refuseBundle(
        'bundle-manifest-invalid',
        label,
        'manifest.json bukan teks UTF-8 yang sah.',
        'manifest.json is not valid UTF-8 text.',
      );
    }
    const manifest = parseManifest(manifestText, label);
    const files = matchFiles(manifest, bundle, label, limits);

    const recipe = checkRecipe(
      await readJsonEntry(bundle, files.recipe as ManifestFile, label, opts, progress),
      label,
    );
    const metadata = files.metadata
      ? checkMetadata(await readJsonEntry(bundle, files.metadata, label, opts, progress), label)
      : undefined;
    const validation = parseBundleValidation(
      await readJsonEntry(bundle, files.report as ManifestFile, label, opts, progress),
      label,
    );
    if (validation.datasetVersion !== manifest.dataset.version) {
      throw inconsistent(
        label,
        `laporan validasi untuk versi ${validation.datasetVersion}, dataset versi ${manifest.dataset.version}.`,
        `the validation report is for version ${validation.datasetVersion}, the dataset is version ${manifest.dataset.version}.`,
      );
    }
    const versions = files.versions
      ? parseBundleVersions(
          await readJsonEntry(bundle, files.versions, label, opts, progress),
          label,
        )
      : undefined;
    const last = versions?.chain[versions.chain.length - 1];
    if (last && last.version !== manifest.dataset.version) {
      throw inconsistent(
        label,
        `versions.json berakhir pada versi ${last.version}, dataset versi ${manifest.dataset.version}.`,
        `versions.json ends at version ${last.version}, the dataset is version ${manifest.dataset.version}.`,
      );
    }

    const dir = opts.extractTo;
    const linesOut = await sinkFile(dir, 'lines.txt');
    if (linesOut) handles.push(linesOut);
    await verifyLines(
      bundle,
      files.lines as ManifestFile,
      manifest,
      label,
      opts,
      progress,
      linesOut,
    );
    const dataOut = await sinkFile(dir, 'data.csv');
    if (dataOut) handles.push(dataOut);
    await verifyData(bundle, files.data as ManifestFile, manifest, label, opts, progress, dataOut);
    const originalOut = await sinkFile(dir, 'original');
    if (originalOut) handles.push(originalOut);
    const original = files.original as ManifestFile;
    checkDigest(
      label,
      original,
      await streamEntry(
        bundle,
        bundle.files.get(original.path) as BundleEntry,
        label,
        opts,
        progress,
        async (c) => {
          if (originalOut) await originalOut.write(c);
        },
      ),
    );
    let bytes = 0;
    for (const f of manifest.files) bytes += f.bytes;
    return {
      label,
      manifest,
      files,
      metadata,
      validation,
      recipe,
      versions,
      bytes,
      ...(dir !== undefined
        ? {
            extracted: {
              data: join(dir, 'data.csv'),
              lines: join(dir, 'lines.txt'),
              original: join(dir, 'original'),
            },
          }
        : {}),
    };
  } finally {
    for (const h of handles) await h.close().catch(() => undefined);
    bundle.close();
  }
}
