import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, call } from '../api/client';
import type { Schemas } from '../api/client';
import { tokens, type SessionUser } from '../api/tokens';

export type Role = 'CANDIDATE' | 'BASE_REVIEWER' | 'CITY_REVIEWER' | 'CENTRE_ADMIN' | 'CHECKER';

interface SessionState {
  /** null while a reload resumes the login */
  ready: boolean;
  user: SessionUser | null;
  role: Role | null;
  /** the API ended the login (expired or revoked): the login page says so */
  expired: boolean;
  /** a login answered, or a registration, or a password change */
  signIn: (answer: Schemas['SessionToken']) => void;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

/**
 * The signed-in user, kept in step with the token holder (api/tokens.ts). `onResumed` hears of a login resumed
 * from the tab (a reload) before any page draws with it, so a page's data can be asked for meanwhile.
 */
export function SessionProvider({ children, onResumed }: { children: ReactNode; onResumed?: (user: SessionUser | null) => void }) {
  const [ready, setReady] = useState(false);
  const [user, setUser] = useState<SessionUser | null>(tokens.currentUser);
  const [expired, setExpired] = useState(false);

  useEffect(() => {
    const unsubscribe = tokens.subscribe((next, wasExpired) => {
      setUser(next);
      setExpired(wasExpired);
    });
    void tokens.resume().finally(() => {
      onResumed?.(tokens.currentUser);
      setUser(tokens.currentUser);
      setReady(true);
    });
    return unsubscribe;
    // Once per mount: the login is resumed once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const state = useMemo<SessionState>(
    () => ({
      ready,
      user,
      role: (user?.role as Role | undefined) ?? null,
      expired,
      signIn: (answer) => tokens.accept(answer),
      signOut: async () => {
        // The API ends the refresh family; the portal forgets the tokens whatever it answers.
        await call(api.POST('/auth/logout', { body: {} })).catch(() => undefined);
        tokens.signOut();
      },
    }),
    [ready, user, expired],
  );
  return <SessionContext.Provider value={state}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}
