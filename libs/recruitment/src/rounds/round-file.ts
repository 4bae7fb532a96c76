import { beijingToInstant, TimeWindow } from '@app/common/time';
import { ADMISSION_MECHANISMS, AdjustmentConfig, AdmissionMechanism, APPLICANT_TYPES, ApplicantType, SecondKey } from '../admission';
import { noticeDeadline } from '../calendar';
import { DEFAULT_DOCUMENT_MAX_BYTES, DiplomaAlternative, DocumentFormat, DocumentRequirements } from '../documents';
import { ELIGIBILITY_POLICIES, EligibilityPolicy } from '../eligibility';
import { isJurisdiction, JURISDICTIONS } from '../jurisdiction';
import { ConfigProblem, problem } from '../problems';
import { REVIEW_LEVELS, ReviewChain, ReviewLevel } from '../review';
import { parseQuotaPlan } from './quota-plan';
import { validateRound } from './round.rules';
import { AssessmentSchedule, QuotaPlan, RankingConfig, RecruitmentRound } from './round.types';

/**
 * config/recruitment/*.json: a round as its notice words it. Times are Beijing notice times ("2025-07-01 08:00",
 * or a date alone); a window's date-only close runs to 24:00 of that day, a deadline "by 8月31日" to 24:00 of
 * 31 August, a "results from 7月29日" time to 00:00 of the 29th. The quota plan is named by its CSV file.
 * readRoundFile lists every problem of the file, of its plan and of the round it describes.
 */

export type RoundFileRead = { ok: true; round: RecruitmentRound } | { ok: false; problems: ConfigProblem[] };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

class FileReader {
  readonly problems: ConfigProblem[] = [];

  fail(path: string, zh: string, en: string): null {
    this.problems.push(problem(path, zh, en));
    return null;
  }

  object(value: unknown, path: string): Json | null {
    return isObject(value) ? value : this.fail(path, '须为对象', 'must be an object');
  }

  string(value: unknown, path: string): string | null {
    return typeof value === 'string' && value.trim() !== '' ? value : this.fail(path, '须为非空文本', 'must be non-empty text');
  }

  integer(value: unknown, path: string): number | null {
    return Number.isSafeInteger(value) ? (value as number) : this.fail(path, '须为整数', 'must be a whole number');
  }

  boolean(value: unknown, path: string): boolean | null {
    return typeof value === 'boolean' ? value : this.fail(path, '须为 true 或 false', 'must be true or false');
  }

  oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T | null {
    return typeof value === 'string' && (allowed as readonly string[]).includes(value)
      ? (value as T)
      : this.fail(path, `须为 ${allowed.join(' / ')} 之一`, `must be one of ${allowed.join(', ')}`);
  }

  list<T>(value: unknown, path: string, item: (each: unknown, path: string) => T | null): T[] | null {
    if (!Array.isArray(value)) return this.fail(path, '须为数组', 'must be an array');
    const items = value.map((each, index) => item(each, `${path}[${index}]`));
    return items.every((each) => each !== null) ? items : null;
  }

  instant(value: unknown, path: string, read: (text: string) => Date): Date | null {
    const text = this.string(value, path);
    if (text === null) return null;
    try {
      return read(text);
    } catch {
      return this.fail(path, `"${text}"不是北京时间（YYYY-MM-DD 或 YYYY-MM-DD HH:MM）`, `"${text}" is not a Beijing time (YYYY-MM-DD or YYYY-MM-DD HH:MM)`);
    }
  }

  /** A window as a notice gives it: { opens, closes }. */
  window(value: unknown, path: string): TimeWindow | null {
    const raw = this.object(value, path);
    if (raw === null) return null;
    const opensAt = this.instant(raw.opens, `${path}.opens`, beijingToInstant);
    const closesAt = this.instant(raw.closes, `${path}.closes`, noticeDeadline);
    return opensAt && closesAt ? { opensAt, closesAt } : null;
  }

