/**
 * Steps of one dataset: the history ('steps:history'), apply / undo / redo, recipes and the
 * step catalog. Every change makes (or moves to) a version; `onChanged` lets the screen reload
 * the dataset, after which the history and the validation (re-run by the service) follow.
 */
import { useCallback, useEffect, useState } from 'react';
import type {
  ApplyStepsResult,
  StepCatalogEntry,
  StepHistory,
  StepPreviewResult,
} from '../../../shared/api/clean';
import type { AppErrorData, Result } from '../../../shared/errors';
import type { Recipe, Step } from '../../../shared/model/step';
import { api } from '../../api/client';

let opsCache: Promise<Result<StepCatalogEntry[]>> | null = null;

/** The step catalog, asked once per page load. */
export function loadStepOps(): Promise<Result<StepCatalogEntry[]>> {
  opsCache ??= api.invoke('steps:list-ops', {}).then((r) => {
    if (!r.ok) opsCache = null;
    return r;
  });
  return opsCache;
}

export interface StepsState {
  history: StepHistory | null;
  ops: StepCatalogEntry[] | null;
  error: AppErrorData | null;
  clearError(): void;
  /** an apply, undo, redo or recipe is running */
  busy: boolean;
  preview(step: Step): Promise<Result<StepPreviewResult>>;
  apply(steps: Step[]): Promise<ApplyStepsResult | null>;
  applyRecipe(text: string): Promise<ApplyStepsResult | null>;
  exportRecipe(): Promise<Recipe | null>;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

export type StepChange =
  | { kind: 'apply' | 'recipe'; result: ApplyStepsResult }
  | { kind: 'undo' | 'redo'; version: number };

export function useSteps(
  datasetId: string,
  version: number,
  onChanged: (change: StepChange) => Promise<void> | void,
): StepsState {
  const [history, setHistory] = useState<StepHistory | null>(null);
  const [ops, setOps] = useState<StepCatalogEntry[] | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void (async () => {
      const result = await api.invoke('steps:history', { id: datasetId });
      if (!live) return;
      if (result.ok) setHistory(result.value);
      else setError(result.error);
    })();
    return () => {
      live = false;
    };
  }, [datasetId, version]);

  useEffect(() => {
    let live = true;
    void (async () => {
      const result = await loadStepOps();
      if (live && result.ok) setOps(result.value);
    })();
    return () => {
      live = false;
    };
  }, []);

  const run = useCallback(
    async <T>(
      task: () => Promise<Result<T>>,
      change: (value: T) => StepChange,
    ): Promise<T | null> => {
      setBusy(true);
      setError(null);
      const result = await task();
      setBusy(false);
      if (!result.ok) {
        setError(result.error);
        return null;
      }
      await onChanged(change(result.value));
      return result.value;
    },
    [onChanged],
  );

  const preview = useCallback(
    (step: Step) => api.invoke('steps:preview', { id: datasetId, step }),
    [datasetId],
  );
  const apply = useCallback(
    (steps: Step[]) =>
      run(
        () => api.invoke('steps:apply', { id: datasetId, steps }),
        (result) => ({ kind: 'apply', result }),
      ),
    [run, datasetId],
  );
  const applyRecipe = useCallback(
    (recipe: string) =>
      run(
        () => api.invoke('recipe:apply', { id: datasetId, recipe }),
        (result) => ({ kind: 'recipe', result }),
      ),
    [run, datasetId],
  );
  const undo = useCallback(async () => {
    await run(
      () => api.invoke('steps:undo', { id: datasetId }),
      (r) => ({ kind: 'undo', version: r.version }),
    );
  }, [run, datasetId]);
  const redo = useCallback(async () => {
    await run(
      () => api.invoke('steps:redo', { id: datasetId }),
      (r) => ({ kind: 'redo', version: r.version }),
    );
  }, [run, datasetId]);
  const exportRecipe = useCallback(async () => {
    const result = await api.invoke('recipe:export', { id: datasetId });
    if (!result.ok) {
      setError(result.error);
      return null;
    }
    return result.value;
  }, [datasetId]);

  return {
    history,
    ops,
    error,
    clearError: () => setError(null),
    busy,
    preview,
    apply,
    applyRecipe,
    exportRecipe,
    undo,
    redo,
  };
}
