/** Where things are, relative to the repository (the same on CI and on a steward's clone). */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

/** The shared sample files live beside the repository: ../shared/samples. */
export const SAMPLES_DIR = resolve(REPO_ROOT, '..', 'shared', 'samples');

export function sample(name: string): string {
  return resolve(SAMPLES_DIR, name);
}

/** Screenshots for people to look at (git-ignored). */
export const SCREENSHOTS_DIR = resolve(REPO_ROOT, 'screenshots');
