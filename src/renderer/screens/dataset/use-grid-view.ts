/**
 * The grid's view of a dataset: one column sort and any number of column filters. When they
 * change, the server is asked once for the number of matching rows (`withTotal`, one row); the
 * grid then pages the view by position and never loads all rows. The view starts afresh for
 * each dataset version (a cleaning step may move columns).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { RowFilter, RowSort } from '../../../shared/api/core';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { addFilter, rowFiltersOf, viewKey, type GridFilter } from './column-filters';

/** A view the grid can show: what to ask the server and how many rows match. */
export interface AppliedView {
  key: string;
  sort: RowSort | null;
  filters: RowFilter[];
  total: number;
}

export interface GridView {
  sort: RowSort | null;
  filters: readonly GridFilter[];
  /** the view the grid shows (null: the dataset as stored) */
  applied: AppliedView | null;
  /** a change is being counted */
  busy: boolean;
  setSort: (sort: RowSort | null) => void;
  addFilter: (filter: GridFilter) => void;
  removeFilter: (index: number) => void;
  removeColumnFilters: (column: number) => void;
  clear: () => void;
}

export function useGridView(
  datasetId: string,
  version: number,
  onError: (error: AppErrorData) => void,
): GridView {
  const [sort, setSortState] = useState<RowSort | null>(null);
  const [filters, setFilters] = useState<GridFilter[]>([]);
  const [applied, setApplied] = useState<AppliedView | null>(null);
  const [busy, setBusy] = useState(false);

  // a new dataset or version starts unsorted and unfiltered
  useEffect(() => {
    setSortState(null);
    setFilters([]);
    setApplied(null);
  }, [datasetId, version]);

  const key = useMemo(() => viewKey(sort, filters), [sort, filters]);
  useEffect(() => {
    if (!sort && filters.length === 0) {
      setApplied(null);
      setBusy(false);
      return undefined;
    }
    let live = true;
    const rowFilters = rowFiltersOf(filters);
    setBusy(true);
    void (async () => {
      const result = await api.invoke('datasets:rows', {
        id: datasetId,
        limit: 1,
        withTotal: true,
        ...(sort ? { sort } : {}),
        ...(rowFilters.length > 0 ? { filters: rowFilters } : {}),
      });
      if (!live) return;
      setBusy(false);
      if (!result.ok) {
        onError(result.error);
        return;
      }
      setApplied({ key, sort, filters: rowFilters, total: result.value.total ?? 0 });
    })();
    return () => {
      live = false;
    };
    // `key` names sort and filters; onError is the caller's setter
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [datasetId, version, key]);

  const clear = useCallback(() => {
    setSortState(null);
    setFilters([]);
    setApplied(null);
  }, []);

  return {
    sort,
    filters,
    applied,
    busy,
    setSort: setSortState,
    addFilter: (f) => setFilters((list) => addFilter(list, f)),
    removeFilter: (index) => setFilters((list) => list.filter((_, i) => i !== index)),
    removeColumnFilters: (column) => setFilters((list) => list.filter((f) => f.column !== column)),
    clear,
  };
}
