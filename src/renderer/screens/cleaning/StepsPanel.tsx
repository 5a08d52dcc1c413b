/**
 * The Langkah tab: every version with who made it, when, its steps (with what they changed) and
 * the steps that could not apply; Urungkan / Ulangi; "Tambah langkah"; cluster and edit; and the
 * recipe as a file (Ekspor resep, Terapkan resep with its report).
 */
import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplyStepsResult, HistoryVersion } from '../../../shared/api/clean';
import type { Dataset } from '../../../shared/model/dataset';
import { ErrorAlert } from '../../components/Alert';
import { Icon } from '../../components/Icon';
import { formatDateTimeShort, formatNumber } from '../../i18n/format';
import { currentLang } from '../../i18n';
import { countParts, stepVersions, versionsNewestFirst } from './history-view';
import { downloadText, RECIPE_MAX_BYTES, recipeFileName, recipeText } from './recipe-file';
import { opTitle } from './step-label';
import type { StepsState } from './use-steps';

function VersionItem({ v }: { v: HistoryVersion }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const classes = ['version-item'];
  if (v.current) classes.push('is-current');
  if (!v.active) classes.push('is-undone');
  return (
    <li className={classes.join(' ')} data-testid="history-version" data-version={v.version}>
      <div className="version-head">
        <span className="version-name">{t('quality.steps.version', { version: v.version })}</span>
        {v.current && <span className="badge">{t('quality.steps.current')}</span>}
        {!v.active && <span className="badge badge-muted">{t('quality.steps.undone')}</span>}
      </div>
      <p className="version-meta">
        {t('quality.steps.byAt', { by: v.createdBy, at: formatDateTimeShort(v.createdAt, lang) })}
        {' · '}
        {t('quality.steps.shape', {
          rows: formatNumber(v.rowCount, lang),
          columns: formatNumber(v.columnCount, lang),
        })}
      </p>
      {v.parentVersion === null ? (
        <p className="version-steps-empty">{t('quality.steps.imported')}</p>
      ) : (
        <ol className="version-steps">
          {v.steps.map((s, i) => {
            const parts = countParts(s.counts);
            return (
              <li key={i} className="version-step" data-testid="history-step">
                <span className="version-step-text">{s.description[lang]}</span>
                {parts.length > 0 && (
                  <span className="version-step-counts">
                    {parts.map((p) => t(`quality.counts.${p.key}`, { count: p.count })).join(' · ')}
                  </span>
                )}
              </li>
            );
          })}
          {v.skipped.map((s) => (
            <li key={`skip-${s.index}`} className="version-step is-skipped">
              <span className="version-step-text">
                <span className="skip-label">{t('quality.steps.skipped')}</span> {s.op}
              </span>
              {s.reason && (
                <span className="version-step-counts">
                  {lang === 'en' ? s.reason.messageEn : s.reason.message}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
    </li>
  );
}

function RecipeReport({
  result,
  steps,
  onDismiss,
}: {
  result: ApplyStepsResult;
  steps: StepsState;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const applied = result.report.steps.filter((s) => s.status === 'applied').length;
  const skipped = result.report.steps.length - applied;
  return (
    <section
      className={skipped > 0 ? 'recipe-report has-skipped' : 'recipe-report'}
      data-testid="recipe-report"
      role="status"
    >
      <div className="recipe-report-head">
        <strong>{t('quality.recipe.reportTitle')}</strong>
        <button
          type="button"
          className="icon-button"
          onClick={onDismiss}
          aria-label={t('common.dismiss')}
        >
          <Icon name="close" size={16} />
        </button>
      </div>
      <p>
        {t('quality.recipe.reportSummary', { applied, skipped })}
        {result.created ? ` ${t('quality.recipe.newVersion', { version: result.version })}` : ''}
      </p>
      <ol className="recipe-report-list">
        {result.report.steps.map((s) => (
          <li key={s.index} className={s.status === 'skipped' ? 'is-skipped' : undefined}>
            <span className={s.status === 'skipped' ? 'skip-label' : 'ok-label'}>
              {s.status === 'skipped' ? t('quality.steps.skipped') : t('quality.recipe.applied')}
            </span>{' '}
            {opTitle(s.op, steps.ops, lang)}
            {s.reason && (
              <span className="muted">
                {' '}
                — {lang === 'en' ? s.reason.messageEn : s.reason.message}
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function StepsPanel({
  dataset,
  steps,
  onAddStep,
  onCluster,
}: {
  dataset: Dataset;
  steps: StepsState;
  onAddStep: () => void;
  onCluster: () => void;
}) {
  const { t } = useTranslation();
  const fileRef = useRef<HTMLInputElement>(null);
  const [report, setReport] = useState<ApplyStepsResult | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const { history } = steps;

  async function exportRecipe() {
    const recipe = await steps.exportRecipe();
    if (recipe) downloadText(recipeFileName(dataset.name), recipeText(recipe));
  }

  async function pickedRecipe(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    setFileProblem(null);
    setReport(null);
    if (!file) return;
    if (file.size > RECIPE_MAX_BYTES) {
      setFileProblem(t('quality.recipe.tooBig', { name: file.name }));
      return;
    }
    const text = await file.text();
    if (text.trim() === '') {
      setFileProblem(t('quality.recipe.empty', { name: file.name }));
      return;
    }
    const result = await steps.applyRecipe(text);
    if (result) setReport(result);
  }

  const made = history ? stepVersions(history.versions) : [];

  return (
    <div className="steps-panel" data-testid="steps-panel">
      <div className="steps-toolbar">
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => void steps.undo()}
          disabled={steps.busy || !history?.canUndo}
          aria-keyshortcuts="Control+Z"
          title={t('quality.steps.undoHint')}
        >
          <Icon name="history" size={16} />
          {t('quality.steps.undo')}
        </button>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => void steps.redo()}
          disabled={steps.busy || !history?.canRedo}
          aria-keyshortcuts="Control+Y"
          title={t('quality.steps.redoHint')}
        >
          <span className="icon-flip">
            <Icon name="history" size={16} />
          </span>
          {t('quality.steps.redo')}
        </button>
        <button
          type="button"
          className="button button-primary button-small"
          onClick={onAddStep}
          disabled={steps.busy || !steps.ops}
        >
          <Icon name="plus" size={16} />
          {t('quality.steps.add')}
        </button>
      </div>
      <div className="steps-toolbar">
        <button
          type="button"
          className="button button-ghost button-small"
          onClick={onCluster}
          disabled={steps.busy}
        >
          <Icon name="sparkle" size={16} />
          {t('quality.cluster.open')}
        </button>
        <button
          type="button"
          className="button button-ghost button-small"
          onClick={() => void exportRecipe()}
          disabled={steps.busy || made.length === 0}
        >
          <Icon name="download" size={16} />
          {t('quality.recipe.export')}
        </button>
        <button
          type="button"
          className="button button-ghost button-small"
          onClick={() => fileRef.current?.click()}
          disabled={steps.busy}
        >
          <Icon name="upload" size={16} />
          {t('quality.recipe.apply')}
        </button>
        <input
          ref={fileRef}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('quality.recipe.pick')}
          data-testid="recipe-file"
          onChange={(e) => void pickedRecipe(e)}
        />
      </div>
      {steps.busy && (
        <p className="muted" role="status">
          {t('quality.steps.working')}
        </p>
      )}
      {steps.error && <ErrorAlert error={steps.error} onDismiss={steps.clearError} />}
      {fileProblem && (
        <p className="inline-message is-error" role="alert">
          {fileProblem}
        </p>
      )}
      {report && <RecipeReport result={report} steps={steps} onDismiss={() => setReport(null)} />}
      {!history ? (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      ) : (
        <>
          {made.length === 0 && (
            <div className="quality-empty" data-testid="steps-empty">
              <span className="quality-empty-icon" aria-hidden="true">
                <Icon name="history" size={28} />
              </span>
              <h3>{t('quality.steps.emptyTitle')}</h3>
              <p>{t('quality.steps.emptyBody')}</p>
              <p className="hint">{t('quality.steps.emptyHint')}</p>
            </div>
          )}
          <ol className="version-list" aria-label={t('quality.steps.listLabel')}>
            {versionsNewestFirst(history.versions).map((v) => (
              <VersionItem key={v.version} v={v} />
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
