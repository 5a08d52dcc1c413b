/**
 * Streaming CSV records with physical line numbers, on papaparse's own parser (text only, never
 * dynamicTyping). Decoded text is pushed in pieces; each push returns the records it completes.
 * papaparse parses with `ignoreLastRow`, so a record cut by a piece boundary (or an open quoted
 * field) is held back and parsed again with the next piece — exactly as papaparse's own chunk
 * streamer does. A record still incomplete waits until the new text at least doubles it before it
 * is parsed again, so a huge record costs linear time, not quadratic; beyond `maxRecordChars` it is
 * refused.
 *
 * Line numbers: a record starts one line after the previous record plus the line breaks inside
 * its cells (CRLF, LF and CR each count one, as an editor shows them).
 *
 * Record terminators: whatever the file mixes (CRLF, LF, CR), the text is handed to papaparse
 * with LF between records (line-breaks.ts); breaks inside quoted cells stay as written.
 */
import Papa from 'papaparse';
import { LineBreakNormaliser } from './line-breaks';

export interface CsvDialectChars {
  delimiter: string;
  quoteChar: string;
  lineTerminator: string;
}

export type CsvParseErrorCode = 'unterminated-quote' | 'line-too-long';

export class CsvParseError extends Error {
  constructor(
    readonly code: CsvParseErrorCode,
    /** physical line where the offending record starts */
    readonly line: number,
  ) {
    super(`${code} at line ${line}`);
  }
}

export interface ParsedRecords {
  records: string[][];
  lines: number[];
}

/** Line breaks inside one cell, counted as an editor does. */
function breaksIn(cell: string): number {
  if (cell.indexOf('\n') === -1 && cell.indexOf('\r') === -1) return 0;
  let n = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (i + 1 < cell.length && cell.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}

/** Occurrences of `ch` in `s[0, end)`. */
function countOf(s: string, ch: string, end: number): number {
  let n = 0;
  for (let i = s.indexOf(ch); i !== -1 && i < end; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/**
 * True when the `count` complete records in `s[0, end)` are one physical line each: the text
 * holds exactly one line terminator per record and no other line-break character, so no cell
 * holds a line break. Lets the common case skip looking into every cell.
 */
export function oneLineEach(s: string, end: number, count: number, terminator: string): boolean {
  if (terminator === '\n') return countOf(s, '\n', end) === count && countOf(s, '\r', end) === 0;
  if (terminator === '\r') return countOf(s, '\r', end) === count && countOf(s, '\n', end) === 0;
  if (terminator === '\r\n')
    return (
      countOf(s, '\r\n', end) === count &&
      countOf(s, '\n', end) === count &&
      countOf(s, '\r', end) === count
    );
  return false;
}

const EMPTY: ParsedRecords = { records: [], lines: [] };

export class CsvRecordParser {
  private readonly config: Papa.ParseConfig;
  private readonly breaks: LineBreakNormaliser;
  private rest = '';
  private pieces: string[] = [];
  private newLen = 0;
  private nextLine = 1;

  constructor(
    dialect: CsvDialectChars,
    private readonly maxRecordChars = Number.POSITIVE_INFINITY,
  ) {
    this.breaks = new LineBreakNormaliser(dialect.quoteChar, dialect.delimiter);
    this.config = {
      delimiter: dialect.delimiter,
      newline: '\n',
      quoteChar: dialect.quoteChar,
      escapeChar: dialect.quoteChar,
      dynamicTyping: false,
    };
  }

  /** The physical line where the next record starts. */
  get line(): number {
    return this.nextLine;
  }

  /** Characters held back as the start of a record not yet complete. */
  get pending(): number {
    return this.rest.length + this.newLen;
  }

  push(piece: string): ParsedRecords {
    const text = this.breaks.push(piece);
    if (text.length === 0) return EMPTY;
    this.pieces.push(text);
    this.newLen += text.length;
    const held = this.rest.length;
    if (held > 0 && this.newLen < held && held + this.newLen <= this.maxRecordChars) return EMPTY;
    const s = this.rest + this.pieces.join('');
    this.pieces = [];
    this.newLen = 0;
    const r = new Papa.Parser(this.config).parse(s, 0, true) as Papa.ParseResult<string[]>;
    this.rest = s.slice(r.meta.cursor);
    if (this.rest.length > this.maxRecordChars)
      throw new CsvParseError('line-too-long', this.nextLine + this.linesOf(r.data));
    if (oneLineEach(s, r.meta.cursor, r.data.length, '\n')) return this.numberOneLineEach(r.data);
    return this.number(r.data);
  }

  /** End of input: the last record (without a final line terminator), or an open quote. */
  end(): ParsedRecords {
    const s = this.rest + this.pieces.join('') + this.breaks.end();
    this.rest = '';
    this.pieces = [];
    this.newLen = 0;
    if (s.length === 0) return EMPTY;
    // complete records first (as push does), then the last one without its terminator — a
    // final terminator never makes an empty record
    const done = new Papa.Parser(this.config).parse(s, 0, true) as Papa.ParseResult<string[]>;
    const tail = s.slice(done.meta.cursor);
    const first = this.number(done.data);
    if (tail.length === 0) return first;
    const r = new Papa.Parser(this.config).parse(tail, 0, false) as Papa.ParseResult<string[]>;
    if (r.errors.some((e) => e.code === 'MissingQuotes')) {
      throw new CsvParseError('unterminated-quote', this.nextLine);
    }
    const last = this.number(r.data);
    return { records: [...first.records, ...last.records], lines: [...first.lines, ...last.lines] };
  }

  private linesOf(records: readonly string[][]): number {
    let n = 0;
    for (const rec of records) {
      n++;
      for (const cell of rec) n += breaksIn(cell);
    }
    return n;
  }

  /** Every record is one physical line (see oneLineEach): line numbers simply count up. */
  private numberOneLineEach(records: string[][]): ParsedRecords {
    const lines = new Array<number>(records.length);
    for (let r = 0; r < records.length; r++) lines[r] = this.nextLine++;
    return { records, lines };
  }

  private number(records: string[][]): ParsedRecords {
    const lines = new Array<number>(records.length);
    for (let r = 0; r < records.length; r++) {
      lines[r] = this.nextLine;
      let breaks = 0;
      const rec = records[r] as string[];
      for (let c = 0; c < rec.length; c++) breaks += breaksIn(rec[c] as string);
      this.nextLine += 1 + breaks;
    }
    return { records, lines };
  }
}
