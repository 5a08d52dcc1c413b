/** Ruang Kerja: the datasets in this workspace and the way to bring in a new one. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetSummary } from '../../../shared/model/dataset';
import { useWorkbench } from '../../app/workbench-context';
import { ErrorAlert } from '../../components/Alert';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { useImport } from '../import/import-context';
import { DatasetTable } from './DatasetTable';
import { DeleteDatasetDialog } from './DeleteDatasetDialog';

export function WorkspaceScreen() {
  const { t } = useTranslation();
  const { datasets, datasetsError, navigate, reloadDatasets, showNotice } = useWorkbench();
  const { chooseFile } = useImport();
  const [toDelete, setToDelete] = useState<DatasetSummary | null>(null);

  const importButton = (
    <button
      type="button"
      className="button button-primary"
      onClick={chooseFile}
      data-testid="import-button"
    >
      <Icon name="upload" size={18} />
      {t('workspace.import')}
    </button>
  );

  return (
    <div className="screen">
      <PageHeader
        title={t('nav.workspace')}
        subtitle={t('workspace.subtitle')}
        actions={datasets && datasets.length > 0 ? importButton : undefined}
      />
      {datasetsError && <ErrorAlert error={datasetsError} />}
      {datasets === null ? (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      ) : datasets.length === 0 ? (
        <EmptyState icon="file" title={t('workspace.emptyTitle')} actions={importButton}>
          <p>{t('workspace.emptyBody')}</p>
          <p className="muted">{t('workspace.emptyHint')}</p>
        </EmptyState>
      ) : (
        <>
          <DatasetTable
            datasets={datasets}
            onOpen={(d) => navigate('dataset', d.id)}
            onExport={(d) => navigate('export', d.id)}
            onDelete={setToDelete}
          />
          <p className="muted drop-hint">
            <Icon name="upload" size={16} />
            {t('workspace.dropHint')}
          </p>
        </>
      )}
      {toDelete && (
        <DeleteDatasetDialog
          dataset={toDelete}
          onClose={() => setToDelete(null)}
          onDeleted={() => {
            const name = toDelete.name;
            setToDelete(null);
            void reloadDatasets();
            showNotice({ tone: 'info', key: 'delete.done', values: { name } });
          }}
        />
      )}
    </div>
  );
}
