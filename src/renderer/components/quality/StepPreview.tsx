/** Before/after of a step on the first rows ('steps:preview'): what the steward confirms. */
import { useTranslation } from 'react-i18next';
import type { StepPreviewResult } from '../../../shared/api/clean';
import type { ShapeColumn } from '../../../shared/model/step';
import { formatNumber } from '../../i18n/format';
import { currentLang } from '../../i18n';
import { previewTable } from '../../screens/cleaning/preview-table';
import { countParts } from '../../screens/cleaning/history-view';

export function StepPreview({
  preview,
  columns,
}: {
  preview: StepPreviewResult;
  columns: readonly ShapeColumn[];
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const table = previewTable(preview, columns);
  const parts = countParts(preview.counts);
  const reason = preview.reason
    ? lang === 'en'
      ? preview.reason.messageEn
      : preview.reason.message
    : null;
  return (
    <section
      className="step-preview"
      data-testid="step-preview"
      aria-label={t('quality.preview.label')}
    >
      <p className="step-preview-scope muted">
        {t('quality.preview.scope', {
          sample: formatNumber(preview.sampleRows, lang),
          total: formatNumber(preview.totalRows, lang),
        })}
      </p>
      {preview.status === 'skipped' && (
        <p className="step-preview-skipped" role="status">
          <strong>{t('quality.preview.skipped')}</strong> {reason}
        </p>
      )}
      {preview.status === 'applied' && (
        <p className="step-preview-counts">
          {parts.length > 0
            ? parts.map((p) => t(`quality.counts.${p.key}`, { count: p.count })).join(' · ')
            : t('quality.preview.noChangeInSample')}
        </p>
      )}
      {preview.entry.unparsedExamples && preview.entry.unparsedExamples.length > 0 && (
        <p className="hint">
          {t('quality.preview.unparsed', {
            values: preview.entry.unparsedExamples.map((v) => `"${v}"`).join(', '),
          })}
        </p>
      )}
      {table.mode !== 'none' && (
        <div className="preview-table-wrap step-preview-table">
          <table className="preview-table">
            <thead>
              <tr>
                <th scope="col">{t('quality.preview.row')}</th>
                {table.mode !== 'shape' && <th scope="col">{t('quality.preview.state')}</th>}
                {table.columns.map((c) => (
                  <th key={c.index} scope="col" className={c.isNew ? 'is-new' : undefined}>
                    {c.label}
                    {c.isNew && (
                      <span className="badge preview-new">{t('quality.preview.newColumn')}</span>
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.lines.flatMap((l) => {
                if (l.kind === 'after') {
                  return [
                    <tr key={`a${l.line}`}>
                      <th scope="row">{formatNumber(l.line, lang)}</th>
                      {table.columns.map((c) => (
                        <td key={c.index} className={c.isNew ? 'is-after' : undefined}>
                          {l.after?.[c.index] ?? ''}
                        </td>
                      ))}
                    </tr>,
                  ];
                }
                if (l.kind === 'removed') {
                  return [
                    <tr key={`r${l.line}`} className="is-removed">
                      <th scope="row">{formatNumber(l.line, lang)}</th>
                      <td className="preview-state">{t('quality.preview.removed')}</td>
                      {table.columns.map((c) => (
                        <td key={c.index}>
                          <del>{l.before?.[c.index] ?? ''}</del>
                        </td>
                      ))}
                    </tr>,
                  ];
                }
                return [
                  <tr key={`b${l.line}`} className="is-before">
                    <th scope="row" rowSpan={2}>
                      {formatNumber(l.line, lang)}
                    </th>
                    <td className="preview-state">{t('quality.preview.before')}</td>
                    {table.columns.map((c) => (
                      <td
                        key={c.index}
                        className={l.changed.includes(c.index) ? 'is-changed' : undefined}
                      >
                        {l.changed.includes(c.index) ? (
                          <del>{l.before?.[c.index] ?? ''}</del>
                        ) : (
                          (l.before?.[c.index] ?? '')
                        )}
                      </td>
                    ))}
                  </tr>,
                  <tr key={`a${l.line}`} className="is-after-row">
                    <td className="preview-state">{t('quality.preview.after')}</td>
                    {table.columns.map((c) => (
                      <td
                        key={c.index}
                        className={l.changed.includes(c.index) ? 'is-after' : undefined}
                      >
                        {l.changed.includes(c.index) ? (
                          <ins>{l.after?.[c.index] ?? ''}</ins>
                        ) : (
                          (l.after?.[c.index] ?? '')
                        )}
                      </td>
                    ))}
                  </tr>,
                ];
              })}
            </tbody>
          </table>
        </div>
      )}
      {table.more > 0 && <p className="hint">{t('quality.preview.more', { count: table.more })}</p>}
    </section>
  );
}
