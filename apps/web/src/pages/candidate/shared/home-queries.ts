import type { QueryClient } from '@tanstack/react-query';
import { api, call } from '../../../api/client';

/*
 * The candidate's query keys and the home page's queries, apart from the hooks (queries.ts): the portal's first
 * chunk asks for them at login (prefetchHome) without carrying the pages' date code.
 */

/** Query keys of the candidate's data, shared so a change invalidates every page that shows it. */
export const KEYS = {
  sessions: ['sessions'] as const,
  signups: ['me', 'signups'] as const,
  profile: ['me', 'profile'] as const,
  photo: ['me', 'photo'] as const,
  standing: ['me', 'standing'] as const,
  results: ['me', 'results'] as const,
  organisations: ['organisations'] as const,
  // The header's badge reads the unread count under the same key: marking a message read renews both.
  messages: ['messages'] as const,
  unread: ['messages', 'unread-count'] as const,
  eligibility: (sessionId: number, subjects: readonly string[] | null) => ['sessions', sessionId, 'eligibility', subjects] as const,
};

/**
 * A few seconds during which an answer is fresh: the home page opened right after prefetchHome reads the answers
 * already asked for instead of asking again. Changes invalidate these keys, so nothing stale is shown after one.
 */
const FRESH_MS = 5_000;

/** What the home page reads, each query as one definition: the hooks in queries.ts use it, and so does prefetchHome. */
export const QUERIES = {
  sessions: { queryKey: KEYS.sessions, queryFn: () => call(api.GET('/sessions')), staleTime: FRESH_MS },
  signups: { queryKey: KEYS.signups, queryFn: () => call(api.GET('/me/signups')), staleTime: FRESH_MS },
  profile: { queryKey: KEYS.profile, queryFn: () => call(api.GET('/me/profile')), staleTime: FRESH_MS },
  standing: { queryKey: KEYS.standing, queryFn: () => call(api.GET('/me/standing')), staleTime: FRESH_MS },
};

/**
 * Asks for everything the home page shows at once, as soon as the login is known: the answers arrive while the
 * page's code loads and draws, so it draws once with its data instead of after one request after another. (The
 * unread count is the shell's, asked for by the header.)
 */
export function prefetchHome(queryClient: QueryClient): void {
  void queryClient.prefetchQuery(QUERIES.sessions);
  void queryClient.prefetchQuery(QUERIES.signups);
  void queryClient.prefetchQuery(QUERIES.profile);
  void queryClient.prefetchQuery(QUERIES.standing);
}

