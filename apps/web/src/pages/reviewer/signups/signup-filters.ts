import { SIGNUP_STATUSES, type SignupStatus, type Subject } from '../labels';

/** What the review queue shows, as kept in the address bar (a reload or a shared link shows the same page). */
export interface SignupFilters {
  session: number | 'all' | undefined;
  status: SignupStatus | 'all';
  subject: Subject | 'all';
  name: string;
  /** a city reviewer only: one base of the city */
  baseId: number | undefined;
  page: number;
  pageSize: number;
}

/** The query of GET /signups (and of its export): exactly the filters on screen, nothing else. */
export interface SignupQuery {
  sessionId?: number;
  status?: SignupStatus;
  subject?: Subject;
  name?: string;
  baseId?: number;
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [20, 50, 100];

function positive(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export function readFilters(params: URLSearchParams, defaults: { session: number | undefined; status: SignupStatus | 'all'; allowBase: boolean }): SignupFilters {
  const session = params.get('session');
  const status = params.get('status');
  const subject = params.get('subject');
  const size = positive(params.get('size'), 20);
  return {
    session: session === 'all' ? 'all' : session ? positive(session, defaults.session ?? 0) || undefined : defaults.session,
    status: status === 'all' ? 'all' : SIGNUP_STATUSES.includes(status as SignupStatus) ? (status as SignupStatus) : defaults.status,
    subject: subject === 'THEORY' || subject === 'SKILLS' ? subject : 'all',
    name: (params.get('name') ?? '').trim().slice(0, 50),
    baseId: defaults.allowBase && params.get('base') ? positive(params.get('base'), 0) || undefined : undefined,
    page: positive(params.get('page'), 1),
    pageSize: PAGE_SIZES.includes(size) ? size : 20,
  };
}

export function writeFilters(filters: SignupFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.session !== undefined) params.set('session', String(filters.session));
  params.set('status', filters.status);
  if (filters.subject !== 'all') params.set('subject', filters.subject);
  if (filters.name) params.set('name', filters.name);
  if (filters.baseId !== undefined) params.set('base', String(filters.baseId));
  if (filters.page !== 1) params.set('page', String(filters.page));
  if (filters.pageSize !== 20) params.set('size', String(filters.pageSize));
  return params;
}

export function toQuery(filters: SignupFilters): SignupQuery {
  const query: SignupQuery = { page: filters.page, pageSize: filters.pageSize };
  if (typeof filters.session === 'number') query.sessionId = filters.session;
  if (filters.status !== 'all') query.status = filters.status;
  if (filters.subject !== 'all') query.subject = filters.subject;
  if (filters.name) query.name = filters.name;
  if (filters.baseId !== undefined) query.baseId = filters.baseId;
  return query;
}

/** The export takes the same filters and gives every page. */
export function withoutPaging(query: SignupQuery): Omit<SignupQuery, 'page' | 'pageSize'> {
  const { sessionId, status, subject, name, baseId } = query;
  return { sessionId, status, subject, name, baseId };
}
