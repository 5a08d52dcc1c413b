/**
 * The shape of one `satudata` command. Each command lives in src/main/cli/commands/<name>.ts
 * and is listed once in src/main/cli/commands/index.ts.
 *
 * Conventions (docs/cli.md): stdout carries only the result; messages and progress go to
 * stderr; exit 0 done, 1 done with errors in the data (validate, metadata validate, clean),
 * 2 bad usage or unreadable input. A thrown AppError is printed (id + en) and exits 2.
 */
import type { Workbench } from '../core/workbench';

export type Lang = 'id' | 'en';

export interface CliIO {
  /** write to stdout (the result only) */
  out(text: string): void;
  /** write to stderr (messages, warnings, progress) */
  err(text: string): void;
  /** true when stderr is a terminal (progress bars only then) */
  errIsTTY: boolean;
}

export interface CliContext {
  /** arguments after the command name (and after sub-command names for grouped commands) */
  argv: string[];
  io: CliIO;
  lang: Lang;
  /** resolved --workspace, or the default ~/.satudata/workspace.db */
  workspacePath: string;
  /** opens (and migrates) the workspace on first use; closed by the CLI after the command */
  workbench(): Workbench;
}

export interface CliCommand {
  name: string;
  /** one-line description, Indonesian and English */
  summary: { id: string; en: string };
  /** usage text shown by `satudata COMMAND --help` */
  usage: string;
  /** whether this invocation opens the workspace (default: yes) */
  usesWorkspace?(argv: string[]): boolean;
  run(ctx: CliContext): Promise<number>;
}

/** Pick a message in the CLI's language. */
export function t(lang: Lang, id: string, en: string): string {
  return lang === 'en' ? en : id;
}
