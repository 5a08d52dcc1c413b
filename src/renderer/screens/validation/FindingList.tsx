/**
 * Findings grouped by rule: severity in words, the catalog's title and help, example rows, a
 * click that shows the place in the grid, and quick fixes ("Perbaiki" for this one, "Perbaiki
 * semua" for all like it) where 'clean:quick-fix' offers a step.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuickFixFinding } from '../../../shared/api/clean';
import type { Finding } from '../../../shared/model/finding';
import type { Step } from '../../../shared/model/step';
import { api } from '../../api/client';
import { Icon } from '../../components/Icon';
import { SeverityBadge } from '../../components/quality/SeverityBadge';
import { formatNumber } from '../../i18n/format';
import { currentLang } from '../../i18n';
import { mergeSteps } from '../cleaning/step-label';
import {
  exampleRows,
  findingCount,
  findingHelp,
  findingMessage,
  findingTitle,
  groupFindings,
  type FindingGroup,
} from './finding-groups';

/** Findings shown per group (the rest are counted). */
const SHOWN = 20;

/** Rules whose values can be merged with cluster and edit. */
const CLUSTERABLE = new Set([
  'huruf-besar-kecil-tidak-konsisten',
  'nama-wilayah-varian',
  'kemungkinan-salah-ketik',
  'nilai-di-luar-daftar',
  'nilai-referensi-tidak-dikenal',
  'satuan-tidak-konsisten',
]);

export function quickFixFinding(f: Finding): QuickFixFinding {
  return {
    code: f.code,
    severity: f.severity,
    category: f.category,
    row: f.row,
    ...(f.rows ? { rows: f.rows } : {}),
    ...(f.count !== undefined ? { count: f.count } : {}),
    column: f.column,
    columnIndex: f.columnIndex,
    value: f.value,
    suggestion: f.suggestion,
    ...(f.params ? { params: f.params } : {}),
  };
}

interface Fixes {
  one: Step | null;
  all: Step | null;
}

export interface FixRequest {
  title: string;
  steps: Step[];
}

function useFixes(datasetId: string, findings: readonly Finding[], enabled: boolean) {
  const [fixes, setFixes] = useState<Map<Finding, Fixes>>(new Map());
  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    void (async () => {
      const found = new Map<Finding, Fixes>();
      for (const f of findings.slice(0, SHOWN)) {
        const finding = quickFixFinding(f);
        const [one, all] = await Promise.all([
          api.invoke('clean:quick-fix', { id: datasetId, finding, scope: 'one' }),
          api.invoke('clean:quick-fix', { id: datasetId, finding, scope: 'all' }),
        ]);
        found.set(f, { one: one.ok ? one.value : null, all: all.ok ? all.value : null });
      }
      if (live) setFixes(found);
    })();
    return () => {
      live = false;
    };
  }, [datasetId, findings, enabled]);
  return fixes;
}

