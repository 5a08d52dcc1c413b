/**
 * The two catalogs: same keys, same placeholders, nothing empty, and every catalog key the
 * renderer names in its source exists.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../src/renderer/i18n/en.json';
import exportEn from '../../../src/renderer/i18n/export.en.json';
import exportId from '../../../src/renderer/i18n/export.id.json';
import id from '../../../src/renderer/i18n/id.json';
import qualityEn from '../../../src/renderer/i18n/quality.en.json';
import qualityId from '../../../src/renderer/i18n/quality.id.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

// the quality and export catalogs are merged in at the top level, as i18n/index.ts does
const ID = flatten({ ...(id as Tree), ...(qualityId as Tree), ...(exportId as Tree) });
const EN = flatten({ ...(en as Tree), ...(qualityEn as Tree), ...(exportEn as Tree) });
const RENDERER = resolve(import.meta.dirname, '../../../src/renderer');

describe('i18n catalogs', () => {
  it('keep the quality catalogs apart from the main ones (no shared top-level key)', () => {
    for (const key of Object.keys(qualityId)) expect(Object.keys(id), key).not.toContain(key);
    for (const key of Object.keys(qualityEn)) expect(Object.keys(en), key).not.toContain(key);
  });

  it('keep the export catalogs apart from the main and quality ones', () => {
    const taken = [...Object.keys(id), ...Object.keys(qualityId)];
    for (const key of Object.keys(exportId)) expect(taken, key).not.toContain(key);
    const takenEn = [...Object.keys(en), ...Object.keys(qualityEn)];
    for (const key of Object.keys(exportEn)) expect(takenEn, key).not.toContain(key);
  });

  it('have the same keys', () => {
    expect([...EN.keys()].sort()).toEqual([...ID.keys()].sort());
  });

  it('have no empty texts and the same placeholders in both languages', () => {
    for (const [key, text] of ID) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(EN.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('contain every key the renderer names', () => {
    const namespaces = new Set([...ID.keys()].map((k) => k.split('.')[0]));
    const used = new Set<string>();
    for (const file of sources(RENDERER)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/'([a-z][A-Za-z]*(?:\.[A-Za-z0-9-]+)+)'/g)) {
        const key = m[1] ?? '';
        if (namespaces.has(key.split('.')[0])) used.add(key);
      }
    }
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter((k) => !ID.has(k));
    expect(missing).toEqual([]);
  });

  it('name every client-side failure in both languages', () => {
    const source = readFileSync(join(RENDERER, 'api', 'client-errors.ts'), 'utf8');
    const union = /export type ClientErrorCode =([^;]+);/.exec(source)?.[1] ?? '';
    const codes = [...union.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThan(3);
    for (const code of codes) {
      expect(ID.has(`clientErrors.${code}`), code).toBe(true);
      expect(EN.has(`clientErrors.${code}`), code).toBe(true);
    }
  });

  it('use the steward words for the screens in Indonesian', () => {
    expect(ID.get('nav.workspace')).toBe('Ruang Kerja');
    expect(ID.get('nav.export')).toBe('Ekspor');
    expect(ID.get('import.noHeader')).toBe('Tanpa baris judul kolom');
  });
});
