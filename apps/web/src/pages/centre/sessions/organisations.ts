import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../../api/client';

/** The province's base hospitals (for filters and names), read once per visit. */
export function useBases() {
  return useQuery({
    queryKey: ['organisations'],
    queryFn: () => call(api.GET('/organisations')),
    select: (organisations) => organisations.filter((o) => o.kind === 'BASE'),
    staleTime: 10 * 60_000,
  });
}