  nullable<T>(value: unknown, read: (value: unknown) => T | null): T | null | undefined {
    return value === null ? null : (read(value) ?? undefined);
  }
}

const DIPLOMA_ALTERNATIVES: readonly DiplomaAlternative[] = ['GRADUATION_PROMISE', 'STUDENT_CARD_AND_ENROLMENT_RECORD'];
const DOCUMENT_FORMATS: readonly DocumentFormat[] = ['JPEG', 'PNG', 'PDF'];
const ASSESSMENT_ROUNDS = ['FIRST', 'SECOND', 'ADJUSTMENT'] as const;

function readChain(reader: FileReader, value: unknown): ReviewChain | null {
  const raw = reader.object(value, 'reviewChain');
  if (raw === null) return null;
  const before = reader.object(raw.beforeAdmission, 'reviewChain.beforeAdmission');
  const levels = (each: unknown, path: string) => reader.list(each, path, (level, at) => reader.oneOf(level, REVIEW_LEVELS, at));
  const employed = before ? levels(before.EMPLOYED ?? [], 'reviewChain.beforeAdmission.EMPLOYED') : null;
  const independent = before ? levels(before.INDEPENDENT ?? [], 'reviewChain.beforeAdmission.INDEPENDENT') : null;
  const after = levels(raw.afterAdmission, 'reviewChain.afterAdmission');
  return employed && independent && after ? { beforeAdmission: { EMPLOYED: employed, INDEPENDENT: independent }, afterAdmission: after } : null;
}

function readRanking(reader: FileReader, value: unknown): RankingConfig | null {
  const raw = reader.object(value, 'ranking');
  if (raw === null) return null;
  const kind = reader.oneOf(raw.kind, ['CENTRE_RANKING', 'BASE_ASSESSMENT'] as const, 'ranking.kind');
  if (kind === 'CENTRE_RANKING') return { kind };
  if (kind === null) return null;
  const rounds = reader.list(raw.rounds, 'ranking.rounds', (each, path): AssessmentSchedule | null => {
    const schedule = reader.object(each, path);
    if (schedule === null) return null;
    const round = reader.oneOf(schedule.round, ASSESSMENT_ROUNDS, `${path}.round`);
    const assessment = reader.nullable(schedule.assessment, (window) => reader.window(window, `${path}.assessment`));
    const results = reader.nullable(schedule.resultsVisibleFrom, (text) => reader.instant(text, `${path}.resultsVisibleFrom`, beijingToInstant));
    return round && assessment !== undefined && results !== undefined ? { round, assessment, resultsVisibleAt: results } : null;
  });
  return rounds ? { kind, rounds } : null;
}

function readAdmissionRules(reader: FileReader, value: unknown): RecruitmentRound['admissionRules'] | null {
  const raw = reader.object(value, 'admissionRules');
  if (raw === null) return null;
  const mechanism = reader.oneOf<AdmissionMechanism>(raw.mechanism, ADMISSION_MECHANISMS, 'admissionRules.mechanism');
  const adjustmentRaw = reader.object(raw.adjustment, 'admissionRules.adjustment');
  let adjustment: AdjustmentConfig | null = null;
  if (adjustmentRaw) {
    const enabled = reader.boolean(adjustmentRaw.enabled, 'admissionRules.adjustment.enabled');
    const preference = reader.oneOf(adjustmentRaw.preference, ['SAME_CITY_FIRST', 'NONE'] as const, 'admissionRules.adjustment.preference');
    const rankBy = reader.oneOf(adjustmentRaw.rankBy, ['RANKING_SCORE', 'ADJUSTMENT_SCORE'] as const, 'admissionRules.adjustment.rankBy');
    adjustment = enabled !== null && preference && rankBy ? { enabled, preference, rankBy } : null;
  }
  const keyRaw = reader.object(raw.secondKey, 'admissionRules.secondKey');
  let secondKey: SecondKey | null = null;
  if (keyRaw) {
    const kind = reader.oneOf(keyRaw.kind, ['NONE', 'SUBMITTED_EARLIER', 'FIELD'] as const, 'admissionRules.secondKey.kind');
    if (kind === 'NONE' || kind === 'SUBMITTED_EARLIER') secondKey = { kind };
    if (kind === 'FIELD') {
      const field = reader.string(keyRaw.field, 'admissionRules.secondKey.field');
      const label = reader.string(keyRaw.label, 'admissionRules.secondKey.label');
      const order = reader.oneOf(keyRaw.order, ['HIGHER_FIRST', 'LOWER_FIRST'] as const, 'admissionRules.secondKey.order');
      secondKey = field && label && order ? { kind, field, label, order } : null;
    }
  }
  return mechanism && adjustment && secondKey ? { mechanism, adjustment, secondKey } : null;
}

