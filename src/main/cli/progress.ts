/** A progress bar on stderr, only when stderr is a terminal. */
import type { CliIO } from './command';

export function progressBar(
  io: CliIO,
  label: string,
): { update(done: number, total: number, rows: number): void; done(): void } {
  if (!io.errIsTTY) return { update: () => undefined, done: () => undefined };
  let last = -1;
  return {
    update(done, total, rows) {
      const pct = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
      if (pct === last) return;
      last = pct;
      const width = 30;
      const fill = Math.round((pct / 100) * width);
      io.err(
        `\r${label} [${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${pct}%  ${rows.toLocaleString('id-ID')} baris`,
      );
    },
    done() {
      if (last >= 0) io.err('\n');
    },
  };
}
