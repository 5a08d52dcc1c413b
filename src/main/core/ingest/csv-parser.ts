/**
 * A streaming CSV record parser for decoded text, written for speed on large files: fields are
 * found with `indexOf` (delimiter, line terminator, quote), never char by char, and only the
 * cells themselves are allocated.
 *
 * Rules (RFC 4180, lenient where real files need it):
 * - records end with the dialect's line terminator (`\n`, `\r\n` or `\r`); any other line break
 *   character is cell content (it still counts as a physical line for numbering);
 * - a field is quoted only when the quote is its first character; `""` inside is one quote;
 *   text between a closing quote and the next delimiter is kept as written (`"a"b` → `ab`);
 * - an empty line is a record of one empty cell; text after the last terminator is a record
 *   (a final terminator does not start an empty record);
 * - each record carries the physical line (1-based) where it starts.
 */
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

/** Count line breaks as an editor does (CRLF, LF and CR each one) in text[from, to). */
function countBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (i + 1 < to && text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}

/**
 * Parser state kept across pushes: the text of the record not yet complete and the line
 * where it starts. Delimiter and quote are single characters; the terminator one or two.
 */
export class CsvRecordParser {
  private readonly delim: string;
  private readonly delimCode: number;
  private readonly nl: string;
  private readonly quote: string;
  private readonly quoteCode: number;
  /** when the terminator is not `\n`, other break characters may sit inside unquoted cells */
  private readonly breaksOutsideQuotes: boolean;
  /** the start of a record not yet complete, in pieces not yet joined */
  private pieces: string[] = [];
  /** characters of `pieces` already known to hold no complete record */
  private restLen = 0;
  private newLen = 0;
  private nextLine = 1;

  constructor(
    dialect: CsvDialectChars,
    /** longest record (in characters) accepted before the input is refused */
    private readonly maxRecordChars = 16 * 1024 * 1024,
  ) {
    this.delim = dialect.delimiter;
    this.delimCode = dialect.delimiter.charCodeAt(0);
    this.nl = dialect.lineTerminator;
    this.quote = dialect.quoteChar;
    this.quoteCode = dialect.quoteChar === '' ? -1 : dialect.quoteChar.charCodeAt(0);
    this.breaksOutsideQuotes = dialect.lineTerminator !== '\n';
  }

  /** The physical line where the next record starts. */
  get line(): number {
    return this.nextLine;
  }

  /** Characters held back as the start of a record not yet complete. */
  get pending(): number {
    return this.restLen + this.newLen;
  }

  /**
   * Feed decoded text; returns the records it completes. While a long record is incomplete,
   * text is collected until it has at least doubled before the record is parsed again, so a
   * huge record costs linear time, not quadratic.
   */
  push(text: string): ParsedRecords {
    if (text.length === 0) return { records: [], lines: [] };
    this.pieces.push(text);
    this.newLen += text.length;
    if (
      this.restLen > 0 &&
      this.newLen < this.restLen &&
      this.restLen + this.newLen <= this.maxRecordChars
    ) {
      return { records: [], lines: [] };
    }
    return this.parse(this.take(), false);
  }

  /** End of input: returns the last record. */
  end(): ParsedRecords {
    if (this.restLen + this.newLen === 0) return { records: [], lines: [] };
    return this.parse(this.take(), true);
  }

  private take(): string {
    const s = this.pieces.length === 1 ? (this.pieces[0] as string) : this.pieces.join('');
    this.pieces = [];
    this.restLen = 0;
    this.newLen = 0;
    return s;
  }

  private parse(s: string, final: boolean): ParsedRecords {
    const records: string[][] = [];
    const lines: number[] = [];
    const len = s.length;
    const { delim, nl, quote, delimCode, quoteCode } = this;
    const nll = nl.length;
    const outside = this.breaksOutsideQuotes;
    // cached positions of the next delimiter / terminator / LF / CR at or after the cursor
    let nextDelim = s.indexOf(delim);
    let nextNl = s.indexOf(nl);
    let nextLf = -2;
    let nextCr = -2;
    const breakBefore = (from: number, to: number): boolean => {
      if (nextLf !== -1 && nextLf < from) nextLf = s.indexOf('\n', from);
      if (nextLf !== -1 && nextLf < to) return true;
      if (nextCr !== -1 && nextCr < from) nextCr = s.indexOf('\r', from);
      return nextCr !== -1 && nextCr < to;
    };
    let incompleteAt = -1;
    let openQuote = false;
    let pos = 0;

    outer: while (pos < len) {
      const recStart = pos;
      if (nextNl !== -1 && nextNl < pos) nextNl = s.indexOf(nl, pos);
      if (nextNl === -1 && !final) {
        incompleteAt = recStart;
        break;
      }
      const row: string[] = [];
      let breaks = 0;
      for (;;) {
        let value: string;
        if (s.charCodeAt(pos) === quoteCode) {
          const open = pos;
          value = '';
          let seg = open + 1;
          for (;;) {
            const q = s.indexOf(quote, seg);
            if (q === -1 || (q + 1 === len && !final)) {
              if (!final) {
                incompleteAt = recStart;
                openQuote = q === -1;
                break outer;
              }
              throw new CsvParseError('unterminated-quote', this.nextLine + breaks);
            }
            if (s.charCodeAt(q + 1) === quoteCode) {
              value += s.slice(seg, q + 1);
              seg = q + 2;
              continue;
            }
            value += s.slice(seg, q);
            if (breakBefore(open + 1, q)) breaks += countBreaks(s, open + 1, q);
            pos = q + 1;
            break;
          }
        } else {
          value = '';
        }
        // the (rest of the) field up to the next delimiter or terminator
        if (nextDelim !== -1 && nextDelim < pos) nextDelim = s.indexOf(delim, pos);
        if (nextNl !== -1 && nextNl < pos) nextNl = s.indexOf(nl, pos);
        let end = nextDelim !== -1 && (nextNl === -1 || nextDelim < nextNl) ? nextDelim : nextNl;
        if (end === -1) {
          if (!final) {
            incompleteAt = recStart;
            break outer;
          }
          end = len;
        }
        if (end > pos) {
          if (outside && breakBefore(pos, end)) breaks += countBreaks(s, pos, end);
          value = value === '' ? s.slice(pos, end) : value + s.slice(pos, end);
          pos = end;
        }
        row.push(value);
        if (pos >= len) break; // end of input (final)
        if (s.charCodeAt(pos) === delimCode) {
          pos++;
          continue;
        }
        pos += nll; // the terminator
        break;
      }
      records.push(row);
      lines.push(this.nextLine);
      this.nextLine += 1 + breaks;
    }

    if (incompleteAt !== -1) {
      const rest = incompleteAt === 0 ? s : s.slice(incompleteAt);
      if (rest.length > this.maxRecordChars) {
        throw new CsvParseError(openQuote ? 'unterminated-quote' : 'line-too-long', this.nextLine);
      }
      this.pieces = [rest];
      this.restLen = rest.length;
    }
    return { records, lines };
  }
}
