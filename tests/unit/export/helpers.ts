/** Shared builders for the export tests: ExportSource from rows or from a CSV fixture. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { Parser, type Literal, type Quad, type Term } from 'n3';
import type { ExportColumn, ExportSource } from '../../../src/shared/model/export';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/export');

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function parseCsv(text: string, delimiter = ','): string[][] {
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const rows = result.data;
  // papaparse yields a trailing [''] for the final line end
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === '') rows.pop();
  return rows;
}

export function sourceFrom(
  columns: ExportColumn[],
  rows: string[][],
  extra: Partial<ExportSource> = {},
): ExportSource {
  return {
    dataset: {
      id: '3f2b8c1e-9a4d-4e7b-8f00-1234567890ab',
      name: 'jumlah-posyandu-kecamatan-2022-2024',
      fileName: 'jumlah-posyandu-kecamatan-2022-2024.csv',
      version: 3,
      importedAt: '2025-01-15T08:30:00.000Z',
      rowCount: rows.length,
      encoding: 'utf-8',
      sha256: 'a'.repeat(64),
    },
    columns,
    rows: async function* () {
      for (const r of rows) yield r;
    },
    ...extra,
  };
}

/** The clean Balikpapan posyandu sample with typed columns. */
export function posyanduSource(
  withMetadata = true,
  extra: Partial<ExportSource> = {},
): ExportSource {
  const [header = [], ...rows] = parseCsv(fixtureText('posyandu.csv'));
  const types: Record<string, ExportColumn['type']> = {
    kode_provinsi: 'region-code',
    kode_kabupaten_kota: 'region-code',
    kode_kecamatan: 'region-code',
    jumlah_posyandu: 'integer',
    satuan: 'category',
    tahun: 'year',
  };
  const levels: Record<string, string> = {
    kode_provinsi: 'provinsi',
    kode_kabupaten_kota: 'kabupaten_kota',
    kode_kecamatan: 'kecamatan',
  };
  const columns: ExportColumn[] = header.map((name) => {
    const c: ExportColumn = { name, label: name.replace(/_/g, ' ') };
    const type = types[name] ?? 'text';
    c.type = type;
    const level = levels[name];
    if (level) c.reference = { system: 'kemendagri', level };
    if (name === 'jumlah_posyandu') {
      c.description = 'Banyaknya posyandu aktif';
      c.unit = 'unit';
      c.constraints = { required: true, minimum: 0 };
    }
    return c;
  });
  const metadata = withMetadata
    ? (JSON.parse(fixtureText('posyandu-metadata.json')) as Record<string, unknown>)
    : undefined;
  return sourceFrom(columns, rows, {
    ...(metadata ? { metadata } : {}),
    primaryKey: ['kode_kecamatan', 'tahun'],
    ...extra,
  });
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'satudata-export-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** N-Triples-like strings of parsed quads, for set comparisons. */
export function quadKeys(quads: readonly Quad[]): Set<string> {
  return new Set(
    quads.map((q) => `${termKey(q.subject)} ${termKey(q.predicate)} ${termKey(q.object)}`),
  );
}

function termKey(t: Term): string {
  if (t.termType === 'Literal') {
    const lit = t as Literal;
    return lit.language
      ? `"${lit.value}"@${lit.language}`
      : `"${lit.value}"^^<${lit.datatype.value}>`;
  }
  return `<${t.value}>`;
}

export function parseTurtle(text: string, baseIRI?: string): Quad[] {
  return new Parser(baseIRI ? { baseIRI } : {}).parse(text);
}

export function parseNQuads(text: string): Quad[] {
  return new Parser({ format: 'N-Quads' }).parse(text);
}
