// Validation in a worker thread, as the app and the CLI run it (the built
// out/node/validation-worker.cjs): the stored run — report and per-cell detail — is the one the
// inline validator stores, progress arrives on the jobs stream, and a run is cancelled by job id.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkbench, type Workbench } from '../../src/main/core/workbench';
import { setWorkerScriptDir, workerScript } from '../../src/main/core/jobs/worker-scripts';
import { validateDatasetJob } from '../../src/main/core/services/validation-handlers';
import type { JobProgress, Res } from '../../src/shared/contract';
import type { Result } from '../../src/shared/errors';

const OUT = resolve(__dirname, '..', '..', 'out', 'node');

const open: Workbench[] = [];
afterEach(() => {
  setWorkerScriptDir(null);
  for (const wb of open.splice(0)) wb.close();
});

/** 30 000 rows: repeated keys with other values, a bad code, stray spaces, a bad year. */
function csv(): string {
  const kec = [
    ['64.71.01', 'Balikpapan Timur'],
    ['64.71.02', 'Balikpapan Barat'],
    ['64.71.03', 'Balikpapan Utara'],
    ['64.72.01', 'Palaran'],
    ['64.72.99', 'Entah'],
  ];
  const lines = ['kode_kecamatan,nama_kecamatan,tahun,jumlah_penduduk,satuan'];
  for (let i = 0; i < 30_000; i++) {
    const [code, name] = kec[i % kec.length] as [string, string];
    const year = i % 997 === 0 ? '20x4' : String(2015 + (i % 9));
    const unit = i % 1009 === 0 ? ' jiwa ' : 'jiwa';
    lines.push(`${code},${name},${year},${(i * 7919) % 100_000},${unit}`);
  }
  return lines.join('\n') + '\n';
}

async function datasetWorkbench(): Promise<{ wb: Workbench; id: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'sdw-validation-worker-'));
  const wb = await createWorkbench({ workspacePath: join(dir, 'ws.db'), host: 'cli' });
  open.push(wb);
  const path = join(dir, 'penduduk.csv');
  writeFileSync(path, csv());
  const r = await wb.call('datasets:import', { source: { path } });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return { wb, id: r.value.id };
}

describe('validation in a worker thread', () => {
  it('is built', () => {
    setWorkerScriptDir(OUT);
    expect(workerScript('validation-worker')).not.toBeNull();
  });

  it('stores the run the inline validator stores, with progress on the jobs stream', async () => {
    const { wb, id } = await datasetWorkbench();
    const inline = await validateDatasetJob(wb.context, id);

    setWorkerScriptDir(OUT);
    const events: JobProgress[] = [];
    wb.onProgress((p) => events.push(p));
    const r = await wb.call('validation:run', { id, jobId: 'in-worker' });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const run = r.value;

    expect(run.report).toEqual(inline.report);
    expect(run.report.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining([
        'duplikat-kunci-bertentangan',
        'tipe-tidak-sesuai',
        'spasi-berlebih',
      ]),
    );
    const page = async (runId: number): Promise<unknown[]> => {
      const all: unknown[] = [];
      let after: number | null = -1;
      while (after !== null) {
        const c: Result<Res<'validation:cells'>> = await wb.call('validation:cells', {
          runId,
          after,
          limit: 5000,
        });
        if (!c.ok) throw new Error(JSON.stringify(c.error));
        all.push(...c.value.cells.map(({ seq: _seq, ...cell }) => cell));
        after = c.value.nextAfter;
      }
      return all;
    };
    const cells = await page(run.runId);
    expect(cells.length).toBeGreaterThan(1000);
    expect(cells).toEqual(await page(inline.runId));

    const mine = events.filter((e) => e.jobId === 'in-worker');
    expect(mine[0]?.phase).toBe('start');
    expect(mine[mine.length - 1]?.phase).toBe('done');
    const rows = mine.filter((e) => e.phase === 'running').map((e) => e.rows ?? 0);
    expect(rows.length).toBeGreaterThan(2);
    expect(rows[rows.length - 1]).toBe(30_000);
  });

  it('is cancelled by job id, and stores nothing', async () => {
    const { wb, id } = await datasetWorkbench();
    setWorkerScriptDir(OUT);
    const events: JobProgress[] = [];
    wb.onProgress((p) => events.push(p));
    const running = validateDatasetJob(wb.context, id, { jobId: 'to-cancel' });
    expect(wb.context.jobs.cancel('to-cancel')).toBe(true);
    await expect(running).rejects.toMatchObject({ kind: 'cancelled' });
    expect(events.filter((e) => e.jobId === 'to-cancel').map((e) => e.phase)).toContain(
      'cancelled',
    );
    const latest = await wb.call('validation:latest', { id });
    expect(latest.ok && latest.value).toBeNull();
  });
});
