/**
 * Dataset: one dataset's facts and its rows in the grid. Each column header sorts the grid,
 * opens the column menu (filters, "Profil kolom") and the column's Standar Data in a side panel.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../shared/errors';
import type { Column, Dataset } from '../../../shared/model/dataset';
import type { MetadataVersion } from '../../../shared/model/metadata';
import { api } from '../../api/client';
import { useWorkbench } from '../../app/workbench-context';
import { ErrorAlert } from '../../components/Alert';
import { ColumnProfilePanel } from '../../components/ColumnProfilePanel';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { formatNumber } from '../../i18n/format';
import { currentLang } from '../../i18n';
import { useImport } from '../import/import-context';
import { ColumnStandardPanel } from '../metadata/ColumnPanel';
import { columnDictionaryKey, entryName, isDescribed } from '../metadata/column-standard';
import { loadProfile } from '../metadata/resources';
import { ColumnMenu } from './ColumnMenu';
import { nextSort } from './column-filters';
import { DataGrid, type HeaderTools, type JumpRequest } from './DataGrid';
import { DatasetFacts } from './DatasetFacts';
import { GridViewBar } from './GridViewBar';
import { JumpToRow } from './JumpToRow';
import { useGridView } from './use-grid-view';
import { QualityLayout, type QualityTab } from '../validation/QualityLayout';

/** `qualityTab` opens the quality panel on that tab (the Validasi menu entry). */
export function DatasetScreen({ qualityTab }: { qualityTab?: QualityTab } = {}) {
  const { t } = useTranslation();
  const { datasetId, datasets, navigate, showNotice } = useWorkbench();
  const { chooseFile } = useImport();
  const [dataset, setDataset] = useState<Dataset | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [jump, setJump] = useState<JumpRequest | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const [described, setDescribed] = useState<ReadonlySet<string>>(new Set());
  const [menu, setMenu] = useState<{ column: number; anchor: HTMLElement } | null>(null);
  const [profiled, setProfiled] = useState<Column | null>(null);
  const summary = datasets?.find((d) => d.id === datasetId);
  const view = useGridView(dataset?.id ?? '', dataset?.version ?? 0, setError);
  const { sort, filters, setSort } = view;
  const filtered = useMemo(() => new Set(filters.map((f) => f.column)), [filters]);

  // a jump finds a row by its number in the file: that needs the rows in file order
  const jumpTo = useCallback(
    (request: JumpRequest) => {
      if (sort || filters.length > 0) {
        view.clear();
        showNotice({
          tone: 'info',
          key: 'grid.view.clearedForJump',
          values: { line: request.line },
        });
      }
      setJump(request);
    },
    // view.clear is stable
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [sort, filters, showNotice],
  );

  const menuColumn = menu ? dataset?.columnList[menu.column] : undefined;
  const headerTools = (disabled: boolean): HeaderTools => ({
    sort,
    filtered,
    openColumn: menu?.column ?? null,
    disabled,
    onSort: (column) => setSort(nextSort(sort, column)),
    onMenu: (column, anchor) =>
      setMenu((open) => (open?.column === column ? null : { column, anchor })),
  });

  // which columns already have Standar Data (marks the header buttons); silent on failure
  const loadDescribed = useCallback(async (id: string) => {
    const current = await api.invoke('metadata:get', { datasetId: id });
    if (!current.ok || !current.value) return new Set<string>();
    const profile = await loadProfile(current.value.profile);
    const key = profile.ok ? columnDictionaryKey(profile.value.fields) : undefined;
    const list = key ? current.value.doc[key] : undefined;
    return new Set(
      (Array.isArray(list) ? list : [])
        .filter(isDescribed)
        .map(entryName)
        .filter((n): n is string => n !== undefined),
    );
  }, []);

  useEffect(() => {
    if (!datasetId) return undefined;
    let live = true;
    setDescribed(new Set());
    void (async () => {
      const names = await loadDescribed(datasetId);
      if (live) setDescribed(names);
    })();
    return () => {
      live = false;
    };
  }, [datasetId, loadDescribed]);

  function saved(column: string, version: MetadataVersion) {
    setEditing(null);
    showNotice({
      tone: 'success',
      key: 'columnStandard.saved',
      values: { name: column, version: version.version },
    });
    if (datasetId) {
      void (async () => setDescribed(await loadDescribed(datasetId)))();
    }
  }

  useEffect(() => {
    if (!datasetId) return undefined;
    let live = true;
    // a new version of the same dataset keeps showing the old one until it arrives
    setDataset((prev) => (prev?.id === datasetId ? prev : null));
    setError(null);
    setJump(null);
    setMenu(null);
    setProfiled(null);
    void (async () => {
      const result = await api.invoke('datasets:get', { id: datasetId });
      if (!live) return;
      if (result.ok) setDataset(result.value);
      else setError(result.error);
    })();
    return () => {
      live = false;
    };
  }, [datasetId, summary?.version]);

  if (!datasetId) {
    const none = datasets !== null && datasets.length === 0;
    return (
      <div className="screen">
        <PageHeader title={t('nav.dataset')} />
        <EmptyState
          icon="table"
          title={none ? t('dataset.noneTitle') : t('dataset.pickTitle')}
          actions={
            none ? (
              <button type="button" className="button button-primary" onClick={chooseFile}>
                <Icon name="upload" size={18} />
                {t('workspace.import')}
              </button>
            ) : (
              <button
                type="button"
                className="button button-primary"
                onClick={() => navigate('workspace')}
              >
                <Icon name="workspace" size={18} />
                {t('dataset.toWorkspace')}
              </button>
            )
          }
        >
          <p>{none ? t('dataset.noneBody') : t('dataset.pickBody')}</p>
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="screen screen-fill">
      <PageHeader
        title={dataset?.name ?? summary?.name ?? t('nav.dataset')}
        subtitle={
          dataset
            ? t('dataset.subtitle', {
                rows: formatNumber(dataset.rows, currentLang()),
                columns: formatNumber(dataset.columns, currentLang()),
              })
            : undefined
        }
        actions={
          <>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => navigate('metadata', datasetId)}
            >
              <Icon name="tag" size={18} />
              {t('dataset.metadata')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => navigate('export', datasetId)}
            >
              <Icon name="export" size={18} />
              {t('dataset.export')}
            </button>
          </>
        }
      />
      {error && <ErrorAlert error={error} onDismiss={() => setError(null)} />}
      {!dataset && !error && (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      )}
      {dataset && (
        <>
          <DatasetFacts dataset={dataset} />
          <div className="grid-toolbar">
            <JumpToRow
              datasetId={dataset.id}
              onJump={(line) => jumpTo({ line, nonce: Date.now() })}
              onError={setError}
            />
            <p className="grid-toolbar-hint muted">{t('grid.hint')}</p>
          </div>
          <QualityLayout
            dataset={dataset}
            {...(qualityTab ? { initialTab: qualityTab } : {})}
            onJump={(line, column) =>
              jumpTo({ line, nonce: Date.now(), ...(column !== undefined ? { column } : {}) })
            }
          >
            {(quality) =>
              dataset.rows === 0 ? (
                <EmptyState icon="table" title={t('dataset.emptyTitle')}>
                  <p>{t('dataset.emptyBody')}</p>
                </EmptyState>
              ) : (
                <>
                  <GridViewBar
                    view={view}
                    columns={dataset.columnList}
                    rows={dataset.rows}
                    problemsOnly={quality.quality.rows !== undefined}
                  />
                  <DataGrid
                    key={`${dataset.id}:${dataset.version}:${quality.gridKey}`}
                    quality={quality.quality}
                    dataset={dataset}
                    jump={jump}
                    onError={setError}
                    onEditColumn={setEditing}
                    described={described}
                    view={view.applied}
                    header={headerTools(quality.quality.rows !== undefined)}
                  />
                </>
              )
            }
          </QualityLayout>
        </>
      )}
      {menu && menuColumn && (
        <ColumnMenu
          column={menuColumn}
          anchor={menu.anchor}
          sort={sort}
          filterCount={filters.filter((f) => f.column === menu.column).length}
          onSort={setSort}
          onFilter={view.addFilter}
          onClearFilters={() => view.removeColumnFilters(menu.column)}
          onProfile={() => setProfiled(menuColumn)}
          onClose={() => setMenu(null)}
        />
      )}
      {dataset && profiled && (
        <ColumnProfilePanel
          datasetId={dataset.id}
          column={profiled}
          onClose={() => setProfiled(null)}
          onPickValue={(value) => {
            view.addFilter({ column: profiled.index, kind: 'text', op: 'equals', value });
            setProfiled(null);
          }}
        />
      )}
      {dataset && editing !== null && dataset.columnList[editing] && (
        <ColumnStandardPanel
          dataset={dataset}
          column={dataset.columnList[editing]}
          onClose={() => setEditing(null)}
          onSaved={(version) =>
            saved(
              dataset.columnList[editing]?.label || dataset.columnList[editing]?.name || '',
              version,
            )
          }
        />
      )}
    </div>
  );
}
