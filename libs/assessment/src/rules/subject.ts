/** The two subjects of the final assessment (结业考核): 专业理论考试 and 临床实践技能考核. */
export type Subject = 'THEORY' | 'SKILLS';

/** Canonical order; every list of subjects the rules return follows it. */
export const SUBJECTS: readonly Subject[] = ['THEORY', 'SKILLS'];

export type AttemptOutcome = 'PASSED' | 'FAILED' | 'ABSENT';

/** One sitting of one subject in one year; `voided` covers SC-5 cancellations and SC-8 violations. */
export interface SubjectAttempt {
  subject: Subject;
  year: number;
  outcome: AttemptOutcome;
  voided: boolean;
}

/** Text shown to people, always in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

export const SUBJECT_LABELS: Record<Subject, Bilingual> = {
  THEORY: { zh: '专业理论考试', en: 'theory exam' },
  SKILLS: { zh: '临床实践技能考核', en: 'clinical skills assessment' },
};
