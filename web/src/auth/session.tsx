import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, setUnauthorizedHandler } from '../api/client.ts';
import type { Abilities, Me, SessionInfo } from '../api/types.ts';
import { fetchSession, logout } from './auth.api.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'unreachable'; error: unknown }
  /** `expired`: the server ended a session that was in use, so the login page says so. */
  | { status: 'anonymous'; expired: boolean }
  | { status: 'authenticated'; user: Me; abilities: Abilities };

interface SessionContextValue {
  session: SessionState;
  signedIn: (info: SessionInfo) => void;
  signOut: () => Promise<void>;
  retry: () => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/** Holds who is signed in; asks the server once on start and listens for expired sessions. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState>({ status: 'loading' });
  useEffect(() => {
    setUnauthorizedHandler(() =>
      setSession((prev) => ({ status: 'anonymous', expired: prev.status === 'authenticated' })),
    );
    return () => setUnauthorizedHandler(null);
  }, []);

  const check = useCallback((signal?: AbortSignal) => {
    setSession({ status: 'loading' });
    fetchSession(signal).then(
      (info) => {
        if (!signal?.aborted) setSession({ status: 'authenticated', ...info });
      },
      (error: unknown) => {
        if (signal?.aborted) return;
        if (error instanceof ApiError && error.status === 401)
          setSession({ status: 'anonymous', expired: false });
        else setSession({ status: 'unreachable', error });
      },
    );
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    check(controller.signal);
    return () => controller.abort();
  }, [check]);

  const signedIn = useCallback((info: SessionInfo) => setSession({ status: 'authenticated', ...info }), []);
  const signOut = useCallback(async () => {
    try {
      await logout();
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    setSession({ status: 'anonymous', expired: false });
  }, []);
  const retry = useCallback(() => check(), [check]);

  const value = useMemo(() => ({ session, signedIn, signOut, retry }), [session, signedIn, signOut, retry]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The signed-in user and abilities; only for pages behind {@link RequireAuth}. */
export function useAuthenticated(): { user: Me; abilities: Abilities } {
  const { session } = useSession();
  if (session.status !== 'authenticated') throw new Error('useAuthenticated needs a signed-in session');
  return session;
}
