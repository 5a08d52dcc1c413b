// The desktop IPC path without Electron: one channel per contract key, and what an invoke
// answers — a foreign sender and an unknown channel are refused, an argument with a property
// the contract does not know is rejected by the contract's ajv schema before any service runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTRACT_KEYS, type Result } from '../../../src/shared/contract';
import { dispatchIpc, ipcChannels, type IpcSender } from '../../../src/main/electron/ipc-dispatch';
import {
  openWorkspaceSession,
  type WorkspaceSession,
} from '../../../src/main/core/workspace-session';

vi.mock('electron', () => {
  throw new Error('the electron module must not be loaded by these tests');
});

const APP = '/app/out/renderer';
const PAGE: IpcSender = { senderFrame: { url: 'file:///app/out/renderer/index.html' } };

let dir = '';
let session: WorkspaceSession;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sdw-ipc-'));
  session = await openWorkspaceSession({
    workspacePath: join(dir, 'ws.db'),
    host: 'desktop',
    referenceDir: join(dir, 'reference'),
    user: 'uji',
  });
});

afterAll(() => {
  session.close();
  rmSync(dir, { recursive: true, force: true });
});

function failed(r: Result<unknown>): { kind: string; code: string } {
  if (r.ok) throw new Error(`expected a refusal, got ${JSON.stringify(r.value)}`);
  return r.error;
}

describe('desktop IPC', () => {
  it('has exactly one invoke channel per contract key', () => {
    const channels = ipcChannels();
    expect(channels).toHaveLength(CONTRACT_KEYS.length);
    expect(new Set(channels).size).toBe(channels.length);
    for (const c of channels) expect(c).toMatch(/^api:[a-z-]+:[a-z-]+$/);
    expect(channels).toContain('api:workspace:status');
  });

  it('answers a valid call from the app page', async () => {
    const r = await dispatchIpc(session, APP, 'api:datasets:list', PAGE, {});
    expect(r).toEqual({ ok: true, value: [] });
  });

  it('rejects an argument with a property the contract does not know', async () => {
    const extra = failed(
      await dispatchIpc(session, APP, 'api:datasets:list', PAGE, { sql: 'DROP TABLE x' }),
    );
    expect(extra).toMatchObject({ kind: 'invalid-argument', code: 'invalid-argument' });

    const nested = failed(
      await dispatchIpc(session, APP, 'api:datasets:inspect', PAGE, {
        source: { path: join(dir, 'x.csv'), shell: 'rm -rf /' },
      }),
    );
    expect(nested).toMatchObject({ kind: 'invalid-argument', code: 'invalid-argument' });

    const proto = failed(
      await dispatchIpc(
        session,
        APP,
        'api:workspace:restore',
        PAGE,
        JSON.parse('{"__proto__": {"polluted": true}}'),
      ),
    );
    expect(proto).toMatchObject({ kind: 'invalid-argument' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();

    expect(failed(await dispatchIpc(session, APP, 'api:datasets:list', PAGE, null))).toMatchObject({
      kind: 'invalid-argument',
    });
  });

  it('rejects a channel that is not a contract key', async () => {
    for (const channel of ['api:shell:exec', 'api:', 'datasets:list', 'api:__proto__', '']) {
      expect(failed(await dispatchIpc(session, APP, channel, PAGE, {})), channel).toMatchObject({
        kind: 'invalid-argument',
        code: 'unknown-call',
      });
    }
  });

  it('refuses a sender that is not the app page', async () => {
    for (const sender of [
      { senderFrame: { url: 'https://example.com/' } },
      { senderFrame: { url: 'file:///tmp/evil.html' } },
      { senderFrame: null },
      {},
    ]) {
      expect(
        failed(await dispatchIpc(session, APP, 'api:datasets:list', sender, {})),
      ).toMatchObject({ kind: 'refused', code: 'foreign-sender' });
    }
  });
});
