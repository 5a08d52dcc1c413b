// `npm run fuzz`: the property-based tests of tests/properties/ (the same ones `npm test` runs
// briefly in tests/unit/properties/) with many more cases — at least 100,000 in total by
// default. The TypeScript module is bundled with esbuild first (node_modules stay external).
//
//   node scripts/fuzz.mjs [--cases N] [--seed S] [--only TEXT]
//
// Each property gets a share of N by its weight. Prints one line per property and the total;
// exits 1 at the first property that fails, with fast-check's counterexample and seed.
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import fc from 'fast-check';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    seed: { type: 'string' },
    only: { type: 'string' },
  },
});
const total = Number(values.cases);
if (!Number.isInteger(total) || total < 1) {
  console.error('--cases must be a positive integer');
  process.exit(2);
}
const seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 2 ** 31;

/** `import x from './file.sql?raw'` → the file's text (as Vite and scripts/build.mjs do). */
const rawPlugin = {
  name: 'raw',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: resolve(args.resolveDir, args.path.replace(/\?raw$/, '')),
      namespace: 'raw',
    }));
    b.onLoad({ filter: /.*/, namespace: 'raw' }, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

const outDir = join(root, '.tmp', 'fuzz');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, 'properties.mjs');
await build({
  entryPoints: [join(root, 'tests', 'properties', 'index.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile,
  logLevel: 'warning',
  plugins: [rawPlugin],
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
});
const { ALL_PROPERTIES } = await import(pathToFileURL(outfile).href);
const chosen = ALL_PROPERTIES.filter((p) => !values.only || p.name.includes(values.only));
const weights = chosen.reduce((s, p) => s + (p.weight ?? 1), 0);

console.log(`fuzz: ${chosen.length} properties, ${total} cases, seed ${seed}`);
const started = Date.now();
let run = 0;
for (const [i, p] of chosen.entries()) {
  const numRuns = Math.max(1, Math.ceil((total * (p.weight ?? 1)) / weights));
  const t0 = Date.now();
  const details = await fc.check(p.property(), { numRuns, seed: seed + i });
  const ms = Date.now() - t0;
  if (details.failed) {
    console.error(`\nFAILED: ${p.name}\n${fc.defaultReportMessage(details)}`);
    console.log(`fuzz: ${run + details.numRuns} cases run, 1 property failed`);
    process.exit(1);
  }
  run += details.numRuns;
  console.log(
    `  ${String(details.numRuns).padStart(6)} cases ${String(ms).padStart(7)} ms  ${p.name}`,
  );
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`fuzz: ${run} cases in ${seconds} s, ${chosen.length} properties passed, 0 failed`);
