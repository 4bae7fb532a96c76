import type { QueryClient } from '@tanstack/react-query';
import type { SessionUser } from '../../../api/tokens';
import { prefetchHome } from './home-queries';

/**
 * A trainee's login resumed on the home page (a reload, a bookmark): the home's data is asked for at once, while
 * the page's code loads and the shell draws, instead of after. On a slow computer drawing takes most of the time,
 * and requests asked for from inside a render wait for it to end.
 */
export function prefetchCandidateHome(queryClient: QueryClient, user: SessionUser | null, pathname: string): void {
  if (user?.role !== 'CANDIDATE' || user.traineeId === null || user.traineeId === undefined) return;
  if (/^\/candidate\/?$/.test(pathname)) prefetchHome(queryClient);
}
