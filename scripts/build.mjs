// Builds everything the hosts need:
//   out/node/*.cjs     the `satudata` CLI (with browser mode) and its worker threads (esbuild)
//   out/main, out/preload, out/renderer   the desktop shell and the renderer (electron-vite)
// Runs on `npm install` (prepare), so `npx satudata` works right after installing.
import { build } from 'esbuild';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const only = process.argv[2]; // 'node' | 'renderer' | undefined (both)

/** `import x from './file.sql?raw'` → the file's text (as Vite does). */
const rawPlugin = {
  name: 'raw',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: resolve(args.resolveDir, args.path.replace(/\?raw$/, '')),
      namespace: 'raw',
    }));
    b.onLoad({ filter: /.*/, namespace: 'raw' }, (args) => ({
      contents: readFileSync(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

export const NODE_ENTRIES = {
  satudata: 'src/main/cli/entry.ts',
  'import-writer-worker': 'src/main/core/ingest/import-writer-worker.ts',
  'validation-worker': 'src/main/core/services/validation-worker.ts',
  'import-parse-worker': 'src/main/core/ingest/import-parse-worker.ts',
};

/**
 * Built into a fresh folder, then swapped in with two renames: a CLI started meanwhile (a test,
 * a second build) never finds out/node half-written or missing its worker scripts.
 */
async function buildNode() {
  const final = join(root, 'out', 'node');
  const fresh = join(root, 'out', `node.building-${process.pid}`);
  const old = join(root, 'out', `node.old-${process.pid}`);
  rmSync(fresh, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: NODE_ENTRIES,
    outdir: fresh,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
    define: { __SATUDATA_VERSION__: JSON.stringify(pkg.version) },
    plugins: [rawPlugin],
  });
  if (existsSync(final)) renameSync(final, old);
  renameSync(fresh, final);
  rmSync(old, { recursive: true, force: true });
}

function buildRenderer() {
  const bin = join(root, 'node_modules', '.bin', 'electron-vite');
  const r = spawnSync(bin, ['build'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('electron-vite build failed');
}

const started = Date.now();
if (only !== 'renderer') await buildNode();
if (only !== 'node') buildRenderer();
process.stderr.write(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
