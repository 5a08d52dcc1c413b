/**
 * Sniffing the CSV dialect (delimiter, quote character, line terminator) from the first
 * ~64 KB of decoded text. Delimiters are counted per record *outside quoted fields*, so a
 * comma inside `"0,38"` or a semicolon inside a quoted address does not vote. The delimiter
 * whose count is the same (and above zero) in most records wins.
 */
import type { Dialect } from '../../../shared/model/dataset';

const SAMPLE_CHARS = 64 * 1024;
const MAX_RECORDS = 1000;
/** in order of preference when the evidence is equal */
const CANDIDATES = [',', ';', '\t', '|'] as const;

const CR = 13;
const LF = 10;

/** Count line terminators outside quoted fields. */
function detectLineTerminator(text: string, quote: number): string {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === quote) {
      inQuotes = !inQuotes; // a doubled quote toggles twice: net effect nil
      continue;
    }
    if (inQuotes) continue;
    if (c === CR) {
      if (text.charCodeAt(i + 1) === LF) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === LF) lf++;
  }
  if (crlf === 0 && lf === 0 && cr === 0) return '\n';
  if (crlf >= lf && crlf >= cr) return '\r\n';
  return lf >= cr ? '\n' : '\r';
}

/**
 * Delimiter counts per non-blank record, outside quotes. Any of CR, LF, CRLF ends a record.
 * The last record is dropped when the sample does not end with a line break (it may be cut).
 */
function countsPerRecord(text: string, delimiter: number, quote: number): number[] {
  const counts: number[] = [];
  let count = 0;
  let fieldStart = true;
  let inQuotes = false;
  let blank = true;
  for (let i = 0; i < text.length && counts.length < MAX_RECORDS; i++) {
    const c = text.charCodeAt(i);
    if (inQuotes) {
      if (c === quote) {
        if (text.charCodeAt(i + 1) === quote) i++;
        else inQuotes = false;
      }
      continue;
    }
    if (c === quote && fieldStart) {
      inQuotes = true;
      fieldStart = false;
      blank = false;
      continue;
    }
    if (c === CR || c === LF) {
      if (c === CR && text.charCodeAt(i + 1) === LF) i++;
      if (!blank) counts.push(count);
      count = 0;
      fieldStart = true;
      blank = true;
      continue;
    }
    if (c === delimiter) {
      count++;
      fieldStart = true;
      blank = false;
      continue;
    }
    // spaces before an opening quote are tolerated (`a, "b"`)
    if (c !== 32) fieldStart = false;
    blank = false;
  }
  if (!blank && counts.length < MAX_RECORDS) {
    const last = text.charCodeAt(text.length - 1);
    const complete = last === CR || last === LF;
    // a sample that is the whole (small) file keeps its last record
    if (complete || counts.length === 0 || text.length < SAMPLE_CHARS) counts.push(count);
  }
  return counts;
}

interface Score {
  delimiter: string;
  consistency: number;
  mode: number;
}

function scoreOf(delimiter: string, counts: number[]): Score {
  const freq = new Map<number, number>();
  for (const n of counts) if (n > 0) freq.set(n, (freq.get(n) ?? 0) + 1);
  let mode = 0;
  let best = 0;
  for (const [n, f] of freq) {
    if (f > best || (f === best && n > mode)) {
      mode = n;
      best = f;
    }
  }
  return { delimiter, consistency: counts.length === 0 ? 0 : best / counts.length, mode };
}

const SINGLE_QUOTED_FIELD = /(?:^|[,;\t|])[ ]*'[^'\r\n]*'[ ]*(?=[,;\t|\r\n]|$)/gm;

/** `'` is the quote only when fields are visibly wrapped in it and `"` never appears. */
function detectQuote(text: string): string {
  if (text.includes('"')) return '"';
  const matches = text.match(SINGLE_QUOTED_FIELD);
  return matches !== null && matches.length >= 2 ? "'" : '"';
}

/**
 * Sniff the dialect of CSV text (pass the first ~64 KB of the decoded file; more is ignored).
 * A file with a single column (no candidate delimiter outside quotes) gets `,`.
 */
export function sniffDialect(text: string): Dialect {
  let sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if (sample.charCodeAt(0) === 0xfeff) sample = sample.slice(1);
  const quoteChar = detectQuote(sample);
  const quote = quoteChar.charCodeAt(0);
  const lineTerminator = detectLineTerminator(sample, quote);

  const scores = CANDIDATES.map((d) =>
    scoreOf(d, countsPerRecord(sample, d.charCodeAt(0), quote)),
  ).filter((s) => s.mode > 0);
  if (scores.length === 0) return { delimiter: ',', quoteChar, lineTerminator };
  const top = Math.max(...scores.map((s) => s.consistency));
  // near-equal consistency: the delimiter that splits records into more fields wins
  // (`kode;nama;alamat` with one comma inside every address); then the more consistent one
  // (`nama;0,38;0,45` rows under a `nama;rasio_a;rasio_b` header), then the order of CANDIDATES
  const close = scores.filter((s) => s.consistency >= top - 0.1);
  close.sort((a, b) => b.mode - a.mode || b.consistency - a.consistency);
  return { delimiter: (close[0] as Score).delimiter, quoteChar, lineTerminator };
}
