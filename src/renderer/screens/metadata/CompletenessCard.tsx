/**
 * How complete the metadata is: the overall score, a bar per section (a click goes to the
 * section) and the number of problems still open, kept in view beside the form.
 */
import { useTranslation } from 'react-i18next';
import type { Completeness } from '../../../shared/model/metadata';
import { Icon } from '../../components/Icon';
import { ProgressBar } from '../../components/ProgressBar';
import { currentLang } from '../../i18n';
import { pickLang } from './field-spec';

export function CompletenessCard({
  completeness,
  problemCount,
  checking,
  onSection,
  onFirstProblem,
}: {
  completeness: Completeness | null;
  problemCount: number | null;
  checking: boolean;
  onSection: (group: string) => void;
  onFirstProblem: () => void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const overall = completeness ? Math.round(completeness.score * 100) : null;
  return (
    <aside
      className="card meta-aside"
      aria-labelledby="meta-aside-title"
      data-testid="completeness"
    >
      <h2 className="meta-aside-title" id="meta-aside-title">
        {t('metadata.completenessTitle')}
      </h2>
      <ProgressBar label={t('metadata.overall')} percent={overall ?? 0} />
      {completeness && (
        <ul className="meta-aside-groups">
          {completeness.groups
            .filter((g) => g.total > 0)
            .map((g) => {
              const p = Math.round(g.score * 100);
              return (
                <li key={g.group}>
                  <button type="button" className="aside-group" onClick={() => onSection(g.group)}>
                    <span className="aside-group-text">
                      <span className="aside-group-label">{pickLang(g.label, lang)}</span>
                      <span className="aside-group-percent">{p}%</span>
                    </span>
                    <span className="mini-track" aria-hidden="true">
                      <span
                        className={p === 100 ? 'mini-fill is-complete' : 'mini-fill'}
                        style={{ width: `${p}%` }}
                      />
                    </span>
                    {g.requiredTotal > 0 && (
                      <span className="aside-group-detail">
                        {t('metadata.requiredFilled', {
                          filled: g.requiredFilled,
                          total: g.requiredTotal,
                        })}
                      </span>
                    )}
                  </button>
                </li>
              );
            })}
        </ul>
      )}
      <div className="meta-aside-status" role="status" data-testid="validation-status">
        {checking || problemCount === null ? (
          <span className="muted">{t('metadata.checking')}</span>
        ) : problemCount === 0 ? (
          <span className="status-ok">
            <Icon name="check" size={16} />
            {t('metadata.noProblems')}
          </span>
        ) : (
          <span className="status-problems">
            <Icon name="alert" size={16} />
            {t('metadata.problemCount', { n: problemCount })}
          </span>
        )}
      </div>
      {problemCount !== null && problemCount > 0 && (
        <button type="button" className="link-button small" onClick={onFirstProblem}>
          {t('metadata.firstProblem')}
        </button>
      )}
    </aside>
  );
}
