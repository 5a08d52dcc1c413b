/**
 * Zip a folder with yazl, streaming each file from disk (nothing is held in memory). Entry
 * names use `/`; `first` puts named entries at the front (a Data Package's datapackage.json),
 * the rest follow in name order; a fixed `mtime` makes the archive reproducible.
 */
import { createWriteStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';

export interface ZipOptions {
  mtime?: Date;
  first?: readonly string[];
}

/** Paths of all files under `dir`, relative and `/`-separated. */
export async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listFiles(join(dir, e.name), rel)));
    else if (e.isFile()) out.push(rel);
  }
  return out;
}

/** Write a new zip at `zipPath` (which must not exist) holding every file under `dir`. */
export async function zipFolder(
  dir: string,
  zipPath: string,
  options: ZipOptions = {},
): Promise<void> {
  const first = options.first ?? [];
  const rank = (p: string): number => {
    const i = first.indexOf(p);
    return i < 0 ? first.length : i;
  };
  const files = (await listFiles(dir)).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const zip = new yazl.ZipFile();
  const out = createWriteStream(zipPath, { flags: 'wx' });
  // pipeline, not pipe: a read error inside yazl must reject instead of hanging
  const done = pipeline(zip.outputStream, out);
  for (const rel of files) {
    zip.addFile(join(dir, ...rel.split('/')), rel, {
      compress: true,
      ...(options.mtime ? { mtime: options.mtime } : {}),
    });
  }
  zip.end();
  await done;
}
