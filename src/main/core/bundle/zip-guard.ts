/**
 * Opening a bundle zip defensively, before any of its content is read: the file exists, is not
 * empty and starts like a zip; the central directory holds few entries; every entry name is
 * decoded byte for byte (UTF-8 only when flagged, otherwise ASCII only) and refused when it is
 * absolute (`/x`, `C:x`), climbs (`..`), uses a backslash, holds control characters or NUL,
 * disagrees with its Info-ZIP Unicode-path field, or lies outside the bundle layout; symbolic
 * links and other special files (unix mode bits, NTFS reparse points), encrypted entries and
 * unknown compression methods are refused; the declared sizes are bounded in total and by
 * compression ratio (zip bombs). yauzl then enforces the declared sizes while streaming
 * (`validateEntrySizes`), so an entry can never inflate beyond what was checked here.
 */
import { TextDecoder } from 'node:util';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { AppError } from '../../../shared/errors';
import { printable, refuseBundle } from './bundle-errors';
import { TOP_LEVEL_FILES, TOP_LEVEL_FOLDERS } from './bundle-format';

export interface BundleLimits {
  /** entries in the central directory (a bundle has at most 8 files and 2 folders) */
  maxEntries: number;
  /** total uncompressed size of all entries */
  maxTotalBytes: number;
  /** compression ratio above which a large entry is refused (deflate alone stays ≤ 1032) */
  maxRatio: number;
  /** entries smaller than this (uncompressed) are not judged by their ratio */
  ratioMinBytes: number;
  /** JSON entries are read whole: manifest, metadata, validation report, recipe, versions */
  maxManifestBytes: number;
  maxJsonBytes: number;
}

const MB = 1024 * 1024;

export const BUNDLE_LIMITS: BundleLimits = {
  maxEntries: 32,
  maxTotalBytes: 8 * 1024 * MB,
  maxRatio: 500,
  ratioMinBytes: MB,
  maxManifestBytes: MB,
  maxJsonBytes: 256 * MB,
};

export interface BundleEntry {
  name: string;
  entry: yauzl.Entry;
}

export interface OpenedBundle {
  zip: yauzl.ZipFile;
  /** file entries by name (folder entries are checked and dropped) */
  files: Map<string, BundleEntry>;
  close(): void;
}

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
const FILE_ATTRIBUTE_REPARSE_POINT = 0x400;
const UNIX_HOSTS = new Set([3, 19]); // unix, OS X
const UTF8_FLAG = 0x800;
const UNICODE_PATH_FIELD = 0x7075;

function magic(path: string, label: string): void {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) {
      throw refuseBundle(
        'bundle-is-directory',
        label,
        'itu sebuah folder, bukan berkas .sdbundle.',
        'it is a folder, not a .sdbundle file.',
      );
    }
    size = st.size;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError({
      kind: 'user-input',
      code: 'bundle-not-found',
      message: `Berkas bundel ${label} tidak ditemukan atau tidak dapat dibaca. Periksa nama dan lokasinya.`,
      messageEn: `Bundle file ${label} was not found or cannot be read. Check its name and location.`,
      file: label,
    });
  }
  if (size === 0) {
    throw refuseBundle(
      'bundle-empty',
      label,
      'berkasnya kosong (0 bita).',
      'the file is empty (0 bytes).',
    );
  }
  const head = Buffer.alloc(4);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  const isZip =
    head[0] === 0x50 &&
    head[1] === 0x4b &&
    ((head[2] === 0x03 && head[3] === 0x04) || (head[2] === 0x05 && head[3] === 0x06));
  if (!isZip) {
    throw refuseBundle(
      'bundle-not-zip',
      label,
      'isinya bukan arsip ZIP, jadi bukan bundel .sdbundle.',
      'it is not a ZIP archive, so not a .sdbundle bundle.',
    );
  }
}

function open(path: string, label: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(
      path,
      {
        lazyEntries: true,
        autoClose: false,
        decodeStrings: false,
        validateEntrySizes: true,
        strictFileNames: true,
      },
      (err, zip) => {
        if (err) reject(corrupt(label, err));
        else resolve(zip);
      },
    );
  });
}