function readDocuments(reader: FileReader, value: unknown): DocumentRequirements | null {
  const raw = reader.object(value, 'documents');
  if (raw === null) return null;
  const maxBytes = raw.maxBytes === undefined ? DEFAULT_DOCUMENT_MAX_BYTES : reader.integer(raw.maxBytes, 'documents.maxBytes');
  const formats = reader.list(raw.formats, 'documents.formats', (each, path) => reader.oneOf(each, DOCUMENT_FORMATS, path));
  const photo = reader.boolean(raw.photo, 'documents.photo');
  const alternatives = reader.list(raw.diplomaAlternatives, 'documents.diplomaAlternatives', (each, path) => reader.oneOf(each, DIPLOMA_ALTERNATIVES, path));
  const qualification = reader.boolean(raw.physicianQualificationIfHeld, 'documents.physicianQualificationIfHeld');
  const overseas = reader.boolean(raw.overseasDegreeCertification, 'documents.overseasDegreeCertification');
  const employedRaw = reader.object(raw.employed, 'documents.employed');
  const labourContract = employedRaw ? reader.boolean(employedRaw.labourContract, 'documents.employed.labourContract') : null;
  const employerConsent = employedRaw ? reader.boolean(employedRaw.employerConsent, 'documents.employed.employerConsent') : null;
  const countyLetter = employedRaw ? reader.boolean(employedRaw.countyLetterForLocallyOriented, 'documents.employed.countyLetterForLocallyOriented') : null;
  if (maxBytes === null || !formats || photo === null || !alternatives || qualification === null || overseas === null) return null;
  if (labourContract === null || employerConsent === null || countyLetter === null) return null;
  return {
    maxBytes,
    formats,
    photo,
    diplomaAlternatives: alternatives,
    physicianQualificationIfHeld: qualification,
    overseasDegreeCertification: overseas,
    employed: { labourContract, employerConsent, countyLetterForLocallyOriented: countyLetter },
  };
}

function readQuotas(reader: FileReader, value: unknown, plans: Readonly<Record<string, string>>): QuotaPlan | null | undefined {
  if (value === null) return null;
  const name = reader.string(value, 'quotaPlan');
  if (name === null) return undefined;
  const text = plans[name];
  if (text === undefined) {
    reader.fail('quotaPlan', `找不到招录计划文件"${name}"`, `no plan file "${name}"`);
    return undefined;
  }
  const parsed = parseQuotaPlan(text);
  if (parsed.ok) return parsed.plan;
  for (const each of parsed.problems) reader.problems.push({ path: `quotaPlan (${name}): ${each.path}`, message: each.message });
  return undefined;
}

/**
 * A reference round file turned into a checked round. `plans` holds the text of the plan files it may name, by
 * file name; `policies` the eligibility policies it may reference.
 */
