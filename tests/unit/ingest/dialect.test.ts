import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sniffDialect } from '../../../src/main/core/ingest/dialect';
import { FIXTURES, parseCsv, readCsvFile, SAMPLES } from './helpers';

const text = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

describe('sniffDialect', () => {
  it.each([
    ['semicolon-decimal-comma.csv', ';', '\n'],
    ['tab.tsv', '\t', '\n'],
    ['pipe.csv', '|', '\n'],
    ['quoted-delimiters.csv', ',', '\n'],
    ['multiline-crlf.csv', ',', '\r\n'],
    ['cr-only.csv', ',', '\r'],
    ['two-row-header.csv', ';', '\r\n'],
    ['single-column.csv', ',', '\n'],
  ])('%s → delimiter %j, line terminator %j', (name, delimiter, lineTerminator) => {
    expect(sniffDialect(text(name))).toEqual({ delimiter, quoteChar: '"', lineTerminator });
  });

  it('ignores delimiters inside quoted fields', () => {
    const got = parseCsv(text('quoted-delimiters.csv'));
    expect(got.records[1]).toEqual(['Puskesmas A', 'Jl. Mulawarman, No. 5; RT 3', '0,38']);
    expect(got.records[3]).toEqual(['Puskesmas C', 'Jl. "Baru", Gg. 2', '1,05']);
  });

  it('prefers ; when decimal commas give , an equal count in the data rows', () => {
    const rows = Array.from({ length: 200 }, (_, i) => `Kec ${i};0,${i % 10};1,5`).join('\n');
    expect(sniffDialect(`kecamatan;a;b\n${rows}\n`).delimiter).toBe(';');
  });

  it('prefers the delimiter that splits into more fields when another appears once per record', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `${i};Budi;Jl. A, No. ${i}`).join('\n');
    expect(sniffDialect(`no;nama;alamat\n${rows}\n`).delimiter).toBe(';');
  });

  it('line terminators: multi-line quoted cells do not vote', () => {
    expect(sniffDialect('a,b\r\n1,"x\ny\nz"\r\n2,"p\nq"\r\n').lineTerminator).toBe('\r\n');
  });

  it('recognises single quotes only when fields are wrapped in them', () => {
    expect(sniffDialect("nama,alamat\n'Budi','Jl. A, 5'\n'Sari','Jl. B, 7'\n").quoteChar).toBe("'");
    expect(sniffDialect("nama,hari\nBudi,Jum'at\nSari,Jum'at\n").quoteChar).toBe('"');
  });

  it('handles empty text, a single line and a BOM', () => {
    expect(sniffDialect('')).toEqual({ delimiter: ',', quoteChar: '"', lineTerminator: '\n' });
    expect(sniffDialect('a;b;c')).toEqual({ delimiter: ';', quoteChar: '"', lineTerminator: '\n' });
    expect(sniffDialect('\ufeffa\tb\n1\t2\n').delimiter).toBe('\t');
  });

  it('a sample cut in the middle of a record does not count the cut record', () => {
    const head = 'a;b;c\n' + '1;2;3\n'.repeat(20000);
    const cut = head.slice(0, 64 * 1024 + 3);
    expect(sniffDialect(cut).delimiter).toBe(';');
  });

  it.each([
    ['penduduk-kecamatan-2023-2024.csv', ',', '\n'],
    ['sekolah-kelurahan-2024.csv', ';', '\r\n'],
    ['fasilitas-kesehatan-2024.csv', ',', '\n'],
    ['clean/jumlah-posyandu-kecamatan-2022-2024.csv', ',', '\n'],
  ])('sample %s → %j %j', (name, delimiter, lineTerminator) => {
    const got = readCsvFile(join(SAMPLES, name));
    expect(got.dialect).toEqual({ delimiter, quoteChar: '"', lineTerminator });
  });
});
