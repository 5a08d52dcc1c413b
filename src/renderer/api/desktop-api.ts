/**
 * What the desktop preload exposes as `window.api` (contextBridge). The preload builds it
 * from the contract keys; the renderer never sees ipcRenderer or file helpers.
 */
import type { ContractKey, JobProgress, Req, Res, Result } from '../../shared/contract';

/** A file the user picked in the native "open" dialog. */
export interface PickedFile {
  path: string;
  name: string;
}

export interface DesktopApi {
  invoke<K extends ContractKey>(key: K, req: Req<K>): Promise<Result<Res<K>>>;
  /** Subscribe to job progress; returns the unsubscribe function. */
  onProgress(listener: (p: JobProgress) => void): () => void;
  /** Native "open" dialog filtered to CSV/XLSX; null when the user cancels. */
  pickImportFile(): Promise<PickedFile | null>;
  /** Native "save as" dialog; null when the user cancels. */
  pickSavePath(defaultName: string): Promise<string | null>;
  /**
   * Local path of a File dropped on the window (`webUtils.getPathForFile`). Optional: without
   * it the desktop app imports through the button only.
   */
  pathForFile?(file: File): string;
}

declare global {
  interface Window {
    api?: DesktopApi;
  }
}