export function corrupt(label: string, err: unknown): AppError {
  if (err instanceof AppError) return err;
  const detail = err instanceof Error ? err.message : String(err);
  return refuseBundle(
    'bundle-corrupt',
    label,
    `arsip ZIP-nya rusak atau tidak lengkap (${detail.slice(0, 200)}).`,
    `its ZIP archive is damaged or incomplete (${detail.slice(0, 200)}).`,
  );
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

function unsafe(label: string, name: string, id: string, en: string): AppError {
  return refuseBundle(
    'bundle-unsafe-path',
    label,
    `entri ${printable(name)} ${id}`,
    `entry ${printable(name)} ${en}`,
    { entry: name },
  );
}

/** Decode an entry's raw name as an extractor would, refusing anything ambiguous. */
function decodeName(entry: yauzl.Entry, label: string): string {
  const raw = entry.fileNameRaw;
  let name: string;
  if (entry.generalPurposeBitFlag & UTF8_FLAG) {
    try {
      name = fatalUtf8.decode(raw);
    } catch {
      throw unsafe(
        label,
        raw.toString('latin1'),
        'memiliki nama yang bukan UTF-8 yang sah.',
        'has a name that is not valid UTF-8.',
      );
    }
  } else {
    if (raw.some((b) => b >= 0x80)) {
      throw unsafe(
        label,
        raw.toString('latin1'),
        'memiliki nama non-ASCII tanpa penanda UTF-8 (bisa dibaca berbeda oleh tiap program).',
        'has a non-ASCII name without the UTF-8 flag (programs may read it differently).',
      );
    }
    name = raw.toString('latin1');
  }
  for (const field of entry.extraFields) {
    if (field.id !== UNICODE_PATH_FIELD) continue;
    let other: string | undefined;
    try {
      other = fatalUtf8.decode(field.data.subarray(5));
    } catch {
      other = undefined;
    }
    if (other !== name) {
      throw unsafe(
        label,
        name,
        'membawa nama kedua (Info-ZIP Unicode Path) yang berbeda dari namanya.',
        'carries a second name (Info-ZIP Unicode Path) that differs from its name.',
      );
    }
  }
  return name;
}

function checkName(name: string, label: string): { isDirectory: boolean } {
  if (name.length === 0 || name.length > 400) {
    throw unsafe(
      label,
      name,
      'memiliki nama kosong atau terlalu panjang.',
      'has an empty or overlong name.',
    );
  }
  if (name.includes('\u0000')) {
    throw unsafe(
      label,
      name,
      'memuat karakter NUL pada namanya.',
      'has a NUL character in its name.',
    );
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0001-\u001f\u007f]/.test(name)) {
    throw unsafe(
      label,
      name,
      'memuat karakter kendali pada namanya.',
      'has control characters in its name.',
    );
  }
  if (name.includes('\\')) {
    throw unsafe(
      label,
      name,
      'memakai garis miring terbalik (\\), yang di Windows berarti pemisah folder.',
      'uses a backslash (\\), which Windows reads as a folder separator.',
    );
  }
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) {
    throw unsafe(
      label,
      name,
      'memakai jalur absolut, yang bisa menimpa berkas di luar bundel.',
      'uses an absolute path, which could overwrite files outside the bundle.',
    );
  }
  const isDirectory = name.endsWith('/');
  const segments = (isDirectory ? name.slice(0, -1) : name).split('/');
  if (segments.includes('..')) {
    throw unsafe(
      label,
      name,
      'memuat "..", yang menunjuk ke luar folder bundel (path traversal).',
      'contains "..", which points outside the bundle folder (path traversal).',
    );
  }
  if (segments.some((s) => s === '' || s === '.')) {
    throw unsafe(label, name, 'memiliki jalur yang tidak lazim.', 'has an irregular path.');
  }
  const top = segments[0] as string;
  const fits = isDirectory
    ? segments.length === 1 && TOP_LEVEL_FOLDERS.has(top)
    : segments.length === 1
      ? TOP_LEVEL_FILES.has(top)
      : segments.length === 2 && TOP_LEVEL_FOLDERS.has(top);
  if (!fits) {
    throw refuseBundle(
      'bundle-unexpected-entry',
      label,
      `entri ${printable(name)} bukan bagian dari susunan bundel (hanya manifest.json, metadata.json, validation.json, recipe.json, versions.json, data/ dan original/).`,
      `entry ${printable(name)} is not part of the bundle layout (only manifest.json, metadata.json, validation.json, recipe.json, versions.json, data/ and original/).`,
      { entry: name },
    );
  }
  return { isDirectory };
}

