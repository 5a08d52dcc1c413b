import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileGuardedRegex, MAX_REGEX_INPUT } from '../../../src/main/core/clean/regex-guard';
import { run, table } from './helpers';

describe('regex guard', () => {
  it.each([
    '^(\\d{4})/(\\d{2})/(\\d{2})$',
    '(\\w+)\\s+(\\w+)',
    '^\\s+|\\s+$',
    '\\bKec\\.?\\s*',
    '^(Kec\\.|Kecamatan)\\s',
    '[^,]*,.*',
    '(?<kode>\\d{2}\\.\\d{2})',
    '^\\d+(\\.\\d+)?$',
    'Rp\\s?[\\d.]+,\\d{2}',
    'a{2,5}b',
    'x{',
  ])('accepts %s', (pattern) => {
    expect(compileGuardedRegex(pattern).ok).toBe(true);
  });

  it.each([
    ['(a+)+$', 'regex-nested-quantifier'],
    ['(a*)*b', 'regex-nested-quantifier'],
    ['(\\w+\\s?)*$', 'regex-nested-quantifier'],
    ['(a|aa)+b', 'regex-nested-quantifier'],
    ['(?:x|y)*z', 'regex-nested-quantifier'],
    ['(.*a){12}', 'regex-nested-quantifier'],
    ['\\s*\\s*x', 'regex-overlapping-quantifiers'],
    ['\\d+\\.?\\d+x', 'regex-overlapping-quantifiers'],
    ['.*,.*;', 'regex-overlapping-quantifiers'],
    ['(.*), (.*)', 'regex-overlapping-quantifiers'],
    ['b+b\\w.*:', 'regex-overlapping-quantifiers'],
    ['(a)\\1', 'regex-backreference'],
    ['(?<x>a)\\k<x>', 'regex-backreference'],
    ['a(?=b)', 'regex-lookaround'],
    ['(?<!a)b', 'regex-lookaround'],
    ['a{1,5000}', 'regex-bound'],
    ['[', 'regex-syntax'],
    ['a'.repeat(201), 'regex-too-long'],
  ])('refuses %s (%s)', (pattern, code) => {
    const r = compileGuardedRegex(pattern);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason.code).toBe(code);
      expect(r.reason.message).toMatch(/ditolak/);
      expect(r.reason.messageEn).toMatch(/refused/);
    }
  });

  it('takes the case-insensitive flag into account for overlaps', () => {
    expect(compileGuardedRegex('a+A+b', true).ok).toBe(true);
    expect(compileGuardedRegex('a+A+b', false).ok).toBe(false);
  });

  it('leaves cells longer than the limit unchanged and counts them', () => {
    const long = `${'a'.repeat(MAX_REGEX_INPUT)}x`;
    const out = run(table(['v'], [[long], ['ax']]), [
      { op: 'replace', find: 'a+x', replace: 'y', regex: true },
    ]);
    expect(out.cells).toEqual([[long], ['y']]);
    expect(out.entry.counts.unparsed).toBe(1);
  });

  it('answers for any pattern text without throwing', () => {
    const alphabet = fc.constantFrom(
      ...'ab.*+?|()[]{}^$\\,0123456789-:<>=!kdswDSWbB'.split(''),
      '(?:',
      '(?=',
      '(?<n>',
      '\\1',
      '{2,3}',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (parts) => {
        const r = compileGuardedRegex(parts.join(''), parts.length % 2 === 0);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});
