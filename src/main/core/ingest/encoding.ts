/**
 * Which of the four encodings the workbench reads a CSV file is in, how to decode it as a
 * stream, and whether the bytes are text at all.
 *
 * The candidates are fixed (shared/model/dataset ENCODINGS): UTF-8 (with or without BOM),
 * UTF-16 LE/BE (with a BOM, or without one by the pattern of NUL bytes that ASCII text leaves)
 * and Windows-1252, which Excel in an Indonesian or English Windows locale writes for
 * "CSV (Comma delimited)". ISO-8859-1 text is a subset and reads correctly as Windows-1252.
 * UTF-8 validity decides between UTF-8 and Windows-1252; statistical guessers (chardet) are
 * not used because every guess they make would have to be mapped onto these four anyway.
 */
import iconv from 'iconv-lite';
import type { EncodingLabel } from '../../../shared/model/dataset';

export interface DetectedEncoding {
  encoding: EncodingLabel;
  /** bytes of byte-order mark at the start of the file (0 when none) */
  bomLength: number;
  /** 0..1 — how sure the detection is */
  confidence: number;
}

interface Utf8Scan {
  /** well-formed multi-byte sequences */
  multiByte: number;
  /** bytes that are not part of a well-formed sequence */
  invalid: number;
}

/**
 * Count well-formed multi-byte UTF-8 sequences and invalid bytes. A sequence cut off by the
 * end of the sample is not counted as invalid: the sample is usually the head of a larger file.
 */
function scanUtf8(b: Uint8Array, start: number): Utf8Scan {
  let multiByte = 0;
  let invalid = 0;
  const n = b.length;
  let i = start;
  while (i < n) {
    const c = b[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min2 = 0x80;
    let max2 = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) min2 = 0xa0; // no overlong forms
      if (c === 0xed) max2 = 0x9f; // no surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) min2 = 0x90;
      if (c === 0xf4) max2 = 0x8f;
    } else {
      invalid++;
      i++;
      continue;
    }
    let ok = true;
    let truncated = false;
    for (let j = 1; j <= need; j++) {
      if (i + j >= n) {
        truncated = true; // cut off by the end of the sample: not judged
        break;
      }
      const cc = b[i + j] as number;
      const lo = j === 1 ? min2 : 0x80;
      const hi = j === 1 ? max2 : 0xbf;
      if (cc < lo || cc > hi) {
        ok = false;
        break;
      }
    }
    if (truncated && ok) break;
    if (ok) {
      multiByte++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { multiByte, invalid };
}

/** UTF-16 without BOM: ASCII text leaves a NUL in every other byte. */
function utf16ByNulPattern(b: Uint8Array): EncodingLabel | null {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.3 && evenNul <= pairs * 0.05) return 'utf-16le';
  if (evenNul >= pairs * 0.3 && oddNul <= pairs * 0.05) return 'utf-16be';
  return null;
}

/** Bytes that Windows-1252 leaves undefined; many of them make the guess less certain. */
function undefinedIn1252(b: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === 0x81 || c === 0x8d || c === 0x8f || c === 0x90 || c === 0x9d) count++;
  }
  return count;
}

/**
 * Detect the encoding of the first bytes of a text file (64 KiB is plenty).
 * Order: BOM → UTF-16 NUL pattern → valid UTF-8 → Windows-1252. A file that is UTF-8 except
 * for a stray invalid byte or two among many well-formed sequences stays UTF-8 (low
 * confidence): decoding it as Windows-1252 would garble every other non-ASCII character.
 */
export function detectEncoding(sample: Uint8Array): DetectedEncoding {
  const b0 = sample[0];
  const b1 = sample[1];
  if (b0 === 0xef && b1 === 0xbb && sample[2] === 0xbf) {
    return { encoding: 'utf-8', bomLength: 3, confidence: 1 };
  }
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bomLength: 2, confidence: 1 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bomLength: 2, confidence: 1 };
  const utf16 = utf16ByNulPattern(sample);
  if (utf16) return { encoding: utf16, bomLength: 0, confidence: 0.9 };
  const scan = scanUtf8(sample, 0);
  if (scan.invalid === 0) {
    return { encoding: 'utf-8', bomLength: 0, confidence: scan.multiByte > 0 ? 1 : 0.99 };
  }
  if (scan.multiByte >= 8 && scan.invalid * 20 <= scan.multiByte) {
    return { encoding: 'utf-8', bomLength: 0, confidence: 0.6 };
  }
  const odd = undefinedIn1252(sample);
  return { encoding: 'windows-1252', bomLength: 0, confidence: odd > 0 ? 0.6 : 0.9 };
}

export interface StreamingDecoder {
  /** decode the next chunk; bytes of a character split across chunks are kept for the next */
  write(chunk: Uint8Array): string;
  /** flush what is left (an incomplete character becomes U+FFFD) */
  end(): string;
}

function asBuffer(chunk: Uint8Array): Buffer {
  return Buffer.isBuffer(chunk)
    ? chunk
    : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/** A streaming decoder (iconv-lite) for one of the four encodings; a leading BOM is dropped. */
export function createDecoder(encoding: EncodingLabel): StreamingDecoder {
  const decoder = iconv.getDecoder(encoding, { stripBOM: true });
  let first = true;
  const dropBom = (s: string): string => {
    if (!first || s === '') return s;
    first = false;
    return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  };
  return {
    write: (chunk) => dropBom(decoder.write(asBuffer(chunk))),
    end: () => dropBom(decoder.end() ?? ''),
  };
}

/**
 * True when the bytes are not text: a NUL byte (outside UTF-16), or control characters other
 * than TAB, LF, FF, CR and the DOS end-of-file mark in more than 1 % of the sample.
 */
export function looksBinary(sample: Uint8Array, encoding: EncodingLabel): boolean {
  if (sample.length === 0) return false;
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const even = sample.subarray(0, sample.length & ~1);
    const text = iconv.decode(asBuffer(even), encoding, { stripBOM: true });
    let controls = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0) return true;
      if (isOddControl(c)) controls++;
    }
    return controls >= 3 && controls > text.length * 0.01;
  }
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample[i] as number;
    if (c === 0) return true;
    if (isOddControl(c)) controls++;
  }
  return controls >= 3 && controls > sample.length * 0.01;
}

function isOddControl(c: number): boolean {
  return c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13 && c !== 0x1a;
}
