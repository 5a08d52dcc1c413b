// CsvRecordParser: RFC 4180 records with physical line numbers, fed in arbitrary pieces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CsvParseError,
  CsvRecordParser,
  oneLineEach,
  type CsvDialectChars,
} from '../../../src/main/core/ingest/csv-parser';

const COMMA: CsvDialectChars = { delimiter: ',', quoteChar: '"', lineTerminator: '\n' };
const CRLF: CsvDialectChars = { delimiter: ';', quoteChar: '"', lineTerminator: '\r\n' };
const CR: CsvDialectChars = { delimiter: ',', quoteChar: '"', lineTerminator: '\r' };

/** Parse text fed in pieces cut at the given offsets. */
function parse(text: string, dialect = COMMA, cuts: number[] = []): [string[][], number[]] {
  const p = new CsvRecordParser(dialect);
  const records: string[][] = [];
  const lines: number[] = [];
  let from = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < text.length)].sort((a, b) => a - b)) {
    const r = p.push(text.slice(from, cut));
    records.push(...r.records);
    lines.push(...r.lines);
    from = cut;
  }
  const r1 = p.push(text.slice(from));
  const r2 = p.end();
  records.push(...r1.records, ...r2.records);
  lines.push(...r1.lines, ...r2.lines);
  return [records, lines];
}

