import { Bilingual, CheckData, SUBJECT_LABELS, Subject, SubjectAttempt } from '@app/assessment/rules';
import { LocalDate, isValidLocalDate } from '@app/common/time';
import {
  completingPasses,
  describePass,
  passYears,
  voidedPassYears,
  yearOfRequiredDate,
  yearSpanEn,
  yearSpanZh,
} from './assessment-completion.rules';

export type CertificateRuleId =
  | 'SC-6.theory'
  | 'SC-6.skills'
  | 'SC-6.valid-together'
  | 'SC-6.rotation'
  | 'SC-6.process'
  | 'SC-6.photo';

/** The order every result lists its checks in. */
export const CERTIFICATE_RULE_IDS: readonly CertificateRuleId[] = [
  'SC-6.theory',
  'SC-6.skills',
  'SC-6.valid-together',
  'SC-6.rotation',
  'SC-6.process',
  'SC-6.photo',
];

export const CERTIFICATE_RULE_TITLES: Record<CertificateRuleId, Bilingual> = {
  'SC-6.theory': { zh: '专业理论考试合格', en: 'Theory exam passed' },
  'SC-6.skills': { zh: '临床实践技能考核合格', en: 'Clinical skills assessment passed' },
  'SC-6.valid-together': { zh: '两科成绩同时有效', en: 'Both passes valid at the same time' },
  'SC-6.rotation': { zh: '完成培训轮转', en: 'Rotation completed' },
  'SC-6.process': { zh: '培训过程考核合格', en: 'Process assessment passed' },
  'SC-6.photo': { zh: '证书照片与报名照片一致', en: 'Certificate photo matches the sign-up photo' },
};

export interface CertificateInput {
  attempts: SubjectAttempt[];
  rotationCompleted: boolean;
  rotationEndDate: LocalDate | null;
  processAssessmentPassed: boolean;
  /** FA-6: the certificate application uses the photo the centre approved at sign-up */
  photoConsistent: boolean;
  today: LocalDate;
}

export interface CertificateCheck {
  rule: CertificateRuleId;
  title: Bilingual;
  passed: boolean;
  explanation: Bilingual;
  /** the facts the rule used */
  data: CheckData;
}

export interface CertificateEligibility {
  eligible: boolean;
  /** every rule, always in CERTIFICATE_RULE_IDS order, so "why not" is complete */
  checks: CertificateCheck[];
  failedRules: CertificateRuleId[];
}

type Finding = Omit<CertificateCheck, 'rule' | 'title'>;

const OK: Bilingual = { zh: '符合', en: 'eligible' };
const NOT_OK: Bilingual = { zh: '不符合', en: 'not eligible' };

function withVerdict(passed: boolean, text: Bilingual): Bilingual {
  const word = passed ? OK : NOT_OK;
  return { zh: `${text.zh}：${word.zh}`, en: `${text.en}: ${word.en}` };
}

function checkSubjectPassed(subject: Subject, attempts: readonly SubjectAttempt[], todayYear: number): Finding {
  const years = passYears(attempts, subject, todayYear);
  const voided = voidedPassYears(attempts, subject);
  const label = SUBJECT_LABELS[subject];
  const data: CheckData = {
    subject,
    passYears: years.map(String),
    voidedPassYears: voided.map(String),
  };
  const voidedZh = voided.length > 0 ? `；${voided.join('、')} 年的合格成绩已被取消，不计入` : '';
  const voidedEn = voided.length > 0 ? `; the pass of ${voided.join(', ')} was voided and does not count` : '';
  if (years.length === 0) {
    return {
      passed: false,
      data,
      explanation: withVerdict(false, {
        zh: `${label.zh}尚无有效的合格成绩${voidedZh}`,
        en: `no counting pass of ${subject}${voidedEn}`,
      }),
    };
  }
  const latest = describePass(subject, years[years.length - 1]);
  return {
    passed: true,
    data,
    explanation: withVerdict(true, { zh: `${latest.zh}${voidedZh}`, en: `${latest.en}${voidedEn}` }),
  };
}

