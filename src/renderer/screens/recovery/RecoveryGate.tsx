/**
 * Asks the host once whether the workspace opened. When the file is corrupt or truncated the
 * recovery page takes the whole window; after a restore (or when the workspace is fine, or the
 * question cannot be answered — the app's own connection message handles that) the normal app
 * is shown.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { WorkspaceStatus } from '../../../shared/api/workspace';
import { api } from '../../api/client';
import { RecoveryScreen } from './RecoveryScreen';

type GateState =
  { phase: 'checking' } | { phase: 'open' } | { phase: 'damaged'; status: WorkspaceStatus };

export function RecoveryGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<GateState>({ phase: 'checking' });

  useEffect(() => {
    let live = true;
    void api.invoke('workspace:status', {}).then((result) => {
      if (!live) return;
      setState(
        result.ok && result.value.state === 'corrupt'
          ? { phase: 'damaged', status: result.value }
          : { phase: 'open' },
      );
    });
    return () => {
      live = false;
    };
  }, []);

  if (state.phase === 'checking') return null;
  if (state.phase === 'damaged') {
    return <RecoveryScreen status={state.status} onRestored={() => setState({ phase: 'open' })} />;
  }
  return <>{children}</>;
}
