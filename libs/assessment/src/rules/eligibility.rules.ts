import { LocalDate, TimeWindow, describeWindow, formatBeijing, isValidLocalDate, readableBeijing } from '@app/common/time';
import { signupWindowOf } from './signup-window.rules';
import { Bilingual, SUBJECT_LABELS, Subject, SubjectAttempt } from './subject';
import {
  SubjectRequestProblem,
  SubjectStanding,
  sameYearOverlap,
  subjectRequestProblems,
  subjectStanding,
} from './subjects.rules';

export type EligibilityRuleId =
  | 'FA-1'
  | 'FA-2.rotation'
  | 'FA-2.phase-theory'
  | 'FA-2.process'
  | 'FA-3'
  | 'FA-4'
  | 'FA-5'
  | 'FA-6';

/** The order every verdict lists its checks in. */
export const ELIGIBILITY_RULE_IDS: readonly EligibilityRuleId[] = [
  'FA-1',
  'FA-2.rotation',
  'FA-2.phase-theory',
  'FA-2.process',
  'FA-3',
  'FA-4',
  'FA-5',
  'FA-6',
];

/**
 * FA-14: the centre may except one trainee from these rules only. Window, subjects, once-a-year and
 * profile rules protect the exam itself, so no exception can lift them.
 */
export const EXCEPTABLE_RULES: readonly EligibilityRuleId[] = ['FA-2.rotation', 'FA-2.phase-theory', 'FA-2.process', 'FA-3'];

export const ELIGIBILITY_RULE_TITLES: Record<EligibilityRuleId, Bilingual> = {
  'FA-1': { zh: '报名时间', en: 'Sign-up window' },
  'FA-2.rotation': { zh: '结束轮转时间', en: 'Rotation end date' },
  'FA-2.phase-theory': { zh: '集中理论培训阶段考试', en: 'Phase theory exam' },
  'FA-2.process': { zh: '培训过程考核', en: 'Process assessment' },
  'FA-3': { zh: '三年期限', en: 'Three-year limit' },
  'FA-4': { zh: '报考科目', en: 'Subjects' },
  'FA-5': { zh: '每年度每科一次', en: 'Once a year per subject' },
  'FA-6': { zh: '个人信息与照片', en: 'Profile and photo' },
};

export interface SessionRuleConfig {
  ruleSetVersion: string;
  year: number;
  signupWindow: TimeWindow;
  reviewWindow: TimeWindow;
  admittedRotationEndYears: { from: number; to: number };
  /** exclusive: rotation must END BEFORE this date */
  rotationCutoff: LocalDate;
  offeredSubjects: Subject[];
}

export interface TraineeFacts {
  rotationEndDate: LocalDate;
  phaseTheoryPassed: boolean;
  processAssessmentPassed: boolean;
}

export interface ProfileFacts {
  name: string;
  sex: 'M' | 'F' | null;
  birthDate: LocalDate | null;
  phone: string | null;
  baseId: number | null;
  cohort: string | null;
  hasPhoto: boolean;
}

/** active sign-ups of this trainee in OTHER sessions of the same year */
export interface OtherSignupSameYear {
  sessionId: number;
  subjects: Subject[];
}

export interface GrantedException {
  rule: EligibilityRuleId;
  reason: string;
  grantedBy: string;
  grantedAt: Date;
}

export interface EligibilityInput {
  session: SessionRuleConfig;
  trainee: TraineeFacts;
  profile: ProfileFacts;
  history: SubjectAttempt[];
  requestedSubjects: Subject[];
  otherSignupsSameYear: OtherSignupSameYear[];
  exceptions: GrantedException[];
  /** true when re-submitting a sign-up that a reviewer returned for correction: allowed after the sign-up window until the review window closes (FA-8). */
  isCorrection: boolean;
  now: Date;
}

export type CheckOutcome = 'PASS' | 'FAIL' | 'EXCEPTED';

export type CheckData = Record<string, string | number | boolean | null | string[]>;

export interface RuleCheck {
  rule: EligibilityRuleId;
  title: Bilingual;
  outcome: CheckOutcome;
  /** the facts the rule used */
  data: CheckData;
  explanation: Bilingual;
  exception?: { reason: string; grantedBy: string; grantedAt: string };
}

