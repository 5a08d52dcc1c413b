/** Cetak formulir: the dataset's metadata document or MS-Keg/MS-Var/MS-Ind, as HTML or PDF. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRINT_FORMS, type PrintForm } from '../../../shared/api/catalog';
import type { ExportResult } from '../../../shared/contract';
import type { AppErrorData } from '../../../shared/errors';
import type { DatasetSummary } from '../../../shared/model/dataset';
import { api } from '../../api/client';
import { Alert, ErrorAlert } from '../../components/Alert';
import { Icon } from '../../components/Icon';
import { ProgressBar } from '../../components/ProgressBar';
import { currentLang } from '../../i18n';
import { formatBytes } from '../../i18n/format';
import { DownloadResult } from './DownloadResult';
import { exportFileName } from './export-file-name';

type PrintFormat = 'html' | 'pdf';

export function PrintFormsSection({ dataset }: { dataset: DatasetSummary }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const [form, setForm] = useState<PrintForm>('metadata');
  const [format, setFormat] = useState<PrintFormat>('html');
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [done, setDone] = useState<ExportResult | null>(null);
  const ids = { form: useId(), format: useId(), title: useId() };

  async function print() {
    const suffix = form === 'metadata' ? '-metadata' : `-${form}`;
    const target = await api.exportTarget(exportFileName(dataset.name, `.${format}`, suffix));
    if (!target) return;
    setError(null);
    setDone(null);
    setRunning(true);
    const result = await api.invoke('forms:print', {
      id: dataset.id,
      form,
      format,
      target,
      lang,
    });
    setRunning(false);
    if (result.ok) setDone(result.value);
    else setError(result.error);
  }

  return (
    <section className="card form-card" aria-labelledby={ids.title} data-testid="print-forms">
      <h2 className="section-title" id={ids.title}>
        {t('printForms.title')}
      </h2>
      <p className="hint">{t('printForms.hint')}</p>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={ids.form}>{t('printForms.form')}</label>
          <select
            id={ids.form}
            className="select"
            value={form}
            disabled={running}
            onChange={(e) => {
              const next = PRINT_FORMS.find((f) => f === e.target.value);
              if (next) setForm(next);
              setDone(null);
              setError(null);
            }}
          >
            {PRINT_FORMS.map((f) => (
              <option key={f} value={f}>
                {t(`printForms.forms.${f}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.format}>{t('printForms.format')}</label>
          <select
            id={ids.format}
            className="select"
            value={format}
            disabled={running}
            onChange={(e) => {
              setFormat(e.target.value === 'pdf' ? 'pdf' : 'html');
              setDone(null);
              setError(null);
            }}
          >
            <option value="html">{t('printForms.html')}</option>
            <option value="pdf">{t('printForms.pdf')}</option>
          </select>
        </div>
      </div>
      <div className="form-actions">
        <button
          type="button"
          className="button button-secondary"
          disabled={running}
          onClick={() => void print()}
          data-testid="print-button"
        >
          <Icon name="file" size={18} />
          {t('printForms.run')}
        </button>
      </div>
      {running && <ProgressBar label={t('printForms.running')} percent={null} />}
      {error && <ErrorAlert error={error} title={t('printForms.failedTitle')} />}
      {done && (
        <Alert tone="success">
          <p data-testid="print-done">
            {t('printForms.done', { file: done.fileName, size: formatBytes(done.bytes, lang) })}
          </p>
          <DownloadResult result={done} testId="print-download-link" />
        </Alert>
      )}
    </section>
  );
}
