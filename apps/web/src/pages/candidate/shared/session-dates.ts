import type { Schemas } from '../../../api/client';
import { isSubject, SUBJECT_LABEL, type Subject } from './labels';
import { phaseOf, type TimeWindow } from './time';

type SessionView = Schemas['SessionView'];
type SignupView = Schemas['SignupView'];

export type DateKind = 'SIGNUP' | 'REVIEW' | 'TICKET' | 'EXAM';

/** One date of a candidate's session: a window with its meaning. */
export interface SessionDate extends TimeWindow {
  key: string;
  kind: DateKind;
  subject: Subject | null;
  title: string;
  /** TK-1: the ticket (or the exam's details) is at the national site, not on this platform */
  nationalSite: boolean;
}

export const NATIONAL_SITE = { name: '中国卫生人才网', url: 'http://www.21wecan.com' } as const;

/** The subjects of a session, typed, in the order the session lists them. */
export function sessionSubjects(session: SessionView): Array<SessionView['subjects'][number] & { subject: Subject }> {
  return session.subjects.filter((entry): entry is SessionView['subjects'][number] & { subject: Subject } => isSubject(entry.subject));
}

/**
 * Every date of a session that matters to the candidate, in time order: sign-up, review, and for each subject
 * (only those signed up for, once there is a sign-up) the ticket window and the exam.
 */
export function sessionDates(session: SessionView, onlySubjects?: readonly Subject[]): SessionDate[] {
  const dates: SessionDate[] = [
    { key: 'signup', kind: 'SIGNUP', subject: null, title: '网上报名', nationalSite: false, ...session.signupWindow },
    { key: 'review', kind: 'REVIEW', subject: null, title: '资格审核（培训基地初审、全科中心复审）', nationalSite: false, ...session.reviewWindow },
  ];
  for (const entry of sessionSubjects(session)) {
    if (onlySubjects && !onlySubjects.includes(entry.subject)) continue;
    const national = entry.ticketMode === 'NATIONAL_SITE';
    dates.push({
      key: `ticket-${entry.subject}`,
      kind: 'TICKET',
      subject: entry.subject,
      title: national ? `打印${SUBJECT_LABEL[entry.subject]}准考证（${NATIONAL_SITE.name}）` : `打印${SUBJECT_LABEL[entry.subject]}准考证`,
      nationalSite: national,
      ...entry.ticketWindow,
    });
    dates.push({ key: `exam-${entry.subject}`, kind: 'EXAM', subject: entry.subject, title: SUBJECT_LABEL[entry.subject], nationalSite: national, ...entry.exam });
  }
  return dates.sort((a, b) => new Date(a.opensAt).getTime() - new Date(b.opensAt).getTime() || new Date(a.closesAt).getTime() - new Date(b.closesAt).getTime());
}

/** When the last date of a session ends (its last exam). */
export function sessionEnd(session: SessionView): number {
  return Math.max(...sessionDates(session).map((date) => new Date(date.closesAt).getTime()));
}

/** A sign-up still in play (a draft, or submitted and not ended by a decision). */
export function isLiveSignup(signup: SignupView): boolean {
  return signup.status !== 'REJECTED' && signup.status !== 'VOIDED' && signup.status !== 'CANCELLED';
}

/**
 * The session the candidate's pages are about: of those they signed up to that have not ended, the one that ends
 * first; else, of those open for sign-up, the one that closes first; else the next to open; else the latest.
 */
export function pickSession(sessions: readonly SessionView[], signups: readonly SignupView[], now: number): SessionView | undefined {
  const time = (instant: string) => new Date(instant).getTime();
  const signedUp = sessions
    .filter((session) => sessionEnd(session) > now && signups.some((signup) => signup.sessionId === session.id))
    .sort((a, b) => sessionEnd(a) - sessionEnd(b));
  if (signedUp.length > 0) return signedUp[0];
  const open = sessions.filter((session) => phaseOf(session.signupWindow, now) === 'OPEN').sort((a, b) => time(a.signupWindow.closesAt) - time(b.signupWindow.closesAt));
  if (open.length > 0) return open[0];
  const upcoming = sessions.filter((session) => phaseOf(session.signupWindow, now) === 'BEFORE').sort((a, b) => time(a.signupWindow.opensAt) - time(b.signupWindow.opensAt));
  if (upcoming.length > 0) return upcoming[0];
  return [...sessions].sort((a, b) => time(b.signupWindow.opensAt) - time(a.signupWindow.opensAt))[0];
}
