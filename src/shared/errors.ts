/**
 * App failures (not findings in data). A short list of kinds, serialisable across
 * processes as `{ ok: false, error }`. Messages are Indonesian first, English second.
 */
export const ERROR_KINDS = [
  'invalid-argument', // payload failed the boundary schema
  'user-input', // the file or value the user gave cannot be used (missing, empty, binary…)
  'not-found', // an id or name that does not exist
  'storage', // workspace corrupt, locked, too new
  'cancelled', // the user cancelled a job
  'refused', // a policy refusal (e.g. personal data would leave the workspace)
  'bug', // anything unexpected
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface AppErrorData {
  kind: ErrorKind;
  /** stable kebab-case code, e.g. `file-empty` */
  code: string;
  /** Indonesian message */
  message: string;
  /** English message */
  messageEn: string;
  file?: string;
  line?: number;
  column?: string;
  details?: unknown;
}

export class AppError extends Error {
  readonly kind: ErrorKind;
  readonly code: string;
  readonly messageEn: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: string;
  readonly details?: unknown;

  constructor(data: AppErrorData) {
    super(data.message);
    this.name = 'AppError';
    this.kind = data.kind;
    this.code = data.code;
    this.messageEn = data.messageEn;
    if (data.file !== undefined) this.file = data.file;
    if (data.line !== undefined) this.line = data.line;
    if (data.column !== undefined) this.column = data.column;
    if (data.details !== undefined) this.details = data.details;
  }

  toData(): AppErrorData {
    const d: AppErrorData = {
      kind: this.kind,
      code: this.code,
      message: this.message,
      messageEn: this.messageEn,
    };
    if (this.file !== undefined) d.file = this.file;
    if (this.line !== undefined) d.line = this.line;
    if (this.column !== undefined) d.column = this.column;
    if (this.details !== undefined) d.details = this.details;
    return d;
  }
}

export function isAppErrorData(v: unknown): v is AppErrorData {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return (
    typeof o['kind'] === 'string' &&
    (ERROR_KINDS as readonly string[]).includes(o['kind']) &&
    typeof o['code'] === 'string' &&
    typeof o['message'] === 'string'
  );
}

/** SQLite's SQLITE_FULL, or the file system's ENOSPC / EDQUOT. */
function isDiskFull(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const code = (err as { code?: unknown }).code;
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT';
}

/** Turn anything thrown into AppErrorData; unknown errors become kind `bug`. */
export function toAppErrorData(err: unknown): AppErrorData {
  if (err instanceof AppError) return err.toData();
  if (isAppErrorData(err)) return err;
  if (isDiskFull(err)) {
    return {
      kind: 'storage',
      code: 'disk-full',
      message:
        'Ruang disk penuh: pekerjaan ini tidak selesai, dan yang sudah tersimpan sebelumnya tetap utuh. Kosongkan ruang disk, lalu coba lagi.',
      messageEn:
        'The disk is full: this work did not finish, and what was saved before is intact. Free some disk space, then try again.',
    };
  }
  const text = err instanceof Error ? err.message : String(err);
  return {
    kind: 'bug',
    code: 'unexpected',
    message: `Terjadi kesalahan tak terduga: ${text}`,
    messageEn: `Unexpected error: ${text}`,
  };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: AppErrorData): Result<T> {
  return { ok: false, error };
}
