/**
 * Riwayat versi: every saved version of the dataset's metadata, newest first; an older version
 * can be read in full and copied into the form (saving it then makes a new version).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../shared/errors';
import type {
  MetadataVersion,
  MetadataVersionSummary,
  ProfileDetail,
  Vocabulary,
} from '../../../shared/model/metadata';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { formatDateTime, formatDateTimeShort } from '../../i18n/format';
import { currentLang } from '../../i18n';
import { displayValue } from './display-value';
import { humanizeKey, widgetFor } from './field-kinds';
import { pickLang, schemaOf } from './field-spec';
import { loadProfile } from './resources';

function VersionView({
  version,
  profile,
  vocabularies,
}: {
  version: MetadataVersion;
  profile: ProfileDetail;
  vocabularies: ReadonlyMap<string, Vocabulary>;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const words = {
    yes: t('metadata.yes'),
    no: t('metadata.no'),
    empty: '—',
    rows: (n: number) => t('metadata.rowsCount', { n }),
    subLabel: (key: string) => t(`metaSub.${key}`, { defaultValue: humanizeKey(key) }),
  };
  const fields = profile.fields.filter(
    (f) => widgetFor(f.widget, schemaOf(profile.schema, f.key)) !== 'hidden',
  );
  return (
    <dl className="version-view" data-testid="version-view">
      {fields.map((f) => (
        <div key={f.key} className="version-view-row">
          <dt>{pickLang(f.label, lang)}</dt>
          <dd>
            {displayValue(version.doc[f.key], {
              ...(f.vocabulary ? { vocabulary: f.vocabulary } : {}),
              vocabularies,
              lang,
              words,
            })}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function HistoryPanel({
  datasetId,
  current,
  vocabularies,
  onClose,
  onUse,
}: {
  datasetId: string;
  /** the version the form started from */
  current: number | null;
  vocabularies: ReadonlyMap<string, Vocabulary>;
  onClose: () => void;
  /** copy an older version into the form */
  onUse: (version: MetadataVersion) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const [list, setList] = useState<MetadataVersionSummary[] | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [viewing, setViewing] = useState<{
    version: MetadataVersion;
    profile: ProfileDetail;
  } | null>(null);
  const [opening, setOpening] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      const r = await api.invoke('metadata:history', { datasetId });
      if (!live) return;
      if (r.ok) setList([...r.value].sort((a, b) => b.version - a.version));
      else setError(r.error);
    })();
    return () => {
      live = false;
    };
  }, [datasetId]);

  async function open(version: number) {
    setOpening(version);
    setError(null);
    const r = await api.invoke('metadata:get', { datasetId, version });
    if (!r.ok || !r.value) {
      setOpening(null);
      if (!r.ok) setError(r.error);
      return;
    }
    const p = await loadProfile(r.value.profile);
    setOpening(null);
    if (!p.ok) setError(p.error);
    else setViewing({ version: r.value, profile: p.value });
  }

  const footer = viewing ? (
    <>
      <button type="button" className="button button-secondary" onClick={() => setViewing(null)}>
        {t('history.back')}
      </button>
      <button
        type="button"
        className="button button-primary"
        onClick={() => onUse(viewing.version)}
        disabled={viewing.version.version === current}
      >
        {t('history.use')}
      </button>
    </>
  ) : (
    <button type="button" className="button button-secondary" onClick={onClose}>
      {t('common.close')}
    </button>
  );

  return (
    <Dialog
      side
      title={
        viewing
          ? t('history.versionTitle', { version: viewing.version.version })
          : t('history.title')
      }
      onClose={onClose}
      footer={footer}
      testId="history-panel"
    >
      {error && <ErrorAlert error={error} />}
      {viewing ? (
        <>
          <p className="muted">
            {t('history.savedBy', {
              user: viewing.version.savedBy,
              date: formatDateTime(viewing.version.savedAt, lang),
            })}{' '}
            · {pickLang(viewing.profile.title, lang)}
          </p>
          <VersionView
            version={viewing.version}
            profile={viewing.profile}
            vocabularies={vocabularies}
          />
        </>
      ) : list === null ? (
        !error && (
          <p className="muted" role="status">
            {t('common.loading')}
          </p>
        )
      ) : list.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <ol className="history-list" data-testid="history-list">
          {list.map((v) => (
            <li key={v.version} className="history-item">
              <div className="history-item-text">
                <span className="history-item-title">
                  {t('history.version', { version: v.version })}
                  {v.version === current && <span className="badge">{t('history.current')}</span>}
                </span>
                <span className="muted small">
                  {t('history.savedBy', {
                    user: v.savedBy,
                    date: formatDateTimeShort(v.savedAt, lang),
                  })}
                </span>
                <span className="muted small">
                  {t('history.summary', {
                    profile: v.profile,
                    percent: Math.round(v.completeness * 100),
                  })}
                  {' · '}
                  {v.problemCount === 0
                    ? t('metadata.noProblems')
                    : t('metadata.problemCount', { n: v.problemCount })}
                </span>
              </div>
              <button
                type="button"
                className="button button-ghost button-small"
                onClick={() => void open(v.version)}
                disabled={opening !== null}
                aria-label={t('history.viewNamed', { version: v.version })}
              >
                <Icon name="eye" size={14} />
                {opening === v.version ? t('common.loading') : t('history.view')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </Dialog>
  );
}
