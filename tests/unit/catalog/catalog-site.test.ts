/**
 * The static catalog site: access rule (no files, no links, no preview for withheld datasets),
 * personal-data columns never in previews, every value escaped, offline and CSP, atomic swap.
 */
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  mkdirSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCatalog } from '../../../src/main/core/catalog';
import { AppError } from '../../../src/shared/errors';
import { sampleEntries, XSS_ID } from '../../fixtures/catalog/sample-entries';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'katalog-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

async function build() {
  const sample = sampleEntries();
  const outDir = join(root, 'katalog');
  const result = await generateCatalog(sample.entries, {
    outDir,
    format: 'html',
    organisation: 'Dinas Komunikasi dan Informatika Kota Balikpapan',
    generatedAt: '2025-03-12T02:00:00Z',
  });
  return { ...sample, outDir, result };
}

const ALLOWED = ['7f1c2a9e-0b1d-4c55-9a61-3d2f8e4b6a01', 'posyandu-2022-2024', XSS_ID];
const WITHHELD = [
  'bansos-2024',
  'rsud-rawat-inap',
  'sekolah-kelurahan-2024',
  'fasilitas-kesehatan-2024',
];

function pageOf(outDir: string, title: RegExp): string {
  const dir = join(outDir, 'dataset');
  for (const name of readdirSync(dir)) {
    const text = readFileSync(join(dir, name), 'utf8');
    if (title.test(text)) return text;
  }
  throw new Error(`no page for ${title}`);
}

