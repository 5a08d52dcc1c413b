/**
 * Reads the Kemendagri region codes from the `idn-area-data` package (CSV files in its
 * data/ folder). Used only when the reference store is built; the 83k-row CSVs are never
 * copied into the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';
import { AppError } from '../../../shared/errors';
import type { ReferenceEdition, RegionLevel } from '../../../shared/model/reference';
import { levelOfCode, parentOfCode } from './kemendagri-code';

export interface AreaRow {
  code: string;
  name: string;
  parent: string | null;
  level: RegionLevel;
}

export interface AreaSource {
  dataDir: string;
  packageVersion: string;
  edition: ReferenceEdition;
  /** provinces, then kabupaten/kota, kecamatan, desa; each sorted by code */
  rows: AreaRow[];
}

/** Package versions whose data we know the decree of. */
const KNOWN_EDITIONS: Record<string, { id: string; decree: string; year: number }> = {
  '4.0.1': {
    id: 'kemendagri-2025',
    decree: 'Kepmendagri No. 300.2.2-2138 Tahun 2025',
    year: 2025,
  },
};

const FILES: readonly [string, RegionLevel, string | null][] = [
  ['provinces.csv', 'provinsi', null],
  ['regencies.csv', 'kabupaten_kota', 'province_code'],
  ['districts.csv', 'kecamatan', 'regency_code'],
  ['villages.csv', 'desa', 'district_code'],
];

/** Where to resolve packages from: this bundle (CommonJS build) or, in tests, the working folder. */
function moduleBase(): string {
  return typeof __filename === 'string' ? __filename : join(process.cwd(), 'index.js');
}

/** The data/ folder of the installed idn-area-data package. */
export function defaultAreaDataDir(): string {
  try {
    const pkg = createRequire(moduleBase()).resolve('idn-area-data/package.json');
    return join(dirname(pkg), 'data');
  } catch {
    return join(process.cwd(), 'node_modules', 'idn-area-data', 'data');
  }
}

function sourceMissing(dataDir: string, what: string): AppError {
  return new AppError({
    kind: 'storage',
    code: 'reference-source-missing',
    message: `Data kode wilayah (paket idn-area-data) tidak ditemukan atau rusak di ${dataDir}: ${what}. Jalankan npm install.`,
    messageEn: `Region code data (package idn-area-data) is missing or damaged in ${dataDir}: ${what}. Run npm install.`,
    file: dataDir,
  });
}

/** The package version and edition, without reading the big files. */
export function readAreaEdition(dataDir: string): {
  packageVersion: string;
  edition: ReferenceEdition;
} {
  const pkgPath = join(dataDir, '..', 'package.json');
  if (!existsSync(pkgPath)) throw sourceMissing(dataDir, 'package.json');
  let packageVersion: string;
  try {
    const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { version?: unknown };
    packageVersion = typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    throw sourceMissing(dataDir, 'package.json');
  }
  const known = KNOWN_EDITIONS[packageVersion];
  const edition: ReferenceEdition = known
    ? {
        id: known.id,
        decree: known.decree,
        label: {
          id: `Kode wilayah Kemendagri ${known.year} (${known.decree}), dari paket idn-area-data ${packageVersion}`,
          en: `Kemendagri region codes ${known.year} (${known.decree}), from the idn-area-data package ${packageVersion}`,
        },
        source: { package: 'idn-area-data', version: packageVersion },
      }
    : {
        id: `kemendagri-idn-area-data-${packageVersion}`,
        decree: 'tidak diketahui / unknown',
        label: {
          id: `Kode wilayah Kemendagri dari paket idn-area-data ${packageVersion} (dasar hukum edisi ini belum dicatat)`,
          en: `Kemendagri region codes from the idn-area-data package ${packageVersion} (the decree of this edition is not recorded)`,
        },
        source: { package: 'idn-area-data', version: packageVersion },
      };
  return { packageVersion, edition };
}

/** Reads and checks all four levels. */
export function readAreaSource(dataDir = defaultAreaDataDir()): AreaSource {
  const { packageVersion, edition } = readAreaEdition(dataDir);
  const rows: AreaRow[] = [];
  const seen = new Set<string>();
  for (const [file, level, parentColumn] of FILES) {
    const path = join(dataDir, file);
    if (!existsSync(path)) throw sourceMissing(dataDir, file);
    const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    if (parsed.errors.length > 0)
      throw sourceMissing(dataDir, `${file}: ${parsed.errors[0]?.message ?? ''}`);
    const levelRows: AreaRow[] = [];
    for (const r of parsed.data) {
      const code = (r['code'] ?? '').trim();
      const name = (r['name'] ?? '').trim();
      const parent = parentColumn ? (r[parentColumn] ?? '').trim() : null;
      if (levelOfCode(code) !== level || name === '' || parentOfCode(code) !== parent) {
        throw sourceMissing(dataDir, `${file}: baris/row "${code},${name}"`);
      }
      if (parent !== null && !seen.has(parent))
        throw sourceMissing(dataDir, `${file}: ${code} → ${parent}`);
      levelRows.push({ code, name, parent, level });
    }
    levelRows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    for (const r of levelRows) {
      if (seen.has(r.code)) throw sourceMissing(dataDir, `${file}: ${r.code} ganda/duplicate`);
      seen.add(r.code);
      rows.push(r);
    }
  }
  return { dataDir, packageVersion, edition, rows };
}
