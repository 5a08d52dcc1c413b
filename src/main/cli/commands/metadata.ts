/**
 * `satudata metadata template|validate|set|show`: metadata documents against the profiles in
 * resources/standards. `template` and `validate` need no workspace; `set` and `show` store and
 * read metadata versions of a dataset in the workspace.
 */
import { readFileSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import type {
  MetadataProblem,
  MetadataValidation,
  MetadataVersion,
} from '../../../shared/model/metadata';
import type { Workbench } from '../../core/workbench';
import { MetadataStore } from '../../core/metadata/metadata-store';
import { getProfile, listedProfileNames } from '../../core/metadata/profiles';
import { templateFor } from '../../core/metadata/template';
import { validateMetadata } from '../../core/metadata/validate-metadata';
import type { CliCommand, CliContext, Lang } from '../command';
import { t } from '../command';
import { parse, parseFormat, requirePositional, usageError } from '../args';

/** What `set`/`show` need from the workbench (the lead provides `db`). */
type WorkbenchWithDb = Workbench & { db: Database.Database };

const MAX_METADATA_FILE = 10 * 1024 * 1024;

const USAGE = `satudata metadata template --profile NAMA [--format text|json]
satudata metadata validate BERKAS.json --profile NAMA [--format text|json]
satudata metadata set DATASET BERKAS.json --profile NAMA [--format text|json]
satudata metadata show DATASET [--version N] [--format text|json]
Profil: ${'{profiles}'}`;

function usage(): string {
  return USAGE.replace('{profiles}', listedProfileNames().join(', '));
}

function requireProfile(value: string | undefined): string {
  if (value === undefined || value.trim() === '') {
    const known = listedProfileNames().join(', ');
    throw usageError(
      `--profile belum diberikan. Profil yang ada: ${known}.`,
      `--profile is missing. Known profiles: ${known}.`,
    );
  }
  return getProfile(value.trim()).summary.name;
}

function positionToLine(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

/** Reads and parses a JSON file; AppError (exit 2) naming the file and the reason. */
export function readJsonFile(path: string): unknown {
  const abs = resolve(path);
  let text: string;
  try {
    const st = statSync(abs);
    if (!st.isFile()) throw new Error('not a file');
    if (st.size > MAX_METADATA_FILE) {
      throw new AppError({
        kind: 'user-input',
        code: 'metadata-file-too-large',
        message: `Berkas ${path} terlalu besar untuk dokumen metadata (lebih dari 10 MB).`,
        messageEn: `File ${path} is too large for a metadata document (more than 10 MB).`,
        file: path,
      });
    }
    text = readFileSync(abs, 'utf8');
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError({
      kind: 'user-input',
      code: 'file-unreadable',
      message: `Berkas ${path} tidak bisa dibaca (tidak ada, folder, atau tanpa izin).`,
      messageEn: `File ${path} cannot be read (missing, a folder, or no permission).`,
      file: path,
    });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const pos = /position (\d+)/.exec(msg);
    const at = pos ? positionToLine(text, Number(pos[1])) : undefined;
    throw new AppError({
      kind: 'user-input',
      code: 'metadata-not-json',
      message: `Berkas ${path} bukan JSON yang sah${at ? ` (baris ${at.line}, kolom ${at.column})` : ''}: ${msg}`,
      messageEn: `File ${path} is not valid JSON${at ? ` (line ${at.line}, column ${at.column})` : ''}: ${msg}`,
      file: path,
      ...(at ? { line: at.line } : {}),
    });
  }
}

function problemText(p: MetadataProblem, lang: Lang): string {
  return lang === 'en' ? p.messageEn : p.message;
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function validationText(v: MetadataValidation, lang: Lang): string {
  const L = lang;
  const lines: string[] = [];
  if (v.valid) {
    lines.push(
      t(
        L,
        `Metadata sah menurut profil ${v.profile}.`,
        `The metadata is valid for profile ${v.profile}.`,
      ),
    );
  } else {
    lines.push(
      t(
        L,
        `Metadata belum sah menurut profil ${v.profile}: ${v.problems.length} masalah.`,
        `The metadata is not valid for profile ${v.profile}: ${v.problems.length} problem(s).`,
      ),
    );
    for (const p of v.problems) lines.push(`  ${p.path || '/'}  ${problemText(p, L)}`);
  }
  lines.push(`${t(L, 'Kelengkapan', 'Completeness')}: ${pct(v.completeness.score)}`);
  for (const g of v.completeness.groups) {
    lines.push(
      `  ${L === 'en' ? g.label.en : g.label.id}: ${g.filled}/${g.total} (${pct(g.score)})`,
    );
  }
  return lines.join('\n') + '\n';
}

function workbenchDb(ctx: CliContext): Database.Database {
  const wb = ctx.workbench() as Partial<WorkbenchWithDb>;
  if (!wb.db) {
    throw new AppError({
      kind: 'bug',
      code: 'workspace-db-missing',
      message: 'Ruang kerja tidak menyediakan basis data (db) untuk metadata.',
      messageEn: 'The workspace does not provide its database (db) for metadata.',
    });
  }
  return wb.db;
}

async function currentUser(ctx: CliContext): Promise<string> {
  try {
    const info = await ctx.workbench().invoke('app:info', {});
    if (info.user) return info.user;
  } catch {
    // fall back to the OS user
  }
  try {
    return userInfo().username;
  } catch {
    return 'satudata';
  }
}

function versionSummary(v: MetadataVersion): Record<string, unknown> {
  return {
    datasetId: v.datasetId,
    version: v.version,
    profile: v.profile,
    savedAt: v.savedAt,
    savedBy: v.savedBy,
    valid: v.valid,
    problemCount: v.problemCount,
    completeness: v.completeness,
  };
}

async function template(ctx: CliContext, argv: string[]): Promise<number> {
  const { values } = parse(
    argv,
    { profile: { type: 'string' }, format: { type: 'string' } },
    false,
  );
  const format = parseFormat(values.format, ['text', 'json'] as const, 'text');
  const profile = requireProfile(values.profile);
  const doc = templateFor(profile);
  if (format === 'json') {
    ctx.io.out(JSON.stringify(doc) + '\n');
    return 0;
  }
  ctx.io.out(JSON.stringify(doc, null, 2) + '\n');
  ctx.io.err(
    t(
      ctx.lang,
      `Isi dokumen ini, simpan sebagai BERKAS.json, lalu periksa: satudata metadata validate BERKAS.json --profile ${profile}\n`,
      `Fill in this document, save it as FILE.json, then check it: satudata metadata validate FILE.json --profile ${profile}\n`,
    ),
  );
  return 0;
}

async function validate(ctx: CliContext, argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    profile: { type: 'string' },
    format: { type: 'string' },
  });
  const format = parseFormat(values.format, ['text', 'json'] as const, 'text');
  const file = requirePositional(positionals, 0, 'BERKAS.json', 'FILE.json');
  const profile = requireProfile(values.profile);
  const doc = readJsonFile(file);
  const result = validateMetadata(profile, doc, { file });
  if (format === 'json') {
    ctx.io.out(
      JSON.stringify({
        valid: result.valid,
        problems: result.problems.map((p) => ({
          path: p.path,
          message: problemText(p, ctx.lang),
          code: p.code,
        })),
      }) + '\n',
    );
  } else {
    ctx.io.out(validationText(result, ctx.lang));
  }
  return result.valid ? 0 : 1;
}

async function set(ctx: CliContext, argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    profile: { type: 'string' },
    format: { type: 'string' },
  });
  const format = parseFormat(values.format, ['text', 'json'] as const, 'text');
  const datasetId = requirePositional(positionals, 0, 'DATASET', 'DATASET');
  const file = requirePositional(positionals, 1, 'BERKAS.json', 'FILE.json');
  const profile = requireProfile(values.profile);
  const doc = readJsonFile(file);
  const user = await currentUser(ctx);
  const saved = new MetadataStore(workbenchDb(ctx)).save(datasetId, profile, doc, user);
  const L = ctx.lang;
  if (format === 'json') ctx.io.out(JSON.stringify(versionSummary(saved)) + '\n');
  else {
    ctx.io.out(
      t(
        L,
        `Metadata dataset ${datasetId} versi ${saved.version} disimpan (profil ${profile}; ${saved.valid ? 'sah' : `${saved.problemCount} masalah`}; kelengkapan ${pct(saved.completeness)}).\n`,
        `Metadata of dataset ${datasetId} saved as version ${saved.version} (profile ${profile}; ${saved.valid ? 'valid' : `${saved.problemCount} problem(s)`}; completeness ${pct(saved.completeness)}).\n`,
      ),
    );
  }
  if (!saved.valid) {
    ctx.io.err(
      t(
        L,
        `Masih ada ${saved.problemCount} masalah; lihat: satudata metadata validate ${file} --profile ${profile}\n`,
        `There are still ${saved.problemCount} problem(s); see: satudata metadata validate ${file} --profile ${profile}\n`,
      ),
    );
  }
  return 0;
}

