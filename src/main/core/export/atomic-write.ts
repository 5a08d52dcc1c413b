/**
 * Write a file or a folder so an existing target is never half-overwritten: everything is
 * written under a temporary name in the same directory (`.<name>.<random>.tmp`), flushed to
 * disk, then renamed over the target. When the writer throws, the temporary is removed and
 * the old target stays exactly as it was.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../shared/errors';

function tempSibling(target: string, suffix: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.${suffix}`);
}

/** Windows flushes only handles opened for writing, hence 'r+' for files. */
async function fsyncPath(path: string, flags: 'r' | 'r+' = 'r+'): Promise<void> {
  const handle = await open(path, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Directory fsync makes the rename durable on POSIX; Windows cannot open folders, so skip. */
async function fsyncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    await fsyncPath(dir, 'r');
  } catch {
    // best effort: some file systems refuse fsync on a directory
  }
}

async function fsyncTree(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await fsyncTree(path);
    else if (entry.isFile()) await fsyncPath(path);
  }
  await fsyncDir(dir);
}

function errnoCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err
    ? String((err as { code: unknown }).code)
    : undefined;
}

async function checkTargetFolder(target: string): Promise<void> {
  const dir = dirname(target);
  let info;
  try {
    info = await stat(dir);
  } catch {
    throw new AppError({
      kind: 'user-input',
      code: 'export-folder-missing',
      message: `Folder tujuan ekspor tidak ada: ${dir}`,
      messageEn: `The export folder does not exist: ${dir}`,
      file: target,
    });
  }
  if (!info.isDirectory()) {
    throw new AppError({
      kind: 'user-input',
      code: 'export-folder-missing',
      message: `Tujuan ekspor bukan folder: ${dir}`,
      messageEn: `The export location is not a folder: ${dir}`,
      file: target,
    });
  }
}

function targetError(err: unknown, target: string): unknown {
  if (err instanceof AppError) return err;
  const code = errnoCode(err);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new AppError({
      kind: 'user-input',
      code: 'export-not-writable',
      message: `Tidak dapat menulis ke ${target}: akses ditolak.`,
      messageEn: `Cannot write to ${target}: permission denied.`,
      file: target,
    });
  }
  if (code === 'EISDIR' || code === 'ENOTDIR' || code === 'ENOTEMPTY' || code === 'EEXIST') {
    return new AppError({
      kind: 'user-input',
      code: 'export-target-conflict',
      message: `Tujuan ekspor ${target} sudah ada dengan jenis lain (berkas/folder).`,
      messageEn: `The export target ${target} already exists as a different kind (file/folder).`,
      file: target,
    });
  }
  return err;
}

/**
 * Write `targetPath` atomically. `write` receives the temporary path and must create the file
 * there (and finish writing before its promise resolves).
 */
export async function atomicWrite(
  targetPath: string,
  write: (tmpPath: string) => Promise<void>,
): Promise<void> {
  await checkTargetFolder(targetPath);
  const tmp = tempSibling(targetPath, 'tmp');
  try {
    await write(tmp);
    await fsyncPath(tmp);
    await rename(tmp, targetPath);
  } catch (err) {
    await rm(tmp, { force: true, recursive: true });
    throw targetError(err, targetPath);
  }
  await fsyncDir(dirname(targetPath));
}

/**
 * Build a folder atomically: `build` fills an empty temporary folder; on success it replaces
 * the target. An existing target folder is moved aside first and removed only after the new
 * one is in place (and put back if the swap fails).
 */
export async function atomicWriteDir(
  targetPath: string,
  build: (tmpDir: string) => Promise<void>,
): Promise<void> {
  await checkTargetFolder(targetPath);
  const tmp = tempSibling(targetPath, 'tmp');
  try {
    await mkdir(tmp);
    await build(tmp);
    await fsyncTree(tmp);
  } catch (err) {
    await rm(tmp, { force: true, recursive: true });
    throw targetError(err, targetPath);
  }

  let aside: string | undefined;
  try {
    const existing = await stat(targetPath).catch(() => undefined);
    if (existing) {
      if (!existing.isDirectory()) {
        throw new AppError({
          kind: 'user-input',
          code: 'export-target-conflict',
          message: `Tujuan ekspor ${targetPath} adalah berkas, bukan folder.`,
          messageEn: `The export target ${targetPath} is a file, not a folder.`,
          file: targetPath,
        });
      }
      aside = tempSibling(targetPath, 'old');
      await rename(targetPath, aside);
    }
    await rename(tmp, targetPath);
  } catch (err) {
    if (aside !== undefined) await rename(aside, targetPath).catch(() => undefined);
    await rm(tmp, { force: true, recursive: true });
    throw targetError(err, targetPath);
  }
  await fsyncDir(dirname(targetPath));
  if (aside !== undefined) await rm(aside, { force: true, recursive: true });
}
