/** Cell marks of a run, re-rendering the grid as they arrive. */
import { useEffect, useReducer, useState } from 'react';
import { api } from '../../api/client';
import { CellMarks } from './cell-marks';

export function useCellMarks(runId: number | null): { marks: CellMarks | null; version: number } {
  const [version, bump] = useReducer((n: number) => n + 1, 0);
  const [marks, setMarks] = useState<CellMarks | null>(null);
  useEffect(() => {
    if (runId === null) {
      setMarks(null);
      return undefined;
    }
    const next = new CellMarks((q) => api.invoke('validation:cells', { runId, ...q }), bump);
    setMarks(next);
    void next.start();
    return () => next.dispose();
  }, [runId]);
  return { marks, version };
}