export interface EligibilityVerdict {
  ruleSetVersion: string;
  /** ISO instant */
  evaluatedAt: string;
  eligible: boolean;
  retrainingRequired: boolean;
  subjects: SubjectStanding;
  /** every rule, always in the order of ELIGIBILITY_RULE_IDS */
  checks: RuleCheck[];
  failedRules: EligibilityRuleId[];
}

/** A rule's raw finding, before exceptions are applied. */
interface Finding {
  passed: boolean;
  data: CheckData;
  explanation: Bilingual;
}

const OK: Bilingual = { zh: '符合', en: 'eligible' };
const NOT_OK: Bilingual = { zh: '不符合', en: 'not eligible' };

function verdictWord(passed: boolean): Bilingual {
  return passed ? OK : NOT_OK;
}

function subjectsZh(subjects: readonly Subject[]): string {
  return subjects.map((subject) => SUBJECT_LABELS[subject].zh).join('、');
}

function subjectsEn(subjects: readonly Subject[]): string {
  return subjects.join(', ');
}

/** Year of a valid "YYYY-MM-DD", else null (a missing date must fail, not crash). */
function yearOfDate(date: LocalDate): number | null {
  return isValidLocalDate(date) ? Number(date.slice(0, 4)) : null;
}

function checkWindow(input: EligibilityInput): Finding {
  const { session, isCorrection, now } = input;
  const window: TimeWindow = signupWindowOf(session, isCorrection);
  const opens = formatBeijing(window.opensAt);
  const closes = formatBeijing(window.closesAt);
  const at = formatBeijing(now);
  const data: CheckData = { now: at, windowOpensAt: opens, windowClosesAt: closes, isCorrection };
  // Read by people: "2024-02-29 08:00 至 2024-03-10", the last day inclusive; `data` keeps the exact instants.
  const shown = describeWindow(window);
  const nowShown = readableBeijing(now);
  const kindZh = isCorrection ? '退回修改重新提交时间' : '报名时间';
  const kindEn = isCorrection ? 'correction window' : 'sign-up window';

  if (now.getTime() < window.opensAt.getTime()) {
    return {
      passed: false,
      data,
      explanation: {
        zh: `当前时间 ${nowShown} 早于${kindZh}（${shown.zh}）：尚未开始，不符合`,
        en: `now ${nowShown} is before the ${kindEn} (${shown.en}): not open yet, not eligible`,
      },
    };
  }
  if (now.getTime() >= window.closesAt.getTime()) {
    return {
      passed: false,
      data,
      explanation: {
        zh: `当前时间 ${nowShown} 已过${kindZh}（${shown.zh}）：漏报、逾期不予补报，不符合`,
        en: `now ${nowShown} is after the ${kindEn} (${shown.en}) closed: late sign-ups are not accepted, not eligible`,
      },
    };
  }
  return {
    passed: true,
    data,
    explanation: {
      zh: `当前时间 ${nowShown} 在${kindZh}（${shown.zh}）内：符合`,
      en: `now ${nowShown} is inside the ${kindEn} (${shown.en}): eligible`,
    },
  };
}

function checkRotation(input: EligibilityInput): Finding {
  const { rotationEndDate } = input.trainee;
  const { admittedRotationEndYears: admitted, rotationCutoff } = input.session;
  const year = yearOfDate(rotationEndDate);
  const data: CheckData = {
    rotationEndDate,
    rotationEndYear: year,
    admittedFrom: admitted.from,
    admittedTo: admitted.to,
    rotationCutoff,
  };
  if (year === null) {
    return {
      passed: false,
      data,
      explanation: {
        zh: `结束轮转时间"${rotationEndDate}"缺失或无效：不符合`,
        en: `rotation end date "${rotationEndDate}" is missing or invalid: not eligible`,
      },
    };
  }
  const yearAdmitted = year >= admitted.from && year <= admitted.to;
  // Both are "YYYY-MM-DD", so string order is date order; the cutoff itself is excluded.
  const beforeCutoff = rotationEndDate < rotationCutoff;
  const passed = yearAdmitted && beforeCutoff;
  const zh: string[] = [];
  const en: string[] = [];
  zh.push(
    yearAdmitted
      ? `结束轮转年份 ${year} 在本次招考范围 ${admitted.from}–${admitted.to} 年内`
      : `结束轮转年份 ${year} 不在本次招考范围 ${admitted.from}–${admitted.to} 年内`,
  );
  en.push(
    yearAdmitted
      ? `rotation end year ${year} is within the admitted years ${admitted.from}–${admitted.to}`
      : `rotation end year ${year} is outside the admitted years ${admitted.from}–${admitted.to}`,
  );
  zh.push(
    beforeCutoff
      ? `结束轮转时间 ${rotationEndDate} 早于截止日期 ${rotationCutoff}`
      : `结束轮转时间 ${rotationEndDate}，须早于 ${rotationCutoff}`,
  );
  en.push(
    beforeCutoff
      ? `rotation ends ${rotationEndDate}, before the cutoff ${rotationCutoff}`
      : `rotation ends ${rotationEndDate}, cutoff ${rotationCutoff}`,
  );
  const word = verdictWord(passed);
  return { passed, data, explanation: { zh: `${zh.join('；')}：${word.zh}`, en: `${en.join('; ')}: ${word.en}` } };
}

