import type { Bilingual, CheckData } from '@app/assessment/rules';
import { beijingDateOf, isValidLocalDate, LocalDate } from '@app/common/time';
import { activeBans } from '../bans';
import { anniversary, fullYearsOn, lastDayOf } from '../calendar';
import { JURISDICTION_INFO } from '../jurisdiction';
import {
  ApplicantFacts,
  CITIZENSHIP_LABELS,
  CriterionKind,
  EDUCATION_LEVEL_LABELS,
  EligibilityCriterion,
  EligibilityPolicy,
  EmploymentGroup,
  FACILITY_LABELS,
  JudgementContext,
  MAJOR_LABELS,
  RecruitmentCheck,
  RecruitmentRuleId,
  RecruitmentVerdict,
  ReferenceDay,
  SPONSORSHIP_LABELS,
  TRAINING_PROGRAMME_LABELS,
} from './eligibility.types';

/** The rule id each kind of criterion reports under. */
export const CRITERION_RULE_IDS: Readonly<Record<CriterionKind, RecruitmentRuleId>> = {
  EDUCATION: 'RC-2.education',
  FULL_TIME: 'RC-2.full-time',
  GRADUATION_YEAR: 'RC-2.graduation-year',
  PRIMARY_CARE: 'RC-2.primary-care',
  NATIONALITY: 'RC-2.nationality',
  AGE_LIMIT: 'RC-2.age',
  NOT_SPONSORED: 'RC-2.sponsorship',
  NOT_SERVING_MILITARY: 'RC-2.military',
  NOT_IN_TRAINING: 'RC-2.in-training',
  LICENCE: 'RC-2.licence',
  EXCLUDED_EDUCATION: 'RC-2.education-excluded',
  NO_ACTIVE_BAN: 'RC-8',
};

export const CRITERION_LABELS: Readonly<Record<CriterionKind, Bilingual>> = {
  EDUCATION: { zh: '学历与专业', en: 'Education and major' },
  FULL_TIME: { zh: '全日制学历', en: 'Full-time study' },
  GRADUATION_YEAR: { zh: '毕业年份', en: 'Graduation year' },
  PRIMARY_CARE: { zh: '基层医疗卫生机构工作', en: 'Primary-care work' },
  NATIONALITY: { zh: '国籍', en: 'Nationality' },
  AGE_LIMIT: { zh: '年龄', en: 'Age' },
  NOT_SPONSORED: { zh: '定向生、委培生', en: 'Oriented or commissioned student' },
  NOT_SERVING_MILITARY: { zh: '现役军人', en: 'Serving military' },
  NOT_IN_TRAINING: { zh: '在培或退培人员', en: 'In training or withdrawn' },
  LICENCE: { zh: '执业资格', en: 'Physician licence' },
  EXCLUDED_EDUCATION: { zh: '不在招录之列的学历', en: 'Excluded education levels' },
  NO_ACTIVE_BAN: { zh: '报名资格限制', en: 'Bans on signing up' },
};

interface Finding {
  passed: boolean;
  data: CheckData;
  explanation: Bilingual;
}

const OK: Bilingual = { zh: '符合', en: 'eligible' };
const NOT_OK: Bilingual = { zh: '不符合', en: 'not eligible' };

function finding(passed: boolean, data: CheckData, zh: string, en: string): Finding {
  const word = passed ? OK : NOT_OK;
  return { passed, data, explanation: { zh: `${zh}：${word.zh}`, en: `${en}: ${word.en}` } };
}

const zhList = <T extends string>(values: readonly T[], labels: Readonly<Record<T, Bilingual>>): string => values.map((value) => labels[value].zh).join('、');
const enList = <T extends string>(values: readonly T[], labels: Readonly<Record<T, Bilingual>>): string => values.map((value) => labels[value].en).join(', ');

/** The Beijing date a date-dependent rule is judged on. */
export function referenceDate(on: ReferenceDay, context: JudgementContext): LocalDate {
  switch (on) {
    case 'SIGNUP_OPENS':
      return beijingDateOf(context.round.signupWindow.opensAt);
    case 'LAST_SIGNUP_DAY':
      return lastDayOf(context.round.signupWindow);
    case 'JUDGED_ON':
      return beijingDateOf(context.judgedAt);
  }
}

const REFERENCE_WORDS: Readonly<Record<ReferenceDay, Bilingual>> = {
  SIGNUP_OPENS: { zh: '报名开始日', en: 'the first day of sign-up' },
  LAST_SIGNUP_DAY: { zh: '报名截止日', en: 'the last day of sign-up' },
  JUDGED_ON: { zh: '审核当日', en: 'the day of judging' },
};

