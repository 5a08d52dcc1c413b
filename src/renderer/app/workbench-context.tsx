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
  useState,
  type ReactNode,
} from 'react';
import type { AppInfo } from '../../shared/contract';
import type { DatasetSummary } from '../../shared/model/dataset';
import type { AppErrorData } from '../../shared/errors';
import { api } from '../api/client';

/** Screens that exist now; Validasi, Metadata and Katalog Data join this list when built. */
export type ScreenId = 'workspace' | 'dataset' | 'export';

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
  navigate(screen: ScreenId, datasetId?: string | null): void;
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

  const navigate = useCallback((next: ScreenId, nextDataset?: string | null) => {
    setScreen(next);
    setNotice(null);
    if (nextDataset !== undefined) setDatasetId(nextDataset);
  }, []);

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
      notice,
      retryConnection,
    ],
  );
  return <WorkbenchContext.Provider value={value}>{children}</WorkbenchContext.Provider>;
}