function checkPhaseTheory(input: EligibilityInput): Finding {
  const passed = input.trainee.phaseTheoryPassed;
  return {
    passed,
    data: { phaseTheoryPassed: passed },
    explanation: passed
      ? { zh: '集中理论培训阶段考试合格：符合', en: 'phase theory exam passed: eligible' }
      : { zh: '集中理论培训阶段考试未合格：不符合', en: 'phase theory exam not passed: not eligible' },
  };
}

function checkProcess(input: EligibilityInput): Finding {
  const passed = input.trainee.processAssessmentPassed;
  return {
    passed,
    data: { processAssessmentPassed: passed },
    explanation: passed
      ? { zh: '培训过程考核合格：符合', en: 'process assessment passed: eligible' }
      : { zh: '培训过程考核未合格：不符合', en: 'process assessment not passed: not eligible' },
  };
}

/** FA-3; `retraining` says the failure is the three-year limit itself (自费重新培训), not missing data. */
function checkThreeYearLimit(input: EligibilityInput, standing: SubjectStanding): Finding & { retraining: boolean } {
  const rotationEndYear = yearOfDate(input.trainee.rotationEndDate);
  const sessionYear = input.session.year;
  const lastAllowedYear = rotationEndYear === null ? null : rotationEndYear + 2;
  const data: CheckData = {
    rotationEndYear,
    sessionYear,
    lastAllowedYear,
    neededSubjects: [...standing.needed],
  };
  // Nothing left to pass: the limit cannot bite, and FA-4 refuses the request instead.
  if (standing.needed.length === 0) {
    return {
      passed: true,
      retraining: false,
      data,
      explanation: {
        zh: '两个科目均已通过且在有效期内，不适用三年期限：符合',
        en: 'both subjects are validly passed, so the three-year limit does not apply: eligible',
      },
    };
  }
  if (rotationEndYear === null || lastAllowedYear === null) {
    return {
      passed: false,
      retraining: false,
      data,
      explanation: {
        zh: '结束轮转时间缺失或无效，无法判断三年期限：不符合',
        en: 'rotation end date is missing or invalid, so the three-year limit cannot be checked: not eligible',
      },
    };
  }
  if (sessionYear <= lastAllowedYear) {
    return {
      passed: true,
      retraining: false,
      data,
      explanation: {
        zh: `${rotationEndYear} 年结束轮转，可参加 ${rotationEndYear}–${lastAllowedYear} 年的结业考核；本次为 ${sessionYear} 年：符合`,
        en: `rotation ended in ${rotationEndYear}, so the assessment may be sat in ${rotationEndYear}–${lastAllowedYear}; session year ${sessionYear}: eligible`,
      },
    };
  }
  return {
    passed: false,
    retraining: true,
    data,
    explanation: {
      zh: `${rotationEndYear} 年结束轮转，三年内（至 ${lastAllowedYear} 年）未通过结业考核；本次为 ${sessionYear} 年：须自费重新参加培训，不符合`,
      en: `rotation ended in ${rotationEndYear} and the assessment was not passed within three years (through ${lastAllowedYear}); session year ${sessionYear}: retraining required at own expense, not eligible`,
    },
  };
}

