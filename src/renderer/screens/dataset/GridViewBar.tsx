/**
 * Above the grid while it is sorted or filtered: how many rows match ("123 dari 1.000.000
 * baris"), the sort and each filter as a removable chip, and "Hapus semua".
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { RowSort } from '../../../shared/api/core';
import type { Column } from '../../../shared/model/dataset';
import { formatNumber, type FormatLang } from '../../i18n/format';
import { currentLang } from '../../i18n';
import type { GridFilter } from './column-filters';
import { GridGlyph } from './GridGlyph';
import type { GridView } from './use-grid-view';

function columnTitle(columns: readonly Column[], index: number): string {
  const c = columns[index];
  return c ? c.label || c.name : String(index + 1);
}

/** A value as the steward reads it: dates in the language's words, the rest as typed. */
export function displayValue(f: GridFilter, value: string | undefined, lang: FormatLang): string {
  const v = value ?? '';
  if (f.kind !== 'date' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  const date = new Date(`${v}T00:00:00`);
  if (Number.isNaN(date.getTime())) return v;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium' }).format(
    date,
  );
}

/** "jumlah ≥ 50000", "nama berisi “BALIK”", "tanggal antara 1 Jan 2024 dan 31 Jan 2024". */
export function filterText(
  t: TFunction,
  f: GridFilter,
  columns: readonly Column[],
  lang: FormatLang,
): string {
  return t(`grid.filter.chip.${f.op}`, {
    column: columnTitle(columns, f.column),
    value: displayValue(f, f.value, lang),
    value2: displayValue(f, f.value2, lang),
  });
}

export function GridViewBar({
  view,
  columns,
  rows,
  problemsOnly,
}: {
  view: GridView;
  columns: readonly Column[];
  /** rows of the dataset (the "dari N baris") */
  rows: number;
  /** the Validasi panel shows only problem rows: the view waits */
  problemsOnly: boolean;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const { sort, filters, applied, busy } = view;
  if (!sort && filters.length === 0) return null;

  const sortText = (s: RowSort) =>
    t(s.direction === 'asc' ? 'grid.sort.chipAsc' : 'grid.sort.chipDesc', {
      column: columnTitle(columns, s.column),
    });

  return (
    <div className="grid-view-bar" data-testid="grid-view-bar">
      {filters.length > 0 && (
        <span className="grid-view-count" role="status" data-testid="grid-count">
          {busy || !applied
            ? t('grid.view.counting')
            : t('grid.view.count', {
                shown: formatNumber(applied.total, lang),
                total: formatNumber(rows, lang),
              })}
        </span>
      )}
      {filters.length === 0 && busy && (
        <span className="grid-view-count" role="status">
          {t('grid.view.sorting')}
        </span>
      )}
      <ul className="grid-chips" aria-label={t('grid.view.chipsLabel')}>
        {sort && (
          <li className="grid-chip is-sort" data-testid="sort-chip">
            <GridGlyph name={sort.direction === 'asc' ? 'sort-asc' : 'sort-desc'} size={13} />
            <span className="grid-chip-text">{sortText(sort)}</span>
            <button
              type="button"
              className="grid-chip-remove"
              aria-label={t('grid.sort.remove', { sort: sortText(sort) })}
              title={t('grid.sort.remove', { sort: sortText(sort) })}
              onClick={() => view.setSort(null)}
            >
              <GridGlyph name="close" size={12} />
            </button>
          </li>
        )}
        {filters.map((f, i) => {
          const text = filterText(t, f, columns, lang);
          return (
            <li key={`${i}:${text}`} className="grid-chip" data-testid="filter-chip">
              <GridGlyph name="filter" size={12} />
              <span className="grid-chip-text">{text}</span>
              <button
                type="button"
                className="grid-chip-remove"
                aria-label={t('grid.filter.remove', { filter: text })}
                title={t('grid.filter.remove', { filter: text })}
                onClick={() => view.removeFilter(i)}
              >
                <GridGlyph name="close" size={12} />
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="link-button grid-view-clear" onClick={view.clear}>
        {t('grid.view.clear')}
      </button>
      {problemsOnly && <p className="grid-view-note muted">{t('grid.view.problemsOnly')}</p>}
    </div>
  );
}
