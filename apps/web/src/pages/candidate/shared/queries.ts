import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { api, call, type Schemas } from '../../../api/client';
import { KEYS, QUERIES } from './home-queries';
import { pickSession } from './session-dates';

export { KEYS } from './home-queries';

export function useSessions() {
  return useQuery(QUERIES.sessions);
}

export function useMySignups() {
  return useQuery(QUERIES.signups);
}

export function useProfile() {
  return useQuery(QUERIES.profile);
}

export function useOrganisations() {
  return useQuery({ queryKey: KEYS.organisations, queryFn: () => call(api.GET('/organisations')), staleTime: 3_600_000 });
}

/** SC-3/SC-6/SC-7: validity, the three-year limit and certificate checks. */
export function useStanding() {
  return useQuery(QUERIES.standing);
}

/** The unread messages, for the pointer on the first page; renewed every minute while a page is open. */
export function useUnreadCount() {
  return useQuery({ queryKey: KEYS.unread, queryFn: () => call(api.GET('/me/messages/unread-count')), refetchInterval: 60_000 });
}

export interface SessionChoice {
  sessions: Schemas['SessionView'][];
  session: Schemas['SessionView'] | undefined;
  signup: Schemas['SignupView'] | undefined;
  signups: Schemas['SignupView'][];
  /** another session chosen by the candidate (?session=id) */
  choose: (sessionId: number) => void;
  isPending: boolean;
  error: unknown;
}

/** The session a page is about (?session=id, else the one pickSession finds) and the candidate's sign-up to it. */
export function useSessionChoice(now: number): SessionChoice {
  const sessions = useSessions();
  const signups = useMySignups();
  const [params, setParams] = useSearchParams();
  const list = sessions.data ?? [];
  const mine = signups.data ?? [];
  const asked = Number(params.get('session'));
  const session = list.find((candidate) => candidate.id === asked) ?? pickSession(list, mine, now);
  return {
    sessions: list,
    session,
    signups: mine,
    signup: session ? mine.find((signup) => signup.sessionId === session.id) : undefined,
    choose: (sessionId) => setParams({ session: String(sessionId) }, { replace: true }),
    isPending: sessions.isPending || signups.isPending,
    error: sessions.error ?? signups.error,
  };
}
