/** Test helpers: read a CSV file the way the import pipeline does (decode, sniff, parse). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Dialect } from '../../../src/shared/model/dataset';
import { createDecoder, detectEncoding } from '../../../src/main/core/ingest/encoding';
import { sniffDialect } from '../../../src/main/core/ingest/dialect';

export const SAMPLES = join(__dirname, '../../../../shared/samples');
export const FIXTURES = join(__dirname, '../../fixtures/ingest');

export interface ParsedCsv {
  text: string;
  dialect: Dialect;
  records: string[][];
  /** physical line where each record starts */
  lines: number[];
}

/** Parse decoded CSV text into records with the physical line where each starts. */
export function parseCsv(text: string, dialect: Dialect = sniffDialect(text)): ParsedCsv {
  const records: string[][] = [];
  const lines: number[] = [];
  let line = 1;
  let offset = 0;
  const countBreaks = (from: number, to: number): number => {
    let n = 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) n++;
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) n++;
    }
    return n;
  };
  Papa.parse<string[]>(text, {
    delimiter: dialect.delimiter,
    quoteChar: dialect.quoteChar,
    newline: dialect.lineTerminator as '\n' | '\r\n' | '\r',
    skipEmptyLines: false,
    step: (res) => {
      const end = res.meta.cursor;
      records.push(res.data);
      lines.push(line);
      line += countBreaks(offset, end);
      offset = end;
    },
  });
  // a trailing empty record after the final line break is not a record
  const last = records[records.length - 1];
  if (last && last.length === 1 && last[0] === '') {
    records.pop();
    lines.pop();
  }
  return { text, dialect, records, lines };
}

/** Read a file: detect its encoding, decode it and parse it. */
export function readCsvFile(path: string): ParsedCsv & { encoding: string } {
  const bytes = readFileSync(path);
  const { encoding } = detectEncoding(bytes);
  const dec = createDecoder(encoding);
  const text = dec.write(bytes) + dec.end();
  return { ...parseCsv(text), encoding };
}
