/**
 * The latest validation run of a dataset, "Periksa sekarang" as a job (progress, Batal), and
 * what changed since the run before. Reloads whenever the dataset's version changes (the
 * service re-validates after every step, undo and redo).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobProgress } from '../../../shared/contract';
import type { ValidationDiff, ValidationRun } from '../../../shared/api/validation';
import type { AppErrorData } from '../../../shared/errors';
import { api, newJobId } from '../../api/client';
import { currentLang } from '../../i18n';

export interface ValidationState {
  /** the latest run; null when the dataset was never checked */
  run: ValidationRun | null;
  loaded: boolean;
  error: AppErrorData | null;
  clearError(): void;
  running: boolean;
  progress: JobProgress | null;
  /** the last check was cancelled */
  cancelled: boolean;
  diff: ValidationDiff | null;
  check(): Promise<void>;
  cancel(): Promise<void>;
}

export function useValidation(datasetId: string, version: number): ValidationState {
  const [run, setRun] = useState<ValidationRun | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [diff, setDiff] = useState<ValidationDiff | null>(null);
  const live = useRef(true);
  /** the version the latest run was loaded for (undefined before the first load) */
  const seen = useRef<{ id: string; version: number } | null>(null);
  const checkRef = useRef<() => Promise<void>>(() => Promise.resolve());
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const loadDiff = useCallback(async (runId: number) => {
    const result = await api.invoke('validation:diff', { runId });
    if (live.current) setDiff(result.ok ? result.value : null);
  }, []);

  useEffect(() => {
    let current = true;
    void (async () => {
      const result = await api.invoke('validation:latest', { id: datasetId });
      if (!current) return;
      setLoaded(true);
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setRun(result.value);
      setDiff(null);
      const before = seen.current?.id === datasetId ? seen.current.version : undefined;
      seen.current = { id: datasetId, version };
      // the data changed while open and the service did not check it again: check it here
      if (
        result.value &&
        result.value.datasetVersion !== version &&
        before !== undefined &&
        before !== version
      ) {
        await checkRef.current();
        return;
      }
      if (result.value) await loadDiff(result.value.runId);
    })();
    return () => {
      current = false;
    };
  }, [datasetId, version, loadDiff]);

  const check = useCallback(async () => {
    const id = newJobId();
    setJobId(id);
    setProgress(null);
    setCancelled(false);
    setError(null);
    const unsubscribe = api.onProgress((p) => {
      if (p.jobId === id && live.current) setProgress(p);
    });
    const result = await api.invoke('validation:run', {
      id: datasetId,
      lang: currentLang(),
      jobId: id,
    });
    unsubscribe();
    if (!live.current) return;
    setJobId(null);
    if (result.ok) {
      setRun(result.value);
      await loadDiff(result.value.runId);
    } else if (result.error.kind === 'cancelled') {
      setCancelled(true);
    } else {
      setError(result.error);
    }
  }, [datasetId, loadDiff]);

  useEffect(() => {
    checkRef.current = check;
  }, [check]);

  const cancel = useCallback(async () => {
    if (!jobId) return;
    const result = await api.invoke('jobs:cancel', { jobId });
    if (!result.ok && live.current) setError(result.error);
  }, [jobId]);

  return {
    run,
    loaded,
    error,
    clearError: () => setError(null),
    running: jobId !== null,
    progress,
    cancelled,
    diff,
    check,
    cancel,
  };
}
