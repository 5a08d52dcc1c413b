/**
 * `satudata ref wilayah|find|stats`: Kemendagri region codes from the reference store.
 * JSON shapes are fixed by docs/cli.md; text output is Indonesian (`--lang en` for English).
 */
import { AppError } from '../../../shared/errors';
import {
  REGION_LEVELS,
  REGION_LEVEL_LABELS,
  type RegionLevel,
} from '../../../shared/model/reference';
import type { Workbench } from '../../core/workbench';
import { looksLikeBpsCode } from '../../core/reference/kemendagri-code';
import { openReferenceStore, type ReferenceStore } from '../../core/reference/reference-store';
import type { CliCommand, CliContext, Lang } from '../command';
import { t } from '../command';
import { parse, parseCount, parseFormat, requirePositional, usageError } from '../args';

/** What this command needs from the workbench (the lead provides `referenceDir`). */
type WorkbenchWithReference = Workbench & { referenceDir: string; referenceStore?: ReferenceStore };

const USAGE = `satudata ref wilayah KODE [--format text|json]
satudata ref find "NAMA" [--level provinsi|kabupaten_kota|kecamatan|desa] [--parent KODE] [--limit N] [--format text|json]
satudata ref stats [--format text|json]`;

function levelLabel(level: RegionLevel, lang: Lang): string {
  return REGION_LEVEL_LABELS[level][lang];
}

/** The store the workbench shares, or one opened for this command (closed by the caller). */
function referenceStore(ctx: CliContext): { store: ReferenceStore; owned: boolean } {
  const wb = ctx.workbench() as Partial<WorkbenchWithReference>;
  if (wb.referenceStore) return { store: wb.referenceStore, owned: false };
  if (typeof wb.referenceDir !== 'string') {
    throw new AppError({
      kind: 'bug',
      code: 'reference-dir-missing',
      message: 'Ruang kerja tidak menyebut folder kode referensi (referenceDir).',
      messageEn: 'The workspace does not provide a reference folder (referenceDir).',
    });
  }
  return { store: openReferenceStore({ dir: wb.referenceDir }), owned: true };
}

async function withStore(ctx: CliContext, fn: (store: ReferenceStore) => number): Promise<number> {
  const { store, owned } = referenceStore(ctx);
  try {
    return await Promise.resolve(fn(store));
  } finally {
    if (owned) store.close();
  }
}

function wantsHelp(argv: string[]): boolean {
  return argv.includes('--help') || argv.includes('-h');
}

function unknownCode(store: ReferenceStore, code: string): AppError {
  const edition = store.edition().id;
  const lines: { id: string; en: string }[] = [
    {
      id: `Kode wilayah "${code}" tidak ada di edisi ${edition}.`,
      en: `Region code "${code}" does not exist in edition ${edition}.`,
    },
  ];
  const old = store.isObsolete(code);
  if (old) {
    const now = store.byCode(old.current);
    lines.push({
      id: `Kode ini sudah tidak berlaku: ${old.name} kini ${old.current}${now ? ` (${now.name})` : ''}. ${old.reason}`,
      en: `This code is obsolete: ${old.name} is now ${old.current}${now ? ` (${now.name})` : ''}. ${old.reasonEn}`,
    });
  }
  if (looksLikeBpsCode(code)) {
    const mapped = store.bpsToKemendagri(code);
    const region = mapped ? store.byCode(mapped) : undefined;
    lines.push({
      id: `Kode tanpa titik seperti ini tampak seperti kode BPS; kode Kemendagri ditulis bertitik (mis. 64.71.05). Jangan membuang atau menambah titik untuk mengubah sistem kode.${region ? ` Menurut daftar BPS bawaan, ${code} = Kemendagri ${region.code} (${region.name}).` : ''}`,
      en: `A code without dots like this looks like a BPS code; Kemendagri codes are dotted (e.g. 64.71.05). Never add or strip dots to switch code systems.${region ? ` Per the built-in BPS list, ${code} = Kemendagri ${region.code} (${region.name}).` : ''}`,
    });
  }
  return new AppError({
    kind: 'not-found',
    code: 'kode-wilayah-tidak-dikenal',
    message: lines.map((l) => l.id).join(' '),
    messageEn: lines.map((l) => l.en).join(' '),
  });
}

async function wilayah(ctx: CliContext, argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { format: { type: 'string' } });
  const format = parseFormat(values.format, ['text', 'json'] as const, 'text');
  const code = requirePositional(positionals, 0, 'KODE wilayah', 'Region CODE').trim();
  return withStore(ctx, (store) => {
    const region = store.byCode(code);
    if (!region) throw unknownCode(store, code);
    if (format === 'json') {
      ctx.io.out(
        JSON.stringify({
          code: region.code,
          name: region.name,
          level: region.level,
          parent: region.parent,
        }) + '\n',
      );
      return 0;
    }
    const L = ctx.lang;
    const chain = store.ancestors(region.code);
    const lines = [
      `${region.code}  ${region.name}`,
      `${t(L, 'Tingkat', 'Level')}: ${levelLabel(region.level, L)}`,
      chain.length > 0
        ? `${t(L, 'Induk', 'Parent')}: ${chain.map((r) => `${r.code} ${r.name}`).join(' › ')}`
        : `${t(L, 'Induk', 'Parent')}: ${t(L, '(tidak ada; provinsi)', '(none; province)')}`,
      `${t(L, 'Edisi', 'Edition')}: ${store.edition().id}`,
    ];
    ctx.io.out(lines.join('\n') + '\n');
    return 0;
  });
}

