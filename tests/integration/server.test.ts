// Browser mode (satudata serve): loopback only, per-launch token checked before routing,
// Host and Origin checks, no CORS, static files only from the built renderer, uploads that
// import through the same services as the CLI.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, BIN, ROOT, SAMPLES, tempDir } from '../support/cli';

let child: ChildProcess;
let base = '';
let token = '';
let port = 0;

beforeAll(async () => {
  assertBuilt();
  const ws = join(tempDir(), 'ws.db');
  child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--workspace', ws], { cwd: ROOT });
  const firstLine = await new Promise<string>((resolve, reject) => {
    let buf = '';
    child.stdout?.on('data', (d: Buffer) => {
      buf += d.toString();
      const nl = buf.indexOf('\n');
      if (nl !== -1) resolve(buf.slice(0, nl));
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${code}`)));
  });
  const m = /^http:\/\/127\.0\.0\.1:(\d+)\/#token=([A-Za-z0-9_-]+)$/.exec(firstLine);
  expect(m).not.toBeNull();
  port = Number(m?.[1]);
  token = m?.[2] ?? '';
  base = `http://127.0.0.1:${port}`;
});

afterAll(() => {
  child?.kill('SIGTERM');
});

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function raw(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: Buffer | string,
): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

async function api(
  path: string,
  body: unknown,
): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
  const r = await fetch(`${base}/api/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-satudata-token': token },
    body: JSON.stringify(body),
  });
  expect(r.status).toBe(200);
  return (await r.json()) as {
    ok: boolean;
    value?: unknown;
    error?: { code: string; message: string };
  };
}

describe('satudata serve', () => {
  it('prints the URL with a token as the first line and listens on 127.0.0.1', () => {
    expect(port).toBeGreaterThan(0);
    expect(token.length).toBeGreaterThanOrEqual(24);
  });

  it('answers 401 to API requests without the token, before routing', async () => {
    for (const path of ['/api/datasets/list', '/api/no/such-thing', '/api/upload']) {
      const r = await fetch(`${base}${path}`, { method: 'POST', body: '{}' });
      expect(r.status).toBe(401);
    }
    const wrong = await fetch(`${base}/api/datasets/list`, {
      method: 'POST',
      headers: { 'x-satudata-token': token.slice(0, -1) + 'x' },
      body: '{}',
    });
    expect(wrong.status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    const rebinding = await raw(
      'POST',
      '/api/datasets/list',
      { host: `evil.example:${port}`, 'x-satudata-token': token },
      '{}',
    );
    expect(rebinding.status).toBe(403);
    const origin = await raw(
      'POST',
      '/api/datasets/list',
      { host: `127.0.0.1:${port}`, origin: 'http://evil.example', 'x-satudata-token': token },
      '{}',
    );
    expect(origin.status).toBe(403);
    expect(origin.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves the renderer with a strict CSP and never a file outside it', async () => {
    const index = await raw('GET', '/', { host: `127.0.0.1:${port}` });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("default-src 'self'");
    for (const p of ['/../package.json', '/%2e%2e/package.json', '/..%2f..%2fpackage.json']) {
      const r = await raw('GET', p, { host: `127.0.0.1:${port}` });
      expect([403, 404]).toContain(r.status);
      expect(r.body).not.toContain('"satu-data-workbench"');
    }
  });

  it('rejects a payload that does not match the contract with a typed error', async () => {
    const r = await api('datasets/rows', { id: 'x', limit: 10, sql: 'DROP TABLE datasets' });
    expect(r.ok).toBe(false);
    expect(r.error?.code).toBe('invalid-argument');
    const bad = await fetch(`${base}/api/datasets/list`, {
      method: 'POST',
      headers: { 'x-satudata-token': token },
      body: '{nope',
    });
    expect(bad.status).toBe(400);
  });

  it('imports an upload, pages its rows and offers the CSV export as a download', async () => {
    const bytes = readFileSync(join(SAMPLES, 'penduduk-kecamatan-2023-2024.csv'));
    const up = await fetch(`${base}/api/upload`, {
      method: 'POST',
      headers: {
        'x-satudata-token': token,
        'x-file-name': encodeURIComponent('penduduk kecamatan.csv'),
        'content-type': 'application/octet-stream',
      },
      body: bytes,
    });
    const upJson = (await up.json()) as { ok: boolean; value: { uploadId: string; size: number } };
    expect(upJson.ok).toBe(true);
    expect(upJson.value.size).toBe(bytes.length);
    const imp = await api('datasets/import', { source: { uploadId: upJson.value.uploadId } });
    expect(imp.ok).toBe(true);
    const ds = imp.value as { id: string; rows: number; file: string };
    expect(ds.rows).toBe(26);
    expect(ds.file).toBe('penduduk kecamatan.csv');
    const page = await api('datasets/rows', { id: ds.id, limit: 5, from: 10 });
    expect((page.value as { rows: { line: number }[] }).rows.map((r) => r.line)).toEqual([
      10, 11, 12, 13, 14,
    ]);
    const exp = await api('export/dataset', {
      id: ds.id,
      format: 'csv',
      target: { download: true },
    });
    const dl = exp.value as { downloadId: string; fileName: string };
    const file = await fetch(`${base}/api/download/${dl.downloadId}?token=${token}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain('attachment');
    const text = await file.text();
    expect(text.split('\r\n')[1]).toBe(
      '64,KALIMANTAN TIMUR,64.71,KOTA BALIKPAPAN,64.71.01,BALIKPAPAN TIMUR,LAKI-LAKI,53020,JIWA,2023',
    );
  });

  it('refuses to export personal data through the API, naming the columns', async () => {
    const bytes = readFileSync(join(SAMPLES, 'fasilitas-kesehatan-2024.csv'));
    const up = await fetch(`${base}/api/upload`, {
      method: 'POST',
      headers: {
        'x-satudata-token': token,
        'x-file-name': 'fasilitas.csv',
        'content-type': 'application/octet-stream',
      },
      body: bytes,
    });
    const { value } = (await up.json()) as { value: { uploadId: string } };
    const imp = await api('datasets/import', { source: { uploadId: value.uploadId } });
    const ds = imp.value as { id: string };
    const exp = await api('export/dataset', {
      id: ds.id,
      format: 'csv',
      target: { download: true },
    });
    expect(exp.ok).toBe(false);
    expect(exp.error?.code).toBe('personal-data');
    expect(exp.error?.message).toContain('nik_kepala');
  });
});
