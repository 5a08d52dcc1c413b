/** A CliContext with captured output, for calling a command's run() directly. */
import type { CliContext, Lang } from '../../../src/main/cli/command';
import type { Workbench } from '../../../src/main/core/workbench';

export interface FakeCli {
  ctx: CliContext;
  out: () => string;
  err: () => string;
}

export function fakeCli(
  argv: string[],
  workbench: Record<string, unknown>,
  lang: Lang = 'id',
): FakeCli {
  let out = '';
  let err = '';
  const ctx: CliContext = {
    argv,
    lang,
    workspacePath: ':memory:',
    io: {
      out: (text) => {
        out += text;
      },
      err: (text) => {
        err += text;
      },
      errIsTTY: false,
    },
    workbench: () => workbench as unknown as Workbench,
  };
  return { ctx, out: () => out, err: () => err };
}
