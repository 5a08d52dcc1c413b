/**
 * Metadata: the open dataset's metadata document, edited in a form generated from the chosen
 * profile (sdi-dataset by default; the Balikpapan regional profile; BPS MS-Keg, MS-Var, MS-Ind).
 * Live validation shows every problem next to its field, the completeness of each section stays
 * in view, "Isi otomatis dari data" fills empty fields from what the data shows, Simpan stores a
 * new version (earlier ones are kept and can be read in Riwayat). Leaving with unsaved changes
 * asks first.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../shared/model/dataset';
import type { AppErrorData } from '../../../shared/errors';
import type {
  MetadataDoc,
  MetadataVersion,
  ProfileDetail,
  ProfileSummary,
  Vocabulary,
} from '../../../shared/model/metadata';
import { api } from '../../api/client';
import { useWorkbench } from '../../app/workbench-context';
import { Alert, ErrorAlert } from '../../components/Alert';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { currentLang } from '../../i18n';
import { useImport } from '../import/import-context';
import { ColumnDictionary } from './ColumnDictionary';
import { ColumnPanelFrame } from './ColumnPanel';
import { ColumnStandardForm } from './ColumnStandardForm';
import {
  columnDictionaryKey,
  entryIndexFor,
  newColumnEntry,
  upsertColumnEntry,
} from './column-standard';
import { CompletenessCard } from './CompletenessCard';
import { pickLang } from './field-spec';
import { MetadataFormEnvProvider, type MetadataFormEnv } from './form-context';
import { HistoryPanel } from './HistoryPanel';
import {
  carryOver,
  initialDoc,
  isPlainObject,
  mergePrefill,
  pointerParts,
  pruneBlank,
  sameDoc,
  setIn,
  toPointer,
} from './metadata-doc';
import { MetadataSections, visibleFields } from './MetadataForm';
import { problemsOutside, problemText, rebaseProblems } from './problems';
import { conditionalState } from './profile-rules';
import {
  COLUMN_PROFILE,
  DEFAULT_PROFILE,
  forgetResources,
  loadProfile,
  loadProfiles,
  loadReferenceLists,
  loadVocabularies,
} from './resources';
import { useLiveValidation } from './use-live-validation';

interface Base {
  dataset: Dataset;
  profiles: ProfileSummary[];
  vocabularies: Map<string, Vocabulary>;
  referenceLists: { id: string; name: string }[];
  columnProfile: ProfileDetail;
}

type Busy = 'prefill' | 'save' | 'profile' | null;

/** Put focus (and the view) on the field at `pointer`, or on the nearest enclosing one. */
function focusField(pointer: string): void {
  const parts = pointerParts(pointer);
  for (let n = parts.length; n > 0; n--) {
    const el = document.querySelector<HTMLElement>(
      `[data-field="${CSS.escape(toPointer(parts.slice(0, n)))}"]`,
    );
    if (!el) continue;
    el.scrollIntoView({ block: 'center' });
    el.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea, button')?.focus();
    return;
  }
}

function focusSection(group: string): void {
  const heading = document.getElementById(`section-${group}-title`);
  if (!heading) return;
  heading.setAttribute('tabindex', '-1');
  heading.scrollIntoView({ block: 'start' });
  heading.focus();
}

export function MetadataScreen() {
  const { t } = useTranslation();
  const { datasetId, datasets, navigate } = useWorkbench();
  const { chooseFile } = useImport();

  if (datasetId) return <MetadataEditor key={datasetId} datasetId={datasetId} />;

  const none = datasets !== null && datasets.length === 0;
  return (
    <div className="screen">
      <PageHeader title={t('nav.metadata')} subtitle={t('metadata.subtitle')} />
      {datasets === null ? (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      ) : none ? (
        <EmptyState
          icon="tag"
          title={t('metadata.noneTitle')}
          actions={
            <button type="button" className="button button-primary" onClick={chooseFile}>
              <Icon name="upload" size={18} />
              {t('workspace.import')}
            </button>
          }
        >
          <p>{t('metadata.noneBody')}</p>
        </EmptyState>
      ) : (
        <EmptyState icon="tag" title={t('metadata.pickTitle')}>
          <p>{t('metadata.pickBody')}</p>
          <ul className="pick-list">
            {datasets.map((d) => (
              <li key={d.id}>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => navigate('metadata', d.id)}
                >
                  <Icon name="table" size={18} />
                  {d.name}
                </button>
              </li>
            ))}
          </ul>
        </EmptyState>
      )}
    </div>
  );
}

