import { useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { api, call, type Schemas } from '../../api/client';

export type Standing = Schemas['RecruitmentStandingView'];
export type Section = 'rounds' | 'applications' | 'scores' | 'admission' | 'placements';

export const SECTION_LABEL: Record<Section, string> = {
  rounds: '招录计划',
  applications: '报名审核',
  scores: '考核与排名成绩',
  admission: '录取',
  placements: '报到与名单',
};

/** What a staff member works on in recruitment: the authority all of it, a city commission its review, a base its own. */
export function sectionsOf(standing: Standing): Section[] {
  switch (standing.kind) {
    case 'AUTHORITY':
      return ['rounds', 'applications', 'scores', 'admission', 'placements'];
    case 'CITY':
      return ['rounds', 'applications'];
    case 'BASE':
      return ['applications', 'scores', 'placements'];
  }
}

/** The review level the standing acts at: the authority reviews as the chain's CENTRE level. */
export function levelOf(standing: Standing): Schemas['ReviewLevel'] {
  return standing.kind === 'AUTHORITY' ? 'CENTRE' : standing.kind;
}

export interface StaffRecruitment {
  standing: Standing;
  /** where these pages live: /base/recruitment, /city/recruitment or /centre/recruitment */
  root: string;
}

export const StaffRecruitmentContext = createContext<StaffRecruitment | null>(null);

export function useStaffRecruitment(): StaffRecruitment {
  const value = useContext(StaffRecruitmentContext);
  if (value === null) throw new Error('recruitment pages outside their routes');
  return value;
}

export function useStanding() {
  return useQuery({ queryKey: ['recruitment-standing'], queryFn: () => call(api.GET('/recruitment/me/standing')), staleTime: 10 * 60_000 });
}

export function useRounds() {
  return useQuery({ queryKey: ['recruitment-rounds'], queryFn: () => call(api.GET('/recruitment/rounds')), staleTime: 5 * 60_000 });
}

export function useRound(id: number | undefined) {
  return useQuery({
    queryKey: ['recruitment-round', id],
    queryFn: () => call(api.GET('/recruitment/rounds/{id}', { params: { path: { id: id! } } })),
    enabled: id !== undefined,
    staleTime: 5 * 60_000,
  });
}
