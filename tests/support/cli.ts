/** Run the built `satudata` command as a user would (node bin/satudata.cjs …). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
export const SAMPLES = resolve(ROOT, '..', 'shared', 'samples');
export const BIN = join(ROOT, 'bin', 'satudata.cjs');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function assertBuilt(): void {
  if (!existsSync(join(ROOT, 'out', 'node', 'satudata.cjs'))) {
    throw new Error('The CLI is not built: run `npm run build` (npm test does it first).');
  }
}

export function satudata(
  args: string[],
  opts: { cwd?: string; input?: string; timeoutMs?: number } = {},
): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    input: opts.input ?? '',
    timeout: opts.timeoutMs ?? 60_000,
    env: { ...process.env, SATUDATA_DEBUG: '' },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = 'sdw-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