function MetadataEditor({ datasetId }: { datasetId: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const { setLeaveGuard } = useWorkbench();
  const [base, setBase] = useState<Base | null>(null);
  const [loadError, setLoadError] = useState<AppErrorData | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState<MetadataVersion | null>(null);
  const [profile, setProfile] = useState<ProfileDetail | null>(null);
  const [doc, setDoc] = useState<MetadataDoc | null>(null);
  const [baseline, setBaseline] = useState<{ profile: string; doc: MetadataDoc } | null>(null);
  const drafts = useRef(new Map<string, MetadataDoc>());
  const [autoFilled, setAutoFilled] = useState<ReadonlySet<string>>(new Set());
  const [prefillNote, setPrefillNote] = useState<{ filled: string[]; columns: number } | null>(
    null,
  );
  const [carried, setCarried] = useState<string[]>([]);
  const [justSaved, setJustSaved] = useState<MetadataVersion | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [actionError, setActionError] = useState<AppErrorData | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [editingColumn, setEditingColumn] = useState<string | null>(null);

  // load the dataset, the profiles, the vocabularies and the current version
  useEffect(() => {
    let live = true;
    setLoadError(null);
    void (async () => {
      const [ds, profiles, vocabularies, current, columnProfile, referenceLists] =
        await Promise.all([
          api.invoke('datasets:get', { id: datasetId }),
          loadProfiles(),
          loadVocabularies(),
          api.invoke('metadata:get', { datasetId }),
          loadProfile(COLUMN_PROFILE),
          loadReferenceLists(),
        ]);
      if (!live) return;
      const failed = [ds, profiles, vocabularies, current, columnProfile].find((r) => !r.ok);
      if (failed && !failed.ok) {
        setLoadError(failed.error);
        return;
      }
      if (!ds.ok || !profiles.ok || !vocabularies.ok || !current.ok || !columnProfile.ok) return;
      const name = current.value?.profile ?? DEFAULT_PROFILE;
      const detail = await loadProfile(name);
      if (!live) return;
      if (!detail.ok) {
        setLoadError(detail.error);
        return;
      }
      const start = current.value
        ? structuredClone(current.value.doc)
        : initialDoc(name, detail.value.fields);
      setBase({
        dataset: ds.value,
        profiles: profiles.value.filter((p) => p.kind !== 'kolom'),
        vocabularies: vocabularies.value,
        referenceLists,
        columnProfile: columnProfile.value,
      });
      setSaved(current.value);
      setProfile(detail.value);
      setDoc(start);
      setBaseline({ profile: name, doc: start });
    })();
    return () => {
      live = false;
    };
  }, [datasetId, attempt]);

  const validation = useLiveValidation(profile?.name ?? null, doc);
  const result = validation.result?.profile === profile?.name ? validation.result : null;
  const problems = useMemo(() => result?.problems ?? [], [result]);
  const dirty =
    !!profile &&
    !!doc &&
    !!baseline &&
    (profile.name !== baseline.profile || !sameDoc(doc, baseline.doc));

  // ask before leaving with unsaved changes (other screens, another dataset, closing the tab)
  const dirtyRef = useRef(dirty);
  useEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty]);
  useEffect(() => {
    setLeaveGuard(() => dirtyRef.current);
    return () => setLeaveGuard(null);
  }, [setLeaveGuard]);
  // the browser asks before closing the tab; in Electron a cancelled unload would silently keep
  // the window open, so the desktop host needs its own dialog for that (not done here)
  useEffect(() => {
    if (!dirty || api.mode !== 'browser') return undefined;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const docRef = useRef(doc);
  useEffect(() => {
    docRef.current = doc;
  }, [doc]);

  const onChange = useCallback((path: (string | number)[], value: unknown) => {
    setDoc((d) => (d ? setIn(d, path, value) : d));
    setJustSaved(null);
    const top = path[0];
    if (typeof top === 'string') {
      setAutoFilled((s) => {
        if (!s.has(top)) return s;
        const next = new Set(s);
        next.delete(top);
        return next;
      });
    }
  }, []);

  async function changeProfile(name: string) {
    if (!profile || !doc || name === profile.name) return;
    setBusy('profile');
    setActionError(null);
    const r = await loadProfile(name);
    setBusy(null);
    if (!r.ok) {
      setActionError(r.error);
      return;
    }
    drafts.current.set(profile.name, doc);
    const kept = drafts.current.get(name);
    if (kept) {
      setDoc(kept);
      setCarried([]);
    } else {
      const next = carryOver(doc, name, r.value.fields);
      setDoc(next.doc);
      setCarried(
        next.dropped.map(
          (k) => pickLang(profile.fields.find((f) => f.key === k)?.label, lang) || k,
        ),
      );
    }
    setProfile(r.value);
    setAutoFilled(new Set());
    setPrefillNote(null);
    setJustSaved(null);
  }

  async function prefill() {
    if (!profile) return;
    setBusy('prefill');
    setActionError(null);
    setJustSaved(null);
    const r = await api.invoke('metadata:prefill', { datasetId, profile: profile.name });
    setBusy(null);
    const current = docRef.current;
    if (!r.ok || !current) {
      if (!r.ok) setActionError(r.error);
      return;
    }
    const merged = mergePrefill(current, r.value, columnDictionaryKey(profile.fields));
    setDoc(merged.doc);
    setAutoFilled((s) => new Set([...s, ...merged.filled]));
    setPrefillNote({ filled: merged.filled, columns: merged.columns });
  }

  const canSave = !!profile && !!doc && busy === null && (dirty || saved === null);
  const save = useCallback(async () => {
    const current = docRef.current;
    if (!profile || !current) return;
    setBusy('save');
    setActionError(null);
    const clean = pruneBlank(
      profile.fields.some((f) => f.key === 'profil')
        ? { ...current, profil: profile.name }
        : current,
    );
    const r = await api.invoke('metadata:save', { datasetId, profile: profile.name, doc: clean });
    setBusy(null);
    if (!r.ok) {
      setActionError(r.error);
      return;
    }
    setSaved(r.value);
    setBaseline({ profile: profile.name, doc: clean });
    setJustSaved(r.value);
    setAutoFilled(new Set());
    setPrefillNote(null);
    setCarried([]);
    drafts.current.clear();
  }, [datasetId, profile]);

  // Ctrl+S / ⌘S saves
  const saveRef = useRef<() => void>(() => undefined);
  useEffect(() => {
    saveRef.current = () => {
      if (canSave) void save();
    };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        saveRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  function applyVersion(version: MetadataVersion) {
    void (async () => {
      const r = await loadProfile(version.profile);
      if (!r.ok) {
        setActionError(r.error);
        return;
      }
      if (profile) drafts.current.set(profile.name, doc ?? {});
      setProfile(r.value);
      setDoc(structuredClone(version.doc));
      setAutoFilled(new Set());
      setPrefillNote(null);
      setJustSaved(null);
      setHistoryOpen(false);
    })();
  }

  const columnKey = profile ? columnDictionaryKey(profile.fields) : undefined;
  const env: MetadataFormEnv | null = useMemo(
    () =>
      base
        ? {
            lang,
            vocabularies: base.vocabularies,
            problems,
            autoFilled,
            dataset: base.dataset,
            referenceLists: base.referenceLists,
            renderColumnDictionary: (pointer, value) => (
              <ColumnDictionary
                pointer={pointer}
                value={value}
                dataset={base.dataset}
                onEdit={setEditingColumn}
              />
            ),
          }
        : null,
    [base, lang, problems, autoFilled],
  );

  if (loadError) {
    return (
      <div className="screen">
        <PageHeader title={t('nav.metadata')} subtitle={t('metadata.subtitle')} />
        <ErrorAlert error={loadError} title={t('metadata.loadFailed')} />
        <div>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              forgetResources();
              setAttempt((n) => n + 1);
            }}
          >
            {t('connection.retry')}
          </button>
        </div>
      </div>
    );
  }

  if (!base || !profile || !doc || !env) {
    return (
      <div className="screen">
        <PageHeader title={t('nav.metadata')} subtitle={t('metadata.subtitle')} />
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      </div>
    );
  }

  const conditional = conditionalState(profile.schema, doc);
  const shownKeys = new Set(
    visibleFields(profile.fields, profile.schema, doc, conditional).map((f) => f.key),
  );
  const outside = problemsOutside(problems, shownKeys);
  const kinds: { kind: ProfileSummary['kind']; label: string }[] = [
    { kind: 'dataset', label: t('metadata.profileKindDataset') },
    { kind: 'statistik', label: t('metadata.profileKindStatistik') },
  ];
  const fieldLabel = (key: string) =>
    pickLang(profile.fields.find((f) => f.key === key)?.label, lang) || key;

  // the column being edited in the side panel
  let columnPanel = null;
  if (editingColumn !== null && columnKey) {
    const column = base.dataset.columnList.find((c) => c.name === editingColumn) ?? {
      name: editingColumn,
      label: '',
    };
    const list = doc[columnKey];
    const at = entryIndexFor(list, column);
    const entry =
      at >= 0 && Array.isArray(list) && isPlainObject(list[at])
        ? (list[at] as Record<string, unknown>)
        : newColumnEntry(column);
    columnPanel = (
      <ColumnPanelFrame
        column={column}
        onClose={() => setEditingColumn(null)}
        footer={
          <>
            <span className="panel-status">{t('columnStandard.draftHint')}</span>
            <button
              type="button"
              className="button button-primary"
              onClick={() => setEditingColumn(null)}
            >
              {t('columnStandard.done')}
            </button>
          </>
        }
      >
        <MetadataFormEnvProvider
          value={{
            ...env,
            problems: at >= 0 ? rebaseProblems(problems, `/${columnKey}/${at}`) : [],
            autoFilled: new Set(),
          }}
        >
          <ColumnStandardForm
            profile={base.columnProfile}
            entry={entry}
            onChange={(next) =>
              onChange(
                [columnKey],
                upsertColumnEntry(
                  docRef.current?.[columnKey],
                  next,
                  base.dataset.columnList.map((c) => c.name),
                ),
              )
            }
          />
        </MetadataFormEnvProvider>
      </ColumnPanelFrame>
    );
  }

  const status = saved
    ? t('metadata.versionSaved', {
        version: saved.version,
        user: saved.savedBy,
        date: formatDateTime(saved.savedAt, lang),
      })
    : t('metadata.neverSaved');

  return (
    <div className="screen screen-metadata">
      <PageHeader
        title={t('nav.metadata')}
        subtitle={
          <>
            <span className="meta-dataset-name">{base.dataset.name}</span>
            <span className="meta-status-line">
              <span className="meta-version" data-testid="metadata-version">
                {status}
              </span>
              {dirty && (
                <span className="badge badge-warning" data-testid="unsaved-badge">
                  {t('metadata.unsaved')}
                </span>
              )}
            </span>
          </>
        }
        actions={
          <>
            <button
              type="button"
              className="button button-ghost"
              onClick={() => setHistoryOpen(true)}
              disabled={!saved}
            >
              <Icon name="history" size={18} />
              {t('metadata.history')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void prefill()}
              disabled={busy !== null}
              data-testid="prefill-button"
            >
              <Icon name="sparkle" size={18} />
              {busy === 'prefill' ? t('metadata.prefilling') : t('metadata.prefill')}
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={() => void save()}
              disabled={!canSave}
              data-testid="save-metadata"
            >
              <Icon name="save" size={18} />
              {busy === 'save' ? t('metadata.saving') : t('metadata.save')}
            </button>
          </>
        }
      />

      <div className="card meta-profile-bar">
        <div className="field">
          <label htmlFor="meta-profile">{t('metadata.profile')}</label>
          <select
            id="meta-profile"
            className="select"
            value={profile.name}
            disabled={busy !== null}
            onChange={(e) => void changeProfile(e.target.value)}
          >
            {kinds.map((k) => {
              const items = base.profiles.filter((p) => p.kind === k.kind);
              if (items.length === 0) return null;
              return (
                <optgroup key={k.kind} label={k.label}>
                  {items.map((p) => (
                    <option key={p.name} value={p.name}>
                      {pickLang(p.title, lang)}
                    </option>
                  ))}
                </optgroup>
              );
            })}
          </select>
        </div>
        <p className="hint meta-profile-description">{pickLang(profile.description, lang)}</p>
        <p className="meta-dataset-facts muted small">
          {t('metadata.datasetFacts', {
            file: base.dataset.file,
            rows: formatNumber(base.dataset.rows, lang),
            columns: formatNumber(base.dataset.columns, lang),
          })}
        </p>
      </div>

      {actionError && <ErrorAlert error={actionError} onDismiss={() => setActionError(null)} />}
      {validation.error && (
        <ErrorAlert error={validation.error} title={t('metadata.validateFailed')} />
      )}
      {justSaved && (
        <Alert tone="success" onDismiss={() => setJustSaved(null)}>
          <p data-testid="save-done">
            {t('metadata.savedNotice', { version: justSaved.version })}{' '}
            {justSaved.problemCount > 0
              ? t('metadata.savedWithProblems', { n: justSaved.problemCount })
              : t('metadata.savedComplete')}
          </p>
        </Alert>
      )}
      {prefillNote && (
        <Alert
          tone="info"
          title={t('metadata.prefillTitle')}
          onDismiss={() => setPrefillNote(null)}
        >
          <p data-testid="prefill-note">
            {prefillNote.filled.length === 0
              ? t('metadata.prefillNothing')
              : t('metadata.prefillFilled', {
                  fields: prefillNote.filled.map(fieldLabel).join(', '),
                })}
            {prefillNote.columns > 0 &&
              ` ${t('metadata.prefillColumns', { n: prefillNote.columns })}`}
          </p>
          {prefillNote.filled.length > 0 && <p>{t('metadata.prefillCheck')}</p>}
        </Alert>
      )}
      {carried.length > 0 && (
        <Alert tone="info" onDismiss={() => setCarried([])}>
          <p>{t('metadata.carriedOver', { fields: carried.join(', ') })}</p>
        </Alert>
      )}
      {outside.length > 0 && (
        <Alert tone="warning" title={t('metadata.otherProblems')}>
          <ul className="plain-list">
            {outside.map((p, i) => (
              <li key={`${p.path}-${i}`}>{problemText(p, lang)}</li>
            ))}
          </ul>
        </Alert>
      )}

      <MetadataFormEnvProvider value={env}>
        <div className="meta-layout">
          <div className="meta-main">
            <MetadataSections
              profile={profile}
              doc={doc}
              conditional={conditional}
              completeness={result?.completeness.groups ?? null}
              onChange={onChange}
            />
          </div>
          <CompletenessCard
            completeness={result?.completeness ?? null}
            problemCount={result ? result.problems.length : null}
            checking={validation.pending}
            onSection={focusSection}
            onFirstProblem={() => {
              const first = problems[0];
              if (first) focusField(first.path);
            }}
          />
        </div>
      </MetadataFormEnvProvider>

      {columnPanel}
      {historyOpen && (
        <HistoryPanel
          datasetId={datasetId}
          current={saved?.version ?? null}
          vocabularies={base.vocabularies}
          onClose={() => setHistoryOpen(false)}
          onUse={applyVersion}
        />
      )}
    </div>
  );
}
