/** Where the built pieces live, relative to the CLI bundle (out/node/satudata.cjs). */
import { join } from 'node:path';

declare const __dirname: string;

export function bundleDir(): string {
  return __dirname;
}

export function rendererDir(): string {
  return process.env['SATUDATA_RENDERER_DIR'] ?? join(bundleDir(), '..', 'renderer');
}
