import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';

import type { LockVerifier } from '@core/privacy/app-lock';

import { readLockVerifier } from './app-lock-store';
import { LockScreen } from './LockScreen';

type LockState =
  { kind: 'checking' } | { kind: 'locked'; verifier: LockVerifier } | { kind: 'open' };

/** Shows the lock screen at start when a passphrase is set, and the app once it is given. */
export function AppLock({ children }: { children: ReactNode }) {
  const [state, setState] = useState<LockState>({ kind: 'checking' });

  useEffect(() => {
    let live = true;
    // Read once at start: setting a passphrase later locks the next start, not this session.
    readLockVerifier().then(
      (verifier) => live && setState(verifier ? { kind: 'locked', verifier } : { kind: 'open' }),
      // Without a readable store the app has nothing to show either; its own screens say why.
      () => live && setState({ kind: 'open' }),
    );
    return () => {
      live = false;
    };
  }, []);

  if (state.kind === 'checking') return null;
  if (state.kind === 'locked') {
    return <LockScreen verifier={state.verifier} onOpen={() => setState({ kind: 'open' })} />;
  }
  return <>{children}</>;
}