function checkKind(entry: yauzl.Entry, name: string, label: string): void {
  const mode = entry.externalFileAttributes >>> 16;
  const type = mode & S_IFMT;
  const host = entry.versionMadeBy >> 8;
  if (type === S_IFLNK || (entry.externalFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT) !== 0) {
    throw refuseBundle(
      'bundle-symlink',
      label,
      `entri ${printable(name)} adalah tautan simbolik (symlink), yang bisa menunjuk ke berkas di luar bundel.`,
      `entry ${printable(name)} is a symbolic link, which could point to files outside the bundle.`,
      { entry: name },
    );
  }
  if (UNIX_HOSTS.has(host) && type !== 0 && type !== S_IFREG && type !== S_IFDIR) {
    throw refuseBundle(
      'bundle-special-file',
      label,
      `entri ${printable(name)} bukan berkas biasa (perangkat, pipa atau soket).`,
      `entry ${printable(name)} is not a regular file (a device, pipe or socket).`,
      { entry: name },
    );
  }
  if (entry.isEncrypted()) {
    throw refuseBundle(
      'bundle-encrypted',
      label,
      `entri ${printable(name)} terenkripsi; bundel tidak memakai kata sandi.`,
      `entry ${printable(name)} is encrypted; bundles use no password.`,
      { entry: name },
    );
  }
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
    throw refuseBundle(
      'bundle-corrupt',
      label,
      `entri ${printable(name)} memakai metode kompresi ${entry.compressionMethod} yang tidak didukung (hanya stored dan deflate).`,
      `entry ${printable(name)} uses compression method ${entry.compressionMethod}, which is not supported (only stored and deflate).`,
      { entry: name },
    );
  }
}

function zipBomb(label: string, id: string, en: string): AppError {
  return refuseBundle(
    'bundle-too-large',
    label,
    `${id} Arsip seperti ini bisa menghabiskan disk atau memori (zip bomb).`,
    `${en} An archive like this could exhaust disk or memory (a zip bomb).`,
  );
}

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const onEntry = (e: yauzl.Entry): void => {
      cleanup();
      resolve(e);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(null);
    };
    const onError = (err: unknown): void => {
      cleanup();
      reject(err instanceof Error ? err : new Error(String(err)));
    };
    const cleanup = (): void => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

/**
 * Open `path` and check its central directory (names, kinds, sizes). Reads no entry data.
 * `label` names the bundle in messages (the file name the steward knows).
 */
export async function openBundle(
  path: string,
  label: string,
  limits: BundleLimits = BUNDLE_LIMITS,
): Promise<OpenedBundle> {
  magic(path, label);
  const zip = await open(path, label);
  const close = (): void => {
    if (zip.isOpen) zip.close();
  };
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw zipBomb(
        label,
        `arsipnya memuat ${zip.entryCount.toLocaleString('id-ID')} entri (bundel memuat paling banyak ${limits.maxEntries}).`,
        `the archive holds ${zip.entryCount} entries (a bundle has at most ${limits.maxEntries}).`,
      );
    }
    const files = new Map<string, BundleEntry>();
    const seen = new Set<string>();
    let total = 0;
    for (;;) {
      let entry: yauzl.Entry | null;
      try {
        entry = await nextEntry(zip);
      } catch (err) {
        throw corrupt(label, err);
      }
      if (!entry) break;
      const name = decodeName(entry, label);
      const { isDirectory } = checkName(name, label);
      checkKind(entry, name, label);
      const key = name.toLowerCase();
      if (seen.has(key)) {
        throw refuseBundle(
          'bundle-duplicate-entry',
          label,
          `entri ${printable(name)} muncul lebih dari sekali.`,
          `entry ${printable(name)} appears more than once.`,
          { entry: name },
        );
      }
      seen.add(key);
      const size = entry.uncompressedSize;
      total += size;
      if (total > limits.maxTotalBytes) {
        throw zipBomb(
          label,
          `isinya jika dibuka lebih dari ${Math.round(limits.maxTotalBytes / MB).toLocaleString('id-ID')} MB.`,
          `its content would unpack to over ${Math.round(limits.maxTotalBytes / MB)} MB.`,
        );
      }
      if (
        size >= limits.ratioMinBytes &&
        size / Math.max(1, entry.compressedSize) > limits.maxRatio
      ) {
        const ratio = Math.round(size / Math.max(1, entry.compressedSize));
        throw zipBomb(
          label,
          `entri ${printable(name)} mengembang ${ratio.toLocaleString('id-ID')} kali (${Math.round(size / MB).toLocaleString('id-ID')} MB); batasnya ${limits.maxRatio} kali.`,
          `entry ${printable(name)} expands ${ratio} times (${Math.round(size / MB)} MB); the limit is ${limits.maxRatio} times.`,
        );
      }
      if (isDirectory) {
        if (size !== 0) throw corrupt(label, new Error(`folder entry ${name} has content`));
        continue;
      }
      files.set(name, { name, entry });
    }
    return { zip, files, close };
  } catch (err) {
    close();
    throw err;
  }
}

/** A stream of an entry's uncompressed bytes; yauzl errors when the size differs from the declared one. */
export function entryStream(
  bundle: OpenedBundle,
  e: BundleEntry,
  label: string,
): Promise<Readable> {
  return new Promise((resolve, reject) => {
    bundle.zip.openReadStream(e.entry, (err, stream) => {
      if (err) reject(corrupt(label, err));
      else resolve(stream);
    });
  });
}
