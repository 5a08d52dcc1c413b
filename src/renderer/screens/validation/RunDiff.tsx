/** "Perubahan sejak pemeriksaan sebelumnya": finding groups that are new, resolved or changed. */
import { useTranslation } from 'react-i18next';
import type { ValidationDiff } from '../../../shared/api/validation';
import { formatNumber } from '../../i18n/format';
import { currentLang } from '../../i18n';
import { findingTitle } from './finding-groups';

export function RunDiff({ diff }: { diff: ValidationDiff }) {
  const { t } = useTranslation();
  const lang = currentLang();
  if (diff.previousRunId === null) {
    return <p className="hint">{t('quality.diff.first')}</p>;
  }
  const empty = diff.added.length + diff.resolved.length + diff.changed.length === 0;
  const where = (column: string | null) =>
    column === null ? '' : ` · ${t('quality.findings.column')} ${column}`;
  return (
    <div className="run-diff" data-testid="run-diff">
      {empty && <p className="hint">{t('quality.diff.none')}</p>}
      {diff.added.length > 0 && (
        <section className="diff-group is-added">
          <h4>{t('quality.diff.added', { count: diff.added.length })}</h4>
          <ul>
            {diff.added.map((g) => (
              <li key={`${g.code}:${g.column ?? ''}`}>
                <span className="diff-mark" aria-hidden="true">
                  +
                </span>
                {findingTitle(g.code, lang)}
                <span className="muted">
                  {where(g.column)} · {formatNumber(g.count, lang)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {diff.resolved.length > 0 && (
        <section className="diff-group is-resolved">
          <h4>{t('quality.diff.resolved', { count: diff.resolved.length })}</h4>
          <ul>
            {diff.resolved.map((g) => (
              <li key={`${g.code}:${g.column ?? ''}`}>
                <span className="diff-mark" aria-hidden="true">
                  ✓
                </span>
                {findingTitle(g.code, lang)}
                <span className="muted">
                  {where(g.column)} · {formatNumber(g.count, lang)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {diff.changed.length > 0 && (
        <section className="diff-group is-changed">
          <h4>{t('quality.diff.changed', { count: diff.changed.length })}</h4>
          <ul>
            {diff.changed.map((g) => (
              <li key={`${g.code}:${g.column ?? ''}`}>
                <span className="diff-mark" aria-hidden="true">
                  ~
                </span>
                {findingTitle(g.code, lang)}
                <span className="muted">
                  {where(g.column)} ·{' '}
                  {t('quality.diff.fromTo', {
                    before: formatNumber(g.before, lang),
                    after: formatNumber(g.after, lang),
                  })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
