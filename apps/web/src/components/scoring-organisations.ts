import { useQuery } from '@tanstack/react-query';
import { api, call, type Schemas } from '../api/client';

export type Organisation = Schemas['Organisation'];

/** The province, its cities and their bases (GET /organisations), for pickers and names. */
export function useOrganisations() {
  return useQuery({
    queryKey: ['organisations'],
    queryFn: () => call(api.GET('/organisations')),
    staleTime: 10 * 60_000,
  });
}

/** Options for a picker, bases or cities or both, each base with its city: "福州市 · 福州市第一总医院". */
export function organisationOptions(organisations: Organisation[], kinds: ReadonlyArray<Organisation['kind']>): Array<{ value: number; label: string }> {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  return organisations
    .filter((o) => kinds.includes(o.kind))
    .map((o) => {
      const city = o.kind === 'BASE' && o.cityId ? byId.get(o.cityId)?.name : undefined;
      return { value: o.id, label: city ? `${city} · ${o.name}` : o.name };
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
}
