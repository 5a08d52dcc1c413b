// The desktop shell's security settings, checked without Electron (which cannot run here):
// the window options, the content security policy wherever it is set (Electron session header,
// browser-mode header, the meta tag of the source and of the built page), and the session and
// web-contents handlers, driven through fakes that record what the shell registers.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';

// security.ts imports only Electron's types; loading the real module would be a regression
vi.mock('electron', () => {
  throw new Error('the electron module must not be loaded by these tests');
});

const {
  windowOptions,
  isAppUrl,
  blocksRequest,
  withContentSecurityPolicy,
  hardenSession,
  hardenContents,
  CONTENT_SECURITY_POLICY,
} = await import('../../../src/main/electron/security');
const { RENDERER_CSP } = await import('../../../src/main/server/server');

const ROOT = resolve(import.meta.dirname, '../../..');
const APP = '/app/out/renderer';

/** directive → its sources, as a browser reads a policy */
function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(out.has(name), `directive ${name} twice`).toBe(false);
    out.set(name.toLowerCase(), sources);
  }
  return out;
}

/** Every property a strict policy for this app must have. */
function expectStrict(policy: string, where: string): void {
  const csp = parseCsp(policy);
  const src = (d: string): string[] => csp.get(d) ?? [];
  expect(
    ['self', 'none'].map((s) => [`'${s}'`]),
    where,
  ).toContainEqual(src('default-src'));
  // scripts: only the app's own files — no inline script, no eval, no data:/blob: scripts
  expect(src('script-src'), where).toEqual(["'self'"]);
  expect(src('object-src'), where).toEqual(["'none'"]);
  expect(src('base-uri'), where).toEqual(["'none'"]);
  expect(src('frame-ancestors'), where).toEqual(["'none'"]);
  expect(src('form-action'), where).toEqual(["'none'"]);
  expect(src('connect-src'), where).toEqual(["'self'"]);
  for (const [directive, sources] of csp) {
    for (const s of sources) {
      // no remote origin anywhere: no scheme-with-host, no wildcard, no bare host name
      expect(s, `${where}: ${directive} ${s}`).not.toMatch(/:\/\/|^\*|^(https?|wss?|ftp|blob):/i);
      expect(s, `${where}: ${directive} ${s}`).not.toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+/i);
      expect(s, `${where}: ${directive} ${s}`).not.toMatch(/unsafe-eval|unsafe-hashes/);
      // inline is tolerated for style attributes only (React's style props), never scripts
      if (s === "'unsafe-inline'") expect(directive, where).toBe('style-src');
      if (s === 'data:') expect(directive, where).toBe('img-src');
    }
  }
}

function metaPolicy(html: string): string {
  const m = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  expect(m, 'CSP meta tag').not.toBeNull();
  return m?.[1] ?? '';
}

const normalise = (p: string): string => p.replace(/\s+/g, ' ').trim();

describe('desktop window', () => {
  it('isolates the page: contextIsolation, sandbox, no Node, web security on', () => {
    const w = windowOptions('/app/out/preload/index.cjs').webPreferences ?? {};
    expect(w.contextIsolation).toBe(true);
    expect(w.sandbox).toBe(true);
    expect(w.nodeIntegration).toBe(false);
    expect(w.nodeIntegrationInWorker).toBe(false);
    expect(w.nodeIntegrationInSubFrames).toBe(false);
    expect(w.webSecurity).toBe(true);
    expect(w.allowRunningInsecureContent).toBe(false);
    expect(w.webviewTag).toBe(false);
    expect(w.navigateOnDragDrop).toBe(false);
    expect(w.preload).toBe('/app/out/preload/index.cjs');
  });

  it('turns on the sandbox for every renderer before the app is ready', () => {
    const main = readFileSync(resolve(ROOT, 'src/main/index.ts'), 'utf8');
    const enable = main.indexOf('app.enableSandbox()');
    expect(enable).toBeGreaterThan(0);
    expect(enable).toBeLessThan(main.indexOf('app.whenReady()'));
  });
});

describe('content security policy', () => {
  it('is strict in the Electron session header and in browser mode', () => {
    expectStrict(CONTENT_SECURITY_POLICY, 'electron');
    expectStrict(RENDERER_CSP, 'server');
  });

  it('is the same policy in the page source, the built page and both headers', () => {
    const source = metaPolicy(readFileSync(resolve(ROOT, 'src/renderer/index.html'), 'utf8'));
    expectStrict(source, 'src/renderer/index.html');
    expect(normalise(source)).toBe(normalise(CONTENT_SECURITY_POLICY));
    expect(normalise(RENDERER_CSP)).toBe(normalise(CONTENT_SECURITY_POLICY));
  });

  it('is in the built page, which loads only its own files and has no inline script', () => {
    const built = resolve(ROOT, 'out/renderer/index.html');
    expect(existsSync(built), 'out/renderer/index.html missing: run npm run build').toBe(true);
    const html = readFileSync(built, 'utf8');
    expect(normalise(metaPolicy(html))).toBe(normalise(CONTENT_SECURITY_POLICY));
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs = '', body = ''] of scripts) {
      expect(body.trim(), 'inline script').toBe('');
      expect(attrs).toMatch(/\bsrc="\.\/assets\/[^"]+\.js"/);
    }
    for (const m of html.matchAll(/\b(?:src|href)="([^"]+)"/gi)) {
      expect(m[1], 'a remote or absolute resource').toMatch(/^\.\/assets\//);
    }
  });

  it('replaces any policy a response brings with the app policy', () => {
    const headers = withContentSecurityPolicy({
      'content-security-policy': ["default-src *; script-src 'unsafe-eval'"],
      'Content-Type': ['text/html'],
    });
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['Content-Type']).toEqual(['text/html']);
  });
});

