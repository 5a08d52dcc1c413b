/**
 * The renderer's only door to the services. Desktop: `window.api` from the preload.
 * Browser mode (`satudata serve`): HTTP with the session token. Screens import `api` from here.
 */
import type {
  ContractKey,
  FileRef,
  FileTarget,
  JobProgress,
  Req,
  Res,
  Result,
} from '../../shared/contract';
import { clientError } from './client-errors';
import type { DesktopApi } from './desktop-api';
import { HttpApi, readSessionToken, type UploadOptions } from './http-api';

/** A file ready for 'datasets:inspect' / 'datasets:import'. */
export interface ImportSource {
  ref: FileRef;
  name: string;
}

export interface Client {
  readonly mode: 'desktop' | 'browser';
  invoke<K extends ContractKey>(key: K, req: Req<K>): Promise<Result<Res<K>>>;
  onProgress(listener: (p: JobProgress) => void): () => void;
  /** Desktop: the native open dialog. Browser: null (the page uses an <input type="file">). */
  pickImportFile(): Promise<ImportSource | null>;
  /** Turn a File (chosen or dropped) into a source: upload in the browser, its path on desktop. */
  sourceFromFile(file: File, options?: UploadOptions): Promise<Result<ImportSource>>;
  /** Where an export goes: a path from the save dialog (desktop), a download (browser); null = cancelled. */
  exportTarget(defaultName: string): Promise<FileTarget | null>;
  /** Link to fetch a finished download (browser mode only). */
  downloadUrl(downloadId: string): string | null;
}

/** A job id the UI chooses, so it can follow and cancel the job. */
export function newJobId(): string {
  const raw =
    typeof crypto.randomUUID === 'function'
      ? crypto.randomUUID()
      : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
          b.toString(16).padStart(2, '0'),
        ).join('');
  return raw.replace(/[^A-Za-z0-9_-]/g, '');
}

function desktopClient(desktop: DesktopApi): Client {
  return {
    mode: 'desktop',
    invoke: (key, req) => desktop.invoke(key, req),
    onProgress: (listener) => desktop.onProgress(listener),
    async pickImportFile() {
      const picked = await desktop.pickImportFile();
      return picked ? { ref: { path: picked.path }, name: picked.name } : null;
    },
    sourceFromFile(file) {
      const path = desktop.pathForFile?.(file);
      return Promise.resolve(
        path
          ? { ok: true, value: { ref: { path }, name: file.name } }
          : { ok: false, error: clientError('drop-unsupported') },
      );
    },
    async exportTarget(defaultName) {
      const path = await desktop.pickSavePath(defaultName);
      return path ? { path } : null;
    },
    downloadUrl: () => null,
  };
}

function browserClient(http: HttpApi): Client {
  return {
    mode: 'browser',
    invoke: (key, req) => http.invoke(key, req),
    onProgress: (listener) => http.onProgress(listener),
    pickImportFile: () => Promise.resolve(null),
    async sourceFromFile(file, options) {
      const uploaded = await http.upload(file, options);
      if (!uploaded.ok) return uploaded;
      return {
        ok: true,
        value: { ref: { uploadId: uploaded.value.uploadId }, name: uploaded.value.name },
      };
    },
    exportTarget: () => Promise.resolve({ download: true }),
    downloadUrl: (downloadId) => http.downloadUrl(downloadId),
  };
}

function createClient(): Client {
  return window.api ? desktopClient(window.api) : browserClient(new HttpApi(readSessionToken()));
}

export const api: Client = createClient();