describe('oneLineEach (the line-numbering shortcut)', () => {
  it('holds only when every complete record is exactly one line', () => {
    expect(oneLineEach('a,b\n"c,d",e\nf', 12, 2, '\n')).toBe(true);
    // a quoted line break makes one record two lines
    expect(oneLineEach('a,"b\nc"\nd', 9, 1, '\n')).toBe(false);
    // a stray CR in an LF file counts as a line, as an editor shows it
    expect(oneLineEach('a\rb\nc\n', 6, 2, '\n')).toBe(false);
    expect(oneLineEach('a\r\nb\r\n', 6, 2, '\r\n')).toBe(true);
    expect(oneLineEach('a\nb\r\n', 5, 1, '\r\n')).toBe(false);
    expect(oneLineEach('a\rb\r', 4, 2, '\r')).toBe(true);
    expect(oneLineEach('a\nb\r', 4, 1, '\r')).toBe(false);
  });

  it('gives the same line numbers as looking into every cell, for any text', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ') });
    fc.assert(
      fc.property(
        fc.array(cell, { maxLength: 40 }),
        fc.constantFrom(COMMA, CRLF, CR),
        (parts, d) => {
          const text = parts.join(d.lineTerminator);
          try {
            const [, lines] = parse(text, d);
            const [, linesCut] = parse(text, d, [1, 3, 7, 20]);
            expect(linesCut).toEqual(lines);
            // physical lines never go backwards and start at 1
            if (lines.length > 0) expect(lines[0]).toBe(1);
            for (let i = 1; i < lines.length; i++)
              expect(lines[i] as number).toBeGreaterThan(lines[i - 1] as number);
          } catch (e) {
            if (!(e instanceof CsvParseError)) throw e;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('CsvRecordParser', () => {
  it('reads plain, quoted, escaped and empty fields', () => {
    const [records, lines] = parse('a,b,c\n1,"x, y","say ""hi"""\n,,\n"",""\n');
    expect(records).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', 'say "hi"'],
      ['', '', ''],
      ['', ''],
    ]);
    expect(lines).toEqual([1, 2, 3, 4]);
  });

  it('numbers records by the physical line where they start', () => {
    const [records, lines] = parse('h1,h2\n"two\nlines",x\n"three\r\nline\nend",y\nlast,z');
    expect(records).toEqual([
      ['h1', 'h2'],
      ['two\nlines', 'x'],
      ['three\r\nline\nend', 'y'],
      ['last', 'z'],
    ]);
    expect(lines).toEqual([1, 2, 4, 7]);
  });

  it('keeps an empty line as a record of one empty cell and adds none after the last break', () => {
    const [records, lines] = parse('a\n\nb\n');
    expect(records).toEqual([['a'], [''], ['b']]);
    expect(lines).toEqual([1, 2, 3]);
  });

  it('reads CRLF and CR terminators; breaks inside quotes stay in the cell and count as lines', () => {
    expect(parse('a;b\r\n1;"2\r\n3"\r\n4;5', CRLF)).toEqual([
      [
        ['a', 'b'],
        ['1', '2\r\n3'],
        ['4', '5'],
      ],
      [1, 2, 4],
    ]);
    expect(parse('a,b\r1,2\r', CR)).toEqual([
      [
        ['a', 'b'],
        ['1', '2'],
      ],
      [1, 2],
    ]);
  });

  it('ends a record at any line break outside quotes, whatever terminator was detected', () => {
    const want: [string[][], number[]] = [
      [
        ['a', 'b'],
        ['1', '2'],
        ['3', 'x\r\ny'],
        ['5', '6'],
        ['7', '8'],
      ],
      [1, 2, 3, 5, 6],
    ];
    // files pasted together from Windows (CRLF) and Unix (LF) sources, and an old Mac line (CR)
    const crlfFirst = 'a,b\r\n1,2\r\n3,"x\r\ny"\n5,6\r7,8\n';
    const lfFirst = 'a,b\n1,2\r\n3,"x\r\ny"\r\n5,6\n7,8\r\n';
    for (const text of [crlfFirst, lfFirst]) {
      for (const dialect of [COMMA, { ...CRLF, delimiter: ',' }, { ...CR }]) {
        expect(parse(text, dialect)).toEqual(want);
        // cut everywhere: between CR and LF, right after a quote, inside the quoted break
        for (let cut = 1; cut < text.length; cut++)
          expect(parse(text, dialect, [cut])).toEqual(want);
      }
    }
  });

  it('keeps a quote that does not open a field as text (papaparse semantics)', () => {
    expect(parse('ab,x"y,"z"\n')[0]).toEqual([['ab', 'x"y', 'z']]);
  });

  it('keeps a trailing delimiter as an empty last cell', () => {
    expect(parse('a,b,\n1,2,')[0]).toEqual([
      ['a', 'b', ''],
      ['1', '2', ''],
    ]);
  });

  it('gives the same records however the text is cut', () => {
    const text = 'k,"v\n""w""",z\r\n"",x\n\n"a,b",c,d\n1,2';
    const [whole, wholeLines] = parse(text);
    for (let i = 1; i < text.length; i++) {
      for (const j of [i + 1, i + 3]) {
        expect(parse(text, COMMA, [i, j])).toEqual([whole, wholeLines]);
      }
    }
  });

  it('refuses an unterminated quote, naming the line where it opened', () => {
    expect(() => parse('a,b\n1,2\n3,"open\nmore\n')).toThrow(CsvParseError);
    try {
      parse('a,b\n1,2\n3,"open\nmore\n');
    } catch (err) {
      expect(err).toMatchObject({ code: 'unterminated-quote', line: 3 });
    }
  });

  it('refuses a record longer than the limit while it is still incomplete', () => {
    const p = new CsvRecordParser(COMMA, 1000);
    p.push('a,b\n');
    expect(() => {
      for (let i = 0; i < 20; i++) p.push('x'.repeat(100));
    }).toThrow(expect.objectContaining({ code: 'line-too-long', line: 2 }));
    const q = new CsvRecordParser(COMMA, 1000);
    q.push('a,b\n1,"');
    expect(() => {
      for (let i = 0; i < 20; i++) q.push('y\n'.repeat(50));
    }).toThrow(expect.objectContaining({ line: 2 }));
  });

  it('round-trips any cells, written the RFC 4180 way and fed in any pieces', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r', '\0', 'é', '😀', ';'),
      maxLength: 8,
    });
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), {
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(
        table,
        fc.array(fc.nat(400), { maxLength: 6 }),
        fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 8, maxLength: 8 }),
        (rows, cuts, ends) => {
          // a record of one empty cell would be written as an empty line: quote it
          const write = (c: string, only: boolean): string =>
            /[",\n\r]/.test(c) || (only && c === '') ? `"${c.replace(/"/g, '""')}"` : c;
          // each record ends with its own terminator: LF, CRLF and CR mixed in one file
          const text = rows
            .map((r, k) => r.map((c) => write(c, r.length === 1)).join(',') + (ends[k] ?? '\n'))
            .join('');
          const [records, lines] = parse(text, COMMA, cuts);
          expect(records).toEqual(rows);
          let line = 1;
          const expected: number[] = [];
          for (const r of rows) {
            expected.push(line);
            const joined = r.join(',');
            line += 1 + (joined.match(/\r\n|\r|\n/g)?.length ?? 0);
          }
          expect(lines).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
