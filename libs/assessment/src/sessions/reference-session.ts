import { noticeWindow } from '@app/common/time';
import type { SkillsPassRule, TheoryPassRule } from '../rules/pass-rules';
import { Subject } from '../rules/subject';
import { TicketMode } from '../entities/assessment-session.entity';
import { SessionDefinition } from './session-definition';

interface NoticeWindow {
  opens: string;
  closes: string;
}

/** The shape of config/sessions/*.json: a notice's calendar as the notice words it. */
export interface ReferenceSessionFile {
  code: string;
  name: string;
  year: number;
  ruleSetVersion: string;
  signupWindow: NoticeWindow;
  reviewWindow: NoticeWindow;
  admittedRotationEndYears: { from: number; to: number };
  rotationCutoff: string;
  subjects: Array<{ subject: Subject; ticketMode: TicketMode; ticketWindow: NoticeWindow; exam: NoticeWindow }>;
  resultsNote?: string;
  theoryPassRule?: TheoryPassRule;
  skillsPassRule?: SkillsPassRule;
}

export function definitionFromReferenceFile(file: ReferenceSessionFile): SessionDefinition {
  const window = (w: NoticeWindow) => noticeWindow(w.opens, w.closes);
  return {
    code: file.code,
    name: file.name,
    year: file.year,
    ruleSetVersion: file.ruleSetVersion,
    signupWindow: window(file.signupWindow),
    reviewWindow: window(file.reviewWindow),
    admittedRotationEndYears: file.admittedRotationEndYears,
    rotationCutoff: file.rotationCutoff,
    subjects: file.subjects.map((s) => ({ subject: s.subject, ticketMode: s.ticketMode, ticketWindow: window(s.ticketWindow), exam: window(s.exam) })),
    resultsNote: file.resultsNote ?? null,
    theoryPassRule: file.theoryPassRule ?? null,
    skillsPassRule: file.skillsPassRule ?? null,
  };
}
