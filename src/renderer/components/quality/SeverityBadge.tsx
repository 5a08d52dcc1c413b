/** A severity in words with its glyph (× galat, ! peringatan, i info): never colour alone. */
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../../shared/model/finding';
import { SEVERITY_GLYPH } from './grid-quality';

export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return (
    <span className={`severity-badge is-${severity}`} data-severity={severity}>
      <span className="severity-glyph" aria-hidden="true">
        {SEVERITY_GLYPH[severity]}
      </span>
      {t(`quality.severity.${severity}`)}
    </span>
  );
}
