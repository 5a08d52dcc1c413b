/**
 * The Validasi tab beside the grid: the latest run (when, by whom), "Periksa sekarang" with
 * progress and Batal, the five scores, the "hanya baris bermasalah" filter, what changed since
 * the run before, and the findings grouped by rule.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../shared/model/dataset';
import type { Finding } from '../../../shared/model/finding';
import { ErrorAlert } from '../../components/Alert';
import { Icon } from '../../components/Icon';
import { ProgressBar } from '../../components/ProgressBar';
import { ScoreBars } from '../../components/quality/ScoreBars';
import { formatDateTimeShort, formatNumber, percentOf } from '../../i18n/format';
import { currentLang } from '../../i18n';
import { FindingList, type FixRequest } from './FindingList';
import type { ProblemLines } from './problem-rows';
import { RunDiff } from './RunDiff';
import type { ValidationState } from './use-validation';

export function ValidationPanel({
  dataset,
  validation,
  problems,
  onlyProblems,
  onOnlyProblems,
  onJump,
  onFix,
  onCluster,
}: {
  dataset: Dataset;
  validation: ValidationState;
  problems: ProblemLines | null;
  onlyProblems: boolean;
  onOnlyProblems: (on: boolean) => void;
  onJump: (f: Finding, line?: number) => void;
  onFix: (request: FixRequest) => void;
  onCluster: (column: string) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const filterId = useId();
  const { run, running, progress } = validation;

  const checkButton = (
    <button
      type="button"
      className={run ? 'button button-secondary button-small' : 'button button-primary'}
      onClick={() => void validation.check()}
      disabled={running}
      data-testid="validation-check"
    >
      <Icon name="check" size={16} />
      {t('quality.validation.check')}
    </button>
  );

  const progressBlock = running && (
    <div className="validation-progress">
      <ProgressBar
        percent={percentOf(progress?.rows, progress?.totalRows)}
        label={t('quality.validation.checking')}
        {...(progress?.rows !== undefined
          ? {
              detail: t('quality.validation.progressRows', {
                rows: formatNumber(progress.rows, lang),
                total: formatNumber(progress.totalRows ?? dataset.rows, lang),
              }),
            }
          : {})}
      />
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => void validation.cancel()}
      >
        {t('common.cancel')}
      </button>
    </div>
  );

  const notices = (
    <>
      {validation.error && (
        <ErrorAlert error={validation.error} onDismiss={validation.clearError} />
      )}
      {validation.cancelled && !running && (
        <p className="inline-message" role="status">
          {t('quality.validation.cancelled')}
        </p>
      )}
    </>
  );

  if (!validation.loaded) {
    return (
      <p className="muted" role="status">
        {t('common.loading')}
      </p>
    );
  }

  if (!run) {
    return (
      <div className="quality-empty" data-testid="validation-empty">
        <span className="quality-empty-icon" aria-hidden="true">
          <Icon name="check" size={28} />
        </span>
        <h3>{t('quality.validation.neverTitle')}</h3>
        <p>{t('quality.validation.neverBody')}</p>
        {notices}
        {progressBlock || checkButton}
      </div>
    );
  }

  const { report } = run;
  const stale = run.datasetVersion !== dataset.version;
  const problemCount = problems?.lines.length ?? 0;

  return (
    <div className="validation-panel" data-testid="validation-panel">
      <div className="run-head">
        <div className="run-info">
          <p className={run.valid ? 'run-status is-valid' : 'run-status is-invalid'}>
            <Icon name={run.valid ? 'check' : 'alert'} size={16} />
            {run.valid ? t('quality.validation.valid') : t('quality.validation.invalid')}
          </p>
          <p className="run-meta" data-testid="run-meta">
            {t('quality.validation.runMeta', {
              at: formatDateTimeShort(run.at, lang),
              by: run.by,
              version: run.datasetVersion,
            })}
          </p>
        </div>
        {!running && checkButton}
      </div>
      {progressBlock}
      {notices}
      {stale && (
        <p className="inline-message is-warning" role="status">
          {t('quality.validation.stale', { version: run.datasetVersion })}
        </p>
      )}
      <p className="run-counts">
        <span className="count-chip is-error">
          {t('quality.scores.errors', { count: report.summary.errors })}
        </span>
        <span className="count-chip is-warning">
          {t('quality.scores.warnings', { count: report.summary.warnings })}
        </span>
        <span className="count-chip is-info">
          {t('quality.scores.infos', { count: report.summary.infos })}
        </span>
      </p>

      <section className="panel-section" aria-labelledby={`${filterId}-scores`}>
        <h3 id={`${filterId}-scores`} className="panel-section-title">
          {t('quality.scores.title')}
        </h3>
        <ScoreBars summary={report.summary} />
      </section>

      <div className="problem-filter">
        <input
          id={filterId}
          type="checkbox"
          checked={onlyProblems}
          disabled={!problems || problemCount === 0}
          onChange={(e) => onOnlyProblems(e.target.checked)}
        />
        <label htmlFor={filterId}>
          {t('quality.filter.only')}
          <span className="muted">
            {' '}
            {problems
              ? t('quality.filter.count', {
                  count: problemCount,
                  n: formatNumber(problemCount, lang),
                })
              : t('common.loading')}
          </span>
        </label>
      </div>

      {validation.diff && (
        <details
          className="panel-section diff-section"
          open={validation.diff.previousRunId !== null}
        >
          <summary className="panel-section-title">{t('quality.diff.title')}</summary>
          <RunDiff diff={validation.diff} />
        </details>
      )}

      <section className="panel-section" aria-labelledby={`${filterId}-findings`}>
        <h3 id={`${filterId}-findings`} className="panel-section-title">
          {t('quality.findings.title')}
        </h3>
        {report.findings.length === 0 ? (
          <p className="hint">{t('quality.findings.none')}</p>
        ) : (
          <FindingList
            findings={report.findings}
            datasetId={dataset.id}
            onJump={onJump}
            onFix={onFix}
            onCluster={onCluster}
            columnName={(f) =>
              f.columnIndex !== null ? (dataset.columnList[f.columnIndex]?.name ?? null) : null
            }
          />
        )}
      </section>
    </div>
  );
}
