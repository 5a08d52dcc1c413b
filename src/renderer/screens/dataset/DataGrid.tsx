/**
 * The dataset as a spreadsheet-like grid: only visible rows and columns are in the page,
 * rows arrive in keyset pages as the steward scrolls, row numbers are the file's own lines.
 *
 * Very long tables would be taller than a browser can scroll (Firefox stops near 17 million
 * pixels), so the scrolled canvas is capped and scroll positions are scaled to the full
 * height; below the cap the scale is exactly 1.
 *
 * A sorted or filtered view (see use-grid-view.ts) is paged by position; the header's label
 * sorts its column (off → ascending → descending) and its funnel button opens the column menu
 * (filter, sort, Profil kolom).
 */
import {
  elementScroll,
  observeElementOffset,
  useVirtualizer,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RowSort } from '../../../shared/api/core';
import type { AppErrorData } from '../../../shared/errors';
import type { Dataset } from '../../../shared/model/dataset';
import { api } from '../../api/client';
import { formatNumber } from '../../i18n/format';
import { currentLang } from '../../i18n';
import { Icon } from '../../components/Icon';
import type { GridQuality } from '../../components/quality/grid-quality';
import { columnWidths, ESTIMATED_MEASURES, type TextMeasures } from './column-widths';
import { ariaSort } from './column-filters';
import { GridGlyph } from './GridGlyph';
import { RowCache, type RowPaging } from './row-cache';
import type { AppliedView } from './use-grid-view';

export const ROW_HEIGHT = 30;
const HEADER_HEIGHT = 52;
const PAGE_SIZE = 200;
const MAX_CANVAS_HEIGHT = 15_000_000;
/** room for the sort arrow and the funnel of a sorted or filtered column */
const PINNED_TOOLS = 44;
const NUMERIC_TYPES = new Set(['integer', 'decimal', 'percentage', 'currency', 'year']);

/** Virtual offset per real pixel: 1 unless the table is taller than the capped canvas. */
export function scrollScale(viewport: number, contentHeight: number, canvasHeight: number): number {
  if (contentHeight <= canvasHeight) return 1;
  return (
    (HEADER_HEIGHT + contentHeight - viewport) /
    Math.max(1, HEADER_HEIGHT + canvasHeight - viewport)
  );
}

/** Measure text with the grid's own fonts (canvas), or estimate when there is no canvas. */
function canvasMeasures(): TextMeasures {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return ESTIMATED_MEASURES;
  const style = getComputedStyle(document.body);
  const sans = style.fontFamily;
  const mono = style.getPropertyValue('--font-mono').trim() || 'monospace';
  const measureWith = (font: string) => (text: string) => {
    context.font = font;
    return context.measureText(text).width;
  };
  return {
    label: measureWith(`600 13px ${sans}`),
    name: measureWith(`400 11px ${mono}`),
    cell: measureWith(`400 13px ${sans}`),
  };
}

export interface JumpRequest {
  line: number;
  /** changes on every request, so jumping twice to the same line works */
  nonce: number;
  /** also bring this column (0-based) into view and highlight it */
  column?: number;
}

/** The header's sort and column-menu buttons. */
export interface HeaderTools {
  sort: RowSort | null;
  /** columns with a filter (their funnel is filled) */
  filtered: ReadonlySet<number>;
  /** the column whose menu is open */
  openColumn: number | null;
  /** sorting and filtering wait (the Validasi panel shows only problem rows) */
  disabled: boolean;
  onSort: (column: number) => void;
  onMenu: (column: number, anchor: HTMLElement) => void;
}