async function show(ctx: CliContext, argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    version: { type: 'string' },
    format: { type: 'string' },
  });
  const format = parseFormat(values.format, ['text', 'json'] as const, 'text');
  const datasetId = requirePositional(positionals, 0, 'DATASET', 'DATASET');
  let version: number | undefined;
  if (values.version !== undefined) {
    version = Number(values.version);
    if (!Number.isInteger(version) || version < 1) {
      throw usageError('--version harus bilangan bulat ≥ 1.', '--version must be an integer ≥ 1.');
    }
  }
  const db = workbenchDb(ctx);
  const store = new MetadataStore(db);
  const found = version === undefined ? store.current(datasetId) : store.get(datasetId, version);
  if (!found) {
    const exists = db.prepare('SELECT 1 FROM datasets WHERE id = ?').get(datasetId);
    throw new AppError({
      kind: 'not-found',
      code: exists ? 'metadata-none' : 'dataset-unknown',
      message: exists
        ? `Dataset ${datasetId} belum punya metadata${version ? ` versi ${version}` : ''}. Simpan dengan: satudata metadata set ${datasetId} BERKAS.json --profile NAMA`
        : `Dataset "${datasetId}" tidak ada di ruang kerja.`,
      messageEn: exists
        ? `Dataset ${datasetId} has no metadata${version ? ` version ${version}` : ''} yet. Save it with: satudata metadata set ${datasetId} FILE.json --profile NAME`
        : `Dataset "${datasetId}" is not in the workspace.`,
    });
  }
  const L = ctx.lang;
  if (format === 'json') {
    ctx.io.out(JSON.stringify(found) + '\n');
    return 0;
  }
  const lines = [
    t(
      L,
      `Metadata dataset ${datasetId}, versi ${found.version} (profil ${found.profile}), disimpan ${found.savedAt} oleh ${found.savedBy}; ${found.valid ? 'sah' : `${found.problemCount} masalah`}; kelengkapan ${pct(found.completeness)}.`,
      `Metadata of dataset ${datasetId}, version ${found.version} (profile ${found.profile}), saved ${found.savedAt} by ${found.savedBy}; ${found.valid ? 'valid' : `${found.problemCount} problem(s)`}; completeness ${pct(found.completeness)}.`,
    ),
    JSON.stringify(found.doc, null, 2),
  ];
  ctx.io.out(lines.join('\n') + '\n');
  return 0;
}

export const metadataCommand: CliCommand = {
  name: 'metadata',
  summary: {
    id: 'Metadata dataset: templat, validasi menurut profil, simpan dan tampilkan versi',
    en: 'Dataset metadata: template, validate against a profile, store and show versions',
  },
  get usage() {
    return usage();
  },
  usesWorkspace: (argv) => argv[0] === 'set' || argv[0] === 'show',
  async run(ctx) {
    const [sub, ...rest] = ctx.argv;
    if (sub === undefined) {
      ctx.io.err(usage() + '\n');
      return 2;
    }
    if (sub === '--help' || sub === '-h' || rest.includes('--help') || rest.includes('-h')) {
      ctx.io.out(usage() + '\n');
      return 0;
    }
    switch (sub) {
      case 'template':
        return template(ctx, rest);
      case 'validate':
        return validate(ctx, rest);
      case 'set':
        return set(ctx, rest);
      case 'show':
        return show(ctx, rest);
      default:
        throw usageError(
          `Sub-perintah "${sub}" tidak dikenal. Pilih template, validate, set atau show.`,
          `Unknown sub-command "${sub}". Choose template, validate, set or show.`,
        );
    }
  },
};
