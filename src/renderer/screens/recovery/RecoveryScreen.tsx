/**
 * The full-window page shown when the workspace file is damaged: what happened, the automatic
 * backups (date, size), "Pulihkan cadangan terbaru" (or an older one), and the same restore as
 * a terminal command. The damaged file is never deleted (the host keeps it aside).
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceBackup, WorkspaceStatus } from '../../../shared/api/workspace';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { Alert, ErrorAlert } from '../../components/Alert';
import { Icon } from '../../components/Icon';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { currentLang } from '../../i18n';
import { formatBytes, formatDateTime } from '../../i18n/format';
import './recovery.css';

function BackupRow({
  backup,
  latest,
  busy,
  onRestore,
}: {
  backup: WorkspaceBackup;
  latest: boolean;
  busy: boolean;
  onRestore: (name: string) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <tr data-testid="recovery-backup">
      <td>
        <span className="recovery-date">
          {formatDateTime(backup.modifiedAt, lang)}
          {latest && <span className="badge">{t('recovery.latest')}</span>}
        </span>
      </td>
      <td className="num">{formatBytes(backup.bytes, lang)}</td>
      <td className="recovery-file">{backup.name}</td>
      <td className="recovery-action">
        {!latest && (
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={busy}
            onClick={() => onRestore(backup.name)}
          >
            {t('recovery.restoreThis')}
          </button>
        )}
      </td>
    </tr>
  );
}

export function RecoveryScreen({
  status,
  onRestored,
}: {
  status: WorkspaceStatus;
  onRestored: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<AppErrorData | null>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const latest = status.backups[0];
  const reason = i18n.language === 'en' ? status.messageEn || status.message : status.message;

  useEffect(() => {
    document.title = `${t('recovery.title')} · ${t('app.name')}`;
  }, [t]);

  useEffect(() => title.current?.focus(), []);

  async function restore(backup?: string): Promise<void> {
    setBusy(true);
    setFailure(null);
    const result = await api.invoke('workspace:restore', backup ? { backup } : {});
    setBusy(false);
    if (result.ok) onRestored();
    else setFailure(result.error);
  }

  return (
    <div className="connection-problem recovery" data-testid="recovery-page">
      <div className="connection-problem-card recovery-card">
        <div className="connection-problem-top">
          <span className="brand-name">{t('app.name')}</span>
          <LanguageSwitch />
        </div>
        <h1 className="page-title" ref={title} tabIndex={-1}>
          {t('recovery.title')}
        </h1>
        <Alert tone="warning" title={t('recovery.whatHappened')}>
          <p>{t('recovery.lead')}</p>
          <p className="recovery-path">
            {t('recovery.file')}: <code>{status.path}</code>
          </p>
          {reason && (
            <details className="recovery-details">
              <summary>{t('recovery.details')}</summary>
              <p>{reason}</p>
            </details>
          )}
        </Alert>

        <section className="recovery-section" aria-labelledby="recovery-backups">
          <h2 id="recovery-backups" className="section-title">
            {t('recovery.backupsTitle')}
          </h2>
          {latest ? (
            <div className="table-card">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('recovery.colDate')}</th>
                    <th scope="col" className="num">
                      {t('recovery.colSize')}
                    </th>
                    <th scope="col">{t('recovery.colFile')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('recovery.colAction')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {status.backups.map((b, i) => (
                    <BackupRow
                      key={b.name}
                      backup={b}
                      latest={i === 0}
                      busy={busy}
                      onRestore={(name) => void restore(name)}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p data-testid="recovery-no-backups">{t('recovery.noBackups')}</p>
          )}
        </section>

        {failure && <ErrorAlert error={failure} title={t('recovery.failed')} />}

        {latest && (
          <div className="recovery-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => void restore()}
            >
              <Icon name="history" size={18} />
              {busy ? t('recovery.restoring') : t('recovery.restoreLatest')}
            </button>
            <p className="muted">{t('recovery.keptNote')}</p>
          </div>
        )}

        <section className="recovery-section" aria-labelledby="recovery-cli">
          <h2 id="recovery-cli" className="section-title">
            {t('recovery.cliTitle')}
          </h2>
          <p className="muted">{t('recovery.cliHint')}</p>
          <pre className="recovery-command" data-testid="recovery-command">
            <code>{status.restoreCommand}</code>
          </pre>
        </section>
      </div>
    </div>
  );
}
