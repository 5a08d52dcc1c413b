/** Notes that came back with a finished export or catalog (never a refusal). */
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../i18n';

export interface WarningItem {
  key: string;
  message: string;
  messageEn: string;
  /** a short tag after the message, e.g. "diisi dari data" */
  tag?: string;
}

export function WarningList({
  title,
  hint,
  items,
  testId,
}: {
  title: string;
  hint?: string;
  items: WarningItem[];
  testId: string;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  const en = currentLang() === 'en';
  return (
    <div data-testid={testId}>
      <p className="alert-title">{title}</p>
      {hint && <p className="hint">{hint}</p>}
      <ul>
        {items.map((w) => (
          <li key={w.key}>
            {en ? w.messageEn || w.message : w.message}
            {w.tag && <span className="muted small"> ({t(w.tag)})</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
