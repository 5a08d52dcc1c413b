/**
 * The side panel for one column's Standar Data. From the grid's column header it loads the
 * dataset's metadata, edits the column's entry in the profile's column dictionary, checks it
 * live and saves the whole document as a new version. The Metadata screen uses the same frame
 * to edit the entry of its unsaved draft.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column, Dataset } from '../../../shared/model/dataset';
import type { AppErrorData } from '../../../shared/errors';
import type {
  MetadataProblem,
  MetadataVersion,
  ProfileDetail,
  Vocabulary,
} from '../../../shared/model/metadata';
import { api } from '../../api/client';
import { Alert, ErrorAlert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { currentLang } from '../../i18n';
import { ColumnStandardForm } from './ColumnStandardForm';
import {
  columnDictionaryKey,
  entryIndexFor,
  newColumnEntry,
  upsertColumnEntry,
} from './column-standard';
import { MetadataFormEnvProvider } from './form-context';
import { initialDoc, isPlainObject, pruneBlank, sameDoc } from './metadata-doc';
import { pickLang } from './field-spec';
import {
  COLUMN_PROFILE,
  DEFAULT_PROFILE,
  loadProfile,
  loadReferenceLists,
  loadVocabularies,
} from './resources';
import { useLiveValidation } from './use-live-validation';

type Json = Record<string, unknown>;

/** The panel's frame: the column in the title, the form, and the footer the caller gives. */
export function ColumnPanelFrame({
  column,
  onClose,
  busy,
  footer,
  children,
}: {
  column: Pick<Column, 'label' | 'name'>;
  onClose: () => void;
  busy?: boolean;
  footer: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      side
      title={t('columnStandard.title', { name: column.label || column.name })}
      onClose={onClose}
      busy={busy ?? false}
      footer={footer}
      testId="column-panel"
    >
      <p className="column-panel-lead">
        <span className="mono">{column.name}</span>
        <span className="muted"> · {t('columnStandard.lead')}</span>
      </p>
      {children}
    </Dialog>
  );
}

interface Loaded {
  saved: MetadataVersion | null;
  profileName: string;
  profile: ProfileDetail;
  columnProfile: ProfileDetail;
  vocabularies: Map<string, Vocabulary>;
  referenceLists: { id: string; name: string }[];
  /** the profile's column-dictionary key; undefined when the profile has none */
  key: string | undefined;
  /** the entry as stored (or as first proposed) */
  original: Json;
  /** true when the entry was not written yet and comes from the data */
  proposed: boolean;
}

async function loadAll(dataset: Dataset, column: Column): Promise<Loaded | AppErrorData> {
  const [current, vocabularies, columnProfile, referenceLists] = await Promise.all([
    api.invoke('metadata:get', { datasetId: dataset.id }),
    loadVocabularies(),
    loadProfile(COLUMN_PROFILE),
    loadReferenceLists(),
  ]);
  if (!current.ok) return current.error;
  if (!vocabularies.ok) return vocabularies.error;
  if (!columnProfile.ok) return columnProfile.error;
  const saved = current.value;
  const profileName = saved?.profile ?? DEFAULT_PROFILE;
  const profile = await loadProfile(profileName);
  if (!profile.ok) return profile.error;
  const key = columnDictionaryKey(profile.value.fields);
  const list = key && saved ? saved.doc[key] : undefined;
  const at = entryIndexFor(list, column);
  let original: Json | undefined =
    at >= 0 && Array.isArray(list) && isPlainObject(list[at]) ? (list[at] as Json) : undefined;
  let proposed = false;
  if (!original && key) {
    const found = await api.invoke('metadata:prefill', {
      datasetId: dataset.id,
      profile: profileName,
    });
    const suggestions = found.ok ? found.value[key] : undefined;
    const suggested = Array.isArray(suggestions)
      ? suggestions[entryIndexFor(suggestions, column)]
      : undefined;
    original = newColumnEntry(column, suggested);
    proposed = true;
  }
  return {
    saved,
    profileName,
    profile: profile.value,
    columnProfile: columnProfile.value,
    vocabularies: vocabularies.value,
    referenceLists,
    key,
    original: original ?? newColumnEntry(column),
    proposed,
  };
}

