import { useQuery } from '@tanstack/react-query';
import { api, call, type Schemas } from '../../api/client';
import { useSession } from '../../session/session';
import { serverNow } from '../../api/server-time';

export type Session = Schemas['SessionView'];
export type Organisation = Schemas['Organisation'];

export interface Reviewer {
  role: 'BASE_REVIEWER' | 'CITY_REVIEWER';
  /** a city reviewer only looks: no review, import or download of tickets */
  readOnly: boolean;
  /** the reviewer's own organisation: a base for a base reviewer, a city for a city reviewer */
  organisationId: number | null;
  /** where the role's pages live: /base or /city */
  root: '/base' | '/city';
}

/** Who is reviewing, from the login: the API scopes every list to the same organisation. */
export function useReviewer(): Reviewer {
  const { role, user } = useSession();
  const city = role === 'CITY_REVIEWER';
  return { role: city ? 'CITY_REVIEWER' : 'BASE_REVIEWER', readOnly: city, organisationId: user?.organisationId ?? null, root: city ? '/city' : '/base' };
}

export function useOrganisations() {
  return useQuery({ queryKey: ['organisations'], queryFn: () => call(api.GET('/organisations')), staleTime: 10 * 60_000 });
}

/**
 * The bases a reviewer may narrow a list to: a city reviewer, the bases of the city; a base reviewer none
 * (the API answers only the reviewer's own base, and the portal never offers to ask for another).
 */
export function basesInScope(reviewer: Reviewer, organisations: readonly Organisation[] | undefined): Organisation[] {
  if (reviewer.role !== 'CITY_REVIEWER' || reviewer.organisationId === null) return [];
  return (organisations ?? []).filter((o) => o.kind === 'BASE' && o.cityId === reviewer.organisationId);
}

export function organisationName(organisations: readonly Organisation[] | undefined, id: number | null): string {
  return (organisations ?? []).find((o) => o.id === id)?.name ?? '';
}

export function useSessions() {
  return useQuery({ queryKey: ['sessions'], queryFn: () => call(api.GET('/sessions')), staleTime: 5 * 60_000 });
}

function within(window: { opensAt: string; closesAt: string }, now: number): boolean {
  return new Date(window.opensAt).getTime() <= now && now < new Date(window.closesAt).getTime();
}

/** The session a reviewer most likely means: the one under review now, else the one open for sign-up, else the newest. */
export function defaultSession(sessions: readonly Session[] | undefined, now: number = serverNow()): Session | undefined {
  if (!sessions?.length) return undefined;
  const newestFirst = [...sessions].sort((a, b) => b.year - a.year || b.id - a.id);
  return newestFirst.find((s) => within(s.reviewWindow, now)) ?? newestFirst.find((s) => within(s.signupWindow, now)) ?? newestFirst[0];
}

export function sessionsNewestFirst(sessions: readonly Session[] | undefined): Session[] {
  return [...(sessions ?? [])].sort((a, b) => b.year - a.year || b.id - a.id);
}

export function isReviewOpen(session: Session | undefined, now: number = serverNow()): boolean {
  return session ? within(session.reviewWindow, now) : false;
}