function GroupItem({
  group,
  datasetId,
  open,
  onToggle,
  onJump,
  onFix,
  onCluster,
  columnName,
}: {
  group: FindingGroup;
  datasetId: string;
  open: boolean;
  onToggle: () => void;
  onJump: (f: Finding, line?: number) => void;
  onFix: (request: FixRequest) => void;
  onCluster: (column: string) => void;
  columnName: (f: Finding) => string | null;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const bodyId = useId();
  const fixes = useFixes(datasetId, group.findings, open);
  const title = findingTitle(group.code, lang);
  const help = findingHelp(group.code, lang);
  const allSteps = mergeSteps(
    group.findings.map((f) => fixes.get(f)?.all ?? null).filter((s): s is Step => s !== null),
  );
  const fixable = group.findings.filter((f) => fixes.get(f)?.all).length;
  const clusterColumn = CLUSTERABLE.has(group.code)
    ? (group.findings.map(columnName).find((c) => c !== null) ?? null)
    : null;

  return (
    <li
      className={`finding-group is-${group.severity}`}
      data-testid="finding-group"
      data-code={group.code}
    >
      <button
        type="button"
        className="finding-group-toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => {
          onToggle();
          const first = group.findings[0];
          if (!open && first) onJump(first);
        }}
      >
        <SeverityBadge severity={group.severity} />
        <span className="finding-group-title">{title}</span>
        <span
          className="finding-group-count"
          aria-label={t('quality.findings.countLabel', { count: group.count })}
        >
          {formatNumber(group.count, lang)}
        </span>
        <span className={open ? 'chevron is-open' : 'chevron'} aria-hidden="true" />
      </button>
      {open && (
        <div id={bodyId} className="finding-group-body">
          {help && <p className="finding-help">{help}</p>}
          {(allSteps.length > 0 && fixable > 1) || clusterColumn ? (
            <div className="finding-group-actions">
              {allSteps.length > 0 && fixable > 1 && (
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() =>
                    onFix({ title: t('quality.fix.groupTitle', { title }), steps: allSteps })
                  }
                >
                  <Icon name="sparkle" size={16} />
                  {t('quality.fix.allInGroup', { count: fixable })}
                </button>
              )}
              {clusterColumn && (
                <button
                  type="button"
                  className="button button-ghost button-small"
                  onClick={() => onCluster(clusterColumn)}
                >
                  {t('quality.cluster.open')}
                </button>
              )}
            </div>
          ) : null}
          <ul className="finding-items">
            {group.findings.slice(0, SHOWN).map((f, i) => {
              const fix = fixes.get(f);
              const rows = exampleRows(f);
              const count = findingCount(f);
              const message = findingMessage(f, lang);
              return (
                <li key={i} className="finding-item" data-testid="finding-item">
                  <button type="button" className="finding-jump" onClick={() => onJump(f)}>
                    {message}
                  </button>
                  <div className="finding-meta">
                    {f.column !== null && (
                      <span>
                        {t('quality.findings.column')} <code>{f.column}</code>
                      </span>
                    )}
                    {rows.length > 0 && (
                      <span className="finding-rows">
                        {t('quality.findings.rows')}{' '}
                        {rows.map((line) => (
                          <button
                            key={line}
                            type="button"
                            className="row-chip"
                            onClick={() => onJump(f, line)}
                            aria-label={t('quality.findings.goToRow', { line })}
                          >
                            {formatNumber(line, lang)}
                          </button>
                        ))}
                        {count > rows.length && (
                          <span className="muted">
                            {t('quality.findings.moreRows', { count: count - rows.length })}
                          </span>
                        )}
                      </span>
                    )}
                    {f.suggestion && (
                      <span>
                        {t('quality.findings.suggestion')} <code>{f.suggestion}</code>
                      </span>
                    )}
                  </div>
                  {(fix?.one || fix?.all) && (
                    <div className="finding-actions">
                      {fix.one && (
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          onClick={() =>
                            fix.one &&
                            onFix({ title: t('quality.fix.oneTitle', { title }), steps: [fix.one] })
                          }
                        >
                          {t('quality.fix.one')}
                        </button>
                      )}
                      {fix.all && (
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          onClick={() =>
                            fix.all &&
                            onFix({ title: t('quality.fix.allTitle', { title }), steps: [fix.all] })
                          }
                        >
                          {t('quality.fix.all')}
                        </button>
                      )}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
          {group.findings.length > SHOWN && (
            <p className="hint">
              {t('quality.findings.moreFindings', { count: group.findings.length - SHOWN })}
            </p>
          )}
        </div>
      )}
    </li>
  );
}

export function FindingList({
  findings,
  datasetId,
  onJump,
  onFix,
  onCluster,
  columnName,
}: {
  findings: readonly Finding[];
  datasetId: string;
  onJump: (f: Finding, line?: number) => void;
  onFix: (request: FixRequest) => void;
  onCluster: (column: string) => void;
  /** the current name of a finding's column (null when it is gone) */
  columnName: (f: Finding) => string | null;
}) {
  const groups = useMemo(() => groupFindings(findings), [findings]);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  return (
    <ul className="finding-groups" data-testid="finding-groups">
      {groups.map((g) => (
        <GroupItem
          key={g.code}
          group={g}
          datasetId={datasetId}
          open={open.has(g.code)}
          onToggle={() =>
            setOpen((prev) => {
              const next = new Set(prev);
              if (next.has(g.code)) next.delete(g.code);
              else next.add(g.code);
              return next;
            })
          }
          onJump={onJump}
          onFix={onFix}
          onCluster={onCluster}
          columnName={columnName}
        />
      ))}
    </ul>
  );
}