export function readRoundFile(
  raw: unknown,
  plans: Readonly<Record<string, string>>,
  policies: readonly EligibilityPolicy[] = ELIGIBILITY_POLICIES,
): RoundFileRead {
  const reader = new FileReader();
  const file = reader.object(raw, '(file)');
  if (file === null) return { ok: false, problems: reader.problems };

  const code = reader.string(file.code, 'code');
  const name = reader.string(file.name, 'name');
  const year = reader.integer(file.year, 'year');
  const jurisdiction = isJurisdiction(file.jurisdiction) ? file.jurisdiction : reader.fail('jurisdiction', `须为 ${JURISDICTIONS.join(' / ')} 之一`, `must be one of ${JURISDICTIONS.join(', ')}`);
  const signupWindow = reader.window(file.signupWindow, 'signupWindow');

  const reviewWindows: Partial<Record<ReviewLevel, TimeWindow | null>> = {};
  const windowsRaw = reader.object(file.reviewWindows, 'reviewWindows');
  let windowsOk = windowsRaw !== null;
  for (const [level, value] of Object.entries(windowsRaw ?? {})) {
    const known = reader.oneOf(level, REVIEW_LEVELS, `reviewWindows.${level}`);
    const window = reader.nullable(value, (each) => reader.window(each, `reviewWindows.${level}`));
    if (known === null || window === undefined) windowsOk = false;
    else reviewWindows[known] = window;
  }

  const admissionRaw = reader.object(file.admission, 'admission');
  const admissionWindow = admissionRaw ? reader.nullable(admissionRaw.window, (each) => reader.window(each, 'admission.window')) : undefined;
  const resultsVisibleAt = admissionRaw
    ? reader.nullable(admissionRaw.resultsVisibleFrom, (text) => reader.instant(text, 'admission.resultsVisibleFrom', beijingToInstant))
    : undefined;
  const reportingDeadline = reader.nullable(file.reportingDeadline, (text) => reader.instant(text, 'reportingDeadline', noticeDeadline));
  const returnDeadline = reader.nullable(file.returnDeadline, (text) => reader.instant(text, 'returnDeadline', noticeDeadline));
  const applicantTypes = reader.list<ApplicantType>(file.applicantTypes, 'applicantTypes', (each, path) => reader.oneOf(each, APPLICANT_TYPES, path));
  const quotas = readQuotas(reader, file.quotaPlan, plans);
  const policyRaw = reader.object(file.eligibilityPolicy, 'eligibilityPolicy');
  const policyId = policyRaw ? reader.string(policyRaw.id, 'eligibilityPolicy.id') : null;
  const policyVersion = policyRaw ? reader.string(policyRaw.version, 'eligibilityPolicy.version') : null;
  const reviewChain = readChain(reader, file.reviewChain);
  const choicesRaw = reader.object(file.choices, 'choices');
  const max = choicesRaw ? (choicesRaw.max === 1 || choicesRaw.max === 2 ? choicesRaw.max : reader.fail('choices.max', '须为1或2', 'must be 1 or 2')) : null;
  const ranking = readRanking(reader, file.ranking);
  const admissionRules = readAdmissionRules(reader, file.admissionRules);
  const documents = readDocuments(reader, file.documents);
  const notes = file.notes === undefined ? [] : reader.list(file.notes, 'notes', (each, path) => reader.string(each, path));

  if (
    reader.problems.length > 0 ||
    code === null || name === null || year === null || jurisdiction === null || signupWindow === null || !windowsOk ||
    admissionWindow === undefined || resultsVisibleAt === undefined || reportingDeadline === undefined || returnDeadline === undefined ||
    applicantTypes === null || quotas === undefined || policyId === null || policyVersion === null || reviewChain === null ||
    max === null || ranking === null || admissionRules === null || documents === null || notes === null
  ) {
    return { ok: false, problems: reader.problems };
  }
  const round: RecruitmentRound = {
    code,
    name,
    year,
    jurisdiction,
    signupWindow,
    reviewWindows,
    admission: { window: admissionWindow, resultsVisibleAt },
    reportingDeadline,
    returnDeadline,
    applicantTypes,
    quotas,
    eligibilityPolicy: { id: policyId, version: policyVersion },
    reviewChain,
    choices: { max },
    ranking,
    admissionRules,
    documents,
    notes,
  };
  const problems = validateRound(round, policies);
  return problems.length === 0 ? { ok: true, round } : { ok: false, problems };
}
