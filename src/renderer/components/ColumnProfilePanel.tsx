/**
 * "Profil kolom": one column of the current table at a glance, in a side panel — its type and
 * how sure the inference is, blanks, distinct values, smallest and largest value, the most
 * common values and, for numbers, a histogram (`datasets:profile`, computed on the server).
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnProfile } from '../../shared/api/core';
import type { AppErrorData } from '../../shared/errors';
import type { Column } from '../../shared/model/dataset';
import { api } from '../api/client';
import { formatNumber, type FormatLang } from '../i18n/format';
import { currentLang } from '../i18n';
import { ErrorAlert } from './Alert';
import { HistogramChart, TopValuesChart, formatBound } from './ColumnProfileChart';
import { Dialog } from './Dialog';

function percentOfRows(n: number, rows: number, lang: FormatLang): string {
  if (rows <= 0) return '';
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(n / rows);
}

function extreme(
  value: number | string | undefined,
  kind: ColumnProfile['kind'],
  lang: FormatLang,
): string {
  if (value === undefined) return '—';
  if (typeof value === 'number') return formatBound(value, lang);
  if (kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const date = new Date(`${value}T00:00:00`);
    if (!Number.isNaN(date.getTime())) {
      return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
        dateStyle: 'long',
      }).format(date);
    }
  }
  return value;
}

export function ColumnProfilePanel({
  datasetId,
  column,
  onClose,
  onPickValue,
}: {
  datasetId: string;
  column: Column;
  onClose: () => void;
  /** a click on a common value: filter the grid to it */
  onPickValue?: (value: string) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const [profile, setProfile] = useState<ColumnProfile | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setProfile(null);
    setError(null);
    void (async () => {
      const result = await api.invoke('datasets:profile', { id: datasetId, column: column.index });
      if (!live) return;
      if (result.ok) setProfile(result.value);
      else setError(result.error);
    })();
    return () => {
      live = false;
    };
  }, [datasetId, column.index, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const name = column.label || column.name;
  const n = (x: number) => formatNumber(x, lang);

  return (
    <Dialog side title={t('grid.profile.title', { name })} onClose={onClose} testId="profile-panel">
      <p className="column-panel-lead">
        <span className="mono">{column.name}</span>
      </p>
      {!profile && !error && (
        <p className="muted" role="status" data-testid="profile-loading">
          {t('grid.profile.loading')}
        </p>
      )}
      {error && (
        <div className="profile-error">
          <ErrorAlert error={error} title={t('grid.profile.failed')} />
          <button type="button" className="button button-secondary" onClick={retry}>
            {t('grid.profile.retry')}
          </button>
        </div>
      )}
      {profile && (
        <>
          <dl className="profile-facts" data-testid="profile-facts">
            <div>
              <dt>{t('grid.profile.type')}</dt>
              <dd data-testid="profile-type">
                {profile.type
                  ? t('grid.profile.typeWithConfidence', {
                      type: t(`grid.types.${profile.type.type}`),
                      confidence: percentOfRows(profile.type.confidence, 1, lang),
                    })
                  : t('grid.profile.noType')}
              </dd>
            </div>
            <div>
              <dt>{t('grid.profile.rows')}</dt>
              <dd data-testid="profile-rows">{n(profile.rows)}</dd>
            </div>
            <div>
              <dt>{t('grid.profile.blanks')}</dt>
              <dd data-testid="profile-blanks">
                {n(profile.blanks)}
                <span className="muted">
                  {' '}
                  ({percentOfRows(profile.blanks, profile.rows, lang)})
                </span>
              </dd>
            </div>
            <div>
              <dt>{t('grid.profile.distinct')}</dt>
              <dd data-testid="profile-distinct">{n(profile.distinct)}</dd>
            </div>
            {profile.kind !== 'text' && (
              <div>
                <dt>{t('grid.profile.typed')}</dt>
                <dd data-testid="profile-typed">
                  {n(profile.typed)}
                  <span className="muted">
                    {' '}
                    ({percentOfRows(profile.typed, profile.rows - profile.blanks, lang)})
                  </span>
                </dd>
              </div>
            )}
            <div>
              <dt>{t('grid.profile.min')}</dt>
              <dd data-testid="profile-min">{extreme(profile.min, profile.kind, lang)}</dd>
            </div>
            <div>
              <dt>{t('grid.profile.max')}</dt>
              <dd data-testid="profile-max">{extreme(profile.max, profile.kind, lang)}</dd>
            </div>
          </dl>
          {profile.histogram && profile.histogram.length > 0 && (
            <HistogramChart
              bins={profile.histogram}
              {...(typeof profile.max === 'number' ? { max: profile.max } : {})}
            />
          )}
          {profile.top.length > 0 ? (
            <TopValuesChart
              top={profile.top}
              rows={profile.rows}
              {...(onPickValue ? { onPick: onPickValue } : {})}
            />
          ) : (
            <p className="muted">{t('grid.profile.allBlank')}</p>
          )}
        </>
      )}
    </Dialog>
  );
}
