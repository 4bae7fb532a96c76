import { Bilingual } from '@app/assessment/rules';
import { LocalDate, isValidLocalDate } from '@app/common/time';
import { yearOfRequiredDate } from './assessment-completion.rules';

export type RotationDeadlineAction = 'KEEP' | 'CANCEL_RESULTS' | 'NOT_YET_DUE';

export interface RotationDeadlineInput {
  sessionYear: number;
  /** exclusive, as in FA-2: rotation must END BEFORE this date ("2024 年 12 月前" = 2024-12-01) */
  rotationCutoff: LocalDate;
  rotationEndDate: LocalDate | null;
  rotationCompleted: boolean;
  /** the base's assessments (出科考核 and the like) as of the cutoff: the job runs at the cutoff */
  baseAssessmentsPassed: boolean;
  sat: boolean;
  today: LocalDate;
}

export interface RotationDeadlineDecision {
  action: RotationDeadlineAction;
  /** whether the conditions are met as things stand; lets a NOT_YET_DUE list show who is still at risk */
  conditionsMet: boolean;
  explanation: Bilingual;
}

/**
 * SC-5 (seed 001, 五(六)): a candidate who sat this session must have finished rotation before the
 * cutoff and passed the base's assessments, or this session's results are cancelled
 * (取消本次结业考核结果). Due from the cutoff day itself: finishing "before" the cutoff means the
 * last day to finish is the day before it.
 *
 * A completed rotation without a valid end date cannot show it ended in time, so it counts as late;
 * the centre can still reverse a cancellation with a recorded decision.
 */
export function rotationDeadlineDecision(input: RotationDeadlineInput): RotationDeadlineDecision {
  const { sessionYear, rotationCutoff, rotationEndDate, rotationCompleted, baseAssessmentsPassed, sat, today } = input;
  yearOfRequiredDate(rotationCutoff, 'rotationCutoff');
  yearOfRequiredDate(today, 'today');

  const endDateValid = rotationEndDate !== null && isValidLocalDate(rotationEndDate);
  // "YYYY-MM-DD" strings compare as dates.
  const endedInTime = rotationCompleted && endDateValid && rotationEndDate < rotationCutoff;
  const conditionsMet = endedInTime && baseAssessmentsPassed;

  if (!sat) {
    return {
      action: 'KEEP',
      conditionsMet,
      explanation: {
        zh: `未参加 ${sessionYear} 年度结业考核，没有需要取消的结果`,
        en: `did not sit the ${sessionYear} assessment, so there is no result to cancel`,
      },
    };
  }

  const problems: Bilingual[] = [];
  if (!rotationCompleted) {
    problems.push({ zh: '尚未完成培训轮转', en: 'rotation not completed' });
  } else if (!endDateValid) {
    problems.push({
      zh: `结束轮转时间"${rotationEndDate ?? ''}"缺失或无效，无法证明已按期完成`,
      en: `rotation end date "${rotationEndDate ?? ''}" is missing or invalid, so it cannot show rotation ended in time`,
    });
  } else if (!endedInTime) {
    problems.push({
      zh: `结束轮转时间 ${rotationEndDate}，未早于截止日期 ${rotationCutoff}`,
      en: `rotation ended ${rotationEndDate}, not before the cutoff ${rotationCutoff}`,
    });
  }
  if (!baseAssessmentsPassed) problems.push({ zh: '培训基地相关考核未通过', en: "the base's assessments are not passed" });

  if (today < rotationCutoff) {
    return {
      action: 'NOT_YET_DUE',
      conditionsMet,
      explanation: conditionsMet
        ? {
            zh: `已于 ${rotationEndDate ?? ''} 完成轮转并通过培训基地考核；截止日期 ${rotationCutoff} 尚未到，届时保留 ${sessionYear} 年度结业考核结果`,
            en: `rotation completed on ${rotationEndDate ?? ''} and the base's assessments passed; the cutoff ${rotationCutoff} has not come yet, when the ${sessionYear} results will be kept`,
          }
        : {
            zh: `${problems.map((problem) => problem.zh).join('；')}；须在 ${rotationCutoff} 之前完成剩余轮转并通过培训基地相关考核，否则取消 ${sessionYear} 年度结业考核结果`,
            en: `${problems.map((problem) => problem.en).join('; ')}; rotation must be completed and the base's assessments passed before ${rotationCutoff}, or the ${sessionYear} results are cancelled`,
          },
    };
  }

  if (conditionsMet) {
    return {
      action: 'KEEP',
      conditionsMet,
      explanation: {
        zh: `已于 ${rotationEndDate ?? ''} 完成轮转（早于截止日期 ${rotationCutoff}）并通过培训基地考核：保留 ${sessionYear} 年度结业考核结果`,
        en: `rotation completed on ${rotationEndDate ?? ''} (before the cutoff ${rotationCutoff}) and the base's assessments passed: the ${sessionYear} results are kept`,
      },
    };
  }
  return {
    action: 'CANCEL_RESULTS',
    conditionsMet,
    explanation: {
      zh: `${problems.map((problem) => problem.zh).join('；')}；截止日期 ${rotationCutoff} 已到，逾期未完成，取消 ${sessionYear} 年度结业考核结果`,
      en: `${problems.map((problem) => problem.en).join('; ')}; the cutoff ${rotationCutoff} has passed, so the ${sessionYear} assessment results are cancelled`,
    },
  };
}
