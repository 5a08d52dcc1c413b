import type { CliCommand } from '../command';
import { t } from '../command';
import { parse, parseCount } from '../args';
import { startServer } from '../../server/server';
import { openWorkspaceSession } from '../../core/workspace-session';
import { rendererDir } from '../paths';

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: {
    id: 'Jalankan mode peramban di 127.0.0.1 (luring)',
    en: 'Run browser mode on 127.0.0.1 (offline)',
  },
  usage: 'satudata serve [--port N] [--workspace PATH]',
  // opened here as a session: a damaged workspace starts in recovery instead of failing
  usesWorkspace: () => false,
  async run(ctx) {
    const { values } = parse(ctx.argv, { port: { type: 'string' } }, false);
    const port = parseCount(values.port, '--port', 0);
    const session = await openWorkspaceSession({
      workspacePath: ctx.workspacePath,
      host: 'browser',
    });
    try {
      const running = await startServer({ workbench: session, staticDir: rendererDir(), port });
      ctx.io.out(running.url + '\n');
      ctx.io.err(
        t(
          ctx.lang,
          `Satu Data Workbench berjalan di ${running.url}\nRuang kerja: ${session.workspacePath}\nTekan Ctrl+C untuk berhenti.\n`,
          `Satu Data Workbench is running at ${running.url}\nWorkspace: ${session.workspacePath}\nPress Ctrl+C to stop.\n`,
        ),
      );
      if (session.damage) {
        ctx.io.err(
          t(
            ctx.lang,
            `Peringatan: ${session.damage.message}\nBuka alamat di atas untuk memulihkan cadangan dari aplikasi.\n`,
            `Warning: ${session.damage.messageEn}\nOpen the address above to restore a backup from the app.\n`,
          ),
        );
        session.onOpened(() =>
          ctx.io.err(
            t(
              ctx.lang,
              'Ruang kerja dipulihkan dari cadangan dan terbuka.\n',
              'The workspace was restored from a backup and is open.\n',
            ),
          ),
        );
      }
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void running.close().then(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    } finally {
      session.close();
    }
    return 0;
  },
};
