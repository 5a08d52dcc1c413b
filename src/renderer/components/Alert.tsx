/** Boxed messages: errors (role=alert), information and success (role=status). */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../shared/errors';
import { Icon, type IconName } from './Icon';

export type AlertTone = 'error' | 'info' | 'success' | 'warning';

const ICONS: Record<AlertTone, IconName> = {
  error: 'alert',
  warning: 'alert',
  info: 'info',
  success: 'check',
};

export function Alert({
  tone,
  title,
  children,
  onDismiss,
}: {
  tone: AlertTone;
  title?: string;
  children?: ReactNode;
  onDismiss?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div
      className={`alert alert-${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      data-testid={`alert-${tone}`}
    >
      <span className="alert-icon">
        <Icon name={ICONS[tone]} />
      </span>
      <div className="alert-body">
        {title && <p className="alert-title">{title}</p>}
        {children}
      </div>
      {onDismiss && (
        <button
          type="button"
          className="icon-button alert-dismiss"
          onClick={onDismiss}
          aria-label={t('common.dismiss')}
        >
          <Icon name="close" size={16} />
        </button>
      )}
    </div>
  );
}

/** An app failure in the UI language, with where it happened when the service said so. */
export function ErrorAlert({
  error,
  title,
  onDismiss,
}: {
  error: AppErrorData;
  title?: string;
  onDismiss?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const message = i18n.language === 'en' ? error.messageEn || error.message : error.message;
  const where = [
    error.file ? t('errors.whereFile', { file: error.file }) : null,
    error.line !== undefined ? t('errors.whereLine', { line: error.line }) : null,
    error.column ? t('errors.whereColumn', { column: error.column }) : null,
  ].filter((part): part is string => part !== null);
  return (
    <Alert tone="error" title={title ?? t('errors.title')} {...(onDismiss ? { onDismiss } : {})}>
      <p className="alert-message">{message}</p>
      {where.length > 0 && <p className="alert-where">{where.join(' · ')}</p>}
      <p className="alert-code">{t('errors.code', { code: error.code })}</p>
    </Alert>
  );
}
