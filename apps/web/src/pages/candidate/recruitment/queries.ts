import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../../api/client';

export const RECRUITMENT_KEYS = {
  rounds: ['recruitment', 'rounds'] as const,
  round: (id: number) => ['recruitment', 'rounds', id] as const,
  mine: ['recruitment', 'mine'] as const,
  admission: (roundId: number) => ['recruitment', 'admission', roundId] as const,
  history: (applicationId: number, version: number) => ['recruitment', 'history', applicationId, version] as const,
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

/** RC-5: the application's review steps as recorded; read again whenever the application changes (its version). */
export function useReviewHistory(applicationId: number, version: number) {
  return useQuery({
    queryKey: RECRUITMENT_KEYS.history(applicationId, version),
    queryFn: () => call(api.GET('/recruitment/applications/{id}/review-history', { params: { path: { id: applicationId } } })),
  });
}
