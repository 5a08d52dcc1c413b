/** Every `satudata` command, listed once. */
import type { CliCommand } from '../command';
import { inspectCommand } from './inspect';
import { importCommand } from './import';
import { listCommand } from './list';
import { exportCommand } from './export';
import { serveCommand } from './serve';
import { metadataCommand } from './metadata';
import { refCommand } from './ref';
import { validateCommand } from './validate';
import { restoreCommand } from './restore';
import { catalogCommand } from './catalog';
import { cleanCommand } from './clean';
import { undoCommand } from './undo';
import { bundleCommand } from './bundle';

export const COMMANDS: readonly CliCommand[] = [
  inspectCommand,
  importCommand,
  listCommand,
  exportCommand,
  serveCommand,
  metadataCommand,
  refCommand,
  validateCommand,
  restoreCommand,
  catalogCommand,
  cleanCommand,
  undoCommand,
  bundleCommand,
];
