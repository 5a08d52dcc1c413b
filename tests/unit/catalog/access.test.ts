import { describe, expect, it } from 'vitest';
import { accessLevelOf, catalogAccess } from '../../../src/main/core/catalog/access';

const entry = (klasifikasi: unknown, privacyFindings: string[] = []) => ({
  metadata: klasifikasi === undefined ? undefined : { klasifikasi_akses: klasifikasi },
  privacyFindings,
});

describe('catalog access rule', () => {
  it.each(['terbuka', 'Terbuka', 'TERBUKA', ' terbuka '])('%s is open and downloadable', (v) => {
    const a = catalogAccess(entry(v));
    expect(a).toEqual({ level: 'terbuka', downloadable: true });
  });

  it.each([
    ['Terbatas', 'terbatas'],
    ['tertutup', 'tertutup'],
    ['Dikecualikan', 'tertutup'],
  ])('%s withholds files (%s)', (v, level) => {
    const a = catalogAccess(entry(v));
    expect(a.level).toBe(level);
    expect(a.downloadable).toBe(false);
    expect(a.reason?.code).toBe(`akses-${level}`);
  });

  it('treats missing metadata or a missing value as not yet classified', () => {
    for (const e of [
      entry(undefined),
      entry(''),
      entry(null),
      { metadata: {}, privacyFindings: [] },
    ]) {
      const a = catalogAccess(e);
      expect(a.level).toBe('belum-diklasifikasikan');
      expect(a.downloadable).toBe(false);
      expect(a.reason?.message).toContain('belum diklasifikasikan');
    }
  });

  it('treats an unknown value as not yet classified and remembers what was written', () => {
    expect(accessLevelOf({ klasifikasi_akses: 'publik' })).toEqual({
      level: 'belum-diklasifikasikan',
      written: 'publik',
    });
    const a = catalogAccess(entry('publik'));
    expect(a.downloadable).toBe(false);
    expect(a.reason?.code).toBe('akses-tidak-dikenal');
  });

  it('withholds an open dataset with unresolved privacy findings', () => {
    const a = catalogAccess(entry('Terbuka', ['NIK', 'Nama']));
    expect(a.level).toBe('terbuka');
    expect(a.downloadable).toBe(false);
    expect(a.reason?.code).toBe('temuan-privasi-terbuka');
    expect(a.reason?.message).toContain('NIK, Nama');
  });

  it('a blank column label in the findings still blocks', () => {
    expect(catalogAccess(entry('Terbuka', [''])).downloadable).toBe(false);
  });
});
