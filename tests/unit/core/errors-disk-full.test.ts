// A full disk is a storage problem the steward can act on, not an "unexpected error".
import { describe, expect, it } from 'vitest';
import { toAppErrorData } from '../../../src/shared/errors';

describe('toAppErrorData on a full disk', () => {
  it.each([
    ['SQLite', Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' })],
    ['file system', Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })],
    ['quota', Object.assign(new Error('disk quota exceeded'), { code: 'EDQUOT' })],
  ])('names the cause and the remedy (%s)', (_name, err) => {
    const e = toAppErrorData(err);
    expect(e).toMatchObject({ kind: 'storage', code: 'disk-full' });
    expect(e.message).toMatch(/^Ruang disk penuh/);
    expect(e.messageEn).toMatch(/Free some disk space/);
  });

  it('leaves other failures unexpected', () => {
    const e = toAppErrorData(Object.assign(new Error('x'), { code: 'SQLITE_BUSY' }));
    expect(e).toMatchObject({ kind: 'bug', code: 'unexpected' });
  });
});
