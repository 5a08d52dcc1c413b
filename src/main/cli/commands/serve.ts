import type { CliCommand } from '../command';
import { t } from '../command';
import { parse, parseCount } from '../args';
import { startServer } from '../../server/server';
import { rendererDir } from '../paths';

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: {
    id: 'Jalankan mode peramban di 127.0.0.1 (luring)',
    en: 'Run browser mode on 127.0.0.1 (offline)',
  },
  usage: 'satudata serve [--port N] [--workspace PATH]',
  async run(ctx) {
    const { values } = parse(ctx.argv, { port: { type: 'string' } }, false);
    const port = parseCount(values.port, '--port', 0);
    const wb = ctx.workbench();
    const running = await startServer({ workbench: wb, staticDir: rendererDir(), port });
    ctx.io.out(running.url + '\n');
    ctx.io.err(
      t(
        ctx.lang,
        `Satu Data Workbench berjalan di ${running.url}\nRuang kerja: ${wb.workspacePath}\nTekan Ctrl+C untuk berhenti.\n`,
        `Satu Data Workbench is running at ${running.url}\nWorkspace: ${wb.workspacePath}\nPress Ctrl+C to stop.\n`,
      ),
    );
    await new Promise<void>((resolve) => {
      const stop = (): void => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        void running.close().then(resolve);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    return 0;
  },
};
