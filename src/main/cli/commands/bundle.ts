/**
 * `satudata bundle create|inspect|import`: hand-over bundles (`.sdbundle`) between workspaces.
 *
 * create DATASET --out FILE   writes the bundle (stdout: nothing; JSON with --format json);
 *                             refused (exit 2) while columns hold personal data, unless named
 *                             with --allow-personal-data COL,… and --reason
 * inspect FILE                verifies everything and says what importing would do; writes nothing
 * import FILE                 verifies, then imports all or nothing; stdout: the dataset's id
 *
 * A hostile or damaged bundle is refused with exit 2 and the reason on stderr (Indonesian and
 * English); the workspace is then exactly as it was.
 */
import { resolve } from 'node:path';
import type { BundleChange } from '../../../shared/api/bundle';
import type { CliCommand, CliContext, Lang } from '../command';
import { t } from '../command';
import { parse, parseFormat, requirePositional, usageError } from '../args';
import { progressBar } from '../progress';

const USAGE = `satudata bundle create DATASET --out BERKAS.sdbundle [--allow-personal-data KOL,… --reason TEKS] [--format text|json] [--workspace PATH]
satudata bundle inspect BERKAS.sdbundle [--format text|json] [--workspace PATH]
satudata bundle import BERKAS.sdbundle [--format text|json] [--workspace PATH]

A bundle holds the cleaned data (machine CSV), the original file, the metadata, the validation
report, the recipe and a manifest with SHA-256 checksums. Importing recognises the dataset by its
id: new → created; same content → unchanged (nothing written); other content → the bundle's data
becomes a new version and the previous one is kept (undo returns to it).
import prints the dataset's id on stdout. Exit 2: bad usage, or the bundle was refused (unsafe
paths, symlinks, zip bomb, wrong checksums, a manifest that does not match) — nothing written.`;

function changeLines(lang: Lang, changes: BundleChange[]): string[] {
  return changes.map((c) => `  - [${c.part}] ${lang === 'en' ? c.messageEn : c.message}`);
}

async function create(ctx: CliContext, argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    out: { type: 'string' },
    format: { type: 'string' },
    'allow-personal-data': { type: 'string' },
    reason: { type: 'string' },
  });
  const id = requirePositional(positionals, 0, 'DATASET', 'DATASET');
  if (!values.out) {
    throw usageError('--out BERKAS.sdbundle belum diberikan.', '--out FILE.sdbundle is missing.');
  }
  const format = parseFormat(values.format, ['text', 'json'] as const, 'text');
  const allow = values['allow-personal-data']
    ?.split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  if (allow?.length && !values.reason) {
    throw usageError(
      '--allow-personal-data memerlukan --reason "alasan" (dicatat di log audit).',
      '--allow-personal-data needs --reason "why" (recorded in the audit log).',
    );
  }
  const wb = ctx.workbench();
  const bar = progressBar(ctx.io, t(ctx.lang, 'Membuat bundel', 'Making the bundle'));
  const off = wb.onProgress((p) => {
    if (p.phase === 'running' && p.kind === 'bundle')
      bar.update(p.rows ?? 0, p.totalRows ?? 0, p.rows ?? 0);
  });
  try {
    const res = await wb.invoke('bundle:create', {
      id,
      target: { path: resolve(values.out) },
      options: {
        ...(allow?.length ? { allowPersonalData: allow } : {}),
        ...(values.reason ? { reason: values.reason } : {}),
      },
    });
    bar.done();
    if (format === 'json') ctx.io.out(JSON.stringify(res) + '\n');
    ctx.io.err(
      t(
        ctx.lang,
        `Bundel dibuat: ${res.path ?? res.fileName} (${res.bytes.toLocaleString('id-ID')} bita, ${res.files} berkas + manifest, versi ${res.version})\nSHA-256: ${res.sha256}\n`,
        `Bundle written: ${res.path ?? res.fileName} (${res.bytes} bytes, ${res.files} files + manifest, version ${res.version})\nSHA-256: ${res.sha256}\n`,
      ),
    );
    return 0;
  } finally {
    off();
  }
}

