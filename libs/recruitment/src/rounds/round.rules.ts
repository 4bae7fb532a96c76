import { beijingDateOf, beijingToInstant, beijingYearOf, formatBeijing, TimeWindow } from '@app/common/time';
import { AdmissionConfig, AdmissionRound, APPLICANT_TYPES, ApplicantType, TrackQuota } from '../admission';
import { ELIGIBILITY_POLICIES, EligibilityPolicy, findPolicy } from '../eligibility';
import { ConfigProblem, problem } from '../problems';
import { REVIEW_LEVELS, ReviewLevel, reviewLevels } from '../review';
import { AssessmentSchedule, RecruitmentRound } from './round.types';

/**
 * A round's configuration checked as a whole: every problem is listed with the field it concerns, so a centre
 * fixing a round sees all of them at once. Nothing here throws on a bad round.
 */

const at = (date: Date) => formatBeijing(date);

function checkWindow(path: string, window: TimeWindow, problems: ConfigProblem[]): boolean {
  if (Number.isNaN(window.opensAt.getTime()) || Number.isNaN(window.closesAt.getTime())) {
    problems.push(problem(path, '时间无效', 'not a valid time'));
    return false;
  }
  if (window.opensAt.getTime() >= window.closesAt.getTime()) {
    problems.push(problem(path, `开始时间 ${at(window.opensAt)} 须早于结束时间 ${at(window.closesAt)}`, `opens ${at(window.opensAt)}, must be before it closes ${at(window.closesAt)}`));
    return false;
  }
  return true;
}

function notBefore(path: string, later: Date, earlier: Date, what: { zh: string; en: string }, problems: ConfigProblem[]): void {
  if (later.getTime() < earlier.getTime()) {
    problems.push(problem(path, `${at(later)} 早于${what.zh}（${at(earlier)}）`, `${at(later)} is before ${what.en} (${at(earlier)})`));
  }
}

const ASSESSMENT_ORDER: Readonly<Record<AssessmentSchedule['round'], number>> = { FIRST: 0, SECOND: 1, ADJUSTMENT: 2 };

function checkRanking(round: RecruitmentRound, problems: ConfigProblem[]): void {
  const { ranking, admissionRules } = round;
  const { mechanism, adjustment } = admissionRules;
  if (mechanism === 'CENTRAL_PARALLEL' && ranking.kind !== 'CENTRE_RANKING') {
    problems.push(problem('ranking.kind', '平行志愿须按中心排名', 'central parallel admission ranks by the centre ranking'));
  }
  if (mechanism === 'SEQUENTIAL_CHOICES' && ranking.kind !== 'BASE_ASSESSMENT') {
    problems.push(problem('ranking.kind', '顺序志愿须按各基地考核成绩', 'sequential choice rounds rank by the bases’ assessments'));
  }
  if (ranking.kind === 'CENTRE_RANKING') {
    if (adjustment.enabled && adjustment.rankBy !== 'RANKING_SCORE') {
      problems.push(problem('admissionRules.adjustment.rankBy', '中心排名的调剂须按排名成绩', 'adjustment after a centre ranking ranks by that score'));
    }
    return;
  }
  const rounds = ranking.rounds;
  const expected: AssessmentSchedule['round'][] = ['FIRST'];
  if (round.choices.max === 2) expected.push('SECOND');
  if (adjustment.enabled) expected.push('ADJUSTMENT');
  const listed = rounds.map((each) => each.round);
  if (listed.join() !== expected.join()) {
    problems.push(problem('ranking.rounds', `考核轮次须为 ${expected.join(', ')}（依志愿数与是否调剂），实为 ${listed.join(', ') || '无'}`, `assessment rounds must be ${expected.join(', ')} (from the choices and adjustment), got ${listed.join(', ') || 'none'}`));
  }
  if (adjustment.enabled && adjustment.rankBy !== 'ADJUSTMENT_SCORE') {
    problems.push(problem('admissionRules.adjustment.rankBy', '基地考核的调剂须按调剂考核成绩', 'adjustment after base assessments ranks by the adjustment assessment'));
  }
  let previousEnd: Date | null = null;
  rounds.forEach((schedule, index) => {
    const path = `ranking.rounds[${index}]`;
    if (index > 0 && ASSESSMENT_ORDER[schedule.round] <= ASSESSMENT_ORDER[rounds[index - 1].round]) {
      problems.push(problem(`${path}.round`, '考核轮次顺序须为第一志愿、第二志愿、调剂', 'assessment rounds run FIRST, SECOND, ADJUSTMENT'));
    }
    if (schedule.assessment && checkWindow(`${path}.assessment`, schedule.assessment, problems)) {
      if (previousEnd) notBefore(`${path}.assessment.opens`, schedule.assessment.opensAt, previousEnd, { zh: '上一轮结果公布', en: 'the previous round’s results' }, problems);
      if (round.admission.window) {
        notBefore(`${path}.assessment.opens`, schedule.assessment.opensAt, round.admission.window.opensAt, { zh: '录取开始', en: 'admission opening' }, problems);
        notBefore(`${path}.assessment.closes`, round.admission.window.closesAt, schedule.assessment.closesAt, { zh: '本轮考核结束', en: 'this round’s assessment end' }, problems);
      }
      if (schedule.resultsVisibleAt) notBefore(`${path}.resultsVisibleFrom`, schedule.resultsVisibleAt, schedule.assessment.closesAt, { zh: '本轮考核结束', en: 'the end of this round’s assessment' }, problems);
    }
    if (schedule.resultsVisibleAt) {
      previousEnd = schedule.resultsVisibleAt;
      if (round.admission.resultsVisibleAt) {
        notBefore('admission.resultsVisibleFrom', round.admission.resultsVisibleAt, schedule.resultsVisibleAt, { zh: `${schedule.round}轮结果公布`, en: `the ${schedule.round} round’s results` }, problems);
      }
    }
  });
}

