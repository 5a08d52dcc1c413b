/** Argument helpers shared by the CLI commands. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppError } from '../../shared/errors';
import type { EncodingLabel } from '../../shared/model/dataset';

export function usageError(message: string, messageEn: string): AppError {
  return new AppError({ kind: 'invalid-argument', code: 'bad-usage', message, messageEn });
}

/** parseArgs with Indonesian/English errors instead of exceptions with stack traces. */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
  allowPositionals = true,
): ReturnType<
  typeof parseArgs<{ args: string[]; options: T; allowPositionals: boolean; strict: true }>
> {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    throw usageError(
      `Argumen tidak dikenal atau salah: ${text}`,
      `Unknown or wrong argument: ${text}`,
    );
  }
}

const ENCODING_ALIASES: Record<string, EncodingLabel> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16le': 'utf-16le',
  utf16le: 'utf-16le',
  'utf-16be': 'utf-16be',
  utf16be: 'utf-16be',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  latin1: 'windows-1252',
  'iso-8859-1': 'windows-1252',
};

export function parseEncoding(value: string | undefined): EncodingLabel | undefined {
  if (value === undefined) return undefined;
  const e = ENCODING_ALIASES[value.toLowerCase()];
  if (!e) {
    throw usageError(
      `Pengodean "${value}" tidak dikenal. Pilih utf-8, utf-16le, utf-16be atau windows-1252.`,
      `Unknown encoding "${value}". Choose utf-8, utf-16le, utf-16be or windows-1252.`,
    );
  }
  return e;
}

const DELIMITER_ALIASES: Record<string, string> = {
  ',': ',',
  comma: ',',
  ';': ';',
  semicolon: ';',
  '\t': '\t',
  '\\t': '\t',
  tab: '\t',
  '|': '|',
  pipe: '|',
};

export function parseDelimiter(value: string | undefined): ',' | ';' | '\t' | '|' | undefined {
  if (value === undefined) return undefined;
  const d = DELIMITER_ALIASES[value.toLowerCase()];
  if (!d) {
    throw usageError(
      `Pemisah "${value}" tidak dikenal. Pilih , ; tab atau |.`,
      `Unknown delimiter "${value}". Choose , ; tab or |.`,
    );
  }
  return d as ',' | ';' | '\t' | '|';
}

export function parseFormat<F extends string>(
  value: string | undefined,
  allowed: readonly F[],
  fallback: F,
): F {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw usageError(
      `Format "${value}" tidak dikenal. Pilih salah satu: ${allowed.join(', ')}.`,
      `Unknown format "${value}". Choose one of: ${allowed.join(', ')}.`,
    );
  }
  return value as F;
}

export function parseCount(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    throw usageError(`${name} harus bilangan bulat ≥ 0.`, `${name} must be an integer ≥ 0.`);
  }
  return n;
}

export function requirePositional(
  positionals: string[],
  index: number,
  what: string,
  whatEn: string,
): string {
  const v = positionals[index];
  if (v === undefined) throw usageError(`${what} belum diberikan.`, `${whatEn} is missing.`);
  return v;
}