// ---------- one function per kind ----------

function checkEducation(criterion: Extract<EligibilityCriterion, { kind: 'EDUCATION' }>, facts: ApplicantFacts): Finding {
  const required = `${zhList(criterion.levels, EDUCATION_LEVEL_LABELS)}层次${zhList(criterion.majors, MAJOR_LABELS)}专业`;
  const requiredEn = `${enList(criterion.levels, EDUCATION_LEVEL_LABELS)} in ${enList(criterion.majors, MAJOR_LABELS)}`;
  const data: CheckData = { requiredLevels: [...criterion.levels], requiredMajors: [...criterion.majors], level: facts.education?.level ?? null, major: facts.education?.major ?? null };
  const education = facts.education;
  if (education === null) return finding(false, data, `未填写学历，须为${required}`, `no education given; ${requiredEn} required`);
  const levelOk = criterion.levels.includes(education.level);
  const majorOk = criterion.majors.includes(education.major);
  const has = `${EDUCATION_LEVEL_LABELS[education.level].zh}、${MAJOR_LABELS[education.major].zh}`;
  const hasEn = `${EDUCATION_LEVEL_LABELS[education.level].en}, ${MAJOR_LABELS[education.major].en}`;
  return finding(levelOk && majorOk, data, `学历${has}，要求${required}`, `education ${hasEn}; required ${requiredEn}`);
}

function checkFullTime(criterion: Extract<EligibilityCriterion, { kind: 'FULL_TIME' }>, facts: ApplicantFacts): Finding {
  const education = facts.education;
  const data: CheckData = { requiredLengthYears: criterion.lengthYears, fullTime: education?.fullTime ?? null, lengthYears: education?.lengthYears ?? null };
  const required = criterion.lengthYears === null ? '全日制' : `${criterion.lengthYears}年全日制`;
  const requiredEn = criterion.lengthYears === null ? 'full-time' : `${criterion.lengthYears}-year full-time`;
  if (education === null) return finding(false, data, `未填写学历，须为${required}`, `no education given; ${requiredEn} required`);
  const lengthOk = criterion.lengthYears === null || education.lengthYears === criterion.lengthYears;
  const has = `${education.fullTime ? '全日制' : '非全日制'}${education.lengthYears === null ? '（学制未填）' : `，学制${education.lengthYears}年`}`;
  const hasEn = `${education.fullTime ? 'full-time' : 'not full-time'}, ${education.lengthYears === null ? 'length not given' : `${education.lengthYears} years`}`;
  return finding(education.fullTime && lengthOk, data, `${has}，要求${required}`, `${hasEn}; ${requiredEn} required`);
}

function checkGraduationYear(criterion: Extract<EligibilityCriterion, { kind: 'GRADUATION_YEAR' }>, facts: ApplicantFacts, context: JudgementContext): Finding {
  const latest = context.round.year + criterion.latestAfterRoundYear;
  const data: CheckData = { graduationYear: facts.education?.graduationYear ?? null, earliest: criterion.from, latest };
  const range = criterion.from === null ? `${latest}年及以前` : `${criterion.from}–${latest}年`;
  const rangeEn = criterion.from === null ? `${latest} or earlier` : `${criterion.from}–${latest}`;
  if (facts.education === null) return finding(false, data, `未填写毕业年份，须为${range}`, `no graduation year; ${rangeEn} required`);
  const year = facts.education.graduationYear;
  const passed = Number.isInteger(year) && year <= latest && (criterion.from === null || year >= criterion.from);
  const kind = year === context.round.year ? '（应届）' : year < context.round.year ? '（往届）' : '';
  return finding(passed, data, `${year}年毕业${kind}，要求${range}毕业`, `graduates in ${year}; ${rangeEn} required`);
}

