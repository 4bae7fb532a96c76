import type { Bilingual } from '@app/assessment/rules';
import { APPLICANT_TYPE_LABELS, ApplicantType } from '../admission';
import { RecruitmentRound, seatsFor } from '../rounds';

/**
 * RC-4: an applicant's ordered choices of base (at most the round's maximum, two unless a notice says one) and
 * whether they accept adjustment. Bases are named as in the round's plan; where the plan splits seats by type,
 * a choice is of the base's seats for the applicant's own type.
 */

export interface ChoiceSubmission {
  /** Base names, first choice first. */
  choices: readonly string[];
  acceptsAdjustment: boolean;
}

export type ChoiceProblemCode =
  | 'NO_PLAN_YET'
  | 'TYPE_NOT_OFFERED'
  | 'NO_CHOICE'
  | 'TOO_MANY_CHOICES'
  | 'DUPLICATE_CHOICE'
  | 'BASE_NOT_IN_ROUND'
  | 'NO_QUOTA_FOR_TYPE'
  | 'ADJUSTMENT_NOT_OFFERED';

export interface ChoiceProblem {
  code: ChoiceProblemCode;
  /** `choices[1]` (the second choice), `acceptsAdjustment`, or `choices`. */
  path: string;
  message: Bilingual;
}

const ORDINALS = ['第一', '第二', '第三', '第四', '第五'];
const ordinal = (index: number): Bilingual => ({ zh: `${ORDINALS[index] ?? `第${index + 1}`}志愿`, en: `choice ${index + 1}` });

export function validateChoices(round: RecruitmentRound, applicantType: ApplicantType, submission: ChoiceSubmission): ChoiceProblem[] {
  const problems: ChoiceProblem[] = [];
  const add = (code: ChoiceProblemCode, path: string, zh: string, en: string) => problems.push({ code, path, message: { zh, en } });
  const typeLabel = APPLICANT_TYPE_LABELS[applicantType];

  if (!round.applicantTypes.includes(applicantType)) {
    add('TYPE_NOT_OFFERED', 'applicantType', `本批次不招收${typeLabel}`, `this round does not take ${applicantType} applicants`);
  }
  if (round.quotas === null) add('NO_PLAN_YET', 'choices', '本批次尚未公布招录计划，暂不能填报志愿', 'the round has no plan yet, so no choice can be made');
  if (submission.choices.length === 0) add('NO_CHOICE', 'choices', '至少填报一个志愿', 'make at least one choice');

  const seen = new Map<string, number>();
  submission.choices.forEach((base, index) => {
    const path = `choices[${index}]`;
    const which = ordinal(index);
    if (index >= round.choices.max) {
      add('TOO_MANY_CHOICES', path, `最多可报${round.choices.max}个志愿，${which.zh}不能填报`, `at most ${round.choices.max} choice(s); ${which.en} is one too many`);
      return;
    }
    const earlier = seen.get(base);
    if (earlier !== undefined) {
      add('DUPLICATE_CHOICE', path, `${which.zh}与${ordinal(earlier).zh}重复（${base}）`, `${which.en} repeats ${ordinal(earlier).en} (${base})`);
      return;
    }
    seen.set(base, index);
    if (round.quotas === null || !round.applicantTypes.includes(applicantType)) return;
    const seats = seatsFor(round, base, applicantType);
    if (seats === null) {
      add('BASE_NOT_IN_ROUND', path, `${which.zh}"${base}"不是本批次的培训基地`, `${which.en} "${base}" is not a base of this round`);
    } else if (seats === 0) {
      add('NO_QUOTA_FOR_TYPE', path, `${which.zh}"${base}"本批次没有${typeLabel}名额`, `${which.en} "${base}" has no ${applicantType} seats in this round`);
    }
  });

  if (submission.acceptsAdjustment && !round.admissionRules.adjustment.enabled) {
    add('ADJUSTMENT_NOT_OFFERED', 'acceptsAdjustment', '本批次不设调剂', 'this round has no adjustment');
  }
  return problems;
}

/** RC-4: what the applicant is told of their adjustment answer before submitting. */
export function adjustmentNotice(round: RecruitmentRound, acceptsAdjustment: boolean): Bilingual {
  if (!round.admissionRules.adjustment.enabled) return { zh: '本批次不设调剂', en: 'this round has no adjustment' };
  return acceptsAdjustment
    ? { zh: '接受调剂：志愿未录取时，可调剂至仍有名额的培训基地；调剂录取后须按时报到', en: 'accepts adjustment: if no choice admits, a base with seats left may; an adjusted place must be taken up on time' }
    : { zh: '不接受调剂：志愿未录取的，不予调剂，本年度不进入培训', en: 'declines adjustment: if no choice admits, there is no place this year' };
}

/** The choices in words, as a confirmation page shows them. */
export function describeChoices(submission: ChoiceSubmission): Bilingual {
  const zh = submission.choices.map((base, index) => `${ordinal(index).zh}：${base}`);
  const en = submission.choices.map((base, index) => `${ordinal(index).en}: ${base}`);
  zh.push(submission.acceptsAdjustment ? '接受调剂' : '不接受调剂');
  en.push(submission.acceptsAdjustment ? 'accepts adjustment' : 'declines adjustment');
  return { zh: zh.join('；'), en: en.join('; ') };
}
