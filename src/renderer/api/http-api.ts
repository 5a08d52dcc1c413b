/**
 * Browser mode: the contract over HTTP on 127.0.0.1 (`satudata serve`).
 * `POST /api/<area>/<verb>` with the request as JSON and the session token in a header;
 * uploads, downloads and progress (Server-Sent Events) beside it.
 */
import type { ContractKey, JobProgress, Req, Res, Result } from '../../shared/contract';
import { isAppErrorData } from '../../shared/errors';
import { clientError } from './client-errors';

const TOKEN_KEY = 'satudata.token';
const TOKEN_HEADER = 'x-satudata-token';

/** Read the token from `#token=…` once, keep it for this tab and take it out of the address bar. */
export function readSessionToken(): string {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    const token = decodeURIComponent(match[1]);
    try {
      sessionStorage.setItem(TOKEN_KEY, token);
    } catch {
      // storage may be disabled; the token stays in memory
    }
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    return token;
  }
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
}

export interface UploadedFile {
  uploadId: string;
  name: string;
  size: number;
}

export interface UploadOptions {
  onProgress?: (sent: number, total: number) => void;
  signal?: AbortSignal;
}

function parseEnvelope<T>(status: number, text: string): Result<T> {
  if (status === 401) return { ok: false, error: clientError('session-invalid') };
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === 'object' && body !== null && 'ok' in body) {
      const env = body as { ok: unknown; value?: unknown; error?: unknown };
      if (env.ok === true) return { ok: true, value: env.value as T };
      if (env.ok === false && isAppErrorData(env.error)) return { ok: false, error: env.error };
    }
  } catch {
    // fall through
  }
  return { ok: false, error: clientError('bad-response') };
}

export class HttpApi {
  private readonly listeners = new Set<(p: JobProgress) => void>();
  private events: EventSource | null = null;

  constructor(private readonly token: string) {}

  async invoke<K extends ContractKey>(key: K, req: Req<K>): Promise<Result<Res<K>>> {
    const [area, verb] = key.split(':');
    let response: Response;
    try {
      response = await fetch(`/api/${area ?? ''}/${verb ?? ''}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: this.token },
        body: JSON.stringify(req),
      });
    } catch {
      return { ok: false, error: clientError('connection-failed') };
    }
    return parseEnvelope<Res<K>>(response.status, await response.text());
  }

  /** Send a file's bytes; XMLHttpRequest because fetch cannot report upload progress. */
  upload(file: File, options: UploadOptions = {}): Promise<Result<UploadedFile>> {
    return new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', '/api/upload');
      xhr.setRequestHeader(TOKEN_HEADER, this.token);
      xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
      xhr.setRequestHeader('content-type', 'application/octet-stream');
      xhr.upload.onprogress = (e) => options.onProgress?.(e.loaded, e.total || file.size);
      xhr.onload = () => resolve(parseEnvelope<UploadedFile>(xhr.status, xhr.responseText));
      xhr.onerror = () => resolve({ ok: false, error: clientError('connection-failed') });
      xhr.onabort = () => resolve({ ok: false, error: clientError('upload-cancelled') });
      options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
      xhr.send(file);
    });
  }

  downloadUrl(downloadId: string): string {
    return `/api/download/${encodeURIComponent(downloadId)}?token=${encodeURIComponent(this.token)}`;
  }

  onProgress(listener: (p: JobProgress) => void): () => void {
    this.listeners.add(listener);
    this.openEvents();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) {
        this.events?.close();
        this.events = null;
      }
    };
  }

  private openEvents(): void {
    if (this.events) return;
    this.events = new EventSource(`/api/events?token=${encodeURIComponent(this.token)}`);
    this.events.onmessage = (e: MessageEvent<string>) => {
      let progress: JobProgress;
      try {
        progress = JSON.parse(e.data) as JobProgress;
      } catch {
        return;
      }
      for (const listener of this.listeners) listener(progress);
    };
  }
}