function groupFinding(group: EmploymentGroup, facts: ApplicantFacts, context: JudgementContext): { matched: boolean; zh: string; en: string } {
  const employment = facts.employment;
  const name = group.label;
  if (employment === null) return { matched: false, zh: `${name.zh}：未填写工作单位`, en: `${name.en}: no workplace given` };
  const reasons: Bilingual[] = [];
  if (!group.statuses.includes(employment.status)) {
    reasons.push(employment.status === 'EMPLOYED' ? { zh: '须为拟进入', en: 'must be about to join' } : { zh: '须已在岗', en: 'must already work there' });
  }
  if (!group.facilities.includes(employment.facility)) {
    reasons.push({ zh: `单位类型为${FACILITY_LABELS[employment.facility].zh}，须为${zhList(group.facilities, FACILITY_LABELS)}`, en: `facility is ${FACILITY_LABELS[employment.facility].en}; must be ${enList(group.facilities, FACILITY_LABELS)}` });
  }
  if (group.ruralOnly && !employment.rural) reasons.push({ zh: '须为农村基层医疗机构', en: 'must be rural' });
  if (group.withinJurisdiction) {
    const info = JURISDICTION_INFO[context.round.jurisdiction];
    if (employment.regionCode === null || !employment.regionCode.startsWith(info.regionCodePrefix)) {
      reasons.push({ zh: `单位须在${info.name.zh}`, en: `facility must be in ${info.name.en}` });
    }
  }
  if (group.startYears !== null && employment.status === 'EMPLOYED') {
    const { from, to } = group.startYears;
    const year = employment.startYear;
    const range = `${from ?? ''}–${to ?? ''}`;
    if (year === null || (from !== null && year < from) || (to !== null && year > to)) {
      reasons.push({ zh: `入职年份${year ?? '未填'}，须在${range}年`, en: `joined in ${year ?? '(not given)'}; must be ${range}` });
    }
  }
  for (const programme of group.noPriorTraining) {
    const trained = facts.trainingRecords.find((record) => record.programme === programme && record.status !== 'WITHDRAWN');
    if (trained) {
      reasons.push({ zh: `已接受${TRAINING_PROGRAMME_LABELS[programme].zh}（${trained.where}）`, en: `already had ${TRAINING_PROGRAMME_LABELS[programme].en} (${trained.where})` });
    }
  }
  if (reasons.length === 0) return { matched: true, zh: `属于"${name.zh}"`, en: `belongs to "${name.en}"` };
  return { matched: false, zh: `不属于"${name.zh}"（${reasons.map((r) => r.zh).join('；')}）`, en: `not "${name.en}" (${reasons.map((r) => r.en).join('; ')})` };
}

function checkPrimaryCare(criterion: Extract<EligibilityCriterion, { kind: 'PRIMARY_CARE' }>, facts: ApplicantFacts, context: JudgementContext): Finding {
  const results = criterion.groups.map((group) => ({ group, ...groupFinding(group, facts, context) }));
  const matched = results.filter((result) => result.matched).map((result) => result.group.id);
  const employment = facts.employment;
  const data: CheckData = {
    groups: criterion.groups.map((group) => group.id),
    matchedGroups: matched,
    status: employment?.status ?? null,
    facility: employment?.facility ?? null,
    rural: employment?.rural ?? null,
    regionCode: employment?.regionCode ?? null,
    startYear: employment?.startYear ?? null,
    priorTraining: facts.trainingRecords.map((record) => `${record.programme}:${record.status}`),
  };
  return finding(matched.length > 0, data, results.map((r) => r.zh).join('；'), results.map((r) => r.en).join('; '));
}

function checkNationality(criterion: Extract<EligibilityCriterion, { kind: 'NATIONALITY' }>, facts: ApplicantFacts): Finding {
  const data: CheckData = { citizenship: facts.citizenship, accepted: [...criterion.accepted] };
  const accepted = zhList(criterion.accepted, CITIZENSHIP_LABELS);
  if (facts.citizenship === null) return finding(false, data, `未填写国籍，须为${accepted}`, 'nationality not given');
  return finding(
    criterion.accepted.includes(facts.citizenship),
    data,
    `国籍为${CITIZENSHIP_LABELS[facts.citizenship].zh}，接受${accepted}`,
    `${CITIZENSHIP_LABELS[facts.citizenship].en}; accepted: ${enList(criterion.accepted, CITIZENSHIP_LABELS)}`,
  );
}

function checkAge(criterion: Extract<EligibilityCriterion, { kind: 'AGE_LIMIT' }>, facts: ApplicantFacts, context: JudgementContext): Finding {
  const on = referenceDate(criterion.on, context);
  const when = REFERENCE_WORDS[criterion.on];
  const data: CheckData = { birthDate: facts.birthDate, referenceDate: on, maxAge: criterion.maxAge, age: null };
  if (facts.birthDate === null || !isValidLocalDate(facts.birthDate)) {
    return finding(false, data, `出生日期缺失或无效，无法判断是否${criterion.maxAge}周岁以下`, `birth date missing or invalid, so age ≤ ${criterion.maxAge} cannot be shown`);
  }
  const age = fullYearsOn(facts.birthDate, on);
  data.age = age;
  return finding(
    age <= criterion.maxAge,
    data,
    `${facts.birthDate}出生，至${when.zh}（${on}）${age}周岁，要求${criterion.maxAge}周岁以下（含${criterion.maxAge}周岁）`,
    `born ${facts.birthDate}, ${age} on ${when.en} (${on}); at most ${criterion.maxAge} allowed`,
  );
}

