/**
 * Refusals of a bundle: one AppError (kind 'user-input', stable `bundle-*` code) naming the
 * bundle file and the reason in Indonesian and English, always ending with the promise that
 * nothing was written to the workspace — every check runs before the first write.
 */
import { AppError } from '../../../shared/errors';

const NOTHING_WRITTEN = {
  id: 'Tidak ada yang ditulis ke ruang kerja.',
  en: 'Nothing was written to the workspace.',
};

/** A bundle refused: `what`/`whatEn` say why, in one sentence each. */
export function refuseBundle(
  code: string,
  file: string,
  what: string,
  whatEn: string,
  details?: unknown,
): AppError {
  return new AppError({
    kind: 'user-input',
    code,
    message: `Bundel ${file} ditolak: ${what} ${NOTHING_WRITTEN.id}`,
    messageEn: `Bundle ${file} was refused: ${whatEn} ${NOTHING_WRITTEN.en}`,
    file,
    ...(details !== undefined ? { details } : {}),
  });
}

/** An entry name as it may be printed: control characters escaped, at most 120 characters. */
export function printable(name: string): string {
  const s = JSON.stringify(name.length > 120 ? `${name.slice(0, 120)}…` : name);
  return s;
}