function checkQuotas(round: RecruitmentRound, problems: ConfigProblem[]): void {
  const plan = round.quotas;
  if (plan === null) return;
  if (plan.bases.length === 0) problems.push(problem('quotas.bases', '招录计划没有基地', 'the plan lists no base'));
  const entries: Array<{ base: string; city: string | null; quotas: Array<[string, number]> }> =
    plan.split === 'BY_BASE'
      ? plan.bases.map((entry) => ({ base: entry.base, city: entry.city, quotas: [['quota', entry.quota]] }))
      : plan.bases.map((entry) => ({ base: entry.base, city: entry.city, quotas: APPLICANT_TYPES.map((type): [string, number] => [`quotas.${type}`, entry.quotas[type]]) }));
  const names = new Set<string>();
  entries.forEach((entry, index) => {
    const path = `quotas.bases[${index}]`;
    if (entry.base.trim() === '') problems.push(problem(`${path}.base`, '基地名称为空', 'the base name is empty'));
    if (names.has(entry.base)) problems.push(problem(`${path}.base`, `基地"${entry.base}"重复`, `base "${entry.base}" appears twice`));
    names.add(entry.base);
    if (round.admissionRules.adjustment.enabled && round.admissionRules.adjustment.preference === 'SAME_CITY_FIRST' && entry.city === null) {
      problems.push(problem(`${path}.city`, '同城优先调剂须有基地所在市', 'same-city-first adjustment needs every base’s city'));
    }
    for (const [field, quota] of entry.quotas) {
      if (!Number.isSafeInteger(quota) || quota < 0) problems.push(problem(`${path}.${field}`, `名额须为非负整数，实为 ${String(quota)}`, `a quota is a whole number, zero or more; got ${String(quota)}`));
    }
  });
  if (plan.split === 'BY_BASE_AND_TYPE') {
    for (const type of APPLICANT_TYPES) {
      const seats = plan.bases.reduce((sum, base) => sum + base.quotas[type], 0);
      if (!round.applicantTypes.includes(type) && seats > 0) {
        problems.push(problem(`quotas.${type}`, `本批次不招收${type}，却有 ${seats} 个名额`, `${type} is not offered, yet has ${seats} seats`));
      }
      if (round.applicantTypes.includes(type) && seats === 0) {
        problems.push(problem(`quotas.${type}`, `本批次招收${type}，却没有名额`, `${type} is offered but has no seats`));
      }
    }
  }
}