describe('navigation and remote content', () => {
  it("allows only the app's own files as URLs", () => {
    expect(isAppUrl('file:///app/out/renderer/index.html', APP)).toBe(true);
    expect(isAppUrl('file:///app/out/renderer-evil/x.html', APP)).toBe(false);
    expect(isAppUrl('file:///app/out/renderer/../main/index.cjs', APP)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', APP)).toBe(false);
    expect(isAppUrl('https://example.com/', APP)).toBe(false);
    expect(isAppUrl('not a url', APP)).toBe(false);
  });

  it('refuses every http(s), ws and data load; lets the app files through', () => {
    for (const url of [
      'http://example.com/x.js',
      'https://example.com/',
      'http://127.0.0.1:8080/api',
      'ws://localhost/',
      'data:text/html,<script>alert(1)</script>',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'blob:file:///0000',
    ]) {
      expect(blocksRequest(url, APP), url).toBe(true);
    }
    expect(blocksRequest('file:///app/out/renderer/assets/index.js', APP)).toBe(false);
  });

  it('registers session handlers that deny permissions and block non-app requests', () => {
    const seen: Record<string, unknown> = {};
    const fake = {
      setPermissionRequestHandler: (h: unknown) => (seen['request'] = h),
      setPermissionCheckHandler: (h: unknown) => (seen['check'] = h),
      setDevicePermissionHandler: (h: unknown) => (seen['device'] = h),
      webRequest: {
        onBeforeRequest: (h: unknown) => (seen['before'] = h),
        onHeadersReceived: (h: unknown) => (seen['headers'] = h),
      },
    };
    hardenSession(fake as unknown as Session, APP);

    const request = seen['request'] as (wc: unknown, p: string, cb: (ok: boolean) => void) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const cb = vi.fn();
      request(null, permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
    }
    expect((seen['check'] as (...a: unknown[]) => boolean)(null, 'media', 'file://')).toBe(false);
    expect((seen['device'] as (d: unknown) => boolean)({ deviceType: 'usb' })).toBe(false);

    const before = seen['before'] as (
      d: { url: string },
      cb: (r: { cancel: boolean }) => void,
    ) => void;
    const remote = vi.fn();
    before({ url: 'https://example.com/tracker.js' }, remote);
    expect(remote).toHaveBeenCalledWith({ cancel: true });
    const own = vi.fn();
    before({ url: 'file:///app/out/renderer/index.html' }, own);
    expect(own).toHaveBeenCalledWith({ cancel: false });

    const headers = seen['headers'] as (
      d: { responseHeaders?: Record<string, string[]> },
      cb: (r: { responseHeaders: Record<string, string[]> }) => void,
    ) => void;
    const withCsp = vi.fn();
    headers({ responseHeaders: {} }, withCsp);
    expect(withCsp).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it('denies navigation away from the app, new windows and webviews', () => {
    const listeners = new Map<string, (...a: unknown[]) => void>();
    const opened: { handler?: (d: unknown) => { action: string } } = {};
    const fake = {
      on: (event: string, listener: (...a: unknown[]) => void) => listeners.set(event, listener),
      setWindowOpenHandler: (h: (d: unknown) => { action: string }) => (opened.handler = h),
    };
    hardenContents(fake as unknown as WebContents, APP);

    const navigate = (event: string, url: string): boolean => {
      const e = { preventDefault: vi.fn(), url };
      const listener = listeners.get(event);
      expect(listener, event).toBeDefined();
      if (event === 'will-frame-navigate') listener?.(e);
      else listener?.(e, url);
      return e.preventDefault.mock.calls.length > 0;
    };
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(navigate(event, 'https://example.com/'), event).toBe(true);
      expect(navigate(event, 'file:///etc/passwd'), event).toBe(true);
      expect(navigate(event, 'file:///app/out/renderer/index.html'), event).toBe(false);
    }
    const webview = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')?.(webview);
    expect(webview.preventDefault).toHaveBeenCalled();

    expect(opened.handler).toBeDefined();
    for (const url of ['https://example.com/', 'file:///app/out/renderer/index.html']) {
      expect(opened.handler?.({ url, disposition: 'new-window' })).toEqual({ action: 'deny' });
    }
  });
});
