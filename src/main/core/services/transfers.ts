/**
 * Files that cross the browser-mode boundary: uploads (kept under `<files>/uploads/` until the
 * workbench closes) and downloads (export results under `<files>/downloads/`). Ids are random;
 * a client can only name a file by an id the workbench gave it.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';

export interface StoredFile {
  path: string;
  name: string;
}

export class Transfers {
  private readonly uploads = new Map<string, StoredFile>();
  private readonly downloads = new Map<string, StoredFile>();

  constructor(private readonly filesDir: string) {}

  private dir(kind: 'uploads' | 'downloads'): string {
    const d = join(this.filesDir, kind);
    mkdirSync(d, { recursive: true });
    return d;
  }

  /** A fresh path for an incoming upload and its id (register it when complete). */
  newUploadPath(): { uploadId: string; path: string } {
    const uploadId = randomBytes(12).toString('hex');
    return { uploadId, path: join(this.dir('uploads'), uploadId) };
  }

  registerUpload(uploadId: string, file: StoredFile): void {
    this.uploads.set(uploadId, file);
  }

  upload(uploadId: string): StoredFile {
    const f = this.uploads.get(uploadId);
    if (!f) {
      throw new AppError({
        kind: 'not-found',
        code: 'upload-not-found',
        message: 'Berkas unggahan tidak ditemukan lagi. Unggah ulang berkasnya.',
        messageEn: 'The uploaded file is no longer available. Upload the file again.',
      });
    }
    return f;
  }

  /** A fresh path for a download named `name`. */
  newDownload(name: string): { downloadId: string; path: string } {
    const downloadId = randomBytes(12).toString('hex');
    const dir = join(this.dir('downloads'), downloadId);
    mkdirSync(dir, { recursive: true });
    const path = join(dir, name.replace(/[/\\\0]/g, '_'));
    this.downloads.set(downloadId, { path, name });
    return { downloadId, path };
  }

  download(downloadId: string): StoredFile | undefined {
    return this.downloads.get(downloadId);
  }

  /** Remove every upload and download made by this workbench. */
  clear(): void {
    for (const f of this.uploads.values()) rmSync(f.path, { force: true });
    this.uploads.clear();
    rmSync(join(this.filesDir, 'downloads'), { recursive: true, force: true });
    this.downloads.clear();
  }
}