/** Every problem of a round, with the field it concerns; an empty list is a round ready to open. */
export function validateRound(round: RecruitmentRound, policies: readonly EligibilityPolicy[] = ELIGIBILITY_POLICIES): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  if (round.code.trim() === '') problems.push(problem('code', '批次代码为空', 'the code is empty'));
  if (round.name.trim() === '') problems.push(problem('name', '批次名称为空', 'the name is empty'));
  if (!Number.isSafeInteger(round.year) || round.year < 2000 || round.year > 2100) problems.push(problem('year', '年份无效', 'not a valid year'));

  const signupOk = checkWindow('signupWindow', round.signupWindow, problems);
  if (signupOk && beijingYearOf(round.signupWindow.opensAt) !== round.year) {
    problems.push(problem('signupWindow.opens', `报名开始于 ${at(round.signupWindow.opensAt)}，不在 ${round.year} 年`, `sign-up opens ${at(round.signupWindow.opensAt)}, not in ${round.year}`));
  }

  // Reviews and admission may start on the first day of sign-up, before its opening hour (Fujian 2023: 7月9日 both).
  const signupFirstDay = signupOk ? beijingToInstant(beijingDateOf(round.signupWindow.opensAt)) : round.signupWindow.opensAt;

  // The review chain and its windows.
  if (round.applicantTypes.length === 0) problems.push(problem('applicantTypes', '至少招收一种人员类型', 'offer at least one applicant type'));
  if (new Set(round.applicantTypes).size !== round.applicantTypes.length) problems.push(problem('applicantTypes', '人员类型重复', 'an applicant type appears twice'));
  const chainLevels = new Set<ReviewLevel>();
  for (const type of round.applicantTypes) {
    const levels = reviewLevels(round.reviewChain, type, 'BEFORE_ADMISSION');
    if (levels.length === 0) problems.push(problem(`reviewChain.beforeAdmission.${type}`, `${type}没有审核层级`, `no review level for ${type}`));
    if (new Set(levels).size !== levels.length) problems.push(problem(`reviewChain.beforeAdmission.${type}`, '审核层级重复', 'a level appears twice'));
    levels.forEach((level) => chainLevels.add(level));
  }
  if (new Set(round.reviewChain.afterAdmission).size !== round.reviewChain.afterAdmission.length) {
    problems.push(problem('reviewChain.afterAdmission', '审核层级重复', 'a level appears twice'));
  }
  round.reviewChain.afterAdmission.forEach((level) => chainLevels.add(level));
  for (const level of REVIEW_LEVELS) {
    const inChain = chainLevels.has(level);
    const listed = Object.prototype.hasOwnProperty.call(round.reviewWindows, level);
    if (inChain && !listed) problems.push(problem(`reviewWindows.${level}`, '审核链中的层级须给出审核时间（未公布时写 null）', 'every level of the chain needs its window (null when the notice gives none)'));
    if (!inChain && listed) problems.push(problem(`reviewWindows.${level}`, '该层级不在审核链中', 'this level is not in the review chain'));
    const window = round.reviewWindows[level];
    if (window && checkWindow(`reviewWindows.${level}`, window, problems) && signupOk) {
      notBefore(`reviewWindows.${level}.opens`, window.opensAt, signupFirstDay, { zh: '报名首日', en: 'the first day of sign-up' }, problems);
    }
  }

  // Admission, reporting, returns.
  const { window: admission, resultsVisibleAt } = round.admission;
  if (admission && checkWindow('admission.window', admission, problems) && signupOk) {
    notBefore('admission.window.opens', admission.opensAt, signupFirstDay, { zh: '报名首日', en: 'the first day of sign-up' }, problems);
    notBefore('admission.window.closes', admission.closesAt, round.signupWindow.closesAt, { zh: '报名截止', en: 'sign-up closing' }, problems);
  }
  if (resultsVisibleAt && admission) notBefore('admission.resultsVisibleFrom', resultsVisibleAt, admission.closesAt, { zh: '录取结束', en: 'the end of admission' }, problems);
  const lastBeforeReporting = resultsVisibleAt ?? admission?.closesAt ?? round.signupWindow.closesAt;
  if (round.reportingDeadline) notBefore('reportingDeadline', round.reportingDeadline, lastBeforeReporting, { zh: '录取结果公布', en: 'admission results' }, problems);
  if (round.returnDeadline && round.reportingDeadline) {
    notBefore('returnDeadline', round.returnDeadline, round.reportingDeadline, { zh: '报到截止', en: 'the reporting deadline' }, problems);
  }

  checkRanking(round, problems);
  checkQuotas(round, problems);

  if (round.choices.max !== 1 && round.choices.max !== 2) problems.push(problem('choices.max', '志愿数须为1或2', 'at most one or two choices'));
  const secondKey = round.admissionRules.secondKey;
  if (secondKey.kind === 'FIELD' && (secondKey.field.trim() === '' || secondKey.label.trim() === '')) {
    problems.push(problem('admissionRules.secondKey', '第二排序依据须有字段名和显示名称', 'the second key needs a field and a label'));
  }

  const policy = findPolicy(round.eligibilityPolicy, policies);
  if (policy === null) {
    problems.push(problem('eligibilityPolicy', `没有资格政策 ${round.eligibilityPolicy.id}@${round.eligibilityPolicy.version}`, `no eligibility policy ${round.eligibilityPolicy.id}@${round.eligibilityPolicy.version}`));
  } else if (policy.jurisdiction !== round.jurisdiction) {
    problems.push(problem('eligibilityPolicy', `资格政策属于${policy.jurisdiction}，批次属于${round.jurisdiction}`, `the policy belongs to ${policy.jurisdiction}, the round to ${round.jurisdiction}`));
  }

  const documents = round.documents;
  if (!Number.isSafeInteger(documents.maxBytes) || documents.maxBytes <= 0) problems.push(problem('documents.maxBytes', '文件大小上限须为正整数', 'the size limit must be a positive whole number'));
  if (documents.formats.length === 0) problems.push(problem('documents.formats', '至少允许一种文件格式', 'allow at least one format'));
  return problems;
}

