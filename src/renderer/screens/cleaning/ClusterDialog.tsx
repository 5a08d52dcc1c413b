/**
 * "Kelompokkan nilai mirip" (cluster and edit): groups of values in a column that are probably
 * the same, a radio per group for the value to keep (the suggestion preselected) and a checkbox
 * to include the group; the choices become one map-values step, previewed, then applied.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClusterMethod, ClusterResult, StepPreviewResult } from '../../../shared/api/clean';
import type { AppErrorData } from '../../../shared/errors';
import type { Column } from '../../../shared/model/dataset';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { StepPreview } from '../../components/quality/StepPreview';
import { formatNumber } from '../../i18n/format';
import { currentLang } from '../../i18n';
import { cellsToChange, clusterStep, initialChoices, type ClusterChoice } from './cluster-mapping';
import type { StepsState } from './use-steps';

const METHODS: readonly ClusterMethod[] = ['fingerprint', 'ngram', 'levenshtein', 'indonesian'];

export function ClusterDialog({
  datasetId,
  columns,
  initialColumn,
  steps,
  onClose,
}: {
  datasetId: string;
  columns: readonly Column[];
  initialColumn?: string;
  steps: StepsState;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const ids = { column: useId(), method: useId() };
  const [column, setColumn] = useState(initialColumn ?? columns[0]?.name ?? '');
  const [method, setMethod] = useState<ClusterMethod>('fingerprint');
  const [result, setResult] = useState<ClusterResult | null>(null);
  const [choices, setChoices] = useState<ClusterChoice[]>([]);
  const [preview, setPreview] = useState<StepPreviewResult | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [busy, setBusy] = useState(false);

  async function cluster(col: string, m: ClusterMethod) {
    if (!col) return;
    setBusy(true);
    setError(null);
    setPreview(null);
    const r = await api.invoke('clean:cluster', { id: datasetId, column: col, method: m });
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      setResult(null);
      return;
    }
    setResult(r.value);
    setChoices(initialChoices(r.value.clusters));
  }

  // cluster the column the dialog was opened for right away
  useEffect(() => {
    if (initialColumn) void cluster(initialColumn, 'fingerprint');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const step = result ? clusterStep(result.column, result.clusters, choices) : null;
  const changing = result ? cellsToChange(result.clusters, choices) : 0;

  function choose(i: number, patch: Partial<ClusterChoice>) {
    setChoices((prev) => prev.map((c, j) => (j === i ? { ...c, ...patch } : c)));
    setPreview(null);
  }

  async function showPreview() {
    if (!step) return;
    setBusy(true);
    setError(null);
    const r = await steps.preview(step);
    setBusy(false);
    if (r.ok) setPreview(r.value);
    else setError(r.error);
  }

  async function apply() {
    if (!step) return;
    setBusy(true);
    const done = await steps.apply([step]);
    setBusy(false);
    if (done) onClose();
  }

  return (
    <Dialog
      title={t('quality.cluster.title')}
      onClose={onClose}
      busy={busy}
      wide
      testId="cluster-dialog"
      footer={
        <>
          <span className="dialog-footer-note muted">
            {step
              ? t('quality.cluster.summary', {
                  values: formatNumber(Object.keys(step.mapping).length, lang),
                  cells: formatNumber(changing, lang),
                })
              : ''}
          </span>
          <button
            type="button"
            className="button button-secondary"
            onClick={onClose}
            disabled={busy}
          >
            {t('common.cancel')}
          </button>
          {preview ? (
            <button
              type="button"
              className="button button-primary"
              onClick={() => void apply()}
              disabled={busy || !step}
            >
              <Icon name="check" size={18} />
              {t('quality.cluster.apply')}
            </button>
          ) : (
            <button
              type="button"
              className="button button-primary"
              onClick={() => void showPreview()}
              disabled={busy || !step}
            >
              <Icon name="eye" size={18} />
              {t('quality.cluster.preview')}
            </button>
          )}
        </>
      }
    >
      <p className="hint">{t('quality.cluster.intro')}</p>
      <form
        className="cluster-controls"
        onSubmit={(e) => {
          e.preventDefault();
          void cluster(column, method);
        }}
      >
        <div className="field">
          <label htmlFor={ids.column}>{t('quality.cluster.column')}</label>
          <select
            id={ids.column}
            className="select"
            value={column}
            onChange={(e) => setColumn(e.target.value)}
          >
            {columns.map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.method}>{t('quality.cluster.method')}</label>
          <select
            id={ids.method}
            className="select"
            value={method}
            onChange={(e) => setMethod(e.target.value as ClusterMethod)}
          >
            {METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`quality.cluster.methods.${m}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-secondary" disabled={busy || !column}>
          <Icon name="search" size={18} />
          {t('quality.cluster.run')}
        </button>
      </form>
      <p className="hint">{t(`quality.cluster.methodHelp.${method}`)}</p>
      {error && <ErrorAlert error={error} onDismiss={() => setError(null)} />}
      {steps.error && <ErrorAlert error={steps.error} onDismiss={steps.clearError} />}
      {result && (
        <>
          <p className="cluster-stats" role="status">
            {result.clusters.length === 0
              ? t('quality.cluster.noGroups', {
                  distinct: formatNumber(result.distinctValues, lang),
                })
              : t('quality.cluster.found', {
                  count: result.clusters.length,
                  groups: formatNumber(result.clusters.length, lang),
                  distinct: formatNumber(result.distinctValues, lang),
                })}
            {result.truncated && ` ${t('quality.cluster.truncated')}`}
          </p>
          <ol className="cluster-list" data-testid="cluster-groups">
            {result.clusters.map((c, i) => {
              const choice = choices[i];
              const total = c.values.reduce((n, v) => n + v.count, 0);
              return (
                <li key={i} className={choice?.include ? 'cluster-group' : 'cluster-group is-off'}>
                  <fieldset>
                    <legend className="cluster-group-head">
                      <label className="checkbox">
                        <input
                          type="checkbox"
                          checked={choice?.include ?? false}
                          onChange={(e) => choose(i, { include: e.target.checked })}
                        />
                        {t('quality.cluster.include', { n: i + 1 })}
                      </label>
                      <span className="muted">
                        {t('quality.cluster.groupSize', {
                          values: c.values.length,
                          rows: formatNumber(total, lang),
                        })}
                      </span>
                    </legend>
                    <div
                      className="cluster-values"
                      role="radiogroup"
                      aria-label={t('quality.cluster.keep', { n: i + 1 })}
                    >
                      {c.values.map((v) => (
                        <label
                          key={v.value}
                          className={
                            choice?.canonical === v.value
                              ? 'cluster-value is-chosen'
                              : 'cluster-value'
                          }
                        >
                          <input
                            type="radio"
                            name={`cluster-${i}`}
                            checked={choice?.canonical === v.value}
                            disabled={!choice?.include}
                            onChange={() => choose(i, { canonical: v.value })}
                          />
                          <span className="mono cluster-text">{v.value}</span>
                          <span className="cluster-count">{formatNumber(v.count, lang)}</span>
                          {v.value === c.suggested && (
                            <span className="badge">{t('quality.cluster.suggested')}</span>
                          )}
                        </label>
                      ))}
                    </div>
                  </fieldset>
                </li>
              );
            })}
          </ol>
        </>
      )}
      {preview && <StepPreview preview={preview} columns={columns} />}
    </Dialog>
  );
}
