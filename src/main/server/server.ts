/**
 * Browser mode: the renderer and the API on 127.0.0.1 only, with a per-launch token.
 * Every request under /api/ without the token is answered 401 before any routing; the Host
 * header must name this server (defeats DNS rebinding); POSTs from a foreign Origin are
 * refused; no CORS; bodies are size-limited and uploads stream to disk. It serves a workspace
 * session: while the workspace is damaged (recovery) only the workspace:* calls answer, and
 * uploads and downloads are refused until a backup has been restored.
 */
import { createReadStream, createWriteStream, existsSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { AddressInfo } from 'node:net';
import type { Workbench } from '../core/workbench';
import type { Transfers } from '../core/services/transfers';
import { isContractKey } from '../core/boundary';

export const MAX_JSON_BODY = 1024 * 1024;
export const MAX_UPLOAD = 4 * 1024 * 1024 * 1024;

/** The renderer's content security policy, sent with every static file. */
export const RENDERER_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** What the server serves: a workbench, or a workspace session (which may be in recovery). */
export interface ServedApi {
  call: Workbench['call'];
  onProgress: Workbench['onProgress'];
  /** null while the workspace is not open (recovery) */
  readonly transfers: Transfers | null;
}

export interface ServerOptions {
  workbench: ServedApi;
  /** built renderer (out/renderer) */
  staticDir: string;
  port?: number;
  /** fixed token (tests); default: random per launch */
  token?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  server: Server;
  close(): Promise<void>;
}

function tokenMatches(expected: Buffer, given: string | null | undefined): boolean {
  if (typeof given !== 'string') return false;
  const g = Buffer.from(given);
  if (g.length !== expected.length) {
    // compare anyway so that timing does not reveal the length check
    timingSafeEqual(expected, expected);
    return false;
  }
  return timingSafeEqual(expected, g);
}

function send(
  res: ServerResponse,
  status: number,
  body: string,
  type = 'application/json; charset=utf-8',
): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value));
}