async function inspect(ctx: CliContext, argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { format: { type: 'string' } });
  const file = requirePositional(positionals, 0, 'Berkas bundel', 'Bundle FILE');
  const format = parseFormat(values.format, ['text', 'json'] as const, 'text');
  const res = await ctx.workbench().invoke('bundle:inspect', { source: { path: resolve(file) } });
  if (format === 'json') {
    ctx.io.out(JSON.stringify(res) + '\n');
    return 0;
  }
  const m = res.manifest;
  const L = ctx.lang;
  const status = {
    new: t(L, 'baru', 'new'),
    unchanged: t(L, 'tidak berubah', 'unchanged'),
    changed: t(L, 'berubah', 'changed'),
  }[res.status];
  const lines = [
    t(
      L,
      `Bundel terverifikasi (${m.files} berkas, checksum cocok).`,
      `Bundle verified (${m.files} files, checksums match).`,
    ),
    `${t(L, 'Dataset', 'Dataset')}: ${m.dataset.name} (${m.dataset.id}), ${t(L, 'versi', 'version')} ${m.dataset.version}, ${m.dataset.rowCount} ${t(L, 'baris', 'rows')}`,
    `${t(L, 'Dibuat', 'Made')}: ${m.createdAt} ${t(L, 'oleh', 'by')} ${m.createdBy} (Satu Data Workbench ${m.appVersion})`,
    `${t(L, 'Status di ruang kerja ini', 'Status in this workspace')}: ${status}${res.conflict ? t(L, ' (konflik: keduanya akan disimpan)', ' (conflict: both will be kept)') : ''}`,
    ...changeLines(L, res.changes),
  ];
  if (m.privacy) {
    lines.push(
      t(
        L,
        `Data pribadi diizinkan oleh pengirim: ${m.privacy.allowPersonalData.join(', ')} — alasan: ${m.privacy.reason}`,
        `Personal data allowed by the sender: ${m.privacy.allowPersonalData.join(', ')} — reason: ${m.privacy.reason}`,
      ),
    );
  }
  ctx.io.out(lines.join('\n') + '\n');
  return 0;
}

async function importCmd(ctx: CliContext, argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { format: { type: 'string' } });
  const file = requirePositional(positionals, 0, 'Berkas bundel', 'Bundle FILE');
  const format = parseFormat(values.format, ['text', 'json'] as const, 'text');
  const wb = ctx.workbench();
  const bar = progressBar(ctx.io, t(ctx.lang, 'Mengimpor bundel', 'Importing the bundle'));
  const off = wb.onProgress((p) => {
    if (p.phase === 'running' && p.kind === 'bundle' && p.bytes !== undefined)
      bar.update(p.bytes, p.totalBytes ?? 0, p.rows ?? 0);
  });
  try {
    const res = await wb.invoke('bundle:import', { source: { path: resolve(file) } });
    bar.done();
    const L = ctx.lang;
    const head = {
      new: t(
        L,
        `Diimpor sebagai dataset baru, versi ${res.version}.`,
        `Imported as a new dataset, version ${res.version}.`,
      ),
      unchanged: t(
        L,
        `Tidak berubah: dataset ini sudah ada dengan isi yang sama (versi ${res.version}); tidak ada yang ditulis.`,
        `Unchanged: this dataset is already here with the same content (version ${res.version}); nothing was written.`,
      ),
      changed: t(
        L,
        `Diperbarui: versi ${res.version} sekarang aktif; versi ${res.previousVersion ?? '?'} tetap disimpan (satudata undo ${res.id} kembali ke sana).`,
        `Updated: version ${res.version} is now current; version ${res.previousVersion ?? '?'} is kept (satudata undo ${res.id} returns to it).`,
      ),
    }[res.status];
    const conflict = res.conflict
      ? [
          t(
            L,
            'Konflik: dataset ini juga diubah di ruang kerja ini; kedua versi disimpan.',
            'Conflict: this dataset was changed in this workspace too; both versions are kept.',
          ),
        ]
      : [];
    ctx.io.err([head, ...conflict, ...changeLines(L, res.changes)].join('\n') + '\n');
    ctx.io.out(format === 'json' ? JSON.stringify(res) + '\n' : res.id + '\n');
    return 0;
  } finally {
    off();
  }
}

export const bundleCommand: CliCommand = {
  name: 'bundle',
  summary: {
    id: 'Bundel serah-terima (.sdbundle): buat, periksa, impor ke ruang kerja lain',
    en: 'Hand-over bundles (.sdbundle): create, inspect, import into another workspace',
  },
  usage: USAGE,
  async run(ctx) {
    const [sub, ...rest] = ctx.argv;
    switch (sub) {
      case 'create':
        return create(ctx, rest);
      case 'inspect':
        return inspect(ctx, rest);
      case 'import':
        return importCmd(ctx, rest);
      case undefined:
        ctx.io.err(USAGE + '\n');
        return 2;
      default:
        throw usageError(
          `Sub-perintah "${sub}" tidak dikenal. Pilih create, inspect atau import.`,
          `Unknown sub-command "${sub}". Choose create, inspect or import.`,
        );
    }
  },
};