function parseLevel(value: string | undefined): RegionLevel | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase().replace('/', '_');
  const alias: Record<string, RegionLevel> = {
    kabupaten: 'kabupaten_kota',
    kota: 'kabupaten_kota',
    kab_kota: 'kabupaten_kota',
    kelurahan: 'desa',
    desa_kelurahan: 'desa',
  };
  const level = (REGION_LEVELS as readonly string[]).includes(v) ? (v as RegionLevel) : alias[v];
  if (!level) {
    throw usageError(
      `Tingkat "${value}" tidak dikenal. Pilih salah satu: ${REGION_LEVELS.join(', ')}.`,
      `Unknown level "${value}". Choose one of: ${REGION_LEVELS.join(', ')}.`,
    );
  }
  return level;
}

async function find(ctx: CliContext, argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    level: { type: 'string' },
    parent: { type: 'string' },
    limit: { type: 'string' },
    format: { type: 'string' },
  });
  const format = parseFormat(values.format, ['text', 'json'] as const, 'text');
  const name = positionals.join(' ').trim();
  if (name === '') throw usageError('NAMA wilayah belum diberikan.', 'The region NAME is missing.');
  const level = parseLevel(values.level);
  const limit = Math.min(200, Math.max(1, parseCount(values.limit, '--limit', 10)));
  return withStore(ctx, (store) => {
    const parentCode = values.parent?.trim();
    if (parentCode !== undefined && !store.byCode(parentCode)) throw unknownCode(store, parentCode);
    const matches = store.find(name, {
      limit,
      ...(level ? { level } : {}),
      ...(parentCode ? { parentCode } : {}),
    });
    if (format === 'json') {
      ctx.io.out(
        JSON.stringify(
          matches.map((m) => ({ code: m.code, name: m.name, level: m.level, score: m.score })),
        ) + '\n',
      );
      return 0;
    }
    const L = ctx.lang;
    if (matches.length === 0) {
      ctx.io.err(
        t(L, `Tidak ada wilayah yang cocok dengan "${name}".\n`, `No region matches "${name}".\n`),
      );
      return 0;
    }
    const lines = matches.map((m) => {
      const chain = store
        .ancestors(m.code)
        .reverse()
        .map((r) => r.name)
        .join(', ');
      const via = m.alias ? t(L, `; lewat alias "${m.alias}"`, `; via alias "${m.alias}"`) : '';
      return `${m.score.toFixed(2)}  ${m.code}  ${m.name}  (${levelLabel(m.level, L)}${chain ? `; ${chain}` : ''}${via})`;
    });
    ctx.io.out(lines.join('\n') + '\n');
    return 0;
  });
}

async function stats(ctx: CliContext, argv: string[]): Promise<number> {
  const { values } = parse(argv, { format: { type: 'string' } }, false);
  const format = parseFormat(values.format, ['text', 'json'] as const, 'text');
  return withStore(ctx, (store) => {
    const s = store.stats();
    if (format === 'json') {
      ctx.io.out(JSON.stringify({ edition: s.edition, counts: s.counts }) + '\n');
      return 0;
    }
    const L = ctx.lang;
    const n = (x: number): string => x.toLocaleString(L === 'en' ? 'en-US' : 'id-ID');
    const lines = [
      `${t(L, 'Edisi', 'Edition')}: ${s.edition}`,
      `  ${L === 'en' ? s.editionLabel.en : s.editionLabel.id}`,
      `${t(L, 'Provinsi', 'Provinces')}: ${n(s.counts.provinsi)}`,
      `${t(L, 'Kabupaten/kota', 'Regencies/cities')}: ${n(s.counts.kabupaten_kota)}`,
      `${t(L, 'Kecamatan', 'Districts (kecamatan)')}: ${n(s.counts.kecamatan)}`,
      `${t(L, 'Desa/kelurahan', 'Villages (desa/kelurahan)')}: ${n(s.counts.desa)} (${t(L, 'kelurahan', 'kelurahan')} ${n(s.villageKinds.kelurahan)}, ${t(L, 'desa', 'desa')} ${n(s.villageKinds.desa)}, ${t(L, 'desa adat', 'customary villages')} ${n(s.villageKinds.desaAdat)})`,
    ];
    ctx.io.out(lines.join('\n') + '\n');
    return 0;
  });
}

export const refCommand: CliCommand = {
  name: 'ref',
  summary: {
    id: 'Kode referensi wilayah Kemendagri: cari kode atau nama, lihat edisi',
    en: 'Kemendagri region reference codes: look up a code or a name, show the edition',
  },
  usage: USAGE,
  async run(ctx) {
    const [sub, ...rest] = ctx.argv;
    if (sub === undefined) {
      ctx.io.err(USAGE + '\n');
      return 2;
    }
    if (sub === '--help' || sub === '-h' || wantsHelp(rest)) {
      ctx.io.out(USAGE + '\n');
      return 0;
    }
    switch (sub) {
      case 'wilayah':
        return wilayah(ctx, rest);
      case 'find':
        return find(ctx, rest);
      case 'stats':
        return stats(ctx, rest);
      default:
        throw usageError(
          `Sub-perintah "${sub}" tidak dikenal. Pilih wilayah, find atau stats.`,
          `Unknown sub-command "${sub}". Choose wilayah, find or stats.`,
        );
    }
  },
};
