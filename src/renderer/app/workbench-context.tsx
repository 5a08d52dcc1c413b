/**
 * What every screen shares: app info, the dataset list, which screen and dataset are open,
 * and a notice line for finished actions.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { AppInfo } from '../../shared/contract';
import type { DatasetSummary } from '../../shared/model/dataset';
import type { AppErrorData } from '../../shared/errors';
import { api } from '../api/client';

/** The screens of the left menu (see app/screens.ts for their order). */
export type ScreenId = 'workspace' | 'dataset' | 'validation' | 'metadata' | 'export' | 'catalog';

/** Answers true while the open screen holds work that leaving would lose. */
export type LeaveGuard = () => boolean;

/** A message to show once an action finished: a catalog key and its values. */
export interface Notice {
  tone: 'success' | 'info';
  key: string;
  values?: Record<string, string | number>;
}

export interface Workbench {
  info: AppInfo | null;
  infoError: AppErrorData | null;
  /** null while loading */
  datasets: DatasetSummary[] | null;
  datasetsError: AppErrorData | null;
  reloadDatasets(): Promise<void>;
  screen: ScreenId;
  /** the dataset open in Dataset and preselected in Ekspor */
  datasetId: string | null;
  /** moves to a screen; asks first (pendingLeave) when the open screen has unsaved work */
  navigate(screen: ScreenId, datasetId?: string | null): void;
  /** a screen with unsaved work registers its guard (null when it leaves) */
  setLeaveGuard(guard: LeaveGuard | null): void;
  /** a move the steward has to confirm because of unsaved work */
  pendingLeave: boolean;
  confirmLeave(): void;
  cancelLeave(): void;
  /** shown until dismissed or until the steward moves to another screen */
  notice: Notice | null;
  showNotice(notice: Notice | null): void;
  retryConnection(): void;
}

const WorkbenchContext = createContext<Workbench | null>(null);

export function useWorkbench(): Workbench {
  const value = useContext(WorkbenchContext);
  if (!value) throw new Error('useWorkbench outside WorkbenchProvider');
  return value;
}

export function WorkbenchProvider({ children }: { children: ReactNode }) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [infoError, setInfoError] = useState<AppErrorData | null>(null);
  const [datasets, setDatasets] = useState<DatasetSummary[] | null>(null);
  const [datasetsError, setDatasetsError] = useState<AppErrorData | null>(null);
  const [screen, setScreen] = useState<ScreenId>('workspace');
  const [datasetId, setDatasetId] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState<{ screen: ScreenId; datasetId?: string | null } | null>(
    null,
  );
  const guard = useRef<LeaveGuard | null>(null);
  const where = useRef({ screen, datasetId });
  useEffect(() => {
    where.current = { screen, datasetId };
  }, [screen, datasetId]);

  const reloadDatasets = useCallback(async () => {
    const result = await api.invoke('datasets:list', {});
    if (result.ok) {
      setDatasets(result.value);
      setDatasetsError(null);
    } else {
      setDatasetsError(result.error);
      setDatasets((prev) => prev ?? []);
    }
  }, []);

  useEffect(() => {
    let live = true;
    void (async () => {
      const result = await api.invoke('app:info', {});
      if (!live) return;
      if (!result.ok) {
        setInfoError(result.error);
        return;
      }
      setInfo(result.value);
      setInfoError(null);
      await reloadDatasets();
    })();
    return () => {
      live = false;
    };
  }, [attempt, reloadDatasets]);

  const go = useCallback((next: ScreenId, nextDataset?: string | null) => {
    setScreen(next);
    setNotice(null);
    if (nextDataset !== undefined) setDatasetId(nextDataset);
  }, []);

  const navigate = useCallback(
    (next: ScreenId, nextDataset?: string | null) => {
      const moving =
        next !== where.current.screen ||
        (nextDataset !== undefined && nextDataset !== where.current.datasetId);
      if (moving && guard.current?.()) {
        setPending(
          nextDataset === undefined ? { screen: next } : { screen: next, datasetId: nextDataset },
        );
        return;
      }
      go(next, nextDataset);
    },
    [go],
  );

  const setLeaveGuard = useCallback((next: LeaveGuard | null) => {
    guard.current = next;
  }, []);

  const confirmLeave = useCallback(() => {
    if (!pending) return;
    guard.current = null;
    setPending(null);
    go(pending.screen, pending.datasetId);
  }, [pending, go]);

  const cancelLeave = useCallback(() => setPending(null), []);

  const retryConnection = useCallback(() => {
    setInfoError(null);
    setAttempt((n) => n + 1);
  }, []);

  // forget the open dataset when it disappears from the list (deleted)
  useEffect(() => {
    if (datasets && datasetId && !datasets.some((d) => d.id === datasetId)) setDatasetId(null);
  }, [datasets, datasetId]);

  const value = useMemo<Workbench>(
    () => ({
      info,
      infoError,
      datasets,
      datasetsError,
      reloadDatasets,
      screen,
      datasetId,
      navigate,
      setLeaveGuard,
      pendingLeave: pending !== null,
      confirmLeave,
      cancelLeave,
      notice,
      showNotice: setNotice,
      retryConnection,
    }),
    [
      info,
      infoError,
      datasets,
      datasetsError,
      reloadDatasets,
      screen,
      datasetId,
      navigate,
      setLeaveGuard,
      pending,
      confirmLeave,
      cancelLeave,
      notice,
      retryConnection,
    ],
  );
  return <WorkbenchContext.Provider value={value}>{children}</WorkbenchContext.Provider>;
}
