// Browser mode in front of a damaged workspace: the server starts on a recovery session, the
// token still guards the API, workspace:status explains the damage, other calls and uploads
// are refused, and workspace:restore brings the backup back so the ordinary API works again.
import { mkdtempSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkbench } from '../../src/main/core/workbench';
import { openWorkspaceSession, type WorkspaceSession } from '../../src/main/core/workspace-session';
import { startServer, type RunningServer } from '../../src/main/server/server';

let dir = '';
let session: WorkspaceSession;
let server: RunningServer;
let base = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sdw-serve-recovery-'));
  const path = join(dir, 'ws.db');
  const csv = join(dir, 'data.csv');
  writeFileSync(csv, 'kode,nama\n64.71,Balikpapan\n64.72,Samarinda\n');
  const wb = await createWorkbench({ workspacePath: path, host: 'cli', user: 'uji' });
  await wb.invoke('datasets:import', { source: { path: csv } });
  wb.close();
  (await createWorkbench({ workspacePath: path, host: 'cli', user: 'uji' })).close();
  truncateSync(path, Math.floor(statSync(path).size / 2));

  session = await openWorkspaceSession({ workspacePath: path, host: 'browser', user: 'uji' });
  server = await startServer({ workbench: session, staticDir: join(dir, 'no-renderer') });
  base = `http://127.0.0.1:${server.port}`;
});

afterAll(async () => {
  await server?.close();
  session?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function post(
  path: string,
  body: unknown,
  token = server.token,
): Promise<{ status: number; json: { ok: boolean; value?: unknown; error?: { code: string } } }> {
  const r = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-satudata-token': token },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: r.status, json: (await r.json()) as never };
}

describe('satudata serve on a damaged workspace', () => {
  it('starts in recovery and still wants the token', async () => {
    expect(session.state).toBe('corrupt');
    expect((await post('/api/workspace/status', {}, 'wrong')).status).toBe(401);
  });

  it('explains the damage, refuses other calls and uploads, validates arguments', async () => {
    const status = await post('/api/workspace/status', {});
    expect(status.json.ok).toBe(true);
    expect(status.json.value).toMatchObject({ state: 'corrupt', backups: [{}] });
    expect((await post('/api/datasets/list', {})).json.error?.code).toBe('workspace-corrupt');
    const upload = await post('/api/upload', 'kode,nama\n1,a\n');
    expect(upload.status).toBe(409);
    expect(upload.json.error?.code).toBe('workspace-not-open');
    expect(
      (await post('/api/workspace/restore', { backup: 'x', force: true })).json.error?.code,
    ).toBe('invalid-argument');
  });

  it('restores the latest backup, after which the ordinary API answers', async () => {
    const r = await post('/api/workspace/restore', {});
    expect(r.json.ok).toBe(true);
    expect(session.state).toBe('ok');
    const list = await post('/api/datasets/list', {});
    expect(list.json.value).toMatchObject([{ rows: 2 }]);
    const upload = await post('/api/upload', 'kode,nama\n1,a\n');
    expect(upload.status).toBe(200);
  });
});