function describeSubjectProblem(problem: SubjectRequestProblem): Bilingual {
  switch (problem.kind) {
    case 'NONE_REQUESTED':
      return { zh: '未选择报考科目', en: 'no subject requested' };
    case 'DUPLICATE':
      return {
        zh: `${SUBJECT_LABELS[problem.subject].zh}重复选择`,
        en: `${problem.subject} requested more than once`,
      };
    case 'NOT_OFFERED':
      return {
        zh: `本次考核不设${SUBJECT_LABELS[problem.subject].zh}`,
        en: `${problem.subject} is not offered in this session`,
      };
    case 'FIRST_TIME_NEEDS_BOTH':
      return {
        zh: `首次参加考核须同时报考两个科目，缺少${subjectsZh(problem.missing)}`,
        en: `a first-time candidate must sign up for both subjects; missing ${subjectsEn(problem.missing)}`,
      };
    case 'STILL_VALID':
      return {
        zh: `${SUBJECT_LABELS[problem.subject].zh}已于 ${problem.passYear} 年通过，有效期至 ${problem.validThroughYear} 年底，不可重复报考`,
        en: `${problem.subject} passed in ${problem.passYear} is valid through ${problem.validThroughYear}, so signing up for it again is refused`,
      };
  }
}

function checkSubjects(input: EligibilityInput, standing: SubjectStanding): Finding {
  const { requestedSubjects } = input;
  const problems = subjectRequestProblems(requestedSubjects, input.session.offeredSubjects, standing);
  const data: CheckData = {
    requestedSubjects: [...requestedSubjects],
    offeredSubjects: [...input.session.offeredSubjects],
    neededSubjects: [...standing.needed],
    firstTime: standing.firstTime,
    validPasses: standing.validPasses.map((pass) => `${pass.subject} ${pass.year} (valid through ${pass.validThroughYear})`),
    problems: problems.map((problem) => problem.kind),
  };
  if (problems.length > 0) {
    const described = problems.map(describeSubjectProblem);
    return {
      passed: false,
      data,
      explanation: {
        zh: `${described.map((text) => text.zh).join('；')}：不符合`,
        en: `${described.map((text) => text.en).join('; ')}: not eligible`,
      },
    };
  }
  return {
    passed: true,
    data,
    explanation: standing.firstTime
      ? {
          zh: `首次参加考核，报考两个科目（${subjectsZh(requestedSubjects)}）：符合`,
          en: `first-time candidate signs up for both subjects (${subjectsEn(requestedSubjects)}): eligible`,
        }
      : {
          zh: `补考，报考尚未通过或已过有效期的科目（${subjectsZh(requestedSubjects)}）：符合`,
          en: `retaker signs up only for subjects not validly passed (${subjectsEn(requestedSubjects)}): eligible`,
        },
  };
}

function checkOnceAYear(input: EligibilityInput): Finding {
  const overlap = sameYearOverlap(input.requestedSubjects, input.otherSignupsSameYear);
  const data: CheckData = {
    sessionYear: input.session.year,
    requestedSubjects: [...input.requestedSubjects],
    overlappingSubjects: overlap.subjects,
    conflictingSessionIds: overlap.sessionIds.map(String),
  };
  if (overlap.subjects.length > 0) {
    const ids = overlap.sessionIds.join(', ');
    return {
      passed: false,
      data,
      explanation: {
        zh: `${input.session.year} 年已在其他考核批次（${ids}）报名${subjectsZh(overlap.subjects)}，每年度每科只考一次、不设补考：不符合`,
        en: `already signed up in ${input.session.year} for ${subjectsEn(overlap.subjects)} in session ${ids}; one sitting per subject per year: not eligible`,
      },
    };
  }
  return {
    passed: true,
    data,
    explanation: {
      zh: `${input.session.year} 年未在其他批次报名相同科目：符合`,
      en: `no other sign-up for the same subjects in ${input.session.year}: eligible`,
    },
  };
}

type ProfileField = 'name' | 'sex' | 'birthDate' | 'phone' | 'baseId' | 'cohort' | 'photo';

const PROFILE_FIELD_LABELS: Record<ProfileField, Bilingual> = {
  name: { zh: '姓名', en: 'name' },
  sex: { zh: '性别', en: 'sex' },
  birthDate: { zh: '出生日期', en: 'birth date' },
  phone: { zh: '联系电话', en: 'phone' },
  baseId: { zh: '培训基地', en: 'base' },
  cohort: { zh: '培训年级', en: 'cohort' },
  photo: { zh: '二寸白底彩色证件照', en: '2-inch colour ID photo' },
};

