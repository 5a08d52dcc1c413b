/**
 * IPC registered from the contract in one place: one handler per contract key, all going
 * through Workbench.call (which validates the payload with the contract's schema).
 */
import { dialog, ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { CONTRACT_KEYS } from '../../shared/contract';
import type { Workbench } from '../core/workbench';
import { isAppUrl } from './security';

export const IPC_PREFIX = 'api:';
export const PROGRESS_CHANNEL = 'job:progress';

function fromApp(event: IpcMainInvokeEvent, appRoot: string): boolean {
  return isAppUrl(event.senderFrame?.url ?? '', appRoot);
}

export function registerIpc(wb: Workbench, win: BrowserWindow, appRoot: string): void {
  for (const key of CONTRACT_KEYS) {
    ipcMain.handle(`${IPC_PREFIX}${key}`, (event, req: unknown) => {
      if (!fromApp(event, appRoot)) {
        return {
          ok: false,
          error: {
            kind: 'refused',
            code: 'foreign-sender',
            message: 'Ditolak.',
            messageEn: 'Refused.',
          },
        };
      }
      return wb.call(key, req);
    });
  }
  ipcMain.handle('dialog:open-import', async (event) => {
    if (!fromApp(event, appRoot)) return null;
    const r = await dialog.showOpenDialog(win, {
      title: 'Impor berkas',
      properties: ['openFile'],
      filters: [
        { name: 'Tabel (CSV, XLSX)', extensions: ['csv', 'tsv', 'txt', 'xlsx'] },
        { name: 'Semua berkas', extensions: ['*'] },
      ],
    });
    const path = r.canceled ? undefined : r.filePaths[0];
    return path ? { path, name: path.split(/[\\/]/).pop() ?? path } : null;
  });
  ipcMain.handle('dialog:save', async (event, defaultName: unknown) => {
    if (!fromApp(event, appRoot)) return null;
    const r = await dialog.showSaveDialog(win, {
      title: 'Simpan ekspor',
      defaultPath: typeof defaultName === 'string' ? defaultName.slice(0, 255) : 'ekspor.csv',
    });
    return r.canceled || !r.filePath ? null : r.filePath;
  });
  wb.onProgress((p) => {
    if (!win.isDestroyed()) win.webContents.send(PROGRESS_CHANNEL, p);
  });
}
