/**
 * Where the built worker scripts live. Hosts that run from the build (CLI, server, desktop)
 * call `setWorkerScriptDir(__dirname of the bundle)`; without it (unit tests on the sources)
 * work runs inline on the calling thread.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

let scriptDir: string | null = null;

export function setWorkerScriptDir(dir: string | null): void {
  scriptDir = dir;
}

/** Absolute path of a built worker script, or null when workers are not available. */
export function workerScript(name: string): string | null {
  if (scriptDir === null) return null;
  const p = join(scriptDir, `${name}.cjs`);
  return existsSync(p) ? p : null;
}
