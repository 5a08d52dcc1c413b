/**
 * IPC registered from the contract in one place: one handler per contract key, each going
 * through dispatchIpc (ipc-dispatch.ts: the sender must be the app's page, the payload is
 * validated with the contract's schema), plus the two native dialogs.
 */
import { dialog, ipcMain, type BrowserWindow } from 'electron';
import type { WorkspaceSession } from '../core/workspace-session';
import { dispatchIpc, fromApp, ipcChannels, PROGRESS_CHANNEL } from './ipc-dispatch';

export { IPC_PREFIX, PROGRESS_CHANNEL } from './ipc-dispatch';

export function registerIpc(session: WorkspaceSession, win: BrowserWindow, appRoot: string): void {
  for (const channel of ipcChannels()) {
    ipcMain.handle(channel, (event, req: unknown) =>
      dispatchIpc(session, appRoot, channel, event, req),
    );
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
  session.onProgress((p) => {
    if (!win.isDestroyed()) win.webContents.send(PROGRESS_CHANNEL, p);
  });
}
