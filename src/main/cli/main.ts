/**
 * The `satudata` command: the third host of the workbench services.
 * stdout carries only the result; messages go to stderr; exit codes 0 / 1 / 2 (docs/cli.md).
 */
import { resolve } from 'node:path';
import { AppError, toAppErrorData } from '../../shared/errors';
import { createWorkbench, type Workbench } from '../core/workbench';
import { defaultWorkspacePath } from '../core/store/workspace';
import { setWorkerScriptDir } from '../core/jobs/worker-scripts';
import { APP_VERSION } from '../core/version';
import type { CliContext, CliIO, Lang } from './command';
import { COMMANDS } from './commands';
import { bundleDir } from './paths';

interface Globals {
  workspace?: string;
  lang: Lang;
  help: boolean;
  rest: string[];
}

/** Pull the global flags (--workspace, --lang, --help) out of argv, wherever they stand. */
export function splitGlobals(argv: string[]): Globals {
  const rest: string[] = [];
  const g: Globals = { lang: 'id', help: false, rest };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    const [flag, inline] =
      a.startsWith('--') && a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined];
    if (flag === '--workspace' || flag === '--lang') {
      const value = inline ?? argv[++i];
      if (value === undefined)
        throw new AppError({
          kind: 'invalid-argument',
          code: 'bad-usage',
          message: `${flag} memerlukan nilai.`,
          messageEn: `${flag} needs a value.`,
        });
      if (flag === '--workspace') g.workspace = value;
      else if (value === 'id' || value === 'en') g.lang = value;
      else
        throw new AppError({
          kind: 'invalid-argument',
          code: 'bad-usage',
          message: '--lang harus id atau en.',
          messageEn: '--lang must be id or en.',
        });
    } else if (a === '--help' || a === '-h') g.help = true;
    else rest.push(a);
  }
  return g;
}

function usage(lang: Lang): string {
  const head =
    lang === 'en'
      ? `satudata ${APP_VERSION} — Satu Data Workbench on the command line\n\nUsage: satudata COMMAND [options]\n\nCommands:`
      : `satudata ${APP_VERSION} — Satu Data Workbench di baris perintah\n\nPemakaian: satudata PERINTAH [opsi]\n\nPerintah:`;
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map(
    (c) => `  ${c.name.padEnd(width)}  ${lang === 'en' ? c.summary.en : c.summary.id}`,
  );
  const tail =
    lang === 'en'
      ? `\nGlobal options:\n  --workspace PATH  workspace file (default ~/.satudata/workspace.db)\n  --lang id|en      language of messages (default id)\n  --help            this help; "satudata COMMAND --help" for one command\n\nExit codes: 0 done, 1 done with errors in the data, 2 bad usage or unreadable input.`
      : `\nOpsi umum:\n  --workspace PATH  berkas ruang kerja (bawaan ~/.satudata/workspace.db)\n  --lang id|en      bahasa pesan (bawaan id)\n  --help            bantuan ini; "satudata PERINTAH --help" untuk satu perintah\n\nKode keluar: 0 selesai, 1 selesai dengan galat pada data, 2 pemakaian salah atau berkas tak terbaca.`;
  return [head, ...lines, tail].join('\n') + '\n';
}

export function formatError(err: unknown, lang: Lang): string {
  const e = toAppErrorData(err);
  const where = [
    e.file ? `${e.file}` : '',
    e.line ? `baris/line ${e.line}` : '',
    e.column ? `kolom/column ${e.column}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const id = `Galat: ${e.message}`;
  const en = `Error: ${e.messageEn}`;
  const body = lang === 'en' ? `${en}\n` : `${id}\n${en}\n`;
  return (where ? `[${where}] ` : '') + body;
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let lang: Lang = 'id';
  let wb: Workbench | null = null;
  try {
    const g = splitGlobals(argv);
    lang = g.lang;
    const [name, ...args] = g.rest;
    if (name === undefined) {
      io.out(usage(lang));
      return g.help ? 0 : 2;
    }
    if (name === 'help') {
      io.out(usage(lang));
      return 0;
    }
    const cmd = COMMANDS.find((c) => c.name === name);
    if (!cmd) {
      io.err(
        lang === 'en'
          ? `Unknown command "${name}". See: satudata --help\n`
          : `Perintah "${name}" tidak dikenal. Lihat: satudata --help\nUnknown command "${name}".\n`,
      );
      return 2;
    }
    if (g.help) {
      io.out(`${cmd.usage}\n\n${lang === 'en' ? cmd.summary.en : cmd.summary.id}\n`);
      return 0;
    }
    const workspacePath = resolve(g.workspace ?? defaultWorkspacePath());
    const ctx: CliContext = {
      argv: args,
      io,
      lang,
      workspacePath,
      workbench: () => {
        if (!wb) throw new Error(`command ${cmd.name} did not declare that it uses the workspace`);
        return wb;
      },
    };
    if (cmd.usesWorkspace?.(args) ?? true) {
      wb = await createWorkbench({ workspacePath, host: cmd.name === 'serve' ? 'browser' : 'cli' });
    }
    return await cmd.run(ctx);
  } catch (err) {
    io.err(formatError(err, lang));
    const e = toAppErrorData(err);
    if (e.kind === 'bug' && process.env['SATUDATA_DEBUG'] && err instanceof Error)
      io.err(`${err.stack ?? ''}\n`);
    return 2;
  } finally {
    (wb as Workbench | null)?.close();
  }
}

export function main(): void {
  setWorkerScriptDir(bundleDir());
  const io: CliIO = {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    errIsTTY: Boolean(process.stderr.isTTY),
  };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(formatError(err, 'id'));
      process.exitCode = 2;
    },
  );
}
