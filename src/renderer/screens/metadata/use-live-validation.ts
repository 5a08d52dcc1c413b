/**
 * Live validation: the document is checked by 'metadata:validate' a moment after the steward
 * stops typing; answers that arrive after a newer edit are ignored.
 */
import { useEffect, useRef, useState } from 'react';
import type { AppErrorData } from '../../../shared/errors';
import type { MetadataDoc, MetadataValidation } from '../../../shared/model/metadata';
import { api } from '../../api/client';
import { pruneBlank, stableStringify } from './metadata-doc';

export const VALIDATE_DELAY_MS = 350;

export interface LiveValidation {
  result: MetadataValidation | null;
  error: AppErrorData | null;
  /** an edit is waiting for its check */
  pending: boolean;
}

export function useLiveValidation(
  profile: string | null,
  doc: MetadataDoc | null,
  delay = VALIDATE_DELAY_MS,
): LiveValidation {
  const [state, setState] = useState<LiveValidation>({ result: null, error: null, pending: false });
  const latest = useRef(0);
  const text = doc ? stableStringify(pruneBlank(doc)) : null;

  useEffect(() => {
    if (!profile || text === null) return undefined;
    const seq = ++latest.current;
    setState((s) => ({ ...s, pending: true }));
    const timer = window.setTimeout(() => {
      void (async () => {
        const r = await api.invoke('metadata:validate', {
          profile,
          doc: JSON.parse(text) as MetadataDoc,
        });
        if (seq !== latest.current) return;
        setState(
          r.ok
            ? { result: r.value, error: null, pending: false }
            : { result: null, error: r.error, pending: false },
        );
      })();
    }, delay);
    return () => window.clearTimeout(timer);
  }, [profile, text, delay]);

  return state;
}