/** The admission rule of a run: the round's configuration plus the seed drawn for this run. */
export function admissionConfigOf(round: RecruitmentRound, lotterySeed: string, runThrough?: AdmissionRound): AdmissionConfig {
  const { mechanism, adjustment, secondKey } = round.admissionRules;
  return {
    mechanism,
    adjustment: { ...adjustment },
    tieBreak: { secondKey: { ...secondKey }, lotterySeed },
    ...(runThrough === undefined ? {} : { runThrough }),
  };
}

/** The base (and city) the service holds for a plan's base name; null when it knows none. */
export type BaseResolver = (baseName: string, cityName: string | null) => { baseId: number; cityId: number | null } | null;

/** The round's plan as admit()'s tracks; every base name the resolver does not know is a problem. */
export function roundTracks(round: RecruitmentRound, resolve: BaseResolver): { tracks: TrackQuota[]; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const tracks: TrackQuota[] = [];
  if (round.quotas === null) {
    return { tracks, problems: [problem('quotas', '本批次尚无招录计划', 'the round has no recruitment plan yet')] };
  }
  const plan = round.quotas;
  const entries: Array<{ base: string; city: string | null; seats: Array<[ApplicantType | null, number]> }> =
    plan.split === 'BY_BASE'
      ? plan.bases.map((entry) => ({ base: entry.base, city: entry.city, seats: [[null, entry.quota]] }))
      : plan.bases.map((entry) => ({ base: entry.base, city: entry.city, seats: round.applicantTypes.map((type): [ApplicantType, number] => [type, entry.quotas[type]]) }));
  entries.forEach((entry, index) => {
    const base = resolve(entry.base, entry.city);
    if (base === null) {
      problems.push(problem(`quotas.bases[${index}].base`, `未知基地"${entry.base}"`, `unknown base "${entry.base}"`));
      return;
    }
    for (const [applicantType, quota] of entry.seats) tracks.push({ baseId: base.baseId, cityId: base.cityId, applicantType, quota });
  });
  return { tracks, problems };
}

/** Seats a base offers to an applicant type in this round: null when the base is not in the plan. */
export function seatsFor(round: RecruitmentRound, baseName: string, applicantType: ApplicantType): number | null {
  if (round.quotas === null || !round.applicantTypes.includes(applicantType)) return null;
  const plan = round.quotas;
  if (plan.split === 'BY_BASE') return plan.bases.find((entry) => entry.base === baseName)?.quota ?? null;
  return plan.bases.find((entry) => entry.base === baseName)?.quotas[applicantType] ?? null;
}
