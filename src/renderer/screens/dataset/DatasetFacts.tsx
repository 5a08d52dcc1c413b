/** What the workbench knows about the imported file. */
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../shared/model/dataset';
import { formatBytes, formatDateTime, formatNumber } from '../../i18n/format';
import { currentLang } from '../../i18n';
import { delimiterKey, encodingKey } from '../import/import-options';

export function DatasetFacts({ dataset }: { dataset: Dataset }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const csv = dataset.format === 'csv';
  return (
    <dl className="facts facts-bar" data-testid="dataset-facts">
      <div>
        <dt>{t('facts.file')}</dt>
        <dd title={dataset.file}>
          {dataset.file} <span className="muted">({formatBytes(dataset.size, lang)})</span>
        </dd>
      </div>
      {csv ? (
        <>
          <div>
            <dt>{t('facts.encoding')}</dt>
            <dd>{t(encodingKey(dataset.encoding))}</dd>
          </div>
          <div>
            <dt>{t('facts.delimiter')}</dt>
            <dd>{t(delimiterKey(dataset.dialect.delimiter))}</dd>
          </div>
        </>
      ) : (
        dataset.sheet && (
          <div>
            <dt>{t('facts.sheet')}</dt>
            <dd>{dataset.sheet}</dd>
          </div>
        )
      )}
      <div>
        <dt>{t('facts.dataRows')}</dt>
        <dd data-testid="dataset-rows">{formatNumber(dataset.rows, lang)}</dd>
      </div>
      <div>
        <dt>{t('facts.columns')}</dt>
        <dd>{formatNumber(dataset.columns, lang)}</dd>
      </div>
      <div>
        <dt>{t('facts.version')}</dt>
        <dd>{formatNumber(dataset.version, lang)}</dd>
      </div>
      <div>
        <dt>{t('facts.imported')}</dt>
        <dd>{formatDateTime(dataset.importedAt, lang)}</dd>
      </div>
      <div>
        <dt>{t('facts.sha256')}</dt>
        <dd className="mono" title={t('facts.sha256Full', { sha: dataset.sha256 })}>
          {dataset.sha256.slice(0, 12)}…
        </dd>
      </div>
      {dataset.title && (
        <div className="facts-wide">
          <dt>{t('facts.title')}</dt>
          <dd>{dataset.title}</dd>
        </div>
      )}
      {dataset.notes.length > 0 && (
        <div className="facts-wide">
          <dt>{t('facts.notes')}</dt>
          <dd>{dataset.notes.join(' · ')}</dd>
        </div>
      )}
    </dl>
  );
}