function checkSponsorship(criterion: Extract<EligibilityCriterion, { kind: 'NOT_SPONSORED' }>, facts: ApplicantFacts): Finding {
  const data: CheckData = { sponsorship: facts.sponsorship, excluded: [...criterion.excluded] };
  const label = SPONSORSHIP_LABELS[facts.sponsorship];
  return finding(
    !criterion.excluded.includes(facts.sponsorship),
    data,
    `${label.zh}；${zhList(criterion.excluded, SPONSORSHIP_LABELS)}不予招收`,
    `${label.en}; not admitted: ${enList(criterion.excluded, SPONSORSHIP_LABELS)}`,
  );
}

function checkMilitary(facts: ApplicantFacts): Finding {
  return finding(
    !facts.servingMilitary,
    { servingMilitary: facts.servingMilitary },
    facts.servingMilitary ? '现役军人不予招收' : '非现役军人',
    facts.servingMilitary ? 'serving military are not admitted' : 'not serving in the military',
  );
}

function checkInTraining(criterion: Extract<EligibilityCriterion, { kind: 'NOT_IN_TRAINING' }>, facts: ApplicantFacts, context: JudgementContext): Finding {
  const on = referenceDate(criterion.on, context);
  const relevant = facts.trainingRecords.filter((record) => criterion.programmes.includes(record.programme));
  const data: CheckData = {
    referenceDate: on,
    withdrawnYears: criterion.withdrawnYears,
    records: relevant.map((record) => `${record.programme}:${record.status}${record.withdrawnOn ? `:${record.withdrawnOn}` : ''}`),
  };
  const blocking: Bilingual[] = [];
  for (const record of relevant) {
    const programme = TRAINING_PROGRAMME_LABELS[record.programme];
    switch (record.status) {
      case 'IN_TRAINING':
        blocking.push({ zh: `正在${record.where}参加${programme.zh}`, en: `in ${programme.en} at ${record.where}` });
        break;
      case 'WITHDRAWN': {
        if (record.withdrawnOn === null || !isValidLocalDate(record.withdrawnOn)) {
          blocking.push({ zh: `曾在${record.where}退培，退培日期不详`, en: `withdrew from ${programme.en} at ${record.where} on an unknown date` });
          break;
        }
        const free = anniversary(record.withdrawnOn, criterion.withdrawnYears);
        if (on < free) {
          blocking.push({
            zh: `${record.withdrawnOn}在${record.where}退培，至${on}未满${criterion.withdrawnYears}年（${free}起可报名）`,
            en: `withdrew at ${record.where} on ${record.withdrawnOn}, less than ${criterion.withdrawnYears} years before ${on} (may apply from ${free})`,
          });
        }
        break;
      }
      case 'COMPLETED':
        break;
    }
  }
  if (blocking.length > 0) return finding(false, data, blocking.map((b) => b.zh).join('；'), blocking.map((b) => b.en).join('; '));
  const withdrawn = relevant.filter((record) => record.status === 'WITHDRAWN');
  return withdrawn.length > 0
    ? finding(true, data, `退培已满${criterion.withdrawnYears}年（至${on}）`, `withdrew ${criterion.withdrawnYears} or more years before ${on}`)
    : finding(true, data, `无在培或退培记录`, 'no training in progress or withdrawn');
}

function checkLicence(criterion: Extract<EligibilityCriterion, { kind: 'LICENCE' }>, facts: ApplicantFacts): Finding {
  const { qualification, gpScope } = facts.licence;
  const data: CheckData = { qualification, gpScope, excludeFull: criterion.excludeFull, excludeAssistantWithGpScope: criterion.excludeAssistantWithGpScope };
  switch (qualification) {
    case 'FULL':
      return criterion.excludeFull
        ? finding(false, data, '已取得执业医师资格，不在招录之列', 'holds a full physician licence, which is excluded')
        : finding(true, data, '已取得执业医师资格', 'holds a full physician licence');
    case 'ASSISTANT':
      if (gpScope && criterion.excludeAssistantWithGpScope) {
        return finding(false, data, '已取得执业助理医师资格且执业范围已加注全科医学', 'assistant licence already with general practice in its scope');
      }
      return finding(true, data, `已取得执业助理医师资格，执业范围${gpScope ? '已' : '未'}加注全科医学`, `assistant licence, general practice ${gpScope ? 'in' : 'not in'} its scope`);
    case 'NONE':
      return finding(true, data, '未取得执业（助理）医师资格', 'no physician licence');
  }
}

