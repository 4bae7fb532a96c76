import type { Role } from '../session/session';

export interface MenuEntry {
  path: string;
  label: string;
}

/** Where each role lands after logging in. */
export const ROLE_HOME: Record<Role, string> = {
  CANDIDATE: '/candidate',
  BASE_REVIEWER: '/base/signups',
  CITY_REVIEWER: '/city/signups',
  CENTRE_ADMIN: '/centre/sessions',
  CHECKER: '/checker',
};

/** The part of the portal each role works in: a link into another role's part is not followed after login. */
export const ROLE_AREA: Record<Role, string> = {
  CANDIDATE: '/candidate',
  BASE_REVIEWER: '/base',
  CITY_REVIEWER: '/city',
  CENTRE_ADMIN: '/centre',
  CHECKER: '/checker',
};

/** The recruitment pages: every candidate account may look; an applicant's account (no trainee record) lives there. */
export const RECRUITMENT_PATH = '/candidate/recruitment';

/** A candidate account without a trainee record: a recruitment applicant. */
export function isApplicant(role: Role | null, traineeId: number | null | undefined): boolean {
  return role === 'CANDIDATE' && traineeId === null;
}

/** Where to go after logging in: back to the page asked for, when it is one of this role's (or a ticket's check). */
export function landingAfterLogin(role: Role, next: string | null, traineeId?: number | null): string {
  const area = ROLE_AREA[role];
  const applicant = isApplicant(role, traineeId);
  if (next && (next.startsWith(`${area}/`) || next.startsWith('/verify/') || (next === area && !applicant))) return next;
  return applicant ? RECRUITMENT_PATH : ROLE_HOME[role];
}

export const ROLE_LABEL: Record<Role, string> = {
  CANDIDATE: '考生',
  BASE_REVIEWER: '基地审核员',
  CITY_REVIEWER: '市级审核员',
  CENTRE_ADMIN: '省级管理员',
  CHECKER: '考点核验员',
};

/** The candidate's message centre: its menu entry carries the unread count. */
export const MESSAGES_PATH = '/candidate/messages';

/** The navigation of each role; each page's own routes live in its role's folder under pages/. */
export const MENUS: Record<Role, MenuEntry[]> = {
  CANDIDATE: [
    { path: '/candidate', label: '我的首页' },
    { path: '/candidate/profile', label: '个人信息与照片' },
    { path: '/candidate/signup', label: '考核报名' },
    { path: '/candidate/tickets', label: '准考证' },
    { path: '/candidate/results', label: '成绩与有效期' },
    { path: RECRUITMENT_PATH, label: '招录报名' },
    { path: '/candidate/messages', label: '消息中心' },
  ],
  BASE_REVIEWER: [
    { path: '/base/signups', label: '报名审核' },
    { path: '/base/trainees', label: '学员名册' },
    { path: '/base/tickets', label: '准考证打印' },
    { path: '/base/standing', label: '补考、证书与轮转名单' },
    { path: '/base/recruitment/applications', label: '招录报名审核' },
    { path: '/base/recruitment/scores', label: '招录考核成绩' },
    { path: '/base/recruitment/placements', label: '招录报到' },
  ],
  CITY_REVIEWER: [
    { path: '/city/signups', label: '报名情况' },
    { path: '/city/trainees', label: '学员名册' },
    { path: '/city/standing', label: '补考、证书与轮转名单' },
    { path: '/city/statistics', label: '统计' },
    { path: '/city/recruitment', label: '招录工作' },
  ],
  CENTRE_ADMIN: [
    { path: '/centre/sessions', label: '考核批次' },
    { path: '/centre/signups', label: '报名复审' },
    { path: '/centre/exceptions', label: '特殊情况' },
    { path: '/centre/sites', label: '考点与编排' },
    { path: '/centre/tickets', label: '准考证生成' },
    { path: '/centre/national-roster', label: '国家名单核对' },
    { path: '/centre/scores', label: '成绩导入' },
    { path: '/centre/results', label: '成绩发布与更正' },
    { path: '/centre/statistics', label: '统计' },
    { path: '/centre/audit', label: '操作日志' },
    { path: '/centre/accounts', label: '账号管理' },
    { path: '/centre/recruitment/rounds', label: '招录计划' },
    { path: '/centre/recruitment/applications', label: '招录报名审核' },
    { path: '/centre/recruitment/scores', label: '招录排名成绩' },
    { path: '/centre/recruitment/admission', label: '招录录取' },
    { path: '/centre/recruitment/placements', label: '招录报到与名单' },
  ],
  CHECKER: [{ path: '/checker', label: '准考证核验' }],
};

/** An applicant's account has no trainee: the assessment's pages (home, profile, sign-up, tickets, results) are not theirs. */
const APPLICANT_MENU = new Set([RECRUITMENT_PATH, MESSAGES_PATH]);

/** The navigation of the signed-in account. */
export function menuFor(role: Role, traineeId: number | null | undefined): MenuEntry[] {
  return isApplicant(role, traineeId) ? MENUS[role].filter((entry) => APPLICANT_MENU.has(entry.path)) : MENUS[role];
}
