import type { SessionSubjectConfig } from '../entities/assessment-session.entity';
import { Subject } from '../rules/subject';

/** A subject whose exam days moved: when it ran before and when it runs now (instants, end exclusive). */
export interface ExamReschedule {
  subject: Subject;
  before: { startsAt: Date; endsAt: Date };
  after: { startsAt: Date; endsAt: Date };
}

/**
 * FA-12: the subjects of a session whose exam moved in a configuration change, for their candidates to be
 * told. A subject added or removed is not a reschedule; other changes (windows, pass rules) move no exam.
 */
export function examReschedules(before: readonly SessionSubjectConfig[], after: readonly SessionSubjectConfig[]): ExamReschedule[] {
  return after.flatMap((now): ExamReschedule[] => {
    const was = before.find((config) => config.subject === now.subject);
    if (!was) return [];
    const span = (config: SessionSubjectConfig) => ({ startsAt: new Date(config.examStartsAt), endsAt: new Date(config.examEndsAt) });
    const old = span(was);
    const moved = span(now);
    if (old.startsAt.getTime() === moved.startsAt.getTime() && old.endsAt.getTime() === moved.endsAt.getTime()) return [];
    return [{ subject: now.subject, before: old, after: moved }];
  });
}