/** Blank strings count as missing: a name of spaces is not a real-name profile. */
function isBlank(value: string | null): boolean {
  return value === null || value.trim() === '';
}

function checkProfile(input: EligibilityInput): Finding {
  const { profile } = input;
  const missing: ProfileField[] = [];
  if (isBlank(profile.name)) missing.push('name');
  if (profile.sex === null) missing.push('sex');
  if (isBlank(profile.birthDate)) missing.push('birthDate');
  if (isBlank(profile.phone)) missing.push('phone');
  if (profile.baseId === null) missing.push('baseId');
  if (isBlank(profile.cohort)) missing.push('cohort');
  if (!profile.hasPhoto) missing.push('photo');
  const data: CheckData = { missing, hasPhoto: profile.hasPhoto };
  if (missing.length > 0) {
    return {
      passed: false,
      data,
      explanation: {
        zh: `个人信息不完整，缺少：${missing.map((field) => PROFILE_FIELD_LABELS[field].zh).join('、')}：不符合`,
        en: `profile incomplete, missing: ${missing.map((field) => PROFILE_FIELD_LABELS[field].en).join(', ')}: not eligible`,
      },
    };
  }
  return {
    passed: true,
    data,
    explanation: { zh: '个人信息完整，已上传照片：符合', en: 'profile complete and photo uploaded: eligible' },
  };
}

/** The most recent exception granted for an exceptable rule, if any. */
function exceptionFor(rule: EligibilityRuleId, exceptions: readonly GrantedException[]): GrantedException | null {
  if (!EXCEPTABLE_RULES.includes(rule)) return null;
  return exceptions
    .filter((exception) => exception.rule === rule)
    .reduce<GrantedException | null>(
      (latest, exception) =>
        latest === null || exception.grantedAt.getTime() > latest.grantedAt.getTime() ? exception : latest,
      null,
    );
}

function toCheck(rule: EligibilityRuleId, finding: Finding, exceptions: readonly GrantedException[]): RuleCheck {
  const base = { rule, title: ELIGIBILITY_RULE_TITLES[rule], data: finding.data };
  if (finding.passed) return { ...base, outcome: 'PASS', explanation: finding.explanation };
  const exception = exceptionFor(rule, exceptions);
  if (exception === null) return { ...base, outcome: 'FAIL', explanation: finding.explanation };
  const grantedAt = exception.grantedAt.toISOString();
  return {
    ...base,
    outcome: 'EXCEPTED',
    explanation: {
      zh: `${finding.explanation.zh}；中心已批准例外（${exception.grantedBy}，${formatBeijing(exception.grantedAt)}）：${exception.reason}`,
      en: `${finding.explanation.en}; exception granted by ${exception.grantedBy} at ${formatBeijing(exception.grantedAt)}: ${exception.reason}`,
    },
    exception: { reason: exception.reason, grantedBy: exception.grantedBy, grantedAt },
  };
}

/** FA-14: a verdict listing every rule, the facts it used and the outcome, stamped with the rule-set version. */
export function evaluateEligibility(input: EligibilityInput): EligibilityVerdict {
  const standing = subjectStanding(input.history, input.session.year);
  const threeYear = checkThreeYearLimit(input, standing);
  const findings: Record<EligibilityRuleId, Finding> = {
    'FA-1': checkWindow(input),
    'FA-2.rotation': checkRotation(input),
    'FA-2.phase-theory': checkPhaseTheory(input),
    'FA-2.process': checkProcess(input),
    'FA-3': threeYear,
    'FA-4': checkSubjects(input, standing),
    'FA-5': checkOnceAYear(input),
    'FA-6': checkProfile(input),
  };
  const checks = ELIGIBILITY_RULE_IDS.map((rule) => toCheck(rule, findings[rule], input.exceptions));
  const failedRules = checks.filter((check) => check.outcome === 'FAIL').map((check) => check.rule);
  const threeYearCheck = checks.find((check) => check.rule === 'FA-3');
  return {
    ruleSetVersion: input.session.ruleSetVersion,
    evaluatedAt: input.now.toISOString(),
    eligible: failedRules.length === 0,
    // An excepted FA-3 means the centre lifted the limit, so no retraining is demanded.
    retrainingRequired: threeYear.retraining && threeYearCheck?.outcome === 'FAIL',
    subjects: standing,
    checks,
    failedRules,
  };
}
