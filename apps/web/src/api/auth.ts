import { postJson } from './http';

/** What POST /api/auth/login answers (apps/api LoginAnswerDto); the fields the portal reads. */
export interface LoginAnswer {
  accessToken: string;
  expiresIn: number;
  passwordChangeRequired: boolean;
  user: { id: number; username: string; role: string; displayName: string; organisationId: number | null; traineeId: number | null };
}

export function login(username: string, password: string): Promise<LoginAnswer> {
  return postJson<LoginAnswer>('/api/auth/login', { username, password });
}