function checkValidTogether(attempts: readonly SubjectAttempt[], todayYear: number): Finding {
  const theoryYears = passYears(attempts, 'THEORY', todayYear);
  const skillsYears = passYears(attempts, 'SKILLS', todayYear);
  const pair = completingPasses(attempts, todayYear);
  const data: CheckData = {
    theoryPassYear: pair?.theoryYear ?? theoryYears.at(-1) ?? null,
    skillsPassYear: pair?.skillsYear ?? skillsYears.at(-1) ?? null,
    bothValidFromYear: pair?.overlapFromYear ?? null,
    bothValidThroughYear: pair?.overlapThroughYear ?? null,
  };
  if (pair !== null) {
    const theory = describePass('THEORY', pair.theoryYear);
    const skills = describePass('SKILLS', pair.skillsYear);
    return {
      passed: true,
      data,
      explanation: withVerdict(true, {
        zh: `${theory.zh}，${skills.zh}，两科在 ${yearSpanZh(pair.overlapFromYear, pair.overlapThroughYear)}同时有效`,
        en: `${theory.en} and ${skills.en} are both valid in ${yearSpanEn(pair.overlapFromYear, pair.overlapThroughYear)}`,
      }),
    };
  }
  const theoryYear = theoryYears.at(-1);
  const skillsYear = skillsYears.at(-1);
  if (theoryYear === undefined || skillsYear === undefined) {
    return {
      passed: false,
      data,
      explanation: withVerdict(false, {
        zh: '须两个科目均合格才能判断是否同时有效',
        en: 'both subjects must be passed before they can be valid at the same time',
      }),
    };
  }
  // Latest passes of each: any older pair overlaps even less.
  const theory = describePass('THEORY', theoryYear);
  const skills = describePass('SKILLS', skillsYear);
  return {
    passed: false,
    data,
    explanation: withVerdict(false, {
      zh: `${theory.zh}，${skills.zh}，两科有效期没有重叠的年份，须重新参加已过期的科目`,
      en: `${theory.en} and ${skills.en} are never valid in the same year; the expired subject must be passed again`,
    }),
  };
}

function checkRotation(input: CertificateInput): Finding {
  const { rotationCompleted, rotationEndDate, today } = input;
  const data: CheckData = { rotationCompleted, rotationEndDate, today };
  if (!rotationCompleted) {
    return {
      passed: false,
      data,
      explanation: withVerdict(false, { zh: '尚未完成培训轮转', en: 'rotation not completed' }),
    };
  }
  if (rotationEndDate === null || !isValidLocalDate(rotationEndDate)) {
    return {
      passed: false,
      data,
      explanation: withVerdict(false, {
        zh: `已标记完成轮转，但结束轮转时间"${rotationEndDate ?? ''}"缺失或无效`,
        en: `rotation is marked completed but its end date "${rotationEndDate ?? ''}" is missing or invalid`,
      }),
    };
  }
  // "YYYY-MM-DD" strings compare as dates; a completion dated in the future contradicts itself.
  if (rotationEndDate > today) {
    return {
      passed: false,
      data,
      explanation: withVerdict(false, {
        zh: `结束轮转时间 ${rotationEndDate} 晚于今天 ${today}，轮转尚未结束`,
        en: `rotation end date ${rotationEndDate} is after today ${today}, so rotation has not ended yet`,
      }),
    };
  }
  return {
    passed: true,
    data,
    explanation: withVerdict(true, { zh: `已于 ${rotationEndDate} 完成培训轮转`, en: `rotation completed on ${rotationEndDate}` }),
  };
}

function checkFlag(passed: boolean, key: string, yes: Bilingual, no: Bilingual): Finding {
  return { passed, data: { [key]: passed }, explanation: withVerdict(passed, passed ? yes : no) };
}

/**
 * SC-6: who may apply for the training certificate, and why not. Both subjects need a non-voided pass,
 * and the two passes must be valid in a common year (pass years at most 2 apart, SC-3).
 */
export function certificateEligibility(input: CertificateInput): CertificateEligibility {
  const todayYear = yearOfRequiredDate(input.today, 'today');
  const findings: Record<CertificateRuleId, Finding> = {
    'SC-6.theory': checkSubjectPassed('THEORY', input.attempts, todayYear),
    'SC-6.skills': checkSubjectPassed('SKILLS', input.attempts, todayYear),
    'SC-6.valid-together': checkValidTogether(input.attempts, todayYear),
    'SC-6.rotation': checkRotation(input),
    'SC-6.process': checkFlag(
      input.processAssessmentPassed,
      'processAssessmentPassed',
      { zh: '培训过程考核合格', en: 'process assessment passed' },
      { zh: '培训过程考核未合格', en: 'process assessment not passed' },
    ),
    'SC-6.photo': checkFlag(
      input.photoConsistent,
      'photoConsistent',
      { zh: '申请证书照片与报名照片一致', en: 'the application photo is the approved sign-up photo' },
      {
        zh: '申请证书照片与报名照片不一致（须与报名时上传的二寸白底彩色证件照一致）',
        en: 'the application photo differs from the approved sign-up photo (it must be the same 2-inch ID photo)',
      },
    ),
  };
  const checks = CERTIFICATE_RULE_IDS.map((rule) => ({ rule, title: CERTIFICATE_RULE_TITLES[rule], ...findings[rule] }));
  const failedRules = checks.filter((check) => !check.passed).map((check) => check.rule);
  return { eligible: failedRules.length === 0, checks, failedRules };
}
