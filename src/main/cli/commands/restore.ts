import { resolve } from 'node:path';
import type { CliCommand } from '../command';
import { t } from '../command';
import { parse, parseFormat } from '../args';
import { listBackups, restoreWorkspace } from '../../core/store/restore';

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: {
    id: 'Pulihkan ruang kerja dari cadangan otomatis terakhir (atau yang disebut)',
    en: 'Restore the workspace from its latest (or the named) automatic backup',
  },
  usage: 'satudata restore [--from BACKUP] [--list] [--format text|json] [--workspace PATH]',
  // the workspace may be damaged: never open it here
  usesWorkspace: () => false,
  run(ctx) {
    const { values } = parse(
      ctx.argv,
      { from: { type: 'string' }, list: { type: 'boolean' }, format: { type: 'string' } },
      false,
    );
    const format = parseFormat(values.format, ['text', 'json'] as const, 'text');
    const dbPath = resolve(ctx.workspacePath);
    if (values.list) {
      const backups = listBackups(dbPath);
      ctx.io.out(
        format === 'json'
          ? JSON.stringify(
              backups.map((b) => ({ name: b.name, bytes: b.bytes, modifiedAt: b.modifiedAt })),
            ) + '\n'
          : backups.map((b) => `${b.name}  ${b.modifiedAt}  ${b.bytes}`).join('\n') +
              (backups.length ? '\n' : ''),
      );
      return Promise.resolve(0);
    }
    const r = restoreWorkspace(dbPath, values.from);
    if (format === 'json') ctx.io.out(JSON.stringify(r) + '\n');
    ctx.io.err(
      t(
        ctx.lang,
        `Ruang kerja dipulihkan dari ${r.restoredFrom}.${r.keptAs ? ` Berkas sebelumnya disimpan sebagai ${r.keptAs}.` : ''}\n`,
        `Workspace restored from ${r.restoredFrom}.${r.keptAs ? ` The previous file was kept as ${r.keptAs}.` : ''}\n`,
      ),
    );
    return Promise.resolve(0);
  },
};
