import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { LoginAnswer } from '../api/auth';

export interface Session {
  accessToken: string;
  user: LoginAnswer['user'];
}

interface SessionState {
  session: Session | null;
  signIn: (answer: LoginAnswer) => void;
}

const SessionContext = createContext<SessionState | null>(null);

/** The access token lives in memory only: never in localStorage, where any script on the page could read it. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(null);
  const state = useMemo<SessionState>(
    () => ({ session, signIn: (answer) => setSession({ accessToken: answer.accessToken, user: answer.user }) }),
    [session],
  );
  return <SessionContext.Provider value={state}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}