describe('generateCatalog html', () => {
  it('writes the index, one page per dataset, assets and the catalog tables', async () => {
    const { outDir, result, entries } = await build();
    const files = walk(outDir).map((p) => relative(outDir, p));
    expect(files).toEqual(
      expect.arrayContaining([
        'index.html',
        'gaya.css',
        'katalog.js',
        'daftar-data.csv',
        'daftar-data.xlsx',
        'katalog.jsonld',
        'katalog.ttl',
      ]),
    );
    expect(files.filter((f) => f.startsWith('dataset/'))).toHaveLength(entries.length);
    expect(result.files.map((f) => relative(outDir, f)).sort()).toEqual(files.sort());
    // no temporary folder left beside it
    expect(readdirSync(root)).toEqual(['katalog']);
  });

  it('writes files only for Terbuka datasets without privacy findings', async () => {
    const { writes, outDir } = await build();
    expect([...new Set(writes.map((w) => w.datasetId))].sort()).toEqual([...ALLOWED].sort());
    for (const id of WITHHELD) expect(writes.some((w) => w.datasetId === id)).toBe(false);
    const berkas = readdirSync(join(outDir, 'berkas')).sort();
    expect(berkas).toHaveLength(ALLOWED.length);
  });

  it('never links files, nor shows preview or chart, of a withheld dataset', async () => {
    const { outDir } = await build();
    const cases: [RegExp, string][] = [
      [/Daftar Penerima Bantuan Sosial/, 'Terbatas'],
      [/Data Pasien Rawat Inap/, 'Tertutup'],
      [/Jumlah Sekolah Menurut Kelurahan/, 'temuan data pribadi'],
      [/Fasilitas Kesehatan 2024/, 'belum diklasifikasikan'],
    ];
    for (const [title, reason] of cases) {
      const page = pageOf(outDir, title);
      expect(page).not.toMatch(/href="[^"]*berkas\//);
      expect(page).not.toContain('class="pratinjau"');
      expect(page).not.toContain('<svg class="grafik"');
      expect(page.toLowerCase()).toContain(reason.toLowerCase());
    }
    // withheld data values never appear anywhere in the site
    const all = walk(outDir)
      .filter((p) => /\.(html|js|csv|jsonld|ttl)$/.test(p))
      .map((p) => readFileSync(p, 'utf8'))
      .join('\n');
    for (const secret of ['Siti Aminah', 'Demam berdarah', 'Drs. Contoh', 'Puskesmas Manggar']) {
      expect(all).not.toContain(secret);
    }
  });

  it('links the files of an open dataset with their sizes', async () => {
    const { outDir } = await build();
    const page = pageOf(outDir, /<h1 class="judul-dataset">Jumlah Penduduk/);
    const hrefs = [...page.matchAll(/href="\.\.\/(berkas\/[^"]+)"/g)].map((m) => m[1] ?? '');
    expect(hrefs).toHaveLength(2);
    for (const h of hrefs) expect(existsSync(join(outDir, decodeURIComponent(h)))).toBe(true);
    expect(page).toContain('class="pratinjau"');
    expect(page).toContain('<svg class="grafik"');
  });

  it('drops personal-data columns from previews', async () => {
    const { outDir } = await build();
    const page = pageOf(outDir, /class="judul-dataset">&lt;img/);
    expect(page).not.toContain('6471014507850003');
    expect(page).not.toContain('6471011203880001');
    expect(page).toContain('Kolom data pribadi tidak ditampilkan: NIK.');
    const preview = /<table class="pratinjau">([\s\S]*?)<\/table>/.exec(page)?.[1] ?? '';
    expect(preview.match(/<th /g)).toHaveLength(2);
    expect(preview).not.toContain('>NIK<');
  });

  it('escapes every value that came from metadata, columns, cells, chart and file names', async () => {
    const { outDir } = await build();
    for (const file of walk(outDir).filter((p) => p.endsWith('.html'))) {
      const text = readFileSync(file, 'utf8');
      for (const payload of [
        '<img src=x',
        '<script>alert',
        '<svg onload',
        '<i onmouseover',
        '<b>tebal',
        '<b>2024',
        '</td></tr></table><script>',
        'href="javascript:',
      ]) {
        expect(text, `${relative(outDir, file)} contains ${payload}`).not.toContain(payload);
      }
    }
    const page = pageOf(outDir, /class="judul-dataset">&lt;img/);
    expect(page).toContain('<h1 class="judul-dataset">&lt;img src=x onerror=alert(1)&gt;</h1>');
    expect(page).toContain('Dinas &lt;script&gt;alert(5)&lt;/script&gt;');
    expect(page).toContain('&lt;img src=x onerror=alert(12)&gt;');
    expect(page).toContain('&lt;img src=x onerror=alert(15…'); // shortened bar label
    expect(page).toContain('<title>&lt;img src=x onerror=alert(15)&gt;: 3</title>');
    expect(page).toContain('&lt;script&gt;alert(14)&lt;/script&gt;');
  });

  it('embeds the index data as a JSON block that parses back', async () => {
    const { outDir, entries } = await build();
    const index = readFileSync(join(outDir, 'index.html'), 'utf8');
    const m = /<script type="application\/json" id="katalog-data">([\s\S]*?)<\/script>/.exec(index);
    expect(m).not.toBeNull();
    const block = m?.[1] ?? '';
    expect(block).not.toMatch(/[<>\u2028\u2029]/);
    const data = JSON.parse(block) as {
      datasets: { id: string; title: string; description: string }[];
    };
    expect(data.datasets.map((d) => d.id)).toEqual(entries.map((e) => e.id));
    const xss = data.datasets.find((d) => d.id === XSS_ID);
    expect(xss?.title).toBe('<img src=x onerror=alert(1)>');
    expect(xss?.description).toContain('</script><script>alert(2)</script>');
    // the only scripts are the data block and the site's own classic script
    expect(index.match(/<script/g)).toHaveLength(2);
    expect(index).toContain('<script src="katalog.js" defer></script>');
    expect(index).not.toContain('type="module"');
  });

  it('works offline: a strict CSP and no remote resource on every page', async () => {
    const { outDir } = await build();
    for (const file of walk(outDir).filter((p) => /\.(html|css|js)$/.test(p))) {
      const text = readFileSync(file, 'utf8');
      expect(text).not.toMatch(/(src|href)="(https?:)?\/\//);
      expect(text).not.toMatch(/url\(\s*['"]?https?:/);
      expect(text).not.toMatch(/@import/);
      if (file.endsWith('.html')) {
        const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(text)?.[1] ?? '';
        expect(csp).toContain("default-src 'none'");
        expect(csp).toContain("style-src 'self'");
        expect(csp).toMatch(/script-src '(self|none)'/);
        expect(csp).not.toContain('unsafe-inline');
        expect(text).not.toMatch(/ style="/);
        expect(text).not.toMatch(/ on[a-z]+="/);
      }
    }
  });

  it('replaces an earlier catalog but refuses a folder that holds other files', async () => {
    const { outDir } = await build();
    writeFileSync(join(outDir, 'catatan-lama.txt'), 'x');
    await build(); // same folder: an earlier catalog (marker file) is replaced
    expect(existsSync(join(outDir, 'catatan-lama.txt'))).toBe(false);

    const other = join(root, 'dokumen');
    mkdirSync(other);
    writeFileSync(join(other, 'penting.docx'), 'jangan dihapus');
    const { entries } = sampleEntries();
    const err = await generateCatalog(entries, { outDir: other, format: 'html' }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('catalog-target-not-empty');
    expect(readFileSync(join(other, 'penting.docx'), 'utf8')).toBe('jangan dihapus');
  });

  it('refuses an unknown format', async () => {
    const err = await generateCatalog([], {
      outDir: join(root, 'x'),
      format: 'pdf' as unknown as 'html',
    }).catch((e: unknown) => e);
    expect((err as AppError).code).toBe('catalog-format-unknown');
  });

  it('a download that fails is left out with a warning, the rest still links', async () => {
    const { entries } = sampleEntries();
    const first = entries[0];
    if (!first) throw new Error('fixture');
    first.downloads = [
      {
        format: 'csv',
        fileName: 'rusak.csv',
        bytes: 1,
        write: () => Promise.reject(new Error('disk penuh')),
      },
      ...first.downloads,
    ];
    const outDir = join(root, 'k2');
    const r = await generateCatalog([first], { outDir, format: 'html' });
    expect(r.warnings.map((w) => w.code)).toContain('berkas-gagal-ditulis');
    const page = readFileSync(
      join(outDir, 'dataset', readdirSync(join(outDir, 'dataset'))[0] ?? ''),
      'utf8',
    );
    expect(page).not.toContain('rusak.csv');
    expect(page).toContain('jumlah-penduduk-kecamatan.csv');
  });

  it('an empty workspace gives a valid catalog that says so', async () => {
    const outDir = join(root, 'kosong');
    await generateCatalog([], { outDir, format: 'html', lang: 'en' });
    const index = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(index).toContain('<html lang="en">');
    expect(index).toContain('This workspace has no datasets yet.');
  });
});