function checkExcludedEducation(criterion: Extract<EligibilityCriterion, { kind: 'EXCLUDED_EDUCATION' }>, facts: ApplicantFacts): Finding {
  const level = facts.education?.level ?? null;
  const data: CheckData = { level, excluded: [...criterion.levels] };
  const excluded = zhList(criterion.levels, EDUCATION_LEVEL_LABELS);
  if (level === null) return finding(false, data, '未填写学历', 'no education given');
  return finding(
    !criterion.levels.includes(level),
    data,
    `学历为${EDUCATION_LEVEL_LABELS[level].zh}；${excluded}学历不在招录之列`,
    `education ${EDUCATION_LEVEL_LABELS[level].en}; excluded: ${enList(criterion.levels, EDUCATION_LEVEL_LABELS)}`,
  );
}

function checkBans(context: JudgementContext): Finding {
  const bans = activeBans(context.banHistory, context.round, context.judgedAt);
  const data: CheckData = {
    records: context.banHistory.records.length,
    activeBans: bans.map((ban) => `${ban.record.kind}:${ban.record.round.code}:${ban.record.occurredOn}`),
  };
  if (bans.length === 0) {
    return { passed: true, data, explanation: { zh: '无限制报名的记录：符合', en: 'no ban holds for this round: eligible' } };
  }
  // Each ban's explanation already ends with its verdict.
  return { passed: false, data, explanation: { zh: bans.map((ban) => ban.explanation.zh).join('；'), en: bans.map((ban) => ban.explanation.en).join('; ') } };
}

function check(criterion: EligibilityCriterion, facts: ApplicantFacts, context: JudgementContext): Finding {
  switch (criterion.kind) {
    case 'EDUCATION':
      return checkEducation(criterion, facts);
    case 'FULL_TIME':
      return checkFullTime(criterion, facts);
    case 'GRADUATION_YEAR':
      return checkGraduationYear(criterion, facts, context);
    case 'PRIMARY_CARE':
      return checkPrimaryCare(criterion, facts, context);
    case 'NATIONALITY':
      return checkNationality(criterion, facts);
    case 'AGE_LIMIT':
      return checkAge(criterion, facts, context);
    case 'NOT_SPONSORED':
      return checkSponsorship(criterion, facts);
    case 'NOT_SERVING_MILITARY':
      return checkMilitary(facts);
    case 'NOT_IN_TRAINING':
      return checkInTraining(criterion, facts, context);
    case 'LICENCE':
      return checkLicence(criterion, facts);
    case 'EXCLUDED_EDUCATION':
      return checkExcludedEducation(criterion, facts);
    case 'NO_ACTIVE_BAN':
      return checkBans(context);
  }
}

/**
 * RC-2 (and RC-8 at sign-up): a verdict listing every criterion of the policy, in its order, with the facts it
 * used, PASS or FAIL and the reason in Chinese and English, stamped with the policy's id and version.
 */
export function judgeApplicant(policy: EligibilityPolicy, facts: ApplicantFacts, context: JudgementContext): RecruitmentVerdict {
  if (policy.jurisdiction !== context.round.jurisdiction) {
    throw new RangeError(`Policy ${policy.id} belongs to ${policy.jurisdiction}, round ${context.round.code} to ${context.round.jurisdiction}`);
  }
  const checks: RecruitmentCheck[] = policy.criteria.map((criterion) => {
    const result = check(criterion, facts, context);
    return {
      rule: CRITERION_RULE_IDS[criterion.kind],
      label: CRITERION_LABELS[criterion.kind],
      outcome: result.passed ? 'PASS' : 'FAIL',
      data: result.data,
      explanation: result.explanation,
    };
  });
  const failedRules = checks.filter((each) => each.outcome === 'FAIL').map((each) => each.rule);
  return {
    policyId: policy.id,
    policyVersion: policy.version,
    roundCode: context.round.code,
    evaluatedAt: context.judgedAt.toISOString(),
    eligible: failedRules.length === 0,
    checks,
    failedRules,
  };
}
