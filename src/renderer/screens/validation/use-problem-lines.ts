/** The lines a run flagged (for the filter and for which rows may carry marks). */
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { loadProblemLines, type ProblemLines } from './problem-rows';

export function useProblemLines(runId: number | null): ProblemLines | null {
  const [state, setState] = useState<{ runId: number; lines: ProblemLines } | null>(null);
  useEffect(() => {
    if (runId === null) return undefined;
    let live = true;
    void (async () => {
      const result = await loadProblemLines((after, limit) =>
        api.invoke('validation:rows', { runId, after, limit }),
      );
      if (live && result.ok) setState({ runId, lines: result.value });
    })();
    return () => {
      live = false;
    };
  }, [runId]);
  return state && state.runId === runId ? state.lines : null;
}
