/**
 * The preload: window.api built from the contract keys, and nothing else — no ipcRenderer,
 * no file helpers. The renderer calls window.api.invoke(key, req).
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { CONTRACT_KEYS, type ContractKey, type JobProgress } from '../shared/contract';

const keys = new Set<string>(CONTRACT_KEYS);

const api = {
  invoke(key: ContractKey, req: unknown): Promise<unknown> {
    if (!keys.has(key)) return Promise.reject(new Error(`unknown call ${String(key)}`));
    return ipcRenderer.invoke(`api:${key}`, req);
  },
  onProgress(listener: (p: JobProgress) => void): () => void {
    const wrapped = (_e: IpcRendererEvent, p: JobProgress): void => listener(p);
    ipcRenderer.on('job:progress', wrapped);
    return () => ipcRenderer.removeListener('job:progress', wrapped);
  },
  pickImportFile(): Promise<{ path: string; name: string } | null> {
    return ipcRenderer.invoke('dialog:open-import') as Promise<{
      path: string;
      name: string;
    } | null>;
  },
  /** the local path of a file dropped on the page (desktop drag-and-drop) */
  pathForFile(file: File): string {
    return webUtils.getPathForFile(file);
  },
  pickSavePath(defaultName: string): Promise<string | null> {
    return ipcRenderer.invoke('dialog:save', defaultName) as Promise<string | null>;
  },
};

export type DesktopApi = typeof api;

contextBridge.exposeInMainWorld('api', api);
