/** The first rows of a file as the import will read them. */
import { useTranslation } from 'react-i18next';

export function PreviewTable({
  header,
  names,
  rows,
}: {
  header: string[];
  names: string[];
  rows: string[][];
}) {
  const { t } = useTranslation();
  const width = Math.max(header.length, ...rows.map((r) => r.length));
  const columns = Array.from({ length: width }, (_, i) => i);
  return (
    <div className="preview-table-wrap" tabIndex={0} aria-label={t('import.previewTable')}>
      <table className="preview-table" data-testid="preview-table">
        <thead>
          <tr>
            {columns.map((i) => (
              <th key={i} scope="col">
                <span className="col-label">
                  {header[i] || t('import.unnamedColumn', { n: i + 1 })}
                </span>
                {names[i] && <span className="col-name">{names[i]}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {columns.map((i) => (
                <td key={i}>{row[i] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
