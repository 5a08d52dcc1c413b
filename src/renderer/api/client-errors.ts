/** Failures the client itself detects (no connection, expired session), in both languages. */
import type { AppErrorData, ErrorKind } from '../../shared/errors';
import { i18n } from '../i18n';

export type ClientErrorCode =
  | 'connection-failed'
  | 'session-invalid'
  | 'bad-response'
  | 'upload-cancelled'
  | 'drop-unsupported';

const KINDS: Record<ClientErrorCode, ErrorKind> = {
  'connection-failed': 'bug',
  'session-invalid': 'refused',
  'bad-response': 'bug',
  'upload-cancelled': 'cancelled',
  'drop-unsupported': 'user-input',
};

export function clientError(code: ClientErrorCode): AppErrorData {
  const key = `clientErrors.${code}`;
  return {
    kind: KINDS[code],
    code,
    message: i18n.getFixedT('id')(key),
    messageEn: i18n.getFixedT('en')(key),
  };
}
