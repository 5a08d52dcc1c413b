/** The five Satu Data scores (four principles plus Privasi) as labelled bars, 0–100. */
import { useTranslation } from 'react-i18next';
import type { ReportSummary } from '../../../shared/model/finding';
import { currentLang } from '../../i18n';
import { principleRows } from '../../screens/validation/finding-groups';
import { PRINCIPLE_LABELS } from '../../../shared/model/finding';

export function ScoreBars({ summary }: { summary: ReportSummary }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <ul className="score-list" data-testid="principle-scores">
      {principleRows(summary).map((row) => {
        const label = PRINCIPLE_LABELS[row.principle][lang];
        const counts = [
          row.errors > 0 ? t('quality.scores.errors', { count: row.errors }) : null,
          row.warnings > 0 ? t('quality.scores.warnings', { count: row.warnings }) : null,
          row.infos > 0 ? t('quality.scores.infos', { count: row.infos }) : null,
        ].filter((x): x is string => x !== null);
        return (
          <li
            key={row.principle}
            className={`score-row is-${row.tone}`}
            data-principle={row.principle}
          >
            <div className="score-head">
              <span className="score-label">{label}</span>
              <span className="score-value">
                <strong>{row.score}</strong>
                <span className="score-max">/100</span>
              </span>
            </div>
            <div
              className="score-track"
              role="meter"
              aria-label={label}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={row.score}
              aria-valuetext={`${row.score}/100, ${t(`quality.scores.tone.${row.tone}`)}`}
            >
              <div className="score-fill" style={{ width: `${row.score}%` }} />
            </div>
            <div className="score-foot">
              <span className="score-tone">{t(`quality.scores.tone.${row.tone}`)}</span>
              <span className="score-counts">
                {counts.length > 0 ? counts.join(' · ') : t('quality.scores.none')}
              </span>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
