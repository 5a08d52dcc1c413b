// Electron fuses flipped when the installer is packaged (electron-builder.yml, electronFuses).
// The block is read by a small purpose-written reader (no YAML library is a dependency): it
// accepts only `  name: true|false` lines under `electronFuses:` and refuses anything else in
// the block, so a typo, a duplicate or an unexpected value fails the test instead of passing.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const YML = readFileSync(resolve(import.meta.dirname, '../../../electron-builder.yml'), 'utf8');

/** top-level `key: value` lines (no indentation), comments dropped */
function topLevel(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^([A-Za-z][\w-]*):\s*(.*?)\s*(?:#.*)?$/.exec(line);
    if (!m?.[1]) continue;
    expect(out.has(m[1]), `top-level key ${m[1]} twice`).toBe(false);
    out.set(m[1], m[2] ?? '');
  }
  return out;
}

/** the `electronFuses:` block as name → boolean */
function readFuses(text: string): Map<string, boolean> {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => /^electronFuses:\s*(#.*)?$/.test(l));
  expect(start, 'electronFuses block').toBeGreaterThanOrEqual(0);
  const fuses = new Map<string, boolean>();
  for (const line of lines.slice(start + 1)) {
    if (/^\s*(#.*)?$/.test(line)) continue;
    if (!/^\s/.test(line)) break; // next top-level key
    const m = /^ {2}([A-Za-z][A-Za-z0-9]*):\s*(true|false)\s*(?:#.*)?$/.exec(line);
    expect(m, `unexpected line in electronFuses: ${line}`).not.toBeNull();
    const [, name = '', value] = m ?? [];
    expect(fuses.has(name), `fuse ${name} twice`).toBe(false);
    fuses.set(name, value === 'true');
  }
  return fuses;
}

describe('electron-builder fuses', () => {
  const fuses = readFuses(YML);

  it('forbid running the app binary as plain Node and Node options from the environment', () => {
    expect(fuses.get('runAsNode')).toBe(false);
    expect(fuses.get('enableNodeOptionsEnvironmentVariable')).toBe(false);
    expect(fuses.get('enableNodeCliInspectArguments')).toBe(false);
  });

  it('encrypt cookies and load the app only from its integrity-checked asar', () => {
    expect(fuses.get('enableCookieEncryption')).toBe(true);
    expect(fuses.get('onlyLoadAppFromAsar')).toBe(true);
    expect(fuses.get('enableEmbeddedAsarIntegrityValidation')).toBe(true);
  });

  it('give file:// no extra privileges and use the shared V8 snapshot', () => {
    expect(fuses.get('grantFileProtocolExtraPrivileges')).toBe(false);
    expect(fuses.get('loadBrowserProcessSpecificV8Snapshot')).toBe(false);
    expect(fuses.size).toBe(8);
  });

  it('package the app as an asar', () => {
    expect(topLevel(YML).get('asar')).toBe('true');
  });

  it('the reader refuses what it does not understand', () => {
    expect(() => readFuses('electronFuses:\n  runAsNode: no\n')).toThrow();
    expect(() => readFuses('electronFuses:\n  runAsNode: false\n  runAsNode: true\n')).toThrow();
    expect(() => readFuses('asar: true\n')).toThrow();
    expect(readFuses('electronFuses:\n  runAsNode: false # off\n\nlinux: x\n')).toEqual(
      new Map([['runAsNode', false]]),
    );
  });
});