export function DataGrid({
  dataset,
  jump,
  onError,
  onEditColumn,
  described,
  quality,
  view,
  header,
}: {
  dataset: Dataset;
  jump: JumpRequest | null;
  onError: (error: AppErrorData) => void;
  /** opens the column's Standar Data (the button in each column header) */
  onEditColumn?: (index: number) => void;
  /** names of the columns whose Standar Data is written */
  described?: ReadonlySet<string>;
  /** filtered rows and severity marks from the Validasi panel */
  quality?: GridQuality;
  /** a sorted or filtered view (ignored while the Validasi panel filters the rows) */
  view?: AppliedView | null;
  header?: HeaderTools;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [tick, refresh] = useReducer((n: number) => n + 1, 0);
  const [targetLine, setTargetLine] = useState<number | null>(null);
  const [targetColumn, setTargetColumn] = useState<number | null>(null);
  const source = quality?.rows;
  const mark = quality?.mark;
  const onVisibleLines = quality?.onVisibleLines;
  const onErrorRef = useRef(onError);
  useEffect(() => {
    onErrorRef.current = onError;
  });

  const shown = source ? null : (view ?? null);
  const total = source?.total ?? shown?.total ?? dataset.rows;
  const paging: RowPaging = shown?.sort ? 'sorted' : shown?.filters.length ? 'filtered' : 'lines';
  const columns = dataset.columnList;
  const firstLine = dataset.headerRow + 1;
  const contentHeight = total * ROW_HEIGHT;
  const canvasHeight = Math.min(contentHeight, MAX_CANVAS_HEIGHT);
  const rowNumberWidth = Math.max(64, String(firstLine + total).length * 9 + 28);

  const cache = useMemo(
    () =>
      new RowCache({
        total,
        pageSize: PAGE_SIZE,
        firstLine,
        fetch:
          source?.fetch ??
          ((query) =>
            api.invoke('datasets:rows', {
              id: dataset.id,
              ...query,
              ...(shown?.sort ? { sort: shown.sort } : {}),
              ...(shown && shown.filters.length > 0 ? { filters: shown.filters } : {}),
            })),
        paging,
        onChange: refresh,
        onError: (error) => onErrorRef.current(error),
        ...(source ? { lineAt: source.lineAt, indexOfLine: source.indexOfLine } : {}),
      }),
    // `shown.key` names the view's sort and filters
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [dataset.id, total, firstLine, source, shown?.key],
  );

  // a new view starts at its first row
  const viewKey = shown?.key ?? '';
  const shownKey = useRef(viewKey);
  useEffect(() => {
    if (shownKey.current === viewKey) return;
    shownKey.current = viewKey;
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
    setTargetLine(null);
  }, [viewKey]);

  const scaleFor = (el: Element | null): number =>
    scrollScale(el?.clientHeight ?? 0, contentHeight, canvasHeight);

  const rows = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
    observeElementOffset: (instance: Virtualizer<HTMLDivElement, Element>, cb) =>
      observeElementOffset(instance, (offset, scrolling) =>
        cb(offset * scaleFor(instance.scrollElement), scrolling),
      ),
    scrollToFn: (offset, options, instance) => {
      const scale = scaleFor(instance.scrollElement);
      elementScroll(
        offset / scale,
        { ...options, adjustments: (options.adjustments ?? 0) / scale },
        instance,
      );
    },
  });

  // a sorted or filtered column keeps its arrow and funnel shown: it grows by their width
  const pinned = (i: number): boolean =>
    !!header && (header.sort?.column === i || header.filtered.has(i));
  const pinnedKey = header ? `${header.sort?.column ?? ''}|${[...header.filtered].join(',')}` : '';
  const measures = useMemo(canvasMeasures, []);
  const [widths, setWidths] = useState(() => columnWidths(columns, [], measures));
  const cols = useVirtualizer({
    horizontal: true,
    count: columns.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (widths[i] ?? 120) + (pinned(i) ? PINNED_TOOLS : 0),
    overscan: 3,
    scrollMargin: rowNumberWidth,
  });

  // widen columns once, from the first page of real values
  const firstRow = cache.row(0);
  const sampled = useRef(false);
  useEffect(() => {
    if (sampled.current || !firstRow) return;
    sampled.current = true;
    const sample: string[][] = [];
    for (let i = 0; i < Math.min(total, PAGE_SIZE); i++) {
      const row = cache.row(i);
      if (row) sample.push(row.cells);
    }
    setWidths(columnWidths(columns, sample, measures));
  }, [firstRow, cache, columns, total, measures]);
  useEffect(() => {
    cols.measure();
  }, [widths, cols, pinnedKey]);

  const virtualRows = rows.getVirtualItems();
  const firstIndex = virtualRows[0]?.index ?? 0;
  const lastIndex = virtualRows[virtualRows.length - 1]?.index ?? 0;

  // fetch what is on screen once scrolling settles for a moment
  useEffect(() => {
    const timer = window.setTimeout(() => cache.ensure(firstIndex, lastIndex), 40);
    return () => window.clearTimeout(timer);
  }, [cache, firstIndex, lastIndex]);

  // tell the Validasi panel which lines are on screen (for their severity marks)
  useEffect(() => {
    if (!onVisibleLines) return undefined;
    const timer = window.setTimeout(() => {
      const lines: number[] = [];
      for (let i = firstIndex; i <= lastIndex; i++) {
        const line = cache.row(i)?.line;
        if (line !== undefined) lines.push(line);
      }
      onVisibleLines(lines);
    }, 60);
    return () => window.clearTimeout(timer);
  }, [onVisibleLines, cache, firstIndex, lastIndex, tick]);

  // jump to a row (once: a new view of the rows does not repeat an earlier jump)
  const jumped = useRef<number | null>(null);
  useEffect(() => {
    if (!jump || jumped.current === jump.nonce) return undefined;
    let live = true;
    void (async () => {
      const index = await cache.reveal(jump.line);
      const el = scrollRef.current;
      if (!live || index === undefined || !el) return;
      jumped.current = jump.nonce;
      // put the row in the middle of the rows area (below the sticky header)
      const viewport = el.clientHeight;
      const start = HEADER_HEIGHT + index * ROW_HEIGHT;
      const maxOffset = Math.max(0, HEADER_HEIGHT + contentHeight - viewport);
      const wanted = start - HEADER_HEIGHT - (viewport - HEADER_HEIGHT - ROW_HEIGHT) / 2;
      el.scrollTop =
        Math.max(0, Math.min(maxOffset, wanted)) /
        scrollScale(viewport, contentHeight, canvasHeight);
      setTargetLine(cache.row(index)?.line ?? jump.line);
      setTargetColumn(jump.column ?? null);
      if (jump.column !== undefined) cols.scrollToIndex(jump.column, { align: 'center' });
      el.focus({ preventScroll: true });
    })();
    return () => {
      live = false;
    };
  }, [jump, cache, contentHeight, canvasHeight, cols]);

  const virtualCols = cols.getVirtualItems();
  const totalWidth = rowNumberWidth + cols.getTotalSize();
  const virtualOffset = rows.scrollOffset ?? 0;
  const realOffset =
    virtualOffset / scrollScale(rows.scrollRect?.height ?? 0, contentHeight, canvasHeight);

  const grid = (
    <div
      ref={scrollRef}
      className="grid-scroller"
      tabIndex={0}
      role="table"
      aria-label={t('grid.label', { name: dataset.name })}
      aria-rowcount={total + 1}
      aria-colcount={columns.length + 1}
      data-testid="data-grid"
    >
      <div
        className="grid-canvas"
        style={{ width: totalWidth, height: HEADER_HEIGHT + canvasHeight }}
      >
        <div
          className="grid-header"
          role="row"
          aria-rowindex={1}
          style={{ width: totalWidth, height: HEADER_HEIGHT }}
        >
          <div className="grid-corner" role="columnheader" style={{ width: rowNumberWidth }}>
            {t('grid.rowNumber')}
          </div>
          {virtualCols.map((c) => {
            const column = columns[c.index];
            const hasStandard = !!column && !!described?.has(column.name);
            const classes = ['grid-hcell'];
            if (onEditColumn) classes.push('has-action');
            if (header) classes.push('has-tools');
            if (c.index === targetColumn) classes.push('is-target-col');
            const sortState = header ? ariaSort(header.sort, c.index) : 'none';
            if (sortState !== 'none') classes.push('is-sorted');
            const filtered = !!header?.filtered.has(c.index);
            if (filtered || sortState !== 'none') classes.push('tools-pinned');
            if (header?.openColumn === c.index) classes.push('tools-on');
            const name = column ? column.label || column.name : '';
            return (
              <div
                key={c.key}
                className={classes.join(' ')}
                role="columnheader"
                aria-colindex={c.index + 2}
                aria-sort={header ? sortState : undefined}
                style={{ left: c.start, width: c.size }}
                title={column ? `${column.label}\n${column.name}` : undefined}
              >
                {header && column ? (
                  <button
                    type="button"
                    className="col-sort"
                    disabled={header.disabled}
                    aria-label={t(`grid.sort.button.${sortState}`, { name })}
                    data-testid="column-sort-button"
                    onClick={() => header.onSort(c.index)}
                  >
                    <span className="col-label">{column.label || '—'}</span>
                    <span className="col-name">{column.name}</span>
                  </button>
                ) : (
                  <>
                    <span className="col-label">{column?.label || '—'}</span>
                    <span className="col-name">{column?.name}</span>
                  </>
                )}
                {header && column && (
                  <span className="col-tools">
                    <span className={`col-sort-mark is-${sortState}`}>
                      <GridGlyph
                        name={
                          sortState === 'ascending'
                            ? 'sort-asc'
                            : sortState === 'descending'
                              ? 'sort-desc'
                              : 'sort-none'
                        }
                        size={12}
                      />
                    </span>
                    <button
                      type="button"
                      className={filtered ? 'col-menu is-filtered' : 'col-menu'}
                      disabled={header.disabled}
                      aria-haspopup="dialog"
                      aria-expanded={header.openColumn === c.index}
                      aria-label={t(filtered ? 'grid.menu.openFiltered' : 'grid.menu.open', {
                        name,
                      })}
                      title={t(filtered ? 'grid.menu.openFiltered' : 'grid.menu.open', { name })}
                      data-testid="column-menu-button"
                      onClick={(e) => header.onMenu(c.index, e.currentTarget)}
                    >
                      <GridGlyph name="filter" size={13} filled={filtered} />
                    </button>
                  </span>
                )}
                {onEditColumn && column && (
                  <button
                    type="button"
                    className={hasStandard ? 'col-standard is-described' : 'col-standard'}
                    aria-label={t(hasStandard ? 'grid.editStandardDone' : 'grid.editStandard', {
                      name: column.label || column.name,
                    })}
                    title={t(hasStandard ? 'grid.editStandardDone' : 'grid.editStandard', {
                      name: column.label || column.name,
                    })}
                    data-testid="column-standard-button"
                    onClick={() => onEditColumn(c.index)}
                  >
                    <Icon name="tag" size={14} />
                  </button>
                )}
              </div>
            );
          })}
        </div>
        <div className="grid-body" style={{ height: canvasHeight }}>
          {virtualRows.map((r) => {
            const row = cache.row(r.index);
            const pastEnd = !row && cache.isPastEnd(r.index);
            const y = realOffset + (r.start - virtualOffset) - HEADER_HEIGHT;
            const classes = ['grid-row'];
            if (r.index % 2 === 1) classes.push('is-odd');
            if (row && row.line === targetLine) classes.push('is-target');
            return (
              <div
                key={r.key}
                className={classes.join(' ')}
                role="row"
                aria-rowindex={r.index + 2}
                data-line={row?.line}
                style={{ width: totalWidth, height: ROW_HEIGHT, transform: `translateY(${y}px)` }}
              >
                {(() => {
                  const rowMark = row ? mark?.(row.line, null) : undefined;
                  return (
                    <div
                      className={
                        rowMark ? `grid-rownum has-mark mark-${rowMark.severity}` : 'grid-rownum'
                      }
                      role="rowheader"
                      style={{ width: rowNumberWidth }}
                      title={rowMark?.label}
                      data-glyph={rowMark?.glyph}
                      aria-label={
                        rowMark && row
                          ? `${formatNumber(row.line, lang)}, ${rowMark.label}`
                          : undefined
                      }
                    >
                      {row ? formatNumber(row.line, lang) : ''}
                    </div>
                  );
                })()}
                {virtualCols.map((c) => {
                  const value = row?.cells[c.index] ?? '';
                  const numeric = NUMERIC_TYPES.has(columns[c.index]?.inferred?.type ?? '');
                  const cellMark = row ? mark?.(row.line, c.index) : undefined;
                  const classes = [numeric ? 'grid-cell is-numeric' : 'grid-cell'];
                  if (cellMark) classes.push('has-mark', `mark-${cellMark.severity}`);
                  if (c.index === targetColumn) classes.push('is-target-col');
                  return (
                    <div
                      key={c.key}
                      className={classes.join(' ')}
                      role="cell"
                      aria-colindex={c.index + 2}
                      style={{ left: c.start, width: c.size }}
                      title={
                        cellMark
                          ? `${cellMark.label}${value ? `\n${value}` : ''}`
                          : value.length > 24
                            ? value
                            : undefined
                      }
                      data-severity={cellMark?.severity}
                      data-glyph={cellMark?.glyph}
                      aria-label={cellMark ? `${value}, ${cellMark.label}` : undefined}
                    >
                      {row ? value : pastEnd ? '' : <span className="cell-loading" />}
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
  return shown && total === 0 ? (
    <>
      {grid}
      <p className="grid-no-match muted" role="status" data-testid="grid-no-match">
        {t('grid.view.noMatch')}
      </p>
    </>
  ) : (
    grid
  );
}
