/**
 * The pure part of the desktop IPC (no Electron import, so tests run it under plain Node):
 * which channels exist, and what one invoke does — refuse a sender that is not the app's own
 * page, refuse a channel that is not a contract key, then hand the request to the session,
 * which validates it against the contract's schema (additionalProperties: false) first.
 */
import { CONTRACT_KEYS, type ContractKey, type Result } from '../../shared/contract';
import type { AppErrorData } from '../../shared/errors';
import { isContractKey } from '../core/boundary';
import { isAppUrl } from './security';

export const IPC_PREFIX = 'api:';
export const PROGRESS_CHANNEL = 'job:progress';

/** One invoke channel per contract key, nothing else. */
export function ipcChannels(): string[] {
  return CONTRACT_KEYS.map((key) => `${IPC_PREFIX}${key}`);
}

/** The sender as Electron describes it (IpcMainInvokeEvent.senderFrame). */
export interface IpcSender {
  senderFrame?: { url: string } | null;
}

export interface IpcTarget {
  call(key: ContractKey, req: unknown): Promise<Result<unknown>>;
}

function refused(code: string, message: string, messageEn: string): Result<never> {
  const error: AppErrorData = { kind: 'refused', code, message, messageEn };
  return { ok: false, error };
}

/** True when the invoke comes from a frame showing the app's own files. */
export function fromApp(event: IpcSender, appRoot: string): boolean {
  return isAppUrl(event.senderFrame?.url ?? '', appRoot);
}

/** What the handler of `channel` answers to `req` from `event`. */
export async function dispatchIpc(
  target: IpcTarget,
  appRoot: string,
  channel: string,
  event: IpcSender,
  req: unknown,
): Promise<Result<unknown>> {
  if (!fromApp(event, appRoot)) return refused('foreign-sender', 'Ditolak.', 'Refused.');
  const key = channel.startsWith(IPC_PREFIX) ? channel.slice(IPC_PREFIX.length) : '';
  if (!isContractKey(key)) {
    return {
      ok: false,
      error: {
        kind: 'invalid-argument',
        code: 'unknown-call',
        message: `Panggilan ${channel.slice(0, 80)} tidak dikenal.`,
        messageEn: `Unknown call ${channel.slice(0, 80)}.`,
      },
    };
  }
  return target.call(key, req);
}
