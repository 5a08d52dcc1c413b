/** Ask before a dataset leaves the workspace. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetSummary } from '../../../shared/model/dataset';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';

export function DeleteDatasetDialog({
  dataset,
  onClose,
  onDeleted,
}: {
  dataset: DatasetSummary;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);

  async function remove() {
    setBusy(true);
    const result = await api.invoke('datasets:delete', { id: dataset.id });
    setBusy(false);
    if (result.ok) onDeleted();
    else setError(result.error);
  }

  return (
    <Dialog
      title={t('delete.title')}
      onClose={onClose}
      busy={busy}
      testId="delete-dialog"
      footer={
        <>
          <button
            type="button"
            className="button button-secondary"
            onClick={onClose}
            disabled={busy}
          >
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => void remove()}
            disabled={busy}
          >
            {t('delete.confirm')}
          </button>
        </>
      }
    >
      {error && <ErrorAlert error={error} />}
      <p>{t('delete.body', { name: dataset.name })}</p>
      <p className="muted">{t('delete.hint')}</p>
    </Dialog>
  );
}
