/**
 * Original bytes of every imported file, content-addressed by SHA-256 and deduplicated, as
 * files beside the database: `<workspace>.files/blobs/ab/abcdef…`. Streamed, never held whole.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from './workspace';

export function blobPath(filesDir: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`invalid sha256 ${sha256}`);
  return join(filesDir, 'blobs', sha256.slice(0, 2), sha256);
}

/**
 * Copy `source` into the blob store while hashing it; returns its SHA-256 and size.
 * The copy is written to a temporary name and renamed, so a kill leaves no partial blob
 * under a real name (a stray `.tmp` is removed on the next store).
 */
export async function storeBlob(
  filesDir: string,
  source: string,
): Promise<{ sha256: string; size: number; path: string }> {
  const dir = join(filesDir, 'blobs');
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.incoming-${randomBytes(8).toString('hex')}.tmp`);
  const hash = createHash('sha256');
  let size = 0;
  try {
    // the kernel copies (no bytes through JavaScript); the hash is taken of the copy itself,
    // so the name always matches the stored bytes even if the source changes meanwhile
    await copyFile(source, tmp);
    for await (const chunk of createReadStream(tmp, { highWaterMark: 1 << 20 })) {
      hash.update(chunk as Buffer);
      size += (chunk as Buffer).length;
    }
    const sha256 = hash.digest('hex');
    const target = blobPath(filesDir, sha256);
    if (existsSync(target)) {
      rmSync(tmp, { force: true });
    } else {
      mkdirSync(join(dir, sha256.slice(0, 2)), { recursive: true });
      renameSync(tmp, target);
    }
    return { sha256, size, path: target };
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

export function registerBlob(db: Db, sha256: string, size: number): void {
  db.prepare('INSERT OR IGNORE INTO blobs (sha256, size, stored_at) VALUES (?, ?, ?)').run(
    sha256,
    size,
    new Date().toISOString(),
  );
}
