/**
 * Ekspor: write a dataset in any export format (spreadsheet, machine, portal metadata) with the
 * choices explained in plain words; personal data is held back until the steward masks it or
 * records an override. Below: printable forms and hand-over bundles.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetExportResult } from '../../../shared/api/export';
import type { FileTarget, JobProgress } from '../../../shared/contract';
import type { AppErrorData } from '../../../shared/errors';
import { exportFormatInfo, type ExportFormatCode } from '../../../shared/model/export';
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
import { BundleCreate, BundleImport } from './BundleSection';
import { CsvOptions, type CsvDelimiter } from './CsvOptions';
import { DownloadResult } from './DownloadResult';
import { exportFileName } from './export-file-name';
import { FormatPicker } from './FormatPicker';
import { PersonalDataRefusal } from './PersonalDataRefusal';
import { refusedPersonalColumns, type PersonalDataOverride } from './personal-data';
import { PrintFormsSection } from './PrintFormsSection';
import { WarningList } from './WarningList';

export function ExportScreen() {
  const { t } = useTranslation();
  const lang = currentLang();
  const { datasets, datasetId, navigate } = useWorkbench();
  const { chooseFile } = useImport();
  const [selected, setSelected] = useState<string>(datasetId ?? '');
  const [format, setFormat] = useState<ExportFormatCode>('csv');
  const [delimiter, setDelimiter] = useState<CsvDelimiter>(',');
  const [bom, setBom] = useState(false);
  const [running, setRunning] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [lastTarget, setLastTarget] = useState<FileTarget | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [done, setDone] = useState<DatasetExportResult | null>(null);
  const ids = { dataset: useId(), format: useId() };

  const chosen = datasets?.find((d) => d.id === selected) ?? datasets?.[0] ?? null;
  const refused = refusedPersonalColumns(error);

  useEffect(() => {
    if (datasetId) setSelected(datasetId);
  }, [datasetId]);

  if (datasets !== null && datasets.length === 0) {
    return (
      <div className="screen">
        <PageHeader title={t('nav.export')} subtitle={t('exportFormats.subtitle')} />
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
        <BundleImport />
      </div>
    );
  }

  function reset() {
    setDone(null);
    setError(null);
    setCancelled(false);
  }

  async function runExport(override?: PersonalDataOverride) {
    if (!chosen) return;
    const info = exportFormatInfo(format);
    const target =
      override && lastTarget
        ? lastTarget
        : await api.exportTarget(exportFileName(chosen.name, info.extension));
    if (!target) return;
    reset();
    setLastTarget(target);
    const id = newJobId();
    setJobId(id);
    setProgress(null);
    setRunning(true);
    const unsubscribe = api.onProgress((p) => {
      if (p.jobId === id) setProgress(p);
    });
    const result = await api.invoke('export:dataset', {
      id: chosen.id,
      format,
      target,
      options: {
        ...(format === 'csv' ? { bom, delimiter } : {}),
        ...(override ?? {}),
      },
      jobId: id,
    });
    unsubscribe();
    setRunning(false);
    setJobId(null);
    if (result.ok) setDone(result.value);
    else if (result.error.kind === 'cancelled') setCancelled(true);
    else setError(result.error);
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
      <PageHeader title={t('nav.export')} subtitle={t('exportFormats.subtitle')} />
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
              reset();
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

        <FormatPicker
          name={ids.format}
          value={format}
          disabled={running}
          onChange={(code) => {
            setFormat(code);
            reset();
          }}
        />

        {format === 'csv' && (
          <CsvOptions
            delimiter={delimiter}
            bom={bom}
            disabled={running}
            onDelimiter={setDelimiter}
            onBom={setBom}
          />
        )}

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
              {api.mode === 'browser'
                ? t('exportFormats.runBrowser')
                : t('exportFormats.runDesktop')}
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
            label={t('exportFormats.running')}
            percent={percent}
            {...(progress?.rows !== undefined
              ? { detail: t('export.rowsWritten', { n: formatNumber(progress.rows, lang) }) }
              : {})}
          />
        )}
        {refused ? (
          <PersonalDataRefusal
            key={refused.join('\u0000')}
            columns={refused}
            what="export"
            busy={running}
            onRetry={(o) => void runExport(o)}
          />
        ) : (
          error && <ErrorAlert error={error} title={t('export.failedTitle')} />
        )}
        {cancelled && <Alert tone="info">{t('export.cancelled')}</Alert>}
        {done && (
          <Alert tone="success" title={t('export.doneTitle')}>
            <p data-testid="export-done">
              {t('exportFormats.done', {
                file: done.fileName,
                size: formatBytes(done.bytes, lang),
              })}{' '}
              {done.rows > 0
                ? t('exportFormats.rows', { n: formatNumber(done.rows, lang) })
                : t('exportFormats.noRows')}
            </p>
            <DownloadResult result={done} testId="download-link" />
            <WarningList
              testId="export-warnings"
              title={t('exportFormats.warningsTitle', { n: done.warnings.length })}
              hint={t('exportFormats.warningsHint')}
              items={done.warnings.map((w, i) => ({
                key: `${w.field}-${i}`,
                message: w.message,
                messageEn: w.messageEn,
                ...(w.filled ? { tag: 'exportFormats.filled' } : {}),
              }))}
            />
          </Alert>
        )}
      </div>

      {chosen && <PrintFormsSection dataset={chosen} />}
      {chosen && <BundleCreate dataset={chosen} />}
      <BundleImport />
    </div>
  );
}
