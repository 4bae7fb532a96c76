import type { SessionSubjectConfig } from '@app/assessment/entities/assessment-session.entity';
import { beijingToInstant, formatBeijing } from '@app/common/time';
import { messageKey, NewCandidateMessage, NoticeTimeSpan } from '@app/notifications';

/** A slot's day and HH:mm times (Beijing; 24:00 ends the day) as the instants a message states. */
export function slotSpan(slot: { date: string; startsAt: string; endsAt: string }): NoticeTimeSpan {
  return { startsAt: formatBeijing(beijingToInstant(`${slot.date} ${slot.startsAt}`)), endsAt: formatBeijing(beijingToInstant(`${slot.date} ${slot.endsAt}`)) };
}

/** What a newly numbered skills ticket tells its candidate. */
export interface ReadyTicketRow {
  signupId: number;
  traineeId: number;
  ticketNumber: string;
  sessionId: number;
  sessionName: string;
  subjects: readonly SessionSubjectConfig[];
  slotDate: string;
  startsAt: string;
  endsAt: string;
  siteName: string;
  siteAddress: string;
}

/**
 * TK-1 / TK-3: a skills ticket numbered is the candidate's ticket: its number, exam slot, site and when it
 * prints. One message per sign-up however often numbering runs (the number never changes once issued).
 */
export function ticketsReadyMessage(row: ReadyTicketRow): NewCandidateMessage {
  const skills = row.subjects.find((config) => config.subject === 'SKILLS');
  if (!skills) throw new Error(`session ${row.sessionId} has no SKILLS subject, yet a skills ticket was numbered`);
  return {
    traineeId: row.traineeId,
    kind: 'TICKETS_READY',
    dedupeKey: messageKey('TICKETS_READY', { signup: row.signupId, subject: 'SKILLS' }),
    facts: {
      sessionId: row.sessionId,
      sessionName: row.sessionName,
      subject: 'SKILLS',
      ticketNumber: row.ticketNumber,
      exam: slotSpan({ date: row.slotDate, startsAt: row.startsAt, endsAt: row.endsAt }),
      siteName: row.siteName,
      siteAddress: row.siteAddress,
      printWindow: { startsAt: formatBeijing(new Date(skills.ticketOpensAt)), endsAt: formatBeijing(new Date(skills.ticketClosesAt)) },
    },
  };
}

/** A ticket seated in a slot that moved, at its new revision. */
export interface RescheduledTicketRow {
  ticketId: number;
  revision: number;
  traineeId: number;
  sessionId: number;
  sessionName: string;
  siteName: string;
}

/** FA-12: a moved slot tells each of its candidates the old and new time; one message per ticket revision. */
export function slotRescheduledMessage(row: RescheduledTicketRow, before: NoticeTimeSpan, after: NoticeTimeSpan, reason: string): NewCandidateMessage {
  return {
    traineeId: row.traineeId,
    kind: 'SESSION_RESCHEDULED',
    dedupeKey: messageKey('SESSION_RESCHEDULED', { ticket: row.ticketId, revision: row.revision }),
    facts: { sessionId: row.sessionId, sessionName: row.sessionName, subject: 'SKILLS', before, after, siteName: row.siteName, reason, ticketReissued: true },
  };
}
