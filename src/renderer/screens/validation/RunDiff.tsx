/** "Perubahan sejak pemeriksaan sebelumnya": finding groups that are new, resolved or changed. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValidationDiff } from '../../../shared/api/validation';
import { formatNumber } from '../../i18n/format';
import { currentLang } from '../../i18n';
import { findingTitle } from './finding-groups';

interface DiffLine {
  code: string;
  column: string | null;
}

/** One kind of change: a heading with the count, then a line per finding group. */
function DiffGroup<G extends DiffLine>({
  kind,
  mark,
  title,
  groups,
  detail,
}: {
  kind: 'added' | 'resolved' | 'changed';
  mark: string;
  title: string;
  groups: readonly G[];
  detail: (g: G) => ReactNode;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  if (groups.length === 0) return null;
  return (
    <section className={`diff-group is-${kind}`}>
      <h4>{title}</h4>
      <ul>
        {groups.map((g) => (
          <li key={`${g.code}:${g.column ?? ''}`}>
            <span className="diff-mark" aria-hidden="true">
              {mark}
            </span>
            {findingTitle(g.code, lang)}
            <span className="muted">
              {g.column === null ? '' : ` · ${t('quality.findings.column')} ${g.column}`} ·{' '}
              {detail(g)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function RunDiff({ diff }: { diff: ValidationDiff }) {
  const { t } = useTranslation();
  const lang = currentLang();
  if (diff.previousRunId === null) {
    return <p className="hint">{t('quality.diff.first')}</p>;
  }
  const empty = diff.added.length + diff.resolved.length + diff.changed.length === 0;
  const count = (g: { count: number }) => formatNumber(g.count, lang);
  return (
    <div className="run-diff" data-testid="run-diff">
      {empty && <p className="hint">{t('quality.diff.none')}</p>}
      <DiffGroup
        kind="added"
        mark="+"
        title={t('quality.diff.added', { count: diff.added.length })}
        groups={diff.added}
        detail={count}
      />
      <DiffGroup
        kind="resolved"
        mark="✓"
        title={t('quality.diff.resolved', { count: diff.resolved.length })}
        groups={diff.resolved}
        detail={count}
      />
      <DiffGroup
        kind="changed"
        mark="~"
        title={t('quality.diff.changed', { count: diff.changed.length })}
        groups={diff.changed}
        detail={(g) =>
          t('quality.diff.fromTo', {
            before: formatNumber(g.before, lang),
            after: formatNumber(g.after, lang),
          })
        }
      />
    </div>
  );
}
