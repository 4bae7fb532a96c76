import type { Bilingual } from '@app/assessment/rules';
import { isValidLocalDate } from '@app/common/time';
import {
  ApplicantFacts,
  CITIZENSHIPS,
  EDUCATION_LEVELS,
  FACILITY_KINDS,
  MAJORS,
  SPONSORSHIPS,
  TrainingProgramme,
  TrainingRecord,
  TrainingStatus,
} from '../eligibility';

/**
 * RC-2: the facts an applicant declares, read from a request body. Every field is checked and every problem
 * listed with its path, so a form can point at each; nothing is guessed or defaulted but the empty training list.
 */
export interface FactProblem {
  path: string;
  message: Bilingual;
}

export type FactsRead = { ok: true; facts: ApplicantFacts } | { ok: false; problems: FactProblem[] };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const PROGRAMMES: readonly TrainingProgramme[] = ['ASSISTANT_GP', 'GP_RESIDENCY'];
const TRAINING_STATUSES: readonly TrainingStatus[] = ['IN_TRAINING', 'COMPLETED', 'WITHDRAWN'];
const REGION_CODE = /^\d{2}(\d{2}){0,2}$/;

export function readApplicantFacts(raw: unknown, currentYear: number): FactsRead {
  const problems: FactProblem[] = [];
  const fail = (path: string, zh: string, en: string): null => {
    problems.push({ path, message: { zh, en } });
    return null;
  };
  const oneOf = <T extends string>(value: unknown, allowed: readonly T[], path: string): T | null =>
    typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fail(path, `须为 ${allowed.join(' / ')} 之一`, `must be one of ${allowed.join(', ')}`);
  const bool = (value: unknown, path: string): boolean | null => (typeof value === 'boolean' ? value : fail(path, '须为 true 或 false', 'must be true or false'));
  const year = (value: unknown, path: string): number | null =>
    Number.isInteger(value) && (value as number) >= 1950 && (value as number) <= currentYear + 1 ? (value as number) : fail(path, `须为 1950–${currentYear + 1} 之间的年份`, `must be a year from 1950 to ${currentYear + 1}`);
  const date = (value: unknown, path: string): string | null =>
    typeof value === 'string' && isValidLocalDate(value) ? value : fail(path, '须为日期（YYYY-MM-DD）', 'must be a date (YYYY-MM-DD)');

  if (!isObject(raw)) return { ok: false, problems: [{ path: 'facts', message: { zh: '须为对象', en: 'must be an object' } }] };

  const birthDate = raw.birthDate === null || raw.birthDate === undefined ? null : date(raw.birthDate, 'facts.birthDate');
  const citizenship = raw.citizenship === null || raw.citizenship === undefined ? null : oneOf(raw.citizenship, CITIZENSHIPS, 'facts.citizenship');

  let education: ApplicantFacts['education'] = null;
  if (raw.education !== null && raw.education !== undefined) {
    const e = isObject(raw.education) ? raw.education : (fail('facts.education', '须为对象', 'must be an object') ?? {});
    const level = oneOf(e.level, EDUCATION_LEVELS, 'facts.education.level');
    const major = oneOf(e.major, MAJORS, 'facts.education.major');
    const fullTime = bool(e.fullTime, 'facts.education.fullTime');
    const lengthYears =
      e.lengthYears === null || e.lengthYears === undefined
        ? null
        : Number.isInteger(e.lengthYears) && (e.lengthYears as number) >= 1 && (e.lengthYears as number) <= 10
          ? (e.lengthYears as number)
          : fail('facts.education.lengthYears', '须为 1–10 的整数', 'must be a whole number from 1 to 10');
    const graduationYear = year(e.graduationYear, 'facts.education.graduationYear');
    const diplomaHeld = bool(e.diplomaHeld, 'facts.education.diplomaHeld');
    const overseas = bool(e.overseas, 'facts.education.overseas');
    if (level && major && fullTime !== null && graduationYear !== null && diplomaHeld !== null && overseas !== null) {
      education = { level, major, fullTime, lengthYears, graduationYear, diplomaHeld, overseas };
    }
  }

  let employment: ApplicantFacts['employment'] = null;
  if (raw.employment !== null && raw.employment !== undefined) {
    const e = isObject(raw.employment) ? raw.employment : (fail('facts.employment', '须为对象', 'must be an object') ?? {});
    const status = oneOf(e.status, ['EMPLOYED', 'INTENDING'] as const, 'facts.employment.status');
    const facility = oneOf(e.facility, FACILITY_KINDS, 'facts.employment.facility');
    const rural = bool(e.rural, 'facts.employment.rural');
    const regionCode =
      e.regionCode === null || e.regionCode === undefined
        ? null
        : typeof e.regionCode === 'string' && REGION_CODE.test(e.regionCode)
          ? e.regionCode
          : fail('facts.employment.regionCode', '须为 2、4 或 6 位行政区划代码', 'must be a 2-, 4- or 6-digit region code');
    const startYear = e.startYear === null || e.startYear === undefined ? null : year(e.startYear, 'facts.employment.startYear');
    if (status === 'EMPLOYED' && startYear === null) fail('facts.employment.startYear', '已在岗的须填写入职年份', 'required when already employed');
    if (status && facility && rural !== null && (e.regionCode === null || e.regionCode === undefined || regionCode !== null)) employment = { status, facility, rural, regionCode, startYear };
  }

  const sponsorship = oneOf(raw.sponsorship ?? 'NONE', SPONSORSHIPS, 'facts.sponsorship');
  const servingMilitary = bool(raw.servingMilitary ?? false, 'facts.servingMilitary');

  const licenceRaw = isObject(raw.licence) ? raw.licence : { qualification: 'NONE', gpScope: false };
  const qualification = oneOf(licenceRaw.qualification, ['NONE', 'ASSISTANT', 'FULL'] as const, 'facts.licence.qualification');
  const gpScope = bool(licenceRaw.gpScope ?? false, 'facts.licence.gpScope');

  const trainingRecords: TrainingRecord[] = [];
  const recordsRaw = raw.trainingRecords ?? [];
  if (!Array.isArray(recordsRaw)) fail('facts.trainingRecords', '须为数组', 'must be an array');
  else {
    recordsRaw.forEach((each: unknown, index) => {
      const path = `facts.trainingRecords[${index}]`;
      const r = isObject(each) ? each : (fail(path, '须为对象', 'must be an object') ?? {});
      const programme = oneOf(r.programme, PROGRAMMES, `${path}.programme`);
      const status = oneOf(r.status, TRAINING_STATUSES, `${path}.status`);
      const withdrawnOn = r.withdrawnOn === null || r.withdrawnOn === undefined ? null : date(r.withdrawnOn, `${path}.withdrawnOn`);
      if (status === 'WITHDRAWN' && withdrawnOn === null) fail(`${path}.withdrawnOn`, '退培的须填写退培日期', 'required for a withdrawal');
      const where = typeof r.where === 'string' && r.where.trim() !== '' && r.where.length <= 100 ? r.where.trim() : fail(`${path}.where`, '须填写培训单位（100字以内）', 'name where (up to 100 characters)');
      if (programme && status && where !== null) trainingRecords.push({ programme, status, withdrawnOn, where });
    });
  }

  if (problems.length > 0 || sponsorship === null || servingMilitary === null || qualification === null || gpScope === null) return { ok: false, problems };
  return { ok: true, facts: { birthDate, citizenship, education, employment, sponsorship, servingMilitary, trainingRecords, licence: { qualification, gpScope } } };
}
