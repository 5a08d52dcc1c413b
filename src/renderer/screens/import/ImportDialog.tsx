/**
 * Import flow: (upload) → inspect → preview with overrides → import with progress → done.
 * Every failure is shown in the dialog; the workspace only changes when the import succeeds.
 */
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobProgress } from '../../../shared/contract';
import type { AppErrorData } from '../../../shared/errors';
import {
  DELIMITERS,
  ENCODINGS,
  type DatasetSummary,
  type Delimiter,
  type EncodingLabel,
  type InspectResult,
} from '../../../shared/model/dataset';
import { api, newJobId, type ImportSource } from '../../api/client';
import { Alert, ErrorAlert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { ProgressBar } from '../../components/ProgressBar';
import { formatBytes, formatNumber, percentOf } from '../../i18n/format';
import { currentLang } from '../../i18n';
import {
  delimiterKey,
  encodingKey,
  nameWithoutExtension,
  toImportOptions,
  type ImportOverrides,
} from './import-options';
import { PreviewTable } from './PreviewTable';

export type ImportRequest = { kind: 'file'; file: File } | { kind: 'source'; source: ImportSource };

type Step = 'uploading' | 'inspecting' | 'preview' | 'importing' | 'failed';

const PREVIEW_ROWS = 8;

export function ImportDialog({
  request,
  onClose,
  onImported,
  onChooseAnother,
}: {
  request: ImportRequest;
  onClose: () => void;
  onImported: (dataset: DatasetSummary) => void;
  onChooseAnother: () => void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const fileName = request.kind === 'file' ? request.file.name : request.source.name;
  const [step, setStep] = useState<Step>(request.kind === 'file' ? 'uploading' : 'inspecting');
  const [source, setSource] = useState<ImportSource | null>(
    request.kind === 'source' ? request.source : null,
  );
  const [sent, setSent] = useState(0);
  const [inspect, setInspect] = useState<InspectResult | null>(null);
  const [overrides, setOverrides] = useState<ImportOverrides>({});
  const [name, setName] = useState(nameWithoutExtension(fileName));
  const [error, setError] = useState<AppErrorData | null>(null);
  const [infoKey, setInfoKey] = useState<string | null>(null);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [reinspecting, setReinspecting] = useState(false);
  const uploadAbort = useRef<AbortController | null>(null);
  const latestInspect = useRef(0);
  const ids = { name: useId(), encoding: useId(), delimiter: useId(), sheet: useId() };
  const noHeaderId = useId();

  const runInspect = useCallback(async (src: ImportSource, next: ImportOverrides) => {
    const ticket = ++latestInspect.current;
    setReinspecting(true);
    const result = await api.invoke('datasets:inspect', {
      source: src.ref,
      options: toImportOptions(next),
      rows: PREVIEW_ROWS,
    });
    if (ticket !== latestInspect.current) return;
    setReinspecting(false);
    if (result.ok) {
      setInspect(result.value);
      setError(null);
      setStep('preview');
    } else {
      setError(result.error);
      setStep((current) => (current === 'preview' ? 'preview' : 'failed'));
    }
  }, []);

  // first contact: upload (browser mode) then inspect
  useEffect(() => {
    const abort = new AbortController();
    uploadAbort.current = abort;
    void (async () => {
      let src: ImportSource;
      if (request.kind === 'file') {
        const uploaded = await api.sourceFromFile(request.file, {
          signal: abort.signal,
          onProgress: (done) => setSent(done),
        });
        if (abort.signal.aborted) return;
        if (!uploaded.ok) {
          setError(uploaded.error);
          setStep('failed');
          return;
        }
        src = uploaded.value;
      } else {
        src = request.source;
      }
      setSource(src);
      setStep('inspecting');
      await runInspect(src, {});
    })();
    return () => abort.abort();
  }, [request, runInspect]);

  function changeOverrides(patch: ImportOverrides) {
    const next = { ...overrides, ...patch };
    setOverrides(next);
    setInfoKey(null);
    if (source) void runInspect(source, next);
  }

  async function runImport() {
    if (!source) return;
    const id = newJobId();
    setJobId(id);
    setProgress(null);
    setError(null);
    setInfoKey(null);
    setStep('importing');
    const unsubscribe = api.onProgress((p) => {
      if (p.jobId === id) setProgress(p);
    });
    const result = await api.invoke('datasets:import', {
      source: source.ref,
      options: toImportOptions(overrides, name),
      jobId: id,
    });
    unsubscribe();
    setJobId(null);
    setCancelling(false);
    if (result.ok) {
      onImported(result.value);
      return;
    }
    setStep('preview');
    if (result.error.kind === 'cancelled') setInfoKey('import.cancelled');
    else setError(result.error);
  }

  async function cancelImport() {
    if (!jobId) return;
    setCancelling(true);
    const result = await api.invoke('jobs:cancel', { jobId });
    if (!result.ok) {
      setCancelling(false);
      setError(result.error);
    }
  }

  function close() {
    if (step === 'importing') return;
    uploadAbort.current?.abort();
    onClose();
  }

  const busy = step === 'importing';
  const isCsv = inspect?.format !== 'xlsx';

  let body: ReactNode;
  let footer: ReactNode;

  if (step === 'uploading' || step === 'inspecting') {
    const total = request.kind === 'file' ? request.file.size : 0;
    body = (
      <ProgressBar
        label={step === 'uploading' ? t('import.uploading') : t('import.inspecting')}
        percent={step === 'uploading' ? percentOf(sent, total) : null}
        {...(step === 'uploading' && total > 0
          ? {
              detail: t('import.bytesOf', {
                done: formatBytes(sent, lang),
                total: formatBytes(total, lang),
              }),
            }
          : {})}
      />
    );
    footer = (
      <button type="button" className="button button-secondary" onClick={close}>
        {t('common.cancel')}
      </button>
    );
  } else if (step === 'failed' || !inspect) {
    body = error ? <ErrorAlert error={error} title={t('import.failedTitle')} /> : null;
    footer = (
      <>
        <button type="button" className="button button-secondary" onClick={close}>
          {t('common.close')}
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            close();
            onChooseAnother();
          }}
        >
          {t('import.chooseAnother')}
        </button>
      </>
    );
  } else {
    const names = inspect.names ?? inspect.columns?.map((c) => c.name) ?? [];
    const encoding = overrides.encoding ?? inspect.encoding;
    const delimiter = overrides.delimiter ?? inspect.dialect.delimiter;
    const percent =
      percentOf(progress?.bytes, progress?.totalBytes) ??
      percentOf(progress?.rows, progress?.totalRows);
    const progressDetail = [
      progress?.bytes !== undefined && progress.totalBytes
        ? t('import.bytesOf', {
            done: formatBytes(progress.bytes, lang),
            total: formatBytes(progress.totalBytes, lang),
          })
        : null,
      progress?.rows !== undefined
        ? t('import.rowsRead', { n: formatNumber(progress.rows, lang) })
        : null,
    ]
      .filter((s): s is string => s !== null)
      .join(' · ');

    body = (
      <div className="import-preview" aria-busy={reinspecting}>
        {error && <ErrorAlert error={error} />}
        {infoKey && <Alert tone="info">{t(infoKey)}</Alert>}

        <dl className="facts facts-compact" data-testid="import-facts">
          <div>
            <dt>{t('facts.file')}</dt>
            <dd>{fileName}</dd>
          </div>
          <div>
            <dt>{t('facts.format')}</dt>
            <dd>{inspect.format === 'xlsx' ? t('formats.xlsx') : t('formats.csv')}</dd>
          </div>
          {isCsv && (
            <div>
              <dt>{t('facts.encoding')}</dt>
              <dd data-testid="detected-encoding">{t(encodingKey(inspect.encoding))}</dd>
            </div>
          )}
          {isCsv && (
            <div>
              <dt>{t('facts.delimiter')}</dt>
              <dd data-testid="detected-delimiter">{t(delimiterKey(inspect.dialect.delimiter))}</dd>
            </div>
          )}
          <div>
            <dt>{t('facts.headerRow')}</dt>
            <dd>
              {overrides.noHeader || inspect.headerRow === 0
                ? t('facts.noHeaderRow')
                : t('facts.rowNumber', { n: inspect.headerRow })}
            </dd>
          </div>
          <div>
            <dt>{t('facts.dataRows')}</dt>
            <dd data-testid="detected-rows">{formatNumber(inspect.rowCount, lang)}</dd>
          </div>
          <div>
            <dt>{t('facts.columns')}</dt>
            <dd>{formatNumber(inspect.header.length, lang)}</dd>
          </div>
          {inspect.title && (
            <div className="facts-wide">
              <dt>{t('facts.title')}</dt>
              <dd>{inspect.title}</dd>
            </div>
          )}
          {inspect.notes && inspect.notes.length > 0 && (
            <div className="facts-wide">
              <dt>{t('facts.notes')}</dt>
              <dd>
                <ul className="plain-list">
                  {inspect.notes.map((note, i) => (
                    <li key={i}>{note}</li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
        </dl>

        <fieldset className="form-grid" disabled={busy}>
          <legend className="visually-hidden">{t('import.settings')}</legend>
          <div className="field field-wide">
            <label htmlFor={ids.name}>{t('import.name')}</label>
            <input
              id={ids.name}
              className="input"
              type="text"
              value={name}
              maxLength={300}
              onChange={(e) => setName(e.target.value)}
            />
            <p className="hint">{t('import.nameHint')}</p>
          </div>
          {isCsv && (
            <div className="field">
              <label htmlFor={ids.encoding}>{t('facts.encoding')}</label>
              <select
                id={ids.encoding}
                className="select"
                value={encoding}
                onChange={(e) => changeOverrides({ encoding: e.target.value as EncodingLabel })}
              >
                {ENCODINGS.map((enc) => (
                  <option key={enc} value={enc}>
                    {t(encodingKey(enc))}
                  </option>
                ))}
              </select>
              <p className="hint">{t('import.encodingHint')}</p>
            </div>
          )}
          {isCsv && (
            <div className="field">
              <label htmlFor={ids.delimiter}>{t('facts.delimiter')}</label>
              <select
                id={ids.delimiter}
                className="select"
                value={delimiter}
                onChange={(e) => changeOverrides({ delimiter: e.target.value as Delimiter })}
              >
                {DELIMITERS.map((d) => (
                  <option key={d} value={d}>
                    {t(delimiterKey(d))}
                  </option>
                ))}
              </select>
              <p className="hint">{t('import.delimiterHint')}</p>
            </div>
          )}
          {!isCsv && inspect.sheets && inspect.sheets.length > 0 && (
            <div className="field">
              <label htmlFor={ids.sheet}>{t('facts.sheet')}</label>
              <select
                id={ids.sheet}
                className="select"
                value={overrides.sheet ?? inspect.sheet ?? inspect.sheets[0]}
                onChange={(e) => changeOverrides({ sheet: e.target.value })}
              >
                {inspect.sheets.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
              <p className="hint">{t('import.sheetHint')}</p>
            </div>
          )}
          <div className="field field-wide">
            <div className="checkbox">
              <input
                id={noHeaderId}
                type="checkbox"
                checked={overrides.noHeader ?? false}
                onChange={(e) => changeOverrides({ noHeader: e.target.checked })}
              />
              <label htmlFor={noHeaderId}>{t('import.noHeader')}</label>
            </div>
            <p className="hint">{t('import.noHeaderHint')}</p>
          </div>
        </fieldset>

        <section className="preview-section">
          <h3 className="section-title">{t('import.previewTitle')}</h3>
          {reinspecting && <p className="hint">{t('import.reinspecting')}</p>}
          {inspect.rows.length > 0 ? (
            <PreviewTable header={inspect.header} names={names} rows={inspect.rows} />
          ) : (
            <p className="muted">{t('import.noRows')}</p>
          )}
        </section>
      </div>
    );

    footer =
      step === 'importing' ? (
        <>
          <div className="dialog-footer-progress">
            <ProgressBar
              label={cancelling ? t('import.cancelling') : t('import.importing')}
              percent={percent}
              {...(progressDetail ? { detail: progressDetail } : {})}
            />
          </div>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void cancelImport()}
            disabled={cancelling || !jobId}
          >
            {t('common.cancel')}
          </button>
        </>
      ) : (
        <>
          <button type="button" className="button button-secondary" onClick={close}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => void runImport()}
            disabled={reinspecting}
            data-testid="confirm-import"
          >
            {t('import.confirm')}
          </button>
        </>
      );
  }

  return (
    <Dialog
      title={t('import.title', { file: fileName })}
      onClose={close}
      busy={busy}
      wide={step === 'preview' || step === 'importing'}
      footer={footer}
      testId="import-dialog"
    >
      {body}
    </Dialog>
  );
}
