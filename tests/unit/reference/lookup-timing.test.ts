/**
 * Measures the targets of the reference store (prints the figures; asserts only correctness):
 * first build < 3 s, reopen, lookup by code < 1 ms, fuzzy name lookup among 83,762 desa < 50 ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { openReferenceStore } from '../../../src/main/core/reference/reference-store';

const NAMES = [
  'Kel. Gn. Samarinda Baru',
  'Sungai Nangka',
  'Sukamaju',
  'Klandasan Ilr',
  'Margomulyo',
  'Tanjung Harapan',
  'Kampung Baru',
  'Sidoarjo',
];

test('reference store timings (printed)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'satudata-ref-timing-'));
  try {
    let t = performance.now();
    const built = openReferenceStore({ dir });
    const buildMs = performance.now() - t;
    built.close();
    t = performance.now();
    const store = openReferenceStore({ dir });
    const reopenMs = performance.now() - t;
    t = performance.now();
    for (let i = 0; i < 10000; i++) store.byCode('64.71.05.1010');
    const byCodeMs = (performance.now() - t) / 10000;
    const fuzzy: string[] = [];
    for (const name of NAMES) {
      store.find(name, { level: 'desa' }); // warm-up per name
      t = performance.now();
      const r = store.find(name, { level: 'desa' });
      fuzzy.push(`${name}: ${(performance.now() - t).toFixed(1)} ms`);
      expect(r.length).toBeGreaterThan(0);
    }
    t = performance.now();
    const cold = store.find('Gunung Bahagia');
    const firstFindMs = performance.now() - t;
    expect(cold[0]?.code).toBe('64.71.05.1006');
    console.log(
      [
        `build ${buildMs.toFixed(0)} ms`,
        `reopen ${reopenMs.toFixed(1)} ms`,
        `byCode ${(byCodeMs * 1000).toFixed(1)} µs`,
        `fuzzy (desa, warm): ${fuzzy.join('; ')}`,
        `fuzzy (all levels, new name) ${firstFindMs.toFixed(1)} ms`,
      ].join('\n'),
    );
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
