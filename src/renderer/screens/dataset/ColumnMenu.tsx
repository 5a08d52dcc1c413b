/**
 * The popover a column header opens: sort the column, add a filter with operators that fit
 * its kind (text, number, date), remove its filters, or open "Profil kolom". Escape or a click
 * elsewhere closes it; focus goes back to the header's button.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { RowSort } from '../../../shared/api/core';
import type { Column } from '../../../shared/model/dataset';
import {
  checkFilter,
  columnKind,
  normalizeFilter,
  OPERATORS,
  valuesNeeded,
  type FilterOperator,
  type FilterProblem,
  type GridFilter,
} from './column-filters';
import { GridGlyph } from './GridGlyph';

const WIDTH = 300;

export function ColumnMenu({
  column,
  anchor,
  sort,
  filterCount,
  onSort,
  onFilter,
  onClearFilters,
  onProfile,
  onClose,
}: {
  column: Column;
  /** the header button that opened the menu */
  anchor: HTMLElement;
  sort: RowSort | null;
  /** filters already set on this column */
  filterCount: number;
  onSort: (sort: RowSort | null) => void;
  onFilter: (filter: GridFilter) => void;
  onClearFilters: () => void;
  onProfile: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const firstButton = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const opId = useId();
  const valueId = useId();
  const value2Id = useId();
  const problemId = useId();
  const kind = columnKind(column.inferred);
  const operators = OPERATORS[kind];
  const [op, setOp] = useState<FilterOperator>(operators[0] ?? 'equals');
  const [value, setValue] = useState('');
  const [value2, setValue2] = useState('');
  const [problem, setProblem] = useState<FilterProblem | null>(null);
  const [position, setPosition] = useState({ top: 0, left: 0 });
  const name = column.label || column.name;
  const sorted = sort?.column === column.index ? sort.direction : null;

  // under the button; above it, or as low as fits, when the window is too short below
  useLayoutEffect(() => {
    const r = anchor.getBoundingClientRect();
    const height = ref.current?.offsetHeight ?? 0;
    const left = Math.max(8, Math.min(window.innerWidth - WIDTH - 8, r.right - WIDTH));
    let top = r.bottom + 4;
    if (top + height > window.innerHeight - 8) {
      top = r.top - height - 4 >= 8 ? r.top - height - 4 : window.innerHeight - height - 8;
    }
    setPosition({ top: Math.max(8, top), left });
  }, [anchor, op]);

  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });
  useEffect(() => {
    firstButton.current?.focus();
    const outside = (e: PointerEvent) => {
      const target = e.target as Node;
      if (ref.current?.contains(target) || anchor.contains(target)) return;
      onCloseRef.current();
    };
    const resize = () => onCloseRef.current();
    document.addEventListener('pointerdown', outside);
    window.addEventListener('resize', resize);
    return () => {
      document.removeEventListener('pointerdown', outside);
      window.removeEventListener('resize', resize);
    };
  }, [anchor]);

  function close() {
    onClose();
    anchor.focus();
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const filter: GridFilter = { column: column.index, kind, op, value, value2 };
    const found = checkFilter(filter);
    setProblem(found);
    if (found) return;
    onFilter(normalizeFilter(filter));
    close();
  }

  const needed = valuesNeeded(op);
  const inputType = kind === 'date' ? 'date' : 'text';
  const inputMode = kind === 'number' ? 'decimal' : undefined;
  const sortLabels =
    kind === 'number'
      ? ['grid.sort.ascNumber', 'grid.sort.descNumber']
      : kind === 'date'
        ? ['grid.sort.ascDate', 'grid.sort.descDate']
        : ['grid.sort.ascText', 'grid.sort.descText'];

  return createPortal(
    <div
      ref={ref}
      className="column-menu"
      role="dialog"
      aria-labelledby={titleId}
      data-testid="column-menu"
      style={{ top: position.top, left: position.left, width: WIDTH }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          close();
        }
      }}
    >
      <p className="column-menu-title" id={titleId}>
        {name}
        <span className="column-menu-kind">{t(`grid.kind.${kind}`)}</span>
      </p>
      <div className="column-menu-section" role="group" aria-label={t('grid.sort.group')}>
        <button
          ref={firstButton}
          type="button"
          className={sorted === 'asc' ? 'column-menu-item is-on' : 'column-menu-item'}
          aria-pressed={sorted === 'asc'}
          onClick={() => {
            onSort({ column: column.index, direction: 'asc' });
            close();
          }}
        >
          <GridGlyph name="sort-asc" />
          {t(sortLabels[0] ?? '')}
        </button>
        <button
          type="button"
          className={sorted === 'desc' ? 'column-menu-item is-on' : 'column-menu-item'}
          aria-pressed={sorted === 'desc'}
          onClick={() => {
            onSort({ column: column.index, direction: 'desc' });
            close();
          }}
        >
          <GridGlyph name="sort-desc" />
          {t(sortLabels[1] ?? '')}
        </button>
        {sorted && (
          <button
            type="button"
            className="column-menu-item"
            onClick={() => {
              onSort(null);
              close();
            }}
          >
            <GridGlyph name="sort-none" />
            {t('grid.sort.off')}
          </button>
        )}
      </div>
      <form className="column-menu-section column-menu-filter" onSubmit={submit} noValidate>
        <label htmlFor={opId} className="column-menu-label">
          {t('grid.filter.label')}
        </label>
        <select
          id={opId}
          className="select"
          value={op}
          onChange={(e) => {
            setOp(e.target.value as FilterOperator);
            setProblem(null);
          }}
        >
          {operators.map((o) => (
            <option key={o} value={o}>
              {t(`grid.filter.op.${o}`)}
            </option>
          ))}
        </select>
        {needed >= 1 && (
          <>
            <label htmlFor={valueId} className="visually-hidden">
              {needed === 2 ? t('grid.filter.from') : t('grid.filter.value')}
            </label>
            <input
              id={valueId}
              className="input"
              type={inputType}
              inputMode={inputMode}
              value={value}
              placeholder={needed === 2 ? t('grid.filter.from') : t('grid.filter.value')}
              aria-invalid={problem !== null && value.trim() === '' ? true : undefined}
              aria-describedby={problem ? problemId : undefined}
              onChange={(e) => setValue(e.target.value)}
            />
          </>
        )}
        {needed === 2 && (
          <>
            <label htmlFor={value2Id} className="visually-hidden">
              {t('grid.filter.to')}
            </label>
            <input
              id={value2Id}
              className="input"
              type={inputType}
              inputMode={inputMode}
              value={value2}
              placeholder={t('grid.filter.to')}
              aria-describedby={problem ? problemId : undefined}
              onChange={(e) => setValue2(e.target.value)}
            />
          </>
        )}
        {problem && (
          <p id={problemId} className="inline-message is-error" role="alert">
            {t(`grid.filter.problem.${problem}`)}
          </p>
        )}
        <div className="column-menu-actions">
          {filterCount > 0 && (
            <button
              type="button"
              className="button button-ghost button-small"
              onClick={() => {
                onClearFilters();
                close();
              }}
            >
              {t('grid.filter.clearColumn', { n: filterCount })}
            </button>
          )}
          <button type="submit" className="button button-primary button-small">
            <GridGlyph name="filter" />
            {t('grid.filter.apply')}
          </button>
        </div>
      </form>
      <div className="column-menu-section">
        <button
          type="button"
          className="column-menu-item"
          onClick={() => {
            close();
            onProfile();
          }}
        >
          <GridGlyph name="chart" />
          {t('grid.profile.open')}
        </button>
      </div>
    </div>,
    document.body,
  );
}
