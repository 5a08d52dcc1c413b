// The desktop shell's security settings (checked without Electron, which cannot run here).
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

const { windowOptions, isAppUrl, CONTENT_SECURITY_POLICY } =
  await import('../../../src/main/electron/security');

describe('desktop window', () => {
  it('isolates the page: contextIsolation, sandbox, no Node, web security on', () => {
    const w = windowOptions('/app/out/preload/index.cjs').webPreferences ?? {};
    expect(w.contextIsolation).toBe(true);
    expect(w.sandbox).toBe(true);
    expect(w.nodeIntegration).toBe(false);
    expect(w.nodeIntegrationInWorker).toBe(false);
    expect(w.webSecurity).toBe(true);
    expect(w.allowRunningInsecureContent).toBe(false);
    expect(w.webviewTag).toBe(false);
  });

  it('has a strict content security policy', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it("allows only the app's own files as URLs", () => {
    expect(isAppUrl('file:///app/out/renderer/index.html', '/app/out/renderer')).toBe(true);
    expect(isAppUrl('file:///app/out/renderer-evil/x.html', '/app/out/renderer')).toBe(false);
    expect(isAppUrl('file:///etc/passwd', '/app/out/renderer')).toBe(false);
    expect(isAppUrl('https://example.com/', '/app/out/renderer')).toBe(false);
    expect(isAppUrl('not a url', '/app/out/renderer')).toBe(false);
  });
});
