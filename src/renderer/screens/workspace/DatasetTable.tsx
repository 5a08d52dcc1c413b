/** The datasets in the workspace, newest first. */
import { useTranslation } from 'react-i18next';
import type { DatasetSummary } from '../../../shared/model/dataset';
import { Icon } from '../../components/Icon';
import { formatDateTimeShort, formatNumber } from '../../i18n/format';
import { currentLang } from '../../i18n';

export function DatasetTable({
  datasets,
  onOpen,
  onExport,
  onDelete,
}: {
  datasets: DatasetSummary[];
  onOpen: (d: DatasetSummary) => void;
  onExport: (d: DatasetSummary) => void;
  onDelete: (d: DatasetSummary) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const sorted = [...datasets].sort((a, b) => b.importedAt.localeCompare(a.importedAt));
  return (
    <div className="table-card">
      <table className="data-table" data-testid="dataset-table">
        <caption className="visually-hidden">{t('workspace.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('workspace.col.name')}</th>
            <th scope="col">{t('workspace.col.file')}</th>
            <th scope="col" className="num">
              {t('workspace.col.rows')}
            </th>
            <th scope="col" className="num">
              {t('workspace.col.columns')}
            </th>
            <th scope="col" className="num">
              {t('workspace.col.version')}
            </th>
            <th scope="col">{t('workspace.col.imported')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('workspace.col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((d) => (
            <tr key={d.id} data-testid="dataset-row">
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onOpen(d)}>
                  {d.name}
                </button>
              </th>
              <td>
                <span className="file-cell">
                  <span className="format-tag">{d.format.toUpperCase()}</span>
                  {d.file}
                </span>
              </td>
              <td className="num">{formatNumber(d.rows, lang)}</td>
              <td className="num">{formatNumber(d.columns, lang)}</td>
              <td className="num">{formatNumber(d.version, lang)}</td>
              <td className="nowrap">{formatDateTimeShort(d.importedAt, lang)}</td>
              <td className="row-actions">
                <button
                  type="button"
                  className="button button-ghost button-small"
                  onClick={() => onExport(d)}
                  aria-label={t('workspace.exportNamed', { name: d.name })}
                >
                  <Icon name="export" size={16} />
                  {t('workspace.export')}
                </button>
                <button
                  type="button"
                  className="button button-ghost button-small button-danger-text"
                  onClick={() => onDelete(d)}
                  aria-label={t('workspace.deleteNamed', { name: d.name })}
                >
                  <Icon name="trash" size={16} />
                  {t('workspace.delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
