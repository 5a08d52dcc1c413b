/**
 * The desktop window's security settings, in one place so tests can check them under plain
 * Node: contextIsolation + sandbox, no Node in the page, web security on, a strict CSP, no
 * navigation, no new windows, no permissions, no remote content. Only Electron's *types* are
 * imported here (erased at build time), so the test never loads the electron module.
 */
import type {
  BrowserWindowConstructorOptions,
  HandlerDetails,
  Session,
  WebContents,
  WindowOpenHandlerResponse,
} from 'electron';

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

/** webRequest filter: true when a request must be cancelled (anything not the app's files). */
export function blocksRequest(url: string, appRoot: string): boolean {
  // devtools internals are the only other scheme let through
  return !(isAppUrl(url, appRoot) || url.startsWith('devtools://'));
}

/** Response headers with the app's CSP set (replacing any policy the response carried). */
export function withContentSecurityPolicy(
  headers: Record<string, string[]> | undefined,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') out[name] = value;
  }
  out['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return out;
}

/** No new windows, whatever the page asks for. */
export function denyWindowOpen(_details?: HandlerDetails): WindowOpenHandlerResponse {
  return { action: 'deny' };
}

export function hardenSession(session: Session, appRoot: string): void {
  // no camera, microphone, notifications, geolocation, clipboard, USB/serial/HID devices…
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: blocksRequest(details.url, appRoot) });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
}

export function hardenContents(contents: WebContents, appRoot: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appRoot)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (details) => {
    if (!isAppUrl(details.url, appRoot)) details.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appRoot)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(denyWindowOpen);
}
