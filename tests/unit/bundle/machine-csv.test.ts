// The bundle's strict CSV reader: the exact inverse of the machine-CSV writer, whatever the chunk
// boundaries, and a refusal for anything the writer would not have written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeCsvRow } from '../../../src/main/core/export/csv-writer';
import {
  CsvFormatError,
  LinesParser,
  MachineCsvParser,
} from '../../../src/main/core/bundle/machine-csv';

function parseInChunks(text: string, size: number): string[][] {
  const p = new MachineCsvParser();
  const out: string[][] = [];
  for (let i = 0; i < text.length; i += size) p.push(text.slice(i, i + size), (r) => out.push(r));
  p.end();
  return out;
}

const encode = (rows: string[][]): string => rows.map((r) => encodeCsvRow(r, ',', '\r\n')).join('');

describe('MachineCsvParser', () => {
  it('reads quoted delimiters, doubled quotes, line breaks and empty fields', () => {
    const rows = [
      ['a', 'b', 'c'],
      ['x,y', 'say "hi"', 'two\r\nlines'],
      ['', '', ''],
      ['"', ',', '\n'],
    ];
    for (const size of [1, 2, 3, 7, 1000]) expect(parseInChunks(encode(rows), size)).toEqual(rows);
  });

  it('reads a one-column record holding an empty value ("")', () => {
    expect(parseInChunks('v\r\n""\r\nb\r\n', 1)).toEqual([['v'], [''], ['b']]);
  });

  it('round-trips any table the writer encodes, at any chunk size', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', ',', '"', '\r', '\n', ' ', '✓') });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((w) =>
          fc.array(fc.array(cell, { minLength: w, maxLength: w }), {
            minLength: 1,
            maxLength: 8,
          }),
        ),
        fc.integer({ min: 1, max: 9 }),
        (rows, size) => {
          expect(parseInChunks(encode(rows), size)).toEqual(rows);
        },
      ),
    );
  });

  it.each([
    ['a\nb\r\n', /LF without CR/],
    ['a,b"c\r\n', /quote inside an unquoted value/],
    ['"a"b\r\n', /after a closing quote/],
    ['a\rb\r\n', /CR without LF/],
    ['a,b', /does not end in CRLF/],
    ['"open\r\n', /quote is not closed/],
  ])('refuses %j', (text, message) => {
    let err: unknown;
    try {
      parseInChunks(text, 2);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CsvFormatError);
    expect((err as CsvFormatError).messageEn).toMatch(message);
  });
});

describe('LinesParser', () => {
  it('reads one positive line number per line across chunks', () => {
    const p = new LinesParser();
    const got: number[] = [];
    for (const chunk of ['2\n1', '0\n', '12345\n']) p.push(chunk, (n) => got.push(n));
    p.end();
    expect(got).toEqual([2, 10, 12345]);
  });

  it.each(['0\n', '-1\n', '1.5\n', '01\n', '7', '99999999999999999\n'])('refuses %j', (text) => {
    const p = new LinesParser();
    expect(() => {
      p.push(text, () => undefined);
      p.end();
    }).toThrow(CsvFormatError);
  });
});
