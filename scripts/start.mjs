// `npm start`: build if needed, then open the desktop app where Electron's binary is present
// (or can be downloaded on first start); otherwise browser mode, with a one-line notice.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (
  !existsSync(join(root, 'out', 'node', 'satudata.cjs')) ||
  !existsSync(join(root, 'out', 'renderer', 'index.html'))
) {
  const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

/**
 * Electron's binary path, or null. Requiring `electron` downloads the binary on first use; it
 * runs in a child process so that a failed download (no network) stays quiet.
 */
function electronBinary() {
  const probe = spawnSync(
    process.execPath,
    ['-e', "const p = require('electron'); if (typeof p === 'string') process.stdout.write(p);"],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 120_000 },
  );
  const p = probe.status === 0 ? probe.stdout.trim() : '';
  return p && existsSync(p) ? p : null;
}

const electron = process.env.SATUDATA_BROWSER_MODE ? null : electronBinary();
if (electron) {
  const child = spawn(electron, ['.'], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  process.stderr.write(
    'Electron tidak tersedia di mesin ini; membuka mode peramban (luring). / Electron is not available here; starting browser mode (offline).\n',
  );
  const child = spawn(
    process.execPath,
    [join(root, 'bin', 'satudata.cjs'), 'serve', ...process.argv.slice(2)],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  child.on('exit', (code) => process.exit(code ?? 0));
}
