import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../../api/client';

export const RECRUITMENT_KEYS = {
  rounds: ['recruitment', 'rounds'] as const,
  round: (id: number) => ['recruitment', 'rounds', id] as const,
  mine: ['recruitment', 'mine'] as const,
  admission: (roundId: number) => ['recruitment', 'admission', roundId] as const,
};

export function useRounds() {
  return useQuery({ queryKey: RECRUITMENT_KEYS.rounds, queryFn: () => call(api.GET('/recruitment/rounds')) });
}

export function useRound(id: number) {
  return useQuery({ queryKey: RECRUITMENT_KEYS.round(id), queryFn: () => call(api.GET('/recruitment/rounds/{id}', { params: { path: { id } } })), enabled: Number.isInteger(id) && id > 0 });
}

/** The applicant's own applications; a trainee's account has none (the API refuses it: APPLICANT_ACCOUNT_REQUIRED). */
export function useMyApplications(enabled: boolean) {
  return useQuery({ queryKey: RECRUITMENT_KEYS.mine, queryFn: () => call(api.GET('/me/recruitment/applications')), enabled });
}