function errorEnvelope(
  code: string,
  message: string,
  messageEn: string,
  kind = 'invalid-argument',
): unknown {
  return { ok: false, error: { kind, code, message, messageEn } };
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function startServer(opts: ServerOptions): Promise<RunningServer> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const expected = Buffer.from(token);
  const staticRoot = resolve(opts.staticDir);
  const wb = opts.workbench;
  const sseClients = new Set<ServerResponse>();
  let port = 0;

  const offProgress = wb.onProgress((p) => {
    const line = `data: ${JSON.stringify(p)}\n\n`;
    for (const c of sseClients) c.write(line);
  });

  const allowedHosts = (): Set<string> => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = (): Set<string> =>
    new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const given = req.headers['x-satudata-token'];
    const headerToken = Array.isArray(given) ? given[0] : given;
    if (!tokenMatches(expected, headerToken ?? url.searchParams.get('token'))) {
      sendJson(
        res,
        401,
        errorEnvelope(
          'unauthorized',
          'Token tidak valid. Buka alamat yang dicetak oleh "satudata serve".',
          'Invalid token. Open the address printed by "satudata serve".',
          'refused',
        ),
      );
      return;
    }
    const path = url.pathname;
    if (req.method === 'GET' && path === '/api/events') {
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-content-type-options': 'nosniff',
      });
      res.write(': connected\n\n');
      sseClients.add(res);
      req.on('close', () => sseClients.delete(res));
      return;
    }
    if (req.method === 'GET' && path.startsWith('/api/download/')) {
      const id = path.slice('/api/download/'.length);
      const file = /^[a-f0-9]{24}$/.test(id) ? wb.transfers?.download(id) : undefined;
      if (!file || !existsSync(file.path)) {
        sendJson(
          res,
          404,
          errorEnvelope(
            'download-not-found',
            'Unduhan tidak ditemukan.',
            'Download not found.',
            'not-found',
          ),
        );
        return;
      }
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': String(statSync(file.path).size),
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      await pipeline(createReadStream(file.path), res);
      return;
    }
    if (req.method !== 'POST') {
      sendJson(
        res,
        405,
        errorEnvelope('method-not-allowed', 'Metode tidak diizinkan.', 'Method not allowed.'),
      );
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) {
      sendJson(
        res,
        403,
        errorEnvelope(
          'foreign-origin',
          'Permintaan dari situs lain ditolak.',
          'Requests from other sites are refused.',
          'refused',
        ),
      );
      return;
    }
    if (path === '/api/upload') {
      const transfers = wb.transfers;
      if (!transfers) {
        sendJson(
          res,
          409,
          errorEnvelope(
            'workspace-not-open',
            'Ruang kerja belum terbuka (rusak); pulihkan cadangan dulu.',
            'The workspace is not open (damaged); restore a backup first.',
            'storage',
          ),
        );
        return;
      }
      const rawName = req.headers['x-file-name'];
      let name = 'berkas';
      try {
        if (typeof rawName === 'string') name = decodeURIComponent(rawName).slice(0, 255) || name;
      } catch {
        // keep the default name
      }
      const { uploadId, path: target } = transfers.newUploadPath();
      let size = 0;
      let tooBig = false;
      try {
        await pipeline(
          req,
          async function* (source: AsyncIterable<Buffer>) {
            for await (const chunk of source) {
              size += chunk.length;
              if (size > MAX_UPLOAD) {
                tooBig = true;
                throw new Error('upload too large');
              }
              yield chunk;
            }
          },
          createWriteStream(target),
        );
      } catch {
        rmSync(target, { force: true });
        sendJson(
          res,
          tooBig ? 413 : 400,
          errorEnvelope(
            tooBig ? 'upload-too-large' : 'upload-failed',
            tooBig ? 'Berkas terlalu besar untuk diunggah.' : 'Unggahan terputus; coba lagi.',
            tooBig ? 'The file is too large to upload.' : 'The upload was interrupted; try again.',
            'user-input',
          ),
        );
        return;
      }
      transfers.registerUpload(uploadId, { path: target, name });
      sendJson(res, 200, { ok: true, value: { uploadId, name, size } });
      return;
    }
    const m = /^\/api\/([a-z-]+)\/([a-z-]+)$/.exec(path);
    const key = m ? `${m[1]}:${m[2]}` : '';
    if (!m || !isContractKey(key)) {
      sendJson(
        res,
        404,
        errorEnvelope('unknown-call', 'Panggilan tidak dikenal.', 'Unknown call.', 'not-found'),
      );
      return;
    }
    const body = await readBody(req, MAX_JSON_BODY);
    if (body === null) {
      sendJson(
        res,
        413,
        errorEnvelope('body-too-large', 'Permintaan terlalu besar.', 'Request too large.'),
      );
      return;
    }
    let payload: unknown;
    try {
      payload = body.length === 0 ? {} : (JSON.parse(body) as unknown);
    } catch {
      sendJson(
        res,
        400,
        errorEnvelope(
          'bad-json',
          'Isi permintaan bukan JSON yang valid.',
          'The request body is not valid JSON.',
        ),
      );
      return;
    }
    sendJson(res, 200, await wb.call(key, payload));
  }

  function handleStatic(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8');
      return;
    }
    let rel: string;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      send(res, 400, 'Bad request', 'text/plain; charset=utf-8');
      return;
    }
    if (rel.includes('\0')) {
      send(res, 400, 'Bad request', 'text/plain; charset=utf-8');
      return;
    }
    if (rel === '/' || rel === '') rel = '/index.html';
    const full = normalize(join(staticRoot, rel));
    if (full !== staticRoot && !full.startsWith(staticRoot + sep)) {
      send(res, 403, 'Forbidden', 'text/plain; charset=utf-8');
      return;
    }
    if (!existsSync(full) || !statSync(full).isFile()) {
      send(res, 404, 'Not found', 'text/plain; charset=utf-8');
      return;
    }
    res.writeHead(200, {
      'content-type': MIME[extname(full).toLowerCase()] ?? 'application/octet-stream',
      'content-security-policy': RENDERER_CSP,
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-cache',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(full).pipe(res);
  }

  const server = createServer((req, res) => {
    const host = req.headers.host ?? '';
    if (!allowedHosts().has(host)) {
      send(res, 403, 'Forbidden host', 'text/plain; charset=utf-8');
      return;
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://${host}`);
    } catch {
      send(res, 400, 'Bad request', 'text/plain; charset=utf-8');
      return;
    }
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      handleApi(req, res, url).catch(() => {
        if (!res.headersSent)
          sendJson(
            res,
            500,
            errorEnvelope('server-error', 'Kesalahan server.', 'Server error.', 'bug'),
          );
        else res.end();
      });
      return;
    }
    handleStatic(req, res, url);
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolvePromise({
        url: `http://127.0.0.1:${port}/#token=${token}`,
        port,
        token,
        server,
        close: () =>
          new Promise<void>((done) => {
            offProgress();
            for (const c of sseClients) c.end();
            sseClients.clear();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
