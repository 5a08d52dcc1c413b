/**
 * One record terminator for the parser, whatever a file mixes: CRLF and a lone CR outside
 * quoted fields become LF; text inside quoted fields stays exactly as written (a cell's own
 * line breaks are data). Files pasted together from Windows and Unix sources mix CRLF and LF;
 * parsed with one terminator, such a file would merge rows (`4\n5` in one cell) or keep a stray
 * CR at the end of the last cell. Any line break outside quotes ends a record, as spreadsheet
 * programs read such files.
 *
 * Quotes follow papaparse's rules, so the normaliser and the parser agree on what is quoted: a
 * quote opens a quoted field only at the start of a field; inside, a doubled quote is a literal
 * quote, and a quote closes the field only when spaces and then a delimiter, a line break or
 * the end of the text follow — any other quote is literal. Works on pieces of text as they are
 * decoded: what cannot be decided before the next piece (a quote or CR at the end of a piece)
 * is held back and handed out with it, or by `end()`.
 */
const CR = '\r';
const LF = '\n';
/** spaces after a quote held back at most (beyond, the quote is taken as literal text) */
const MAX_HELD_SPACES = 4096;

export class LineBreakNormaliser {
  private inQuotes = false;
  /** text held back from the previous piece, not yet decided */
  private carry = '';
  /** the character before the text to come (a field starts after a delimiter or a break) */
  private last = LF;

  constructor(
    private readonly quote: string,
    private readonly delimiter: string,
  ) {}

  push(piece: string): string {
    const text = this.carry.length > 0 ? this.carry + piece : piece;
    this.carry = '';
    return this.scan(text, false);
  }

  /** The held-back text: at the end of the input a quote closes and a CR is a line break. */
  end(): string {
    const text = this.carry;
    this.carry = '';
    return text.length > 0 ? this.scan(text, true) : '';
  }

  private scan(text: string, atEnd: boolean): string {
    const n = text.length;
    const q = this.quote;
    const hasCr = text.indexOf(CR) !== -1;
    const out: string[] = [];
    let from = 0;
    let i = 0;
    let stop = n;
    while (i < n) {
      if (this.inQuotes) {
        const j = text.indexOf(q, i);
        if (j === -1) break;
        let k = j + 1;
        if (k < n && text[k] === q) {
          i = k + 1;
          continue;
        }
        while (k < n && text[k] === ' ') k++;
        if (k === n && !atEnd && k - j <= MAX_HELD_SPACES) {
          // escaped, closing or literal: the next piece decides
          stop = j;
          break;
        }
        const next = text[k];
        if (k === n || next === this.delimiter || next === LF || next === CR) {
          this.inQuotes = false;
          i = k;
        } else i = j + 1;
        continue;
      }
      const jq = text.indexOf(q, i);
      const jr = hasCr ? text.indexOf(CR, i) : -1;
      if (jr !== -1 && (jq === -1 || jr < jq)) {
        if (jr + 1 === n && !atEnd) {
          // CR or CRLF: the next piece decides
          stop = jr;
          break;
        }
        out.push(text.slice(from, jr), LF);
        from = text[jr + 1] === LF ? jr + 2 : jr + 1;
        i = from;
        continue;
      }
      if (jq === -1) break;
      const before = jq === 0 ? this.last : text[jq - 1];
      if (before === this.delimiter || before === LF || before === CR) this.inQuotes = true;
      i = jq + 1;
    }
    if (stop < n) this.carry = text.slice(stop);
    if (stop > 0) this.last = text[stop - 1] as string;
    if (out.length === 0) return from === 0 && stop === n ? text : text.slice(from, stop);
    out.push(text.slice(from, stop));
    return out.join('');
  }
}
