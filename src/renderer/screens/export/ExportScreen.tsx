/** Ekspor: write a dataset as CSV, with the choices Excel users need explained in plain words. */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportResult, JobProgress } from '../../../shared/contract';
import type { AppErrorData } from '../../../shared/errors';
import { api, newJobId } from '../../api/client';
import { useWorkbench } from '../../app/workbench-context';
import { Alert, ErrorAlert } from '../../components/Alert';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { ProgressBar } from '../../components/ProgressBar';
import { formatBytes, formatNumber, percentOf } from '../../i18n/format';
import { currentLang } from '../../i18n';
import { useImport } from '../import/import-context';
import { exportFileName } from './export-file-name';

type CsvDelimiter = ',' | ';';

interface Done {
  result: ExportResult;
  url: string | null;
}

export function ExportScreen() {
  const { t } = useTranslation();
  const lang = currentLang();
  const { datasets, datasetId, navigate } = useWorkbench();
  const { chooseFile } = useImport();
  const [selected, setSelected] = useState<string>(datasetId ?? '');
  const [delimiter, setDelimiter] = useState<CsvDelimiter>(',');
  const [bom, setBom] = useState(false);
  const [running, setRunning] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const downloadLink = useRef<HTMLAnchorElement>(null);
  const ids = { dataset: useId(), bom: useId(), delimiter: useId() };

  const chosen = datasets?.find((d) => d.id === selected) ?? datasets?.[0] ?? null;

  useEffect(() => {
    if (datasetId) setSelected(datasetId);
  }, [datasetId]);

  // start the browser download as soon as the file is ready
  useEffect(() => {
    if (done?.url) downloadLink.current?.click();
  }, [done]);

  if (datasets !== null && datasets.length === 0) {
    return (
      <div className="screen">
        <PageHeader title={t('nav.export')} subtitle={t('export.subtitle')} />
        <EmptyState
          icon="export"
          title={t('export.emptyTitle')}
          actions={
            <button type="button" className="button button-primary" onClick={chooseFile}>
              <Icon name="upload" size={18} />
              {t('workspace.import')}
            </button>
          }
        >
          <p>{t('export.emptyBody')}</p>
        </EmptyState>
      </div>
    );
  }

  async function runExport() {
    if (!chosen) return;
    setError(null);
    setDone(null);
    setCancelled(false);
    const target = await api.exportTarget(exportFileName(chosen.name));
    if (!target) return;
    const id = newJobId();
    setJobId(id);
    setProgress(null);
    setRunning(true);
    const unsubscribe = api.onProgress((p) => {
      if (p.jobId === id) setProgress(p);
    });
    const result = await api.invoke('export:csv', {
      id: chosen.id,
      target,
      options: { bom, delimiter },
      jobId: id,
    });
    unsubscribe();
    setRunning(false);
    setJobId(null);
    if (result.ok) {
      const url = result.value.downloadId ? api.downloadUrl(result.value.downloadId) : null;
      setDone({ result: result.value, url });
    } else if (result.error.kind === 'cancelled') {
      setCancelled(true);
    } else {
      setError(result.error);
    }
  }

  async function cancel() {
    if (!jobId) return;
    const result = await api.invoke('jobs:cancel', { jobId });
    if (!result.ok) setError(result.error);
  }

  const percent =
    percentOf(progress?.rows, progress?.totalRows) ??
    percentOf(progress?.bytes, progress?.totalBytes);

  return (
    <div className="screen">
      <PageHeader title={t('nav.export')} subtitle={t('export.subtitle')} />
      <div className="card form-card">
        <div className="field">
          <label htmlFor={ids.dataset}>{t('export.dataset')}</label>
          <select
            id={ids.dataset}
            className="select"
            value={chosen?.id ?? ''}
            disabled={running || !datasets}
            onChange={(e) => {
              setSelected(e.target.value);
              setDone(null);
            }}
          >
            {datasets?.map((d) => (
              <option key={d.id} value={d.id}>
                {t('export.datasetOption', {
                  name: d.name,
                  rows: formatNumber(d.rows, lang),
                })}
              </option>
            ))}
          </select>
        </div>

        <fieldset className="field choice-group" disabled={running}>
          <legend>{t('export.delimiter')}</legend>
          <label className="choice">
            <input
              type="radio"
              name={ids.delimiter}
              value=","
              checked={delimiter === ','}
              onChange={() => setDelimiter(',')}
            />
            <span className="choice-text">
              <span className="choice-title">{t('export.comma')}</span>
              <span className="hint">{t('export.commaHint')}</span>
            </span>
          </label>
          <label className="choice">
            <input
              type="radio"
              name={ids.delimiter}
              value=";"
              checked={delimiter === ';'}
              onChange={() => setDelimiter(';')}
            />
            <span className="choice-text">
              <span className="choice-title">{t('export.semicolon')}</span>
              <span className="hint">{t('export.semicolonHint')}</span>
            </span>
          </label>
        </fieldset>

        <div className="field">
          <label className="choice" htmlFor={ids.bom}>
            <input
              id={ids.bom}
              type="checkbox"
              checked={bom}
              disabled={running}
              onChange={(e) => setBom(e.target.checked)}
            />
            <span className="choice-text">
              <span className="choice-title">{t('export.bom')}</span>
              <span className="hint">{t('export.bomHint')}</span>
            </span>
          </label>
        </div>

        <div className="form-actions">
          {running ? (
            <button
              key="cancel"
              type="button"
              className="button button-secondary"
              onClick={() => void cancel()}
            >
              {t('common.cancel')}
            </button>
          ) : (
            <button
              key="export"
              type="button"
              className="button button-primary"
              onClick={() => void runExport()}
              disabled={!chosen}
              data-testid="export-button"
            >
              <Icon name="download" size={18} />
              {api.mode === 'browser' ? t('export.runBrowser') : t('export.runDesktop')}
            </button>
          )}
          {chosen && !running && (
            <button
              type="button"
              className="button button-ghost"
              onClick={() => navigate('dataset', chosen.id)}
            >
              {t('export.viewDataset')}
            </button>
          )}
        </div>

        {running && (
          <ProgressBar
            label={t('export.running')}
            percent={percent}
            {...(progress?.rows !== undefined
              ? {
                  detail: t('export.rowsWritten', { n: formatNumber(progress.rows, lang) }),
                }
              : {})}
          />
        )}
        {error && <ErrorAlert error={error} title={t('export.failedTitle')} />}
        {cancelled && <Alert tone="info">{t('export.cancelled')}</Alert>}
        {done && (
          <Alert tone="success" title={t('export.doneTitle')}>
            <p data-testid="export-done">
              {t('export.done', {
                file: done.result.fileName,
                size: formatBytes(done.result.bytes, lang),
              })}
            </p>
            {done.result.path && (
              <p className="mono small">{t('export.savedAt', { path: done.result.path })}</p>
            )}
            {done.url && (
              <p>
                <a
                  ref={downloadLink}
                  className="link"
                  href={done.url}
                  download={done.result.fileName}
                  data-testid="download-link"
                >
                  {t('export.downloadAgain')}
                </a>
              </p>
            )}
          </Alert>
        )}
      </div>
    </div>
  );
}
