import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createDecoder, detectEncoding, looksBinary } from '../../../src/main/core/ingest/encoding';
import { FIXTURES, SAMPLES } from './helpers';

const TEXT =
  'kode,nama,keterangan\n64.71.01,Balikpapan Timur,pesisir – akses kapal\n64.71.02,Balikpapan Barat,é\n';
const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name));

function decodeAll(
  bytes: Uint8Array,
  encoding: Parameters<typeof createDecoder>[0],
  step = 7,
): string {
  const dec = createDecoder(encoding);
  let out = '';
  for (let i = 0; i < bytes.length; i += step) out += dec.write(bytes.subarray(i, i + step));
  return out + dec.end();
}

describe('detectEncoding', () => {
  it.each([
    ['utf8-bom.csv', 'utf-8', 3],
    ['utf16le-bom.csv', 'utf-16le', 2],
    ['utf16be-bom.csv', 'utf-16be', 2],
    ['utf16le-nobom.csv', 'utf-16le', 0],
    ['windows1252-dash.csv', 'windows-1252', 0],
  ])('%s → %s (BOM %i bytes)', (name, encoding, bomLength) => {
    const got = detectEncoding(fixture(name));
    expect(got.encoding).toBe(encoding);
    expect(got.bomLength).toBe(bomLength);
    expect(got.confidence).toBeGreaterThan(0.5);
  });

  it('reads UTF-16BE without BOM by its NUL pattern', () => {
    expect(detectEncoding(iconv.encode(TEXT, 'utf-16be')).encoding).toBe('utf-16be');
  });

  it('plain ASCII and valid UTF-8 without BOM are utf-8', () => {
    expect(detectEncoding(Buffer.from('a,b\n1,2\n'))).toEqual({
      encoding: 'utf-8',
      bomLength: 0,
      confidence: 0.99,
    });
    expect(detectEncoding(Buffer.from(TEXT)).encoding).toBe('utf-8');
    expect(detectEncoding(Buffer.from(TEXT)).confidence).toBe(1);
  });

  it('does not judge a multi-byte character cut off at the end of the sample', () => {
    const bytes = Buffer.from('nama\nPesisir – akses');
    const dash = bytes.indexOf(Buffer.from('–'));
    for (const cut of [dash + 1, dash + 2]) {
      expect(detectEncoding(bytes.subarray(0, cut)).encoding).toBe('utf-8');
    }
    const emoji = Buffer.from('a,😀');
    expect(detectEncoding(emoji.subarray(0, emoji.length - 1)).encoding).toBe('utf-8');
  });

  it('invalid UTF-8 (ISO-8859-1 / Windows-1252 text) → windows-1252', () => {
    expect(detectEncoding(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2c, 0x31, 0x0a])).encoding).toBe(
      'windows-1252',
    );
    // an overlong form and a lone continuation byte are invalid too
    expect(detectEncoding(Buffer.from([0x41, 0xc0, 0xaf, 0x42])).encoding).toBe('windows-1252');
    expect(detectEncoding(Buffer.from([0x41, 0x80, 0x42])).encoding).toBe('windows-1252');
  });

  it('keeps a mostly-UTF-8 file with one stray byte as utf-8 (low confidence)', () => {
    const body = Buffer.from('é'.repeat(40) + '\n');
    const got = detectEncoding(Buffer.concat([body, Buffer.from([0x96]), body]));
    expect(got.encoding).toBe('utf-8');
    expect(got.confidence).toBeLessThan(0.9);
  });

  it('the windows-1252 sample of the issue', () => {
    const got = detectEncoding(readFileSync(join(SAMPLES, 'sekolah-kelurahan-2024.csv')));
    expect(got.encoding).toBe('windows-1252');
  });

  it('handles empty and one-byte samples', () => {
    expect(detectEncoding(new Uint8Array(0)).encoding).toBe('utf-8');
    expect(detectEncoding(Buffer.from([0xff])).encoding).toBe('windows-1252');
  });
});

describe('createDecoder', () => {
  it.each([
    ['utf8-bom.csv', 'utf-8'],
    ['utf16le-bom.csv', 'utf-16le'],
    ['utf16be-bom.csv', 'utf-16be'],
    ['utf16le-nobom.csv', 'utf-16le'],
  ] as const)('%s decodes in odd-sized chunks and drops the BOM', (name, encoding) => {
    for (const step of [1, 3, 7, 4096]) expect(decodeAll(fixture(name), encoding, step)).toBe(TEXT);
  });

  it('decodes Windows-1252 0x96 as an en dash and 0x92 as a right quote', () => {
    const text = decodeAll(fixture('windows1252-dash.csv'), 'windows-1252');
    expect(text).toContain('pesisir – akses kapal');
    expect(text).toContain('Jum’at ½ hari');
  });

  it('the sekolah sample decodes with the dash in the keterangan column', () => {
    const text = decodeAll(
      readFileSync(join(SAMPLES, 'sekolah-kelurahan-2024.csv')),
      'windows-1252',
      100,
    );
    expect(text).toContain('pesisir – akses kapal');
    expect(text.startsWith('JUMLAH SEKOLAH')).toBe(true);
  });

  it('end() flushes an incomplete character as U+FFFD', () => {
    const dec = createDecoder('utf-8');
    expect(dec.write(Buffer.from([0x61, 0xe2, 0x80]))).toBe('a');
    expect(dec.end()).toBe('\ufffd');
  });
});

describe('looksBinary', () => {
  it('text fixtures are text', () => {
    for (const [name, enc] of [
      ['utf8-bom.csv', 'utf-8'],
      ['utf16le-bom.csv', 'utf-16le'],
      ['utf16be-bom.csv', 'utf-16be'],
      ['windows1252-dash.csv', 'windows-1252'],
    ] as const) {
      expect(looksBinary(fixture(name), enc)).toBe(false);
    }
    expect(looksBinary(new Uint8Array(0), 'utf-8')).toBe(false);
  });

  it('NUL bytes outside UTF-16 are binary', () => {
    expect(looksBinary(fixture('utf16le-nobom.csv'), 'utf-8')).toBe(true);
    expect(looksBinary(fixture('encrypted-ole.xlsx'), 'windows-1252')).toBe(true);
  });

  it('many control characters are binary; a few are tolerated', () => {
    const noisy = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 5 === 0 ? 0x01 : 0x41)));
    expect(looksBinary(noisy, 'windows-1252')).toBe(true);
    const mostlyText = Buffer.concat([Buffer.from('a,b\n'.repeat(100)), Buffer.from([0x0b, 0x1a])]);
    expect(looksBinary(mostlyText, 'utf-8')).toBe(false);
  });

  it('UTF-16 text with a NUL character is binary', () => {
    expect(looksBinary(iconv.encode('a\u0000b,c\n', 'utf-16le'), 'utf-16le')).toBe(true);
  });
});
