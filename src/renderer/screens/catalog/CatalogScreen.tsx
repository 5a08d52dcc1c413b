/**
 * Katalog Data: one site or table describing every dataset of the workspace. The steward picks
 * the form, names the catalog and the publishing organisation, and receives a download (a zip
 * of the site in the browser) or the folder written (desktop), with the notes listed.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogContract } from '../../../shared/api/catalog';
import type { AppErrorData } from '../../../shared/errors';
import { CATALOG_FORMATS, type CatalogFormat } from '../../../shared/model/catalog';
import { api, newJobId } from '../../api/client';
import { useWorkbench } from '../../app/workbench-context';
import { Alert, ErrorAlert } from '../../components/Alert';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { ProgressBar } from '../../components/ProgressBar';
import { currentLang } from '../../i18n';
import { formatBytes, formatNumber } from '../../i18n/format';
import { useImport } from '../import/import-context';
import { DownloadResult } from '../export/DownloadResult';
import { WarningList } from '../export/WarningList';

type CatalogResult = CatalogContract['catalog:generate']['res'];

const DEFAULT_NAMES: Record<CatalogFormat, string> = {
  html: 'katalog-data',
  xlsx: 'katalog-data.xlsx',
  csv: 'katalog-data.csv',
  dcat: 'katalog-data.jsonld',
};

export function CatalogScreen() {
  const { t } = useTranslation();
  const lang = currentLang();
  const { datasets, navigate } = useWorkbench();
  const { chooseFile } = useImport();
  const [format, setFormat] = useState<CatalogFormat>('html');
  const [title, setTitle] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [done, setDone] = useState<CatalogResult | null>(null);
  const ids = { format: useId(), title: useId(), organisation: useId() };

  if (datasets !== null && datasets.length === 0) {
    return (
      <div className="screen">
        <PageHeader title={t('catalog.nav')} subtitle={t('catalog.subtitle')} />
        <EmptyState
          icon="database"
          title={t('catalog.emptyTitle')}
          actions={
            <button type="button" className="button button-primary" onClick={chooseFile}>
              <Icon name="upload" size={18} />
              {t('workspace.import')}
            </button>
          }
        >
          <p>{t('catalog.emptyBody')}</p>
        </EmptyState>
      </div>
    );
  }

  async function generate() {
    const target = await api.exportTarget(DEFAULT_NAMES[format]);
    if (!target) return;
    setError(null);
    setDone(null);
    setRunning(true);
    const result = await api.invoke('catalog:generate', {
      format,
      target,
      lang,
      ...(title.trim() ? { title: title.trim() } : {}),
      ...(organisation.trim() ? { organisation: organisation.trim() } : {}),
      jobId: newJobId(),
    });
    setRunning(false);
    if (result.ok) setDone(result.value);
    else setError(result.error);
  }

  const nameOf = (id: string | undefined) => datasets?.find((d) => d.id === id)?.name;

  return (
    <div className="screen">
      <PageHeader title={t('catalog.nav')} subtitle={t('catalog.subtitle')} />
      <div className="card form-card">
        <p data-testid="catalog-about">{t('catalog.about')}</p>

        <fieldset className="field choice-group" disabled={running}>
          <legend>{t('catalog.format')}</legend>
          {CATALOG_FORMATS.map((f) => (
            <label key={f} className="choice">
              <input
                type="radio"
                name={ids.format}
                value={f}
                checked={format === f}
                onChange={() => {
                  setFormat(f);
                  setDone(null);
                }}
              />
              <span className="choice-text">
                <span className="choice-title">{t(`catalog.formats.${f}`)}</span>
                <span className="hint">{t(`catalog.formatHints.${f}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>

        <div className="form-grid">
          <div className="field">
            <label htmlFor={ids.title}>{t('catalog.titleField')}</label>
            <input
              id={ids.title}
              className="input"
              value={title}
              maxLength={300}
              placeholder={t('catalog.titlePlaceholder')}
              disabled={running}
              onChange={(e) => setTitle(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.organisation}>{t('catalog.organisation')}</label>
            <input
              id={ids.organisation}
              className="input"
              value={organisation}
              maxLength={300}
              placeholder={t('catalog.organisationPlaceholder')}
              disabled={running}
              onChange={(e) => setOrganisation(e.target.value)}
            />
          </div>
        </div>

        <div className="form-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={running || !datasets}
            onClick={() => void generate()}
            data-testid="catalog-button"
          >
            <Icon name="database" size={18} />
            {t('catalog.run')}
          </button>
          <button
            type="button"
            className="button button-ghost"
            disabled={running}
            onClick={() => navigate('metadata')}
          >
            {t('nav.metadata')}
          </button>
        </div>

        {running && <ProgressBar label={t('catalog.running')} percent={null} />}
        {error && <ErrorAlert error={error} title={t('catalog.failedTitle')} />}
        {done && (
          <Alert tone="success" title={t('catalog.doneTitle')}>
            <p data-testid="catalog-done">
              {t('catalog.done', {
                file: done.fileName,
                size: formatBytes(done.bytes, lang),
                files: formatNumber(done.files, lang),
              })}
            </p>
            <DownloadResult result={done} testId="catalog-download-link" />
            <WarningList
              testId="catalog-warnings"
              title={t('catalog.warningsTitle', { n: done.warnings.length })}
              items={done.warnings.map((w, i) => {
                const name = nameOf(w.datasetId);
                return {
                  key: `${w.code}-${i}`,
                  message: name ? `${name}: ${w.message}` : w.message,
                  messageEn: name ? `${name}: ${w.messageEn}` : w.messageEn,
                };
              })}
            />
          </Alert>
        )}
      </div>
    </div>
  );
}
