/**
 * Runs the real `satudata` process and kills it with SIGKILL at a chosen moment, as a power
 * cut or a task manager would. Kill points are time offsets spread over the run time of the
 * same command measured on an uninterrupted run, so most of them land while the command is
 * working (reading, writing rows, committing, renaming), not before it starts.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { BIN, ROOT } from './cli';

export interface ProcessRun {
  /** exit code, or null when killed */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** true when our SIGKILL ended the process (it had not exited by itself) */
  killed: boolean;
  ms: number;
  stdout: string;
  stderr: string;
}

/**
 * Start `satudata ARGS`; when `killAfterMs` is given, send SIGKILL after that many
 * milliseconds unless the process has already exited.
 */
export function runSatudata(
  args: readonly string[],
  opts: { killAfterMs?: number; timeoutMs?: number; cwd?: string } = {},
): Promise<ProcessRun> {
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? ROOT,
      env: { ...process.env, SATUDATA_DEBUG: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let exited = false;
    let killedByUs = false;
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const timers: NodeJS.Timeout[] = [];
    if (opts.killAfterMs !== undefined) {
      timers.push(
        setTimeout(() => {
          if (!exited) {
            killedByUs = true;
            child.kill('SIGKILL');
          }
        }, opts.killAfterMs),
      );
    }
    timers.push(
      setTimeout(() => {
        if (!exited) child.kill('SIGKILL');
      }, opts.timeoutMs ?? 120_000),
    );
    child.on('error', reject);
    child.on('exit', () => {
      exited = true;
    });
    child.on('close', (code, signal) => {
      for (const t of timers) clearTimeout(t);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      resolvePromise({
        code,
        signal,
        killed: killedByUs && signal === 'SIGKILL',
        ms,
        stdout,
        stderr,
      });
    });
  });
}

/**
 * `count` kill offsets spread evenly over `durationMs` (the middle of each of `count` equal
 * slices, so the first lands shortly after start and the last shortly before the end).
 */
export function killOffsets(durationMs: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => Math.round((durationMs * (i + 0.5)) / count));
}

/** Copy a workspace (database, its WAL/SHM if any, and its files folder) to `toDb`. */
export function copyWorkspace(fromDb: string, toDb: string): void {
  mkdirSync(dirname(toDb), { recursive: true });
  cpSync(fromDb, toDb);
  for (const side of ['-wal', '-shm']) {
    if (existsSync(fromDb + side)) cpSync(fromDb + side, toDb + side);
  }
  const files = `${fromDb}.files`;
  if (existsSync(files)) cpSync(files, `${toDb}.files`, { recursive: true });
}

export function removeWorkspace(db: string): void {
  for (const p of [db, `${db}-wal`, `${db}-shm`, `${db}.files`]) {
    rmSync(p, { recursive: true, force: true });
  }
}

/**
 * The names beside `target` in its folder other than `target` itself and `allowed`: what an
 * interrupted export left behind. Temporaries of the atomic writer are `.<name>.<hex>.tmp`.
 */
export function strayBeside(target: string, allowed: readonly string[] = []): string[] {
  const name = basename(target);
  return readdirSync(dirname(target)).filter((n) => n !== name && !allowed.includes(n));
}

export function isAtomicTemp(target: string, entry: string): boolean {
  const name = basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\.${name}\\.[0-9a-f]{12}\\.(tmp|old)$`).test(entry);
}
