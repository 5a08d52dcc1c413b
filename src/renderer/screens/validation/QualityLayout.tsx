/**
 * The Dataset screen's work area: the grid, and beside it the collapsible quality panel with
 * two tabs, Validasi and Langkah. It lends the grid severity marks, the "hanya baris
 * bermasalah" row source and jumps to findings; it owns the dialogs for quick fixes, new steps
 * and cluster and edit; Ctrl+Z / Ctrl+Y in the grid undo and redo.
 */
import { useCallback, useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../shared/model/dataset';
import type { Finding } from '../../../shared/model/finding';
import type { Step } from '../../../shared/model/step';
import { api } from '../../api/client';
import { useWorkbench } from '../../app/workbench-context';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import {
  SEVERITY_GLYPH,
  type CellMark,
  type GridQuality,
  type GridRowSource,
} from '../../components/quality/grid-quality';
import { StepsConfirmDialog } from '../../components/quality/StepsConfirmDialog';
import { formatNumber } from '../../i18n/format';
import { currentLang } from '../../i18n';
import { AddStepDialog } from '../cleaning/AddStepDialog';
import { ClusterDialog } from '../cleaning/ClusterDialog';
import { StepsPanel } from '../cleaning/StepsPanel';
import { stepVersions } from '../cleaning/history-view';
import { useSteps, type StepChange } from '../cleaning/use-steps';
import { worstSeverity } from './cell-marks';
import { findingTarget, findingTitle } from './finding-groups';
import type { FixRequest } from './FindingList';
import { indexOfProblemLine, problemRowFetch } from './problem-rows';
import { useCellMarks } from './use-cell-marks';
import { useProblemLines } from './use-problem-lines';
import { useValidation } from './use-validation';
import { ValidationPanel } from './ValidationPanel';
import '../../components/quality/quality.css';

export type QualityTab = 'validation' | 'steps';

const PANEL_KEY = 'satudata.qualityPanel';

function storedTab(): QualityTab | null {
  try {
    const v = localStorage.getItem(PANEL_KEY);
    return v === 'validation' || v === 'steps' ? v : null;
  } catch {
    return null;
  }
}

function storeTab(tab: QualityTab | null): void {
  try {
    localStorage.setItem(PANEL_KEY, tab ?? 'closed');
  } catch {
    // not kept; the panel still opens and closes
  }
}

export interface QualityGrid {
  quality: GridQuality;
  /** part of the grid's key: the grid starts afresh when the rows it shows change */
  gridKey: string;
}

export function QualityLayout({
  dataset,
  initialTab,
  onJump,
  children,
}: {
  dataset: Dataset;
  /** open the panel on this tab (the Validasi menu entry) */
  initialTab?: QualityTab;
  onJump: (line: number, column?: number) => void;
  children: (grid: QualityGrid) => ReactNode;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const { reloadDatasets, showNotice } = useWorkbench();
  const tabsId = useId();
  const [tab, setTabState] = useState<QualityTab | null>(() => initialTab ?? storedTab());
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [fix, setFix] = useState<FixRequest | null>(null);
  const [cluster, setCluster] = useState<{ column?: string } | null>(null);
  const [adding, setAdding] = useState(false);

  const setTab = (next: QualityTab | null) => {
    setTabState(next);
    storeTab(next);
  };

  const validation = useValidation(dataset.id, dataset.version);
  const run = validation.run;
  const runId = run?.runId ?? null;
  const problems = useProblemLines(runId);
  const { marks, version: marksVersion } = useCellMarks(runId);

  const onChanged = useCallback(
    async (change: StepChange) => {
      await reloadDatasets();
      if (change.kind === 'undo' || change.kind === 'redo') {
        showNotice({
          tone: 'success',
          key: change.kind === 'undo' ? 'quality.notice.undone' : 'quality.notice.redone',
          values: { version: change.version },
        });
      } else if (change.kind === 'apply' || change.kind === 'recipe') {
        if (!change.result.created) {
          showNotice({ tone: 'info', key: 'quality.notice.nothingApplied' });
          return;
        }
        showNotice({
          tone: 'success',
          key: 'quality.notice.applied',
          values: {
            version: change.result.version,
            count: change.result.report.steps.filter((s) => s.status === 'applied').length,
          },
        });
      }
    },
    [reloadDatasets, showNotice],
  );
  const steps = useSteps(dataset.id, dataset.version, onChanged);

  // the filtered grid: only the lines the run flagged
  const lines = problems?.lines;
  const source = useMemo<GridRowSource | undefined>(() => {
    if (!lines || lines.length === 0) return undefined;
    return {
      total: lines.length,
      fetch: problemRowFetch(lines, (q) => api.invoke('datasets:rows', { id: dataset.id, ...q })),
      lineAt: (i) => lines[i],
      indexOfLine: (line) => indexOfProblemLine(lines, line),
    };
  }, [lines, dataset.id]);
  const filtering = onlyProblems && problems !== null;

  const problemSet = useMemo(() => (lines ? new Set(lines) : null), [lines]);
  const lastLoaded = lines?.[lines.length - 1];
  const onVisibleLines = useCallback(
    (visible: number[]) => {
      if (!marks) return;
      void marks.want(visible, (line) => {
        if (!problemSet) return true;
        if (problems?.truncated && lastLoaded !== undefined && line > lastLoaded) return true;
        return problemSet.has(line);
      });
    },
    [marks, problemSet, problems?.truncated, lastLoaded],
  );

  const mark = useCallback(
    (line: number, column: number | null): CellMark | undefined => {
      if (!marks || marksVersion < 0) return undefined;
      const hits = marks.cell(line, column);
      const severity = worstSeverity(hits);
      if (!severity) return undefined;
      const label = [
        ...new Set(
          hits.map((h) => `${t(`quality.severity.${h.severity}`)}: ${findingTitle(h.code, lang)}`),
        ),
      ].join('; ');
      return { severity, glyph: SEVERITY_GLYPH[severity], label };
    },
    [marks, marksVersion, t, lang],
  );

  const quality = useMemo<GridQuality>(
    () => ({ mark, onVisibleLines, ...(filtering && source ? { rows: source } : {}) }),
    [mark, onVisibleLines, filtering, source],
  );

  const firstLine = dataset.headerRow + 1;
  const jumpToFinding = useCallback(
    (f: Finding, line?: number) => {
      const target =
        line !== undefined ? { line, column: f.columnIndex } : findingTarget(f, firstLine);
      if (!target) return;
      onJump(target.line, target.column ?? undefined);
    },
    [onJump, firstLine],
  );

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const target = e.target as HTMLElement;
    if (!target.closest('[data-testid="data-grid"]')) return;
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey && steps.history?.canUndo && !steps.busy) {
      e.preventDefault();
      void steps.undo();
    } else if (
      (key === 'y' || (key === 'z' && e.shiftKey)) &&
      steps.history?.canRedo &&
      !steps.busy
    ) {
      e.preventDefault();
      void steps.redo();
    }
  }

  function onTabKey(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const next = tab === 'validation' ? 'steps' : 'validation';
    setTab(next);
    document.getElementById(`${tabsId}-${next}`)?.focus();
  }

  const errorCount = run?.errors ?? 0;
  const stepCount = steps.history
    ? stepVersions(steps.history.versions).filter((v) => v.active).length
    : 0;
  const badge = (n: number, label: string) =>
    n > 0 ? (
      <span className="tab-count" aria-label={label}>
        {formatNumber(n, lang)}
      </span>
    ) : null;

  const grid =
    filtering && problems && problems.lines.length === 0 ? (
      <EmptyState icon="check" title={t('quality.filter.noneTitle')}>
        <p>{t('quality.filter.noneBody')}</p>
      </EmptyState>
    ) : (
      children({ quality, gridKey: filtering ? `problems:${runId ?? ''}` : 'all' })
    );

  const applySteps = async (list: Step[]) => (await steps.apply(list)) !== null;

  return (
    <div className={tab ? 'quality-layout is-open' : 'quality-layout'} onKeyDown={onKeyDown}>
      <div className="quality-main">
        {filtering && problems && (
          <div className="filter-banner" role="status" data-testid="problem-filter-banner">
            <Icon name="alert" size={16} />
            <span>
              {t('quality.filter.showing', {
                count: problems.lines.length,
                n: formatNumber(problems.lines.length, lang),
              })}
              {problems.truncated && ` ${t('quality.filter.truncated')}`}
            </span>
            <button type="button" className="link-button" onClick={() => setOnlyProblems(false)}>
              {t('quality.filter.showAll')}
            </button>
          </div>
        )}
        {grid}
      </div>
      {tab ? (
        <aside
          className="quality-panel"
          aria-label={t('quality.panel.label')}
          data-testid="quality-panel"
        >
          <div
            className="quality-tabs"
            role="tablist"
            aria-label={t('quality.panel.label')}
            onKeyDown={onTabKey}
          >
            <button
              type="button"
              role="tab"
              id={`${tabsId}-validation`}
              aria-selected={tab === 'validation'}
              aria-controls={`${tabsId}-panel`}
              tabIndex={tab === 'validation' ? 0 : -1}
              className="quality-tab"
              onClick={() => setTab('validation')}
            >
              {t('quality.panel.validation')}
              {badge(errorCount, t('quality.scores.errors', { count: errorCount }))}
            </button>
            <button
              type="button"
              role="tab"
              id={`${tabsId}-steps`}
              aria-selected={tab === 'steps'}
              aria-controls={`${tabsId}-panel`}
              tabIndex={tab === 'steps' ? 0 : -1}
              className="quality-tab"
              onClick={() => setTab('steps')}
            >
              {t('quality.panel.steps')}
              {badge(stepCount, t('quality.panel.stepCount', { count: stepCount }))}
            </button>
            <button
              type="button"
              className="icon-button quality-collapse"
              aria-label={t('quality.panel.collapse')}
              title={t('quality.panel.collapse')}
              aria-expanded={true}
              onClick={() => setTab(null)}
            >
              <span className="chevron-right" aria-hidden="true" />
            </button>
          </div>
          <div
            id={`${tabsId}-panel`}
            role="tabpanel"
            aria-labelledby={`${tabsId}-${tab}`}
            className="quality-panel-body"
          >
            {tab === 'validation' ? (
              <ValidationPanel
                dataset={dataset}
                validation={validation}
                problems={problems}
                onlyProblems={onlyProblems}
                onOnlyProblems={setOnlyProblems}
                onJump={jumpToFinding}
                onFix={setFix}
                onCluster={(column) => setCluster({ column })}
              />
            ) : (
              <StepsPanel
                dataset={dataset}
                steps={steps}
                onAddStep={() => setAdding(true)}
                onCluster={() => setCluster({})}
              />
            )}
          </div>
        </aside>
      ) : (
        <aside className="quality-rail" aria-label={t('quality.panel.label')}>
          <button
            type="button"
            className="rail-button"
            aria-expanded={false}
            onClick={() => setTab('validation')}
            title={t('quality.panel.openValidation')}
          >
            <Icon name="check" size={18} />
            <span className="rail-text">{t('quality.panel.validation')}</span>
            {badge(errorCount, t('quality.scores.errors', { count: errorCount }))}
          </button>
          <button
            type="button"
            className="rail-button"
            aria-expanded={false}
            onClick={() => setTab('steps')}
            title={t('quality.panel.openSteps')}
          >
            <Icon name="history" size={18} />
            <span className="rail-text">{t('quality.panel.steps')}</span>
            {badge(stepCount, t('quality.panel.stepCount', { count: stepCount }))}
          </button>
        </aside>
      )}
      {fix && (
        <StepsConfirmDialog
          title={fix.title}
          intro={t('quality.fix.intro')}
          steps={fix.steps}
          columns={dataset.columnList}
          ops={steps.ops}
          preview={steps.preview}
          apply={applySteps}
          onClose={() => setFix(null)}
          error={steps.error}
          onDismissError={steps.clearError}
          testId="quick-fix-dialog"
        />
      )}
      {cluster && (
        <ClusterDialog
          datasetId={dataset.id}
          columns={dataset.columnList}
          {...(cluster.column ? { initialColumn: cluster.column } : {})}
          steps={steps}
          onClose={() => setCluster(null)}
        />
      )}
      {adding && steps.ops && (
        <AddStepDialog
          ops={steps.ops}
          columns={dataset.columnList}
          steps={steps}
          onClose={() => setAdding(false)}
        />
      )}
    </div>
  );
}
