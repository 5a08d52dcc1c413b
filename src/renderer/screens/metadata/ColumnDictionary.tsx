/**
 * The column dictionary inside the Metadata form: every column of the dataset with its role,
 * data type, unit and how much of its Standar Data is written; "Ubah" opens the column panel.
 */
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../shared/model/dataset';
import { Icon } from '../../components/Icon';
import { dictionaryRows, STANDARD_KEYS, standardFilled } from './column-standard';
import { useFormEnv } from './form-context';
import { problemsUnder } from './problems';
import { labelOfValue } from './vocab-options';

export function ColumnDictionary({
  pointer,
  value,
  dataset,
  onEdit,
}: {
  pointer: string;
  value: unknown;
  dataset: Dataset | null;
  onEdit: (columnName: string) => void;
}) {
  const { t } = useTranslation();
  const env = useFormEnv();
  const rows = dictionaryRows(dataset, value);
  const role = (v: unknown) =>
    typeof v === 'string' && v
      ? labelOfValue(
          env.vocabularies.get('peran-kolom'),
          { id: 'peran-kolom', select: 'all', value: 'code' },
          v,
          env.lang,
        )
      : '—';
  const type = (v: unknown) =>
    typeof v === 'string' && v
      ? labelOfValue(
          env.vocabularies.get('tipe-data'),
          { id: 'tipe-data', select: 'all', value: 'code' },
          v,
          env.lang,
        )
      : '—';
  if (rows.length === 0) return <p className="hint">{t('columnStandard.noColumns')}</p>;
  return (
    <div className="table-card column-dictionary">
      <table className="data-table" data-testid="column-dictionary">
        <thead>
          <tr>
            <th scope="col">{t('columnStandard.col.column')}</th>
            <th scope="col">{t('columnStandard.col.role')}</th>
            <th scope="col">{t('columnStandard.col.type')}</th>
            <th scope="col">{t('columnStandard.col.unit')}</th>
            <th scope="col">{t('columnStandard.col.standard')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('columnStandard.col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const problems =
              r.entryIndex >= 0 ? problemsUnder(env.problems, `${pointer}/${r.entryIndex}`) : [];
            const filled = standardFilled(r.entry);
            return (
              <tr key={`${r.name}-${r.entryIndex}`} data-column={r.name}>
                <th scope="row">
                  <span className="col-label">{r.label || r.name}</span>
                  <span className="col-name">{r.name}</span>
                  {!r.inData && (
                    <span className="badge badge-warning">{t('columnStandard.notInData')}</span>
                  )}
                </th>
                <td>{role(r.entry?.['peran'])}</td>
                <td>{type(r.entry?.['tipe_data'])}</td>
                <td>{typeof r.entry?.['satuan'] === 'string' ? r.entry['satuan'] : '—'}</td>
                <td>
                  <span className={filled === STANDARD_KEYS.length ? 'badge' : 'badge badge-muted'}>
                    {t('columnStandard.filledOf', { filled, total: STANDARD_KEYS.length })}
                  </span>
                  {problems.length > 0 && (
                    <span className="badge badge-danger">
                      {t('metadata.problemCount', { n: problems.length })}
                    </span>
                  )}
                </td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="button button-ghost button-small"
                    aria-label={t('columnStandard.editNamed', { name: r.label || r.name })}
                    onClick={() => onEdit(r.name)}
                  >
                    <Icon name="edit" size={14} />
                    {t('columnStandard.edit')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
