/**
 * A personal-data refusal: which columns, why masking or dropping them (Validasi / Langkah) is
 * the better way, and an override form — every column ticked and a reason, recorded in the
 * audit log — that retries the action.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkbench } from '../../app/workbench-context';
import { Alert } from '../../components/Alert';
import type { PersonalDataOverride } from './personal-data';

export function PersonalDataRefusal({
  columns,
  what,
  busy,
  onRetry,
}: {
  columns: string[];
  what: 'export' | 'bundle';
  busy: boolean;
  onRetry: (override: PersonalDataOverride) => void;
}) {
  const { t } = useTranslation();
  const { navigate } = useWorkbench();
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [reason, setReason] = useState('');
  const reasonId = useId();
  const ready = columns.every((c) => ticked.has(c)) && reason.trim() !== '';

  function toggle(column: string, on: boolean) {
    const next = new Set(ticked);
    if (on) next.add(column);
    else next.delete(column);
    setTicked(next);
  }

  return (
    <Alert tone="warning" title={t('privacy.refusedTitle', { what: t(`privacy.what.${what}`) })}>
      <div data-testid={`${what}-refused`}>
        <p>{t('privacy.refusedBody')}</p>
        <ul>
          {columns.map((c) => (
            <li key={c} className="mono">
              {c}
            </li>
          ))}
        </ul>
        <p>{t('privacy.better')}</p>
        <p>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => navigate('validation')}
          >
            {t('privacy.openValidation')}
          </button>
        </p>
      </div>
      <form
        className="field"
        aria-label={t('privacy.overrideTitle')}
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) onRetry({ allowPersonalData: columns, reason: reason.trim() });
        }}
      >
        <fieldset className="field choice-group" disabled={busy}>
          <legend>{t('privacy.overrideTitle')}</legend>
          <p className="hint">{t('privacy.overrideHint')}</p>
          {columns.map((c) => (
            <label key={c} className="choice">
              <input
                type="checkbox"
                checked={ticked.has(c)}
                onChange={(e) => toggle(c, e.target.checked)}
              />
              <span className="choice-text">
                <span className="choice-title mono">{c}</span>
              </span>
            </label>
          ))}
          <div className="field">
            <label htmlFor={reasonId}>{t('privacy.reason')}</label>
            <textarea
              id={reasonId}
              className="textarea"
              rows={2}
              required
              maxLength={2000}
              value={reason}
              placeholder={t('privacy.reasonPlaceholder')}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
          {!ready && <p className="hint">{t('privacy.needAll')}</p>}
          <div className="form-actions">
            <button type="submit" className="button button-danger" disabled={!ready || busy}>
              {t('privacy.confirm')}
            </button>
          </div>
        </fieldset>
      </form>
    </Alert>
  );
}
