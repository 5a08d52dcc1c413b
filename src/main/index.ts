/**
 * The desktop host (Electron main process): a hardened window over the built renderer,
 * IPC registered from the contract, native dialogs. All domain work is in src/main/core.
 * The workspace is opened as a session: a corrupt or truncated file opens the window on the
 * recovery page (restore a backup) instead of quitting.
 */
import { app, BrowserWindow, dialog, session as electronSession } from 'electron';
import { join } from 'node:path';
import { openWorkspaceSession, type WorkspaceSession } from './core/workspace-session';
import { setWorkerScriptDir } from './core/jobs/worker-scripts';
import { hardenContents, hardenSession, windowOptions } from './electron/security';
import { registerIpc } from './electron/ipc';

let session: WorkspaceSession | null = null;

async function start(): Promise<void> {
  const rendererRoot = join(__dirname, '..', 'renderer');
  setWorkerScriptDir(join(__dirname, '..', 'node'));
  hardenSession(electronSession.defaultSession, rendererRoot);
  app.on('web-contents-created', (_e, contents) => hardenContents(contents, rendererRoot));
  try {
    session = await openWorkspaceSession({
      workspacePath:
        process.env['SATUDATA_WORKSPACE'] ?? join(app.getPath('userData'), 'workspace.db'),
      host: 'desktop',
      referenceDir: join(app.getPath('userData'), 'reference'),
    });
  } catch (err) {
    const e = err as { message?: string; messageEn?: string };
    dialog.showErrorBox(
      'Satu Data Workbench',
      `${e.message ?? String(err)}\n\n${e.messageEn ?? ''}`,
    );
    app.quit();
    return;
  }
  const win = new BrowserWindow(windowOptions(join(__dirname, '..', 'preload', 'index.cjs')));
  registerIpc(session, win, rendererRoot);
  win.once('ready-to-show', () => win.show());
  await win.loadFile(join(rendererRoot, 'index.html'));
}

app.enableSandbox();
app.whenReady().then(start, (err: unknown) => {
  console.error(err);
  app.quit();
});
app.on('window-all-closed', () => {
  session?.close();
  session = null;
  app.quit();
});
