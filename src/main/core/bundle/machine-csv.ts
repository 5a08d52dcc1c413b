/**
 * Reading the bundle's machine CSV strictly: fields are either plain (no `,` `"` CR LF) or quoted
 * with doubled quotes, every record ends with CRLF, nothing else is accepted. The caller
 * re-encodes every record with the writer's own encoder and hashes it: when that hash equals the
 * file's, the file was canonical and the parse exact (no ambiguity left for a hostile file).
 * Streaming, with a cap on the size of one record; the lines file is read the same way.
 */
import { closeSync, openSync, readSync } from 'node:fs';

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

/** Longest record accepted (characters), as the importer's line limit. */
export const MAX_RECORD_CHARS = 16 * 1024 * 1024;

/** Parser states. */
const S = { Start: 0, Unquoted: 1, Quoted: 2, QuoteInQuoted: 3, AfterCr: 4 } as const;
type State = (typeof S)[keyof typeof S];

export class CsvFormatError extends Error {
  constructor(
    message: string,
    readonly messageEn: string,
    readonly record: number,
  ) {
    super(message);
  }
}

export class MachineCsvParser {
  private state: State = S.Start;
  private field = '';
  private record: string[] = [];
  private inRecord = false;
  private chars = 0;
  /** records completed so far (1 = the header) */
  count = 0;

  private fail(id: string, en: string): never {
    throw new CsvFormatError(id, en, this.count + 1);
  }

  private endField(): void {
    this.record.push(this.field);
    this.field = '';
  }

  /** Feed decoded text; complete records go to `emit` in order. */
  push(text: string, emit: (record: string[]) => void): void {
    const n = text.length;
    let i = 0;
    let run = this.state === S.Unquoted || this.state === S.Quoted ? 0 : -1;
    while (i < n) {
      const c = text.charCodeAt(i);
      switch (this.state) {
        case S.Start:
          this.inRecord = true;
          if (c === QUOTE) {
            this.state = S.Quoted;
            run = i + 1;
          } else if (c === COMMA) {
            this.endField();
          } else if (c === CR) {
            this.endField();
            this.state = S.AfterCr;
          } else if (c === LF) {
            this.fail('baris diakhiri LF tanpa CR', 'a line ends in LF without CR');
          } else {
            this.state = S.Unquoted;
            run = i;
          }
          i++;
          break;
        case S.Unquoted: {
          let j = i;
          let d = c;
          while (j < n) {
            d = text.charCodeAt(j);
            if (d === COMMA || d === CR || d === LF || d === QUOTE) break;
            j++;
          }
          this.chars += j - i;
          i = j;
          if (j === n) break;
          this.field += text.slice(run, j);
          run = -1;
          if (d === COMMA) {
            this.endField();
            this.state = S.Start;
          } else if (d === CR) {
            this.endField();
            this.state = S.AfterCr;
          } else if (d === QUOTE) {
            this.fail(
              'tanda kutip di tengah nilai tanpa kutip',
              'a quote inside an unquoted value',
            );
          } else {
            this.fail('baris diakhiri LF tanpa CR', 'a line ends in LF without CR');
          }
          i++;
          break;
        }
        case S.Quoted: {
          const j = text.indexOf('"', i);
          const end = j === -1 ? n : j;
          this.chars += end - i;
          i = end;
          if (j === -1) break;
          this.field += text.slice(run, j);
          run = -1;
          this.state = S.QuoteInQuoted;
          i++;
          break;
        }
        case S.QuoteInQuoted:
          if (c === QUOTE) {
            this.field += '"';
            this.state = S.Quoted;
            run = i + 1;
          } else if (c === COMMA) {
            this.endField();
            this.state = S.Start;
          } else if (c === CR) {
            this.endField();
            this.state = S.AfterCr;
          } else {
            this.fail('karakter setelah kutip penutup', 'a character after a closing quote');
          }
          i++;
          break;
        case S.AfterCr:
          if (c !== LF) this.fail('CR tanpa LF', 'CR without LF');
          emit(this.record);
          this.count++;
          this.record = [];
          this.inRecord = false;
          this.chars = 0;
          this.state = S.Start;
          i++;
          break;
      }
      if (this.chars > MAX_RECORD_CHARS) {
        this.fail(
          'satu baris lebih dari 16 juta karakter',
          'one row is over 16 million characters',
        );
      }
    }
    if (run !== -1 && (this.state === S.Unquoted || this.state === S.Quoted)) {
      this.field += text.slice(run);
    }
  }

  /** The input ended: it must end right after a record's CRLF. */
  end(): void {
    if (this.state !== S.Start || this.inRecord) {
      this.fail(
        'baris terakhir tidak diakhiri CRLF atau ada kutip yang tidak ditutup',
        'the last row does not end in CRLF or a quote is not closed',
      );
    }
  }
}

/** Push parser for the lines file: one positive decimal per line, each ending in `\n`. */
export class LinesParser {
  private pending = '';
  count = 0;

  push(text: string, emit: (line: number) => void): void {
    const s = this.pending + text;
    let from = 0;
    for (;;) {
      const nl = s.indexOf('\n', from);
      if (nl === -1) break;
      emit(this.parse(s.slice(from, nl)));
      from = nl + 1;
    }
    this.pending = s.slice(from);
    if (this.pending.length > 20) this.parse(this.pending);
  }

  private parse(t: string): number {
    if (!/^[1-9][0-9]{0,15}$/.test(t)) {
      throw new CsvFormatError(
        `nomor baris ke-${this.count + 1} tidak sah`,
        `line number ${this.count + 1} is not valid`,
        this.count + 1,
      );
    }
    const v = Number(t);
    if (!Number.isSafeInteger(v)) {
      throw new CsvFormatError(
        `nomor baris ke-${this.count + 1} terlalu besar`,
        `line number ${this.count + 1} is too large`,
        this.count + 1,
      );
    }
    this.count++;
    return v;
  }

  end(): void {
    if (this.pending !== '') {
      throw new CsvFormatError(
        'baris terakhir berkas nomor baris tidak diakhiri LF',
        'the last line of the lines file does not end in LF',
        this.count + 1,
      );
    }
  }
}

/** Pull reader for an extracted lines file (already verified): the next line number per call. */
export class LineNumberReader {
  private readonly fd: number;
  private readonly buf = Buffer.alloc(64 * 1024);
  private queue: number[] = [];
  private at = 0;
  private readonly parser = new LinesParser();
  private done = false;

  constructor(path: string) {
    this.fd = openSync(path, 'r');
  }

  next(): number {
    while (this.at >= this.queue.length) {
      if (this.done) throw new Error('lines file ended early');
      const n = readSync(this.fd, this.buf, 0, this.buf.length, null);
      this.queue = [];
      this.at = 0;
      if (n === 0) {
        this.done = true;
        this.parser.end();
        continue;
      }
      // digits and LF only: a chunk boundary never splits a character
      this.parser.push(this.buf.toString('latin1', 0, n), (line) => this.queue.push(line));
    }
    return this.queue[this.at++] as number;
  }

  close(): void {
    closeSync(this.fd);
  }
}
