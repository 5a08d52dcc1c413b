import { describe, expect, it } from 'vitest';
import {
  CATALOG,
  FINDING_CODES,
  catalogEntry,
  fillTemplate,
  formatFindingMessage,
} from '../../../src/shared/issues/catalog';
import { CATEGORIES, CATEGORY_PRINCIPLE } from '../../../src/shared/model/finding';
import { RULES } from '../../../src/main/core/validate/rules';

const placeholders = (s: string): string[] =>
  [...s.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => (m[1] ?? '').replace(/En$/, '')).sort();

describe('finding catalog', () => {
  it('has one entry per registered rule, and no orphan codes', () => {
    expect([...FINDING_CODES].sort()).toEqual(RULES.map((r) => r.code).sort());
  });

  it('agrees with each rule on category and severity', () => {
    for (const rule of RULES) {
      expect(catalogEntry(rule.code)).toMatchObject({
        category: rule.category,
        severity: rule.severity,
      });
    }
  });

  it('has kebab-case codes and Indonesian and English texts with the same placeholders', () => {
    for (const e of Object.values(CATALOG)) {
      expect(e.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      for (const t of [e.title, e.help, e.message]) {
        expect(t.id.trim().length).toBeGreaterThan(0);
        expect(t.en.trim().length).toBeGreaterThan(0);
      }
      expect(placeholders(e.message.en), e.code).toEqual(placeholders(e.message.id));
    }
  });

  it('maps every category to a principle', () => {
    for (const c of CATEGORIES) expect(CATEGORY_PRINCIPLE[c]).toBeDefined();
  });

  it('renders messages in both languages, translating enumerated params', () => {
    const params = { value: '64.71.07', level: 'kecamatan', edition: 'Kemendagri 2025' };
    expect(formatFindingMessage('kode-wilayah-tidak-dikenal', params, 'id')).toBe(
      'Kode "64.71.07" tidak ada pada tingkat kecamatan (Kemendagri 2025).',
    );
    expect(formatFindingMessage('kode-wilayah-tidak-dikenal', params, 'en')).toBe(
      'The code "64.71.07" does not exist at district (kecamatan) level (Kemendagri 2025).',
    );
    expect(fillTemplate('{a} {b}', { a: 1 }, 'id')).toBe('1 {b}');
    expect(formatFindingMessage('no-such-code', {}, 'id')).toBe('no-such-code');
  });
});
