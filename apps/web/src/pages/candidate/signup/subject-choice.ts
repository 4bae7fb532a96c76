import type { Schemas } from '../../../api/client';
import { SUBJECT_LABEL, SUBJECTS, type Subject } from '../shared/labels';
import { sessionSubjects } from '../shared/session-dates';

export interface SubjectOption {
  subject: Subject;
  label: string;
  /** may be ticked */
  allowed: boolean;
  /** ticked and may not be unticked (a first-timer takes both, FA-4) */
  required: boolean;
  /** why, in words */
  reason: string;
}

/**
 * FA-4 from the candidate's standing: a first-timer takes both subjects; a retaker only those not validly passed;
 * a subject passed and still valid, or not offered this session, cannot be chosen.
 */
export function subjectOptions(session: Schemas['SessionView'], standing: Schemas['SubjectStanding']): SubjectOption[] {
  const offered = sessionSubjects(session).map((entry) => entry.subject);
  return SUBJECTS.map((subject) => {
    const label = SUBJECT_LABEL[subject];
    const pass = standing.validPasses.find((valid) => valid.subject === subject);
    if (!offered.includes(subject)) return { subject, label, allowed: false, required: false, reason: '本次考核不设此科目。' };
    // FA-12: a called-off subject takes no sign-up.
    if (session.cancellations.some((c) => c.subject === subject)) return { subject, label, allowed: false, required: false, reason: '该科目考试已取消，不能报考。' };
    if (pass) return { subject, label, allowed: false, required: false, reason: `已于 ${pass.year} 年通过，有效期至 ${pass.validThroughYear} 年底，不能重复报考。` };
    if (standing.firstTime) return { subject, label, allowed: true, required: true, reason: '首次参加结业考核，须同时报考两个科目。' };
    if (standing.needed.includes(subject)) return { subject, label, allowed: true, required: false, reason: '尚未通过或合格成绩已过有效期，可以报考。' };
    return { subject, label, allowed: false, required: false, reason: '不需要报考此科目。' };
  });
}

/** The subjects ticked at first: the sign-up's own, else every subject the candidate may take. */
export function initialSubjects(options: readonly SubjectOption[], signup: Schemas['SignupView'] | undefined): Subject[] {
  if (signup && signup.subjects.length > 0) return signup.subjects.filter((subject) => options.some((option) => option.subject === subject && option.allowed));
  return options.filter((option) => option.allowed).map((option) => option.subject);
}
