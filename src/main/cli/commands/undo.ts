/**
 * `satudata undo DATASET`: move the dataset back to the version before its last change (one
 * `clean DATASET` recipe, or one step added in the app). Nothing is deleted: the undone version
 * stays in the history and can be redone from the app.
 */
import type { CliCommand } from '../command';
import { t } from '../command';
import { parse, parseFormat, requirePositional } from '../args';

export const undoCommand: CliCommand = {
  name: 'undo',
  summary: {
    id: 'Batalkan perubahan terakhir (langkah atau resep) pada dataset',
    en: 'Undo the last change (a step or a recipe) of a dataset',
  },
  usage: `satudata undo DATASET [--format text|json] [--workspace PATH]

Undoes the last "satudata clean DATASET" (the whole recipe) or the last step added in the app.
JSON output: {"id","version","undone":[{"op","description"}]}. Exit 2 when there is nothing
to undo (the dataset is at its import).`,
  async run(ctx) {
    const { values, positionals } = parse(ctx.argv, { format: { type: 'string' } });
    const id = requirePositional(positionals, 0, 'DATASET', 'DATASET');
    const format = parseFormat(values.format, ['text', 'json'] as const, 'text');
    const wb = ctx.workbench();
    const before = await wb.invoke('steps:history', { id });
    const undone = before.versions.find((v) => v.version === before.currentVersion)?.steps ?? [];
    const { version } = await wb.invoke('steps:undo', { id });
    if (format === 'json') {
      ctx.io.out(
        JSON.stringify({
          id,
          version,
          undone: undone.map((s) => ({ op: s.step.op, description: s.description })),
        }) + '\n',
      );
      return 0;
    }
    const L = ctx.lang;
    const lines = [
      t(
        L,
        `Dibatalkan: dataset ${id} kembali ke versi ${version} (${undone.length} langkah dibatalkan).`,
        `Undone: dataset ${id} is back at version ${version} (${undone.length} steps undone).`,
      ),
      ...undone.map((s) => `  - ${L === 'en' ? s.description.en : s.description.id}`),
    ];
    ctx.io.err(lines.join('\n') + '\n');
    return 0;
  },
};
