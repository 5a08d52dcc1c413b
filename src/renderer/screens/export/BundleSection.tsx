/**
 * Paket serah terima: create a `.sdbundle` of the chosen dataset (personal data held back as in
 * an export), and import one — inspect first (status and changes, nothing written), then import
 * on confirmation and open the dataset.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  BundleCreateResult,
  BundleInspectResult,
  BundleStatus,
} from '../../../shared/api/bundle';
import type { FileRef, FileTarget, JobProgress } from '../../../shared/contract';
import type { AppErrorData } from '../../../shared/errors';
import type { DatasetSummary } from '../../../shared/model/dataset';
import { api, newJobId } from '../../api/client';
import { useWorkbench } from '../../app/workbench-context';
import { Alert, ErrorAlert } from '../../components/Alert';
import { Icon } from '../../components/Icon';
import { ProgressBar } from '../../components/ProgressBar';
import { currentLang } from '../../i18n';
import { formatBytes, formatNumber, percentOf } from '../../i18n/format';
import { DownloadResult } from './DownloadResult';
import { exportFileName } from './export-file-name';
import { PersonalDataRefusal } from './PersonalDataRefusal';
import { refusedPersonalColumns, type PersonalDataOverride } from './personal-data';

const STATUS_TONE: Record<BundleStatus, 'info' | 'success' | 'warning'> = {
  new: 'success',
  unchanged: 'info',
  changed: 'warning',
};

export function BundleCreate({ dataset }: { dataset: DatasetSummary }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [lastTarget, setLastTarget] = useState<FileTarget | null>(null);
  const [done, setDone] = useState<BundleCreateResult | null>(null);
  const titleId = useId();
  const refused = refusedPersonalColumns(error);

  async function create(override?: PersonalDataOverride) {
    const target =
      override && lastTarget
        ? lastTarget
        : await api.exportTarget(exportFileName(dataset.name, '.sdbundle'));
    if (!target) return;
    setLastTarget(target);
    setError(null);
    setDone(null);
    setProgress(null);
    setRunning(true);
    const jobId = newJobId();
    const unsubscribe = api.onProgress((p) => {
      if (p.jobId === jobId) setProgress(p);
    });
    const result = await api.invoke('bundle:create', {
      id: dataset.id,
      target,
      ...(override ? { options: override } : {}),
      jobId,
    });
    unsubscribe();
    setRunning(false);
    if (result.ok) setDone(result.value);
    else setError(result.error);
  }

  return (
    <section className="card form-card" aria-labelledby={titleId} data-testid="bundle-create">
      <h2 className="section-title" id={titleId}>
        {t('bundle.title')}
      </h2>
      <p className="hint">{t('bundle.hint')}</p>
      <div className="form-actions">
        <button
          type="button"
          className="button button-secondary"
          disabled={running}
          onClick={() => void create()}
          data-testid="bundle-create-button"
        >
          <Icon name="save" size={18} />
          {t('bundle.create')}
        </button>
      </div>
      {running && (
        <ProgressBar
          label={t('bundle.creating')}
          percent={percentOf(progress?.rows, progress?.totalRows)}
        />
      )}
      {refused ? (
        <PersonalDataRefusal
          key={refused.join('\u0000')}
          columns={refused}
          what="bundle"
          busy={running}
          onRetry={(o) => void create(o)}
        />
      ) : (
        error && <ErrorAlert error={error} title={t('bundle.createFailed')} />
      )}
      {done && (
        <Alert tone="success">
          <p data-testid="bundle-done">
            {t('bundle.created', {
              file: done.fileName,
              size: formatBytes(done.bytes, lang),
              files: formatNumber(done.files, lang),
            })}
          </p>
          <p className="mono small">SHA-256 {done.sha256}</p>
          <DownloadResult result={done} testId="bundle-download-link" />
        </Alert>
      )}
    </section>
  );
}

interface Inspected {
  source: FileRef;
  result: BundleInspectResult;
}

export function BundleImport() {
  const { t } = useTranslation();
  const lang = currentLang();
  const { reloadDatasets, navigate, showNotice } = useWorkbench();
  const [busy, setBusy] = useState<'inspect' | 'import' | null>(null);
  const [error, setError] = useState<{ error: AppErrorData; title: string } | null>(null);
  const [inspected, setInspected] = useState<Inspected | null>(null);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const ids = { title: useId(), file: useId() };
  const en = lang === 'en';

  async function inspect(file: File) {
    setError(null);
    setInspected(null);
    setBusy('inspect');
    const source = await api.sourceFromFile(file);
    if (!source.ok) {
      setBusy(null);
      setError({ error: source.error, title: t('bundle.inspectFailed') });
      return;
    }
    const result = await api.invoke('bundle:inspect', { source: source.value.ref });
    setBusy(null);
    if (result.ok) setInspected({ source: source.value.ref, result: result.value });
    else setError({ error: result.error, title: t('bundle.inspectFailed') });
  }

  async function runImport() {
    if (!inspected) return;
    setError(null);
    setProgress(null);
    setBusy('import');
    const jobId = newJobId();
    const unsubscribe = api.onProgress((p) => {
      if (p.jobId === jobId) setProgress(p);
    });
    const result = await api.invoke('bundle:import', { source: inspected.source, jobId });
    unsubscribe();
    setBusy(null);
    if (!result.ok) {
      setError({ error: result.error, title: t('bundle.importFailed') });
      return;
    }
    setInspected(null);
    await reloadDatasets();
    navigate('dataset', result.value.id);
    showNotice({
      tone: 'success',
      key: 'bundle.imported',
      values: { version: result.value.version },
    });
  }

  const m = inspected?.result.manifest;
  return (
    <section className="card form-card" aria-labelledby={ids.title} data-testid="bundle-import">
      <h2 className="section-title" id={ids.title}>
        {t('bundle.importTitle')}
      </h2>
      <p className="hint">{t('bundle.importHint')}</p>
      <div className="field">
        <label htmlFor={ids.file}>{t('bundle.chooseFile')}</label>
        <input
          id={ids.file}
          type="file"
          accept=".sdbundle"
          disabled={busy !== null}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void inspect(file);
          }}
        />
      </div>
      {busy === 'inspect' && <ProgressBar label={t('bundle.inspecting')} percent={null} />}
      {busy === 'import' && (
        <ProgressBar
          label={t('bundle.importing')}
          percent={percentOf(progress?.rows, progress?.totalRows)}
        />
      )}
      {error && <ErrorAlert error={error.error} title={error.title} />}
      {inspected && m && (
        <Alert
          tone={STATUS_TONE[inspected.result.status]}
          title={t(`bundle.status.${inspected.result.status}`)}
        >
          <div data-testid="bundle-inspect">
            <p>
              {t('bundle.summary', {
                name: m.dataset.name,
                version: m.dataset.version,
                rows: formatNumber(m.dataset.rowCount, lang),
                columns: formatNumber(m.dataset.columnCount, lang),
                at: new Date(m.createdAt).toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID'),
                by: m.createdBy,
              })}
            </p>
            {inspected.result.conflict && <p>{t('bundle.conflict')}</p>}
            {m.privacy && (
              <p>
                {t('bundle.privacy', {
                  columns: m.privacy.allowPersonalData.join(', '),
                  reason: m.privacy.reason,
                })}
              </p>
            )}
            <ul>
              {inspected.result.changes.map((c) => (
                <li key={c.part}>
                  <span className="badge">{t(`bundle.change.${c.change}`)}</span>{' '}
                  {en ? c.messageEn || c.message : c.message}
                </li>
              ))}
            </ul>
          </div>
          <div className="form-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={busy !== null}
              onClick={() => void runImport()}
              data-testid="bundle-import-button"
            >
              <Icon name="upload" size={18} />
              {t('bundle.confirm')}
            </button>
            <button
              type="button"
              className="button button-ghost"
              disabled={busy !== null}
              onClick={() => setInspected(null)}
            >
              {t('common.cancel')}
            </button>
          </div>
        </Alert>
      )}
    </section>
  );
}