/** From the grid: edit and save one column's Standar Data. */
export function ColumnStandardPanel({
  dataset,
  column,
  onClose,
  onSaved,
}: {
  dataset: Dataset;
  column: Column;
  onClose: () => void;
  onSaved: (version: MetadataVersion) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<AppErrorData | null>(null);
  const [entry, setEntry] = useState<Json | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<AppErrorData | null>(null);
  const [attempt, setAttempt] = useState(0);
  const validation = useLiveValidation(loaded?.key ? COLUMN_PROFILE : null, entry);

  useEffect(() => {
    let live = true;
    setLoaded(null);
    setLoadError(null);
    void (async () => {
      const r = await loadAll(dataset, column);
      if (!live) return;
      if ('kind' in r) setLoadError(r);
      else {
        setLoaded(r);
        setEntry(r.original);
      }
    })();
    return () => {
      live = false;
    };
  }, [dataset, column, attempt]);

  async function save() {
    if (!loaded?.key || !entry) return;
    setSaving(true);
    setSaveError(null);
    const base = loaded.saved
      ? structuredClone(loaded.saved.doc)
      : initialDoc(loaded.profileName, loaded.profile.fields);
    base[loaded.key] = upsertColumnEntry(
      base[loaded.key],
      pruneBlank(entry),
      dataset.columnList.map((c) => c.name),
    );
    const r = await api.invoke('metadata:save', {
      datasetId: dataset.id,
      profile: loaded.profileName,
      doc: pruneBlank(base),
    });
    setSaving(false);
    if (r.ok) onSaved(r.value);
    else setSaveError(r.error);
  }

  const changed = loaded && entry ? loaded.proposed || !sameDoc(loaded.original, entry) : false;
  const problems: MetadataProblem[] = validation.result?.problems ?? [];

  let body: ReactNode;
  if (loadError) {
    body = (
      <>
        <ErrorAlert error={loadError} />
        <div>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setAttempt((n) => n + 1)}
          >
            {t('connection.retry')}
          </button>
        </div>
      </>
    );
  } else if (!loaded || !entry) {
    body = (
      <p className="muted" role="status">
        {t('common.loading')}
      </p>
    );
  } else if (!loaded.key) {
    body = (
      <Alert tone="info" title={t('columnStandard.noDictionaryTitle')}>
        <p>
          {t('columnStandard.noDictionary', {
            profile: pickLang(loaded.profile.title, lang),
          })}
        </p>
      </Alert>
    );
  } else {
    body = (
      <MetadataFormEnvProvider
        value={{
          lang,
          vocabularies: loaded.vocabularies,
          problems,
          autoFilled: new Set(),
          dataset,
          referenceLists: loaded.referenceLists,
        }}
      >
        {loaded.proposed && (
          <Alert tone="info">
            <p>{t('columnStandard.proposed')}</p>
          </Alert>
        )}
        <ColumnStandardForm profile={loaded.columnProfile} entry={entry} onChange={setEntry} />
        {saveError && <ErrorAlert error={saveError} title={t('columnStandard.saveFailed')} />}
      </MetadataFormEnvProvider>
    );
  }

  const status =
    loaded?.key && entry ? (
      <span className="panel-status" role="status" data-testid="column-panel-status">
        {validation.pending
          ? t('metadata.checking')
          : problems.length > 0
            ? t('metadata.problemCount', { n: problems.length })
            : validation.result
              ? t('columnStandard.noProblems')
              : ''}
      </span>
    ) : null;

  return (
    <ColumnPanelFrame
      column={column}
      onClose={onClose}
      busy={saving}
      footer={
        <>
          {status}
          <button
            type="button"
            className="button button-secondary"
            onClick={onClose}
            disabled={saving}
          >
            {t('common.cancel')}
          </button>
          {loaded?.key && (
            <button
              type="button"
              className="button button-primary"
              onClick={() => void save()}
              disabled={saving || !changed}
              data-testid="column-panel-save"
            >
              <Icon name="save" size={18} />
              {saving ? t('metadata.saving') : t('columnStandard.save')}
            </button>
          )}
        </>
      }
    >
      {body}
    </ColumnPanelFrame>
  );
}
