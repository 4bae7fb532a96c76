/**
 * What a candidate is told, by kind, with the facts its text is written from. The kinds and their fact
 * shapes are stored with every message (and read by the portal): add new ones, never rename one.
 */
export const MESSAGE_KINDS = [
  'SIGNUP_BASE_APPROVED',
  'SIGNUP_APPROVED',
  'SIGNUP_REJECTED',
  'SIGNUP_RETURNED',
  'SIGNUP_VOIDED',
  'SIGNUP_CANCELLED',
  'TICKETS_READY',
  'SESSION_RESCHEDULED',
  'SESSION_CANCELLED',
  'RESULTS_PUBLISHED',
  'THREE_YEAR_LIMIT_APPROACHING',
  'RECRUITMENT_REVIEW_PASSED',
  'RECRUITMENT_REJECTED',
  'RECRUITMENT_RETURNED',
  'RECRUITMENT_WITHDRAWN',
  'RECRUITMENT_RESULTS_PUBLISHED',
  'RECRUITMENT_ADMITTED',
  'RECRUITMENT_NOT_ADMITTED',
  'RECRUITMENT_NOTICE_READY',
  'RECRUITMENT_NO_SHOW',
] as const;

export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** The two subjects as the libraries above name them (assessment's Subject), kept here so this floor needs none of them. */
export type NoticeSubject = 'THEORY' | 'SKILLS';

/** An instant in Beijing time with its offset, as formatBeijing writes it: "2024-03-14T00:00:00+08:00". */
export type BeijingInstant = string;

/** A stretch of time: an exam slot or a subject's exam days; `endsAt` is exclusive (24:00 ends a day). */
export interface NoticeTimeSpan {
  startsAt: BeijingInstant;
  endsAt: BeijingInstant;
}

interface SignupFacts {
  sessionId: number;
  sessionName: string;
  signupId: number;
}

export interface NoticeFacts extends RecruitmentNoticeFacts {
  /** FA-8: the base approved; the centre reviews next. */
  SIGNUP_BASE_APPROVED: SignupFacts;
  /** FA-9: the centre approved; the sign-up stands. */
  SIGNUP_APPROVED: SignupFacts & { subjects: NoticeSubject[] };
  SIGNUP_REJECTED: SignupFacts & { by: 'BASE' | 'CENTRE'; reason: string };
  /** FA-8: returned for correction, to be resubmitted before the review window closes. */
  SIGNUP_RETURNED: SignupFacts & { reason: string; correctBefore: BeijingInstant };
  /** FA-8: a return not corrected before the review window closed. */
  SIGNUP_VOIDED: SignupFacts & { correctBefore: BeijingInstant };
  /** FA-11: information found false cancels the sign-up and its results. */
  SIGNUP_CANCELLED: SignupFacts & { reason: string };
  /** TK-1 / TK-3: a platform ticket was numbered; it prints inside its window. */
  TICKETS_READY: {
    sessionId: number;
    sessionName: string;
    subject: NoticeSubject;
    ticketNumber: string;
    exam: NoticeTimeSpan;
    siteName: string;
    siteAddress: string;
    printWindow: NoticeTimeSpan;
  };
  /** FA-12: an exam moved (a skills slot, or a subject's exam days). */
  SESSION_RESCHEDULED: {
    sessionId: number;
    sessionName: string;
    subject: NoticeSubject;
    before: NoticeTimeSpan;
    after: NoticeTimeSpan;
    /** the site, when one slot moved */
    siteName: string | null;
    reason: string;
    /** the admit ticket was made again: the old print no longer verifies */
    ticketReissued: boolean;
  };
  /** FA-12: a session, or one subject of it, is cancelled. */
  SESSION_CANCELLED: { sessionId: number; sessionName: string; subject: NoticeSubject | null; reason: string };
  /** SC-4: the subject's results are visible. */
  RESULTS_PUBLISHED: { sessionId: number; sessionName: string; subject: NoticeSubject };
  /** SC-7 / FA-3: the three-year limit falls soon and a subject is still to pass. */
  THREE_YEAR_LIMIT_APPROACHING: {
    rotationEndYear: number;
    lastAllowedYear: number;
    /** 31 December of the last allowed year */
    deadline: string;
    remainingSubjects: NoticeSubject[];
    remainingYears: number[];
  };
}

/** A recruitment application (RC-5), as its applicant's messages name it. */
interface ApplicationFacts {
  roundId: number;
  roundName: string;
  applicationId: number;
}

/** RC-5: the reviewing level as the notices name it (培训基地, 设区市卫健委, the round's authority). */
export interface NoticeReviewer {
  level: 'BASE' | 'CITY' | 'CENTRE';
  name: string;
}

export interface RecruitmentNoticeFacts {
  /** RC-5: a level approved; `next` reviews now, or null when the review is complete. */
  RECRUITMENT_REVIEW_PASSED: ApplicationFacts & { by: NoticeReviewer; next: NoticeReviewer | null };
  RECRUITMENT_REJECTED: ApplicationFacts & { by: NoticeReviewer; reason: string };
  /** RC-5: returned for correction, to be resubmitted before `correctBefore`. */
  RECRUITMENT_RETURNED: ApplicationFacts & { by: NoticeReviewer; reason: string; correctBefore: BeijingInstant };
  /** RC-5: a return not corrected by its deadline counts as withdrawal. */
  RECRUITMENT_WITHDRAWN: ApplicationFacts & { correctBefore: BeijingInstant };
  /**
   * RC-6: the round's admission is published; the outcome is shown from `resultsVisibleAt` (null: at once). `stage`
   * names the stage (第一志愿, …) of a round published round by round; null or absent: the whole admission.
   */
  RECRUITMENT_RESULTS_PUBLISHED: ApplicationFacts & { resultsVisibleAt: BeijingInstant | null; stage?: string | null };
  /** RC-6 / RC-7: admitted to a base, to report there before `reportBy` (an exclusive instant; null: as the notice says). */
  RECRUITMENT_ADMITTED: ApplicationFacts & { baseName: string; reportBy: BeijingInstant | null };
  RECRUITMENT_NOT_ADMITTED: ApplicationFacts;
  /** RC-7: the admission notice is rendered and can be downloaded. */
  RECRUITMENT_NOTICE_READY: ApplicationFacts & { baseName: string };
  /**
   * RC-7 / RC-8: the place is lost: not reported by the deadline (`reportBy`), or recorded by the base with its
   * `reason` (then `reportBy` is the round's deadline, null when it sets none); `consequence` is the policy's
   * verdict (a ban and its source). Messages written before `reason` existed were all the deadline's.
   */
  RECRUITMENT_NO_SHOW: ApplicationFacts & { baseName: string; reportBy: BeijingInstant | null; consequence: string | null; reason?: string };
}

/** One kind with its facts. */
export type CandidateNotice = { [K in MessageKind]: { kind: K; facts: NoticeFacts[K] } }[MessageKind];

/** Whom a message is for: a trainee's record, or an account that has none (a recruitment applicant). */
export type MessageAddressee = { traineeId: number; accountId?: undefined } | { accountId: number; traineeId?: undefined };

/**
 * A message to write: whom it is for, what it says, and the key that makes writing it twice (a retried job,
 * a rerun sweep) write it once.
 */
export type NewCandidateMessage = CandidateNotice &
  MessageAddressee & {
    dedupeKey: string;
    /** written now, shown from then (a published outcome is read only from the round's results time); absent: at once */
    visibleFrom?: Date | null;
  };

/** Longest dedupe key the table takes. */
export const DEDUPE_KEY_MAX_LENGTH = 160;

/**
 * A dedupe key from the kind and the facts that make the message one of a kind, in the order given:
 * `SIGNUP_RETURNED:signup=12:version=4`.
 */
export function messageKey(kind: MessageKind, parts: Record<string, string | number>): string {
  const key = [kind, ...Object.entries(parts).map(([name, value]) => `${name}=${value}`)].join(':');
  // The column is ASCII: ids, codes and dates make a key, never a name or a reason.
  if (!/^[\x21-\x7e]+$/.test(key)) throw new RangeError(`dedupe key of printable ASCII only: ${key}`);
  if (key.length > DEDUPE_KEY_MAX_LENGTH) throw new RangeError(`dedupe key longer than ${DEDUPE_KEY_MAX_LENGTH}: ${key}`);
  return key;
}
