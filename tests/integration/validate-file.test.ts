// `validate FILE` reads a CSV twice with the import's parse loop and streams the second read
// into the validation worker, with no workspace. Its report must be exactly the report of
// `import` followed by `validate DATASET` — for the samples, for every detection case of the
// ingest fixtures, and for the shapes where the fast path encodes rows differently (ragged
// rows, cells holding the row separator U+001F, many batches).
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkbench, type Workbench } from '../../src/main/core/workbench';
import { setWorkerScriptDir } from '../../src/main/core/jobs/worker-scripts';
import { validateDataset } from '../../src/main/core/services/validation-handlers';
import { validateCsvFile } from '../../src/main/core/services/validate-file';
import type { Report } from '../../src/shared/model/finding';
import { SAMPLES, assertBuilt, satudata } from '../support/cli';

const OUT = resolve(__dirname, '..', '..', 'out', 'node');
const FIXTURES = resolve(__dirname, '..', 'fixtures', 'ingest');
const dir = mkdtempSync(join(tmpdir(), 'sdw-validate-file-'));
let wb: Workbench;

beforeAll(async () => {
  assertBuilt();
  setWorkerScriptDir(OUT);
  wb = await createWorkbench({ workspacePath: join(dir, 'ws.db'), host: 'cli' });
});
afterAll(() => {
  wb.close();
  setWorkerScriptDir(null);
});

type Metadata = { profile: string; doc: Record<string, unknown> };

async function viaWorkspace(path: string, metadata?: Metadata): Promise<Report> {
  const r = await wb.call('datasets:import', { source: { path } });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const run = await validateDataset(wb.context, r.value.id, metadata ? { metadata } : {});
  return run.report;
}

async function viaFile(path: string, metadata?: Metadata): Promise<Report | null> {
  return validateCsvFile(path, {
    reference: wb.context.reference(),
    referenceDir: wb.context.referenceDir,
    ...(metadata ? { metadata } : {}),
  });
}

function write(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

const csvFiles = [
  ...readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.csv'))
    .map((f) => join(SAMPLES, f)),
  ...readdirSync(join(SAMPLES, 'clean')).map((f) => join(SAMPLES, 'clean', f)),
  ...readdirSync(FIXTURES)
    .filter((f) => /\.(csv|tsv)$/.test(f))
    .map((f) => join(FIXTURES, f)),
];

describe('validate FILE without a workspace', () => {
  it.each(csvFiles)('gives the report of import + validate DATASET: %s', async (path) => {
    const file = await viaFile(path);
    expect(file).not.toBeNull();
    expect(file).toEqual(await viaWorkspace(path));
  });

  it('keeps ragged rows and cells holding the row separator exactly', async () => {
    const rows = ['kode_kecamatan,nama_kecamatan,tahun,jumlah_penduduk'];
    for (let i = 0; i < 200; i++) {
      if (i === 3)
        rows.push('64.71.01,Balikpapan Timur'); // short row
      else if (i === 7)
        rows.push('64.71.02,Balikpapan Barat,2024,5,lebih,lagi'); // long row
      else if (i === 11)
        rows.push('64.71.03,"Balik\u001fpapan",2024,7'); // U+001F in a cell
      else if (i === 13)
        rows.push(''); // blank line inside the data
      else rows.push(`64.71.0${1 + (i % 6)},Kecamatan ${i % 6},${2015 + (i % 9)},${i * 37}`);
    }
    const path = write('ragged.csv', rows.join('\n') + '\nSumber: BPS\n');
    const file = await viaFile(path);
    expect(file).toEqual(await viaWorkspace(path));
    expect(file?.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['baris-tidak-rata', 'baris-kosong']),
    );
  });

  it('streams many batches (backpressure) to the same report', async () => {
    const rows = ['kode_kabupaten_kota,kecamatan,tahun,jumlah,catatan'];
    for (let i = 0; i < 120_000; i++) {
      const note = i % 5 === 0 ? `"catatan, ke-${i}"` : '';
      rows.push(
        `64.7${1 + (i % 2)},Kec ${i % 40},${2000 + (i % 25)},${(i * 7919) % 99_991},${note}`,
      );
    }
    const path = write('besar.csv', rows.join('\r\n') + '\r\n');
    const file = await viaFile(path);
    expect(file).toEqual(await viaWorkspace(path));
  });

  it('checks the metadata document it is given, as validate DATASET does', async () => {
    const path = join(SAMPLES, 'penduduk-kecamatan-2023-2024.csv');
    const metadata = { profile: 'sdi-dataset', doc: { judul: 'Penduduk per kecamatan' } };
    const file = await viaFile(path, metadata);
    expect(file).toEqual(await viaWorkspace(path, metadata));
    const meta = file?.findings.filter((f) => f.category === 'metadata') ?? [];
    expect(meta.map((f) => f.code)).not.toContain('metadata-tidak-ada');
    expect(meta.some((f) => (f.message ?? '').includes("'judul'"))).toBe(false);
    expect(meta.some((f) => (f.message ?? '').includes("'deskripsi'"))).toBe(true);
  });

  it('leaves XLSX to the workspace path', async () => {
    const xlsx = readdirSync(SAMPLES).find((f) => f.endsWith('.xlsx'));
    expect(xlsx).toBeDefined();
    expect(await viaFile(join(SAMPLES, xlsx as string))).toBeNull();
  });
});

describe('satudata validate FILE --metadata', () => {
  it('checks the given document instead of reporting missing metadata', () => {
    const meta = write('meta.json', JSON.stringify({ judul: 'Penduduk per kecamatan' }));
    const target = join(SAMPLES, 'penduduk-kecamatan-2023-2024.csv');
    for (const file of [target, join(SAMPLES, 'sekolah-dasar-dalam-angka-2024.xlsx')]) {
      const r = satudata(['validate', file, '--metadata', meta, '--format', 'json']);
      expect(r.code, r.stderr).toBe(1);
      const report = JSON.parse(r.stdout) as Report;
      const codes = report.findings.filter((f) => f.category === 'metadata').map((f) => f.code);
      expect(codes).not.toContain('metadata-tidak-ada');
      expect(codes).toContain('metadata-tidak-valid');
    }
  });
});
