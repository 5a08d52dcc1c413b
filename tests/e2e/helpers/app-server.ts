/**
 * Browser mode for one test: `satudata serve --port 0` on a fresh workspace in its own temp
 * folder. The first stdout line is the address with the session token.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './paths';

export interface RunningApp {
  /** http://127.0.0.1:PORT/#token=… */
  url: string;
  /** the test's own folder (workspace, files the test writes) */
  dir: string;
  workspacePath: string;
  stop(): Promise<void>;
}

function firstLine(
  child: ChildProcessByStdio<null, Readable, Readable>,
  timeoutMs: number,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(
      () => reject(new Error(`satudata serve gave no address in ${timeoutMs} ms\n${err}`)),
      timeoutMs,
    );
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const newline = out.indexOf('\n');
      if (newline >= 0) {
        clearTimeout(timer);
        resolve(out.slice(0, newline).trim());
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(
        new Error(`satudata serve exited with ${String(code)} before printing its address\n${err}`),
      );
    });
  });
}

export interface StartOptions {
  /** runs before the server starts, e.g. to build (or damage) the workspace it opens */
  prepare?: (workspacePath: string, dir: string) => void;
}

export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  const dir = mkdtempSync(join(tmpdir(), 'satudata-e2e-'));
  const workspacePath = join(dir, 'ws.db');
  try {
    options.prepare?.(workspacePath, dir);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  const child = spawn(
    process.execPath,
    [join(REPO_ROOT, 'bin', 'satudata.cjs'), 'serve', '--port', '0', '--workspace', workspacePath],
    { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let url: string;
  try {
    url = await firstLine(child, 20_000);
  } catch (e) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  if (!/^http:\/\/127\.0\.0\.1:\d+\/#token=\S+$/.test(url)) {
    child.kill('SIGKILL');
    throw new Error(`unexpected first line from satudata serve: ${url}`);
  }
  return {
    url,
    dir,
    workspacePath,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
