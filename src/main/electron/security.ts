/**
 * The desktop window's security settings, in one place so tests can check them.
 * contextIsolation + sandbox, no Node in the page, web security on, a strict CSP,
 * no navigation, no new windows, no permissions, no remote content.
 */
import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1366,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Satu Data Workbench',
    backgroundColor: '#f5f7fa',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    },
  };
}

/** Only the app's own files may load; everything else is blocked. */
export function isAppUrl(url: string, appRoot: string): boolean {
  try {
    const u = new URL(url);
    if (u.protocol !== 'file:') return false;
    const path = decodeURIComponent(u.pathname);
    const root = appRoot.replace(/\\/g, '/');
    return path === root || path.startsWith(root.endsWith('/') ? root : `${root}/`);
  } catch {
    return false;
  }
}

export function hardenSession(session: Session, appRoot: string): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    // no remote content: only the app's own files and devtools internals
    const ok = isAppUrl(details.url, appRoot) || details.url.startsWith('devtools://');
    callback({ cancel: !ok });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
}

export function hardenContents(contents: WebContents, appRoot: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appRoot)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appRoot)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
