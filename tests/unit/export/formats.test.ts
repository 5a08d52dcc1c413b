import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXPORT_UNITS, exportDataset } from '../../../src/main/core/export/formats';
import {
  EXPORT_FORMAT_CODES,
  EXPORT_FORMATS,
  exportFormatInfo,
  type ExportFormatCode,
} from '../../../src/shared/model/export';
import { parseCsv, parseTurtle, posyanduSource, tempDir } from './helpers';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

const TARGETS: Record<ExportFormatCode, string> = {
  csv: 'out.csv',
  xlsx: 'out.xlsx',
  json: 'out.json',
  datapackage: 'out.zip',
  ckan: 'ckan.json',
  dcat: 'dcat.jsonld',
  'dcat-ttl': 'dcat.ttl',
  schemaorg: 'schema.jsonld',
  pod: 'data.json',
};

describe('format registry', () => {
  it('has one unit per listed format, and says which formats are guarded', () => {
    expect(Object.keys(EXPORT_UNITS).sort()).toEqual([...EXPORT_FORMAT_CODES].sort());
    expect(EXPORT_FORMATS.map((f) => f.code)).toEqual([...EXPORT_FORMAT_CODES]);
    const guarded = EXPORT_FORMATS.filter((f) => f.neutralizesFormulas).map((f) => f.code);
    expect(guarded).toEqual(['csv', 'xlsx']);
    for (const f of EXPORT_FORMATS) {
      expect(f.kind === 'spreadsheet').toBe(f.neutralizesFormulas);
      expect(f.note.length).toBeGreaterThan(0);
      expect(f.noteEn.length).toBeGreaterThan(0);
    }
    expect(() => exportFormatInfo('pdf' as ExportFormatCode)).toThrow();
  });

  it.each(EXPORT_FORMAT_CODES)('%s exports a dataset without any metadata', async (code) => {
    const path = join(tmp.dir, TARGETS[code]);
    const result = await exportDataset(code, posyanduSource(false), path);
    expect(result.format).toBe(code);
    expect(result.path).toBe(path);
    expect(result.bytes).toBe(statSync(path).size);
    const kind = exportFormatInfo(code).kind;
    expect(result.rows).toBe(kind === 'metadata' ? 0 : 18);
    if (code === 'csv' || code === 'json') expect(result.warnings).toEqual([]);
    else expect(result.warnings.map((w) => w.field)).toContain('judul');
    const text = readFileSync(path, 'utf8');
    if (path.endsWith('.json') || path.endsWith('.jsonld'))
      expect(() => JSON.parse(text) as unknown).not.toThrow();
    if (code === 'dcat-ttl') expect(parseTurtle(text, 'file:///x/').length).toBeGreaterThan(10);
  });

  it('the spreadsheet CSV is guarded, the JSON is not', async () => {
    const source = posyanduSource(true);
    const original = source.rows;
    source.rows = async function* () {
      for await (const row of original()) yield row.map((v, i) => (i === 5 ? `=${v}` : v));
    };
    await exportDataset('csv', source, join(tmp.dir, 'a.csv'), {
      csv: { delimiter: ';', bom: true },
    });
    await exportDataset('json', source, join(tmp.dir, 'a.json'));
    const csvText = readFileSync(join(tmp.dir, 'a.csv'), 'utf8');
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    expect(parseCsv(csvText.slice(1), ';')[1]?.[5]).toBe("'=Balikpapan Timur");
    const json = JSON.parse(readFileSync(join(tmp.dir, 'a.json'), 'utf8')) as Record<
      string,
      string
    >[];
    expect(json[0]?.['nama_kecamatan']).toBe('=Balikpapan Timur');
  });

  it('writes a Data Package folder when the path does not end in .zip', async () => {
    const path = join(tmp.dir, 'paket');
    const result = await exportDataset('datapackage', posyanduSource(true), path);
    expect(statSync(join(path, 'datapackage.json')).isFile()).toBe(true);
    expect(result.sha256).toBeUndefined();
  });

  it('fills column titles and definitions from metadata.kolom', async () => {
    const path = join(tmp.dir, 'kolom');
    await exportDataset('datapackage', posyanduSource(true), path);
    const descriptor = JSON.parse(readFileSync(join(path, 'datapackage.json'), 'utf8')) as {
      resources: { schema: { fields: { name: string; title?: string; description?: string }[] } }[];
    };
    const field = descriptor.resources[0]?.schema.fields.find((f) => f.name === 'nama_kecamatan');
    expect(field).toEqual({
      name: 'nama_kecamatan',
      type: 'string',
      title: 'Nama Kecamatan',
      description: 'Nama kecamatan menurut Kemendagri',
    });
  });

  it('refuses an unknown format with a user-input error', async () => {
    await expect(
      exportDataset('pdf' as ExportFormatCode, posyanduSource(true), join(tmp.dir, 'x.pdf')),
    ).rejects.toMatchObject({ kind: 'user-input', code: 'unknown-export-format' });
  });
});
