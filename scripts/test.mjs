// `npm test`: the whole suite, in order — format, lint, types, build, unit + integration
// (vitest), end to end (Playwright in Debian's Chromium). Stops at the first failure.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

const steps = [
  ['format (prettier)', bin('prettier'), ['--check', '.']],
  ['lint (eslint)', bin('eslint'), ['.', '--max-warnings=0']],
  ['typecheck (node)', bin('tsc'), ['-p', 'tsconfig.node.json', '--noEmit']],
  ['typecheck (web)', bin('tsc'), ['-p', 'tsconfig.web.json', '--noEmit']],
  ['typecheck (renderer tests)', bin('tsc'), ['-p', 'tsconfig.renderer-tests.json', '--noEmit']],
  ['build', process.execPath, ['scripts/build.mjs']],
  ['unit + integration (vitest)', bin('vitest'), ['run']],
  ['end to end (playwright)', bin('playwright'), ['test']],
];

let passed = 0;
for (const [name, cmd, args] of steps) {
  process.stderr.write(`\n=== ${name} ===\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    process.stderr.write(`\n=== ${name}: FAILED ===\n`);
    console.log(`checks: ${passed} passed, 1 failed`);
    process.exit(1);
  }
  passed++;
}
console.log(`checks: ${passed} passed, 0 failed`);
