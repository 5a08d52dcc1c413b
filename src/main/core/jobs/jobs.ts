/** Long jobs: one AbortController per job id, and one progress stream for all jobs. */
import { randomUUID } from 'node:crypto';
import type { JobProgress } from '../../../shared/contract';

export class Jobs {
  private readonly running = new Map<string, AbortController>();
  private readonly listeners = new Set<(p: JobProgress) => void>();

  start(jobId: string | undefined): { jobId: string; signal: AbortSignal } {
    const id = jobId ?? randomUUID();
    const ctl = new AbortController();
    this.running.set(id, ctl);
    return { jobId: id, signal: ctl.signal };
  }

  end(jobId: string): void {
    this.running.delete(jobId);
  }

  cancel(jobId: string): boolean {
    const ctl = this.running.get(jobId);
    if (!ctl) return false;
    ctl.abort();
    return true;
  }

  emit(p: JobProgress): void {
    for (const l of this.listeners) l(p);
  }

  subscribe(listener: (p: JobProgress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Run `work` as job `kind`, with start/done/failed/cancelled events. */
  async run<T>(
    kind: JobProgress['kind'],
    jobId: string | undefined,
    work: (signal: AbortSignal, progress: (p: Partial<JobProgress>) => void) => Promise<T>,
  ): Promise<T> {
    const { jobId: id, signal } = this.start(jobId);
    this.emit({ jobId: id, kind, phase: 'start' });
    try {
      const value = await work(signal, (p) =>
        this.emit({ ...p, jobId: id, kind, phase: 'running' }),
      );
      this.emit({ jobId: id, kind, phase: 'done' });
      return value;
    } catch (err) {
      this.emit({ jobId: id, kind, phase: signal.aborted ? 'cancelled' : 'failed' });
      throw err;
    } finally {
      this.end(id);
    }
  }
}
