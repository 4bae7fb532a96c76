import type { Bilingual, CheckData } from '@app/assessment/rules';
import type { LocalDate, TimeWindow } from '@app/common/time';
import type { BanHistory, BanRule } from '../bans';
import type { Jurisdiction, RoundReference } from '../jurisdiction';

/**
 * RC-2: eligibility as data. A policy is a list of criteria with their parameters (and RC-8's ban rules); a round
 * names the policy it uses; judgeApplicant reads the policy and the applicant's facts and never asks which
 * province it is in.
 */

// ---------- applicant facts ----------

/** 中专, 高职（专科）, 本科, 硕士, 博士: the applicant's highest completed (or this year's) education. */
export type EducationLevel = 'SECONDARY' | 'COLLEGE' | 'BACHELOR' | 'MASTER' | 'DOCTORATE';
export const EDUCATION_LEVELS: readonly EducationLevel[] = ['SECONDARY', 'COLLEGE', 'BACHELOR', 'MASTER', 'DOCTORATE'];
export const EDUCATION_LEVEL_LABELS: Readonly<Record<EducationLevel, Bilingual>> = {
  SECONDARY: { zh: '中专', en: 'secondary school' },
  COLLEGE: { zh: '高职（专科）', en: 'college (3-year)' },
  BACHELOR: { zh: '本科', en: "bachelor's" },
  MASTER: { zh: '硕士研究生', en: "master's" },
  DOCTORATE: { zh: '博士研究生', en: 'doctorate' },
};

/** 临床医学（类）专业, or anything else; the notices admit clinical medicine only. */
export type Major = 'CLINICAL_MEDICINE' | 'OTHER';
export const MAJORS: readonly Major[] = ['CLINICAL_MEDICINE', 'OTHER'];
export const MAJOR_LABELS: Readonly<Record<Major, Bilingual>> = {
  CLINICAL_MEDICINE: { zh: '临床医学类', en: 'clinical medicine' },
  OTHER: { zh: '其他专业', en: 'another major' },
};

/** 中华人民共和国国籍 on the mainland, or from Hong Kong, Macao or Taiwan; or a foreign national. */
export type Citizenship = 'MAINLAND' | 'HONG_KONG' | 'MACAU' | 'TAIWAN' | 'FOREIGN';
export const CITIZENSHIPS: readonly Citizenship[] = ['MAINLAND', 'HONG_KONG', 'MACAU', 'TAIWAN', 'FOREIGN'];
export const CITIZENSHIP_LABELS: Readonly<Record<Citizenship, Bilingual>> = {
  MAINLAND: { zh: '中国（内地）', en: 'Chinese (mainland)' },
  HONG_KONG: { zh: '中国香港', en: 'Chinese (Hong Kong)' },
  MACAU: { zh: '中国澳门', en: 'Chinese (Macao)' },
  TAIWAN: { zh: '中国台湾', en: 'Chinese (Taiwan)' },
  FOREIGN: { zh: '外国国籍', en: 'foreign national' },
};

/** 定向生 (a locally-oriented one, 本土化定向生, is a kind of it) and 委培生. */
export type Sponsorship = 'NONE' | 'ORIENTED' | 'LOCALLY_ORIENTED' | 'COMMISSIONED';
export const SPONSORSHIPS: readonly Sponsorship[] = ['NONE', 'ORIENTED', 'LOCALLY_ORIENTED', 'COMMISSIONED'];
export const SPONSORSHIP_LABELS: Readonly<Record<Sponsorship, Bilingual>> = {
  NONE: { zh: '非定向、非委培', en: 'neither oriented nor commissioned' },
  ORIENTED: { zh: '定向生', en: 'oriented student' },
  LOCALLY_ORIENTED: { zh: '本土化定向生', en: 'locally-oriented student' },
  COMMISSIONED: { zh: '委培生', en: 'commissioned student' },
};

/** Where the applicant works or will work. Primary care (基层医疗卫生机构) is every kind but NOT_PRIMARY_CARE. */
export type FacilityKind = 'TOWNSHIP_HOSPITAL' | 'VILLAGE_CLINIC' | 'COMMUNITY_HEALTH_CENTRE' | 'OTHER_PRIMARY_CARE' | 'NOT_PRIMARY_CARE';
export const FACILITY_KINDS: readonly FacilityKind[] = ['TOWNSHIP_HOSPITAL', 'VILLAGE_CLINIC', 'COMMUNITY_HEALTH_CENTRE', 'OTHER_PRIMARY_CARE', 'NOT_PRIMARY_CARE'];
export const FACILITY_LABELS: Readonly<Record<FacilityKind, Bilingual>> = {
  TOWNSHIP_HOSPITAL: { zh: '乡镇卫生院', en: 'township hospital' },
  VILLAGE_CLINIC: { zh: '村卫生室', en: 'village clinic' },
  COMMUNITY_HEALTH_CENTRE: { zh: '社区卫生服务机构', en: 'community health centre' },
  OTHER_PRIMARY_CARE: { zh: '其他基层医疗卫生机构', en: 'other primary-care facility' },
  NOT_PRIMARY_CARE: { zh: '非基层医疗卫生机构', en: 'not a primary-care facility' },
};

/** 已在 (works there) or 拟在 (about to: a job offer, or a graduate who will join). */
export type EmploymentStatus = 'EMPLOYED' | 'INTENDING';

export type TrainingProgramme = 'ASSISTANT_GP' | 'GP_RESIDENCY';
export const TRAINING_PROGRAMME_LABELS: Readonly<Record<TrainingProgramme, Bilingual>> = {
  ASSISTANT_GP: { zh: '助理全科医生培训', en: 'assistant GP training' },
  GP_RESIDENCY: { zh: '全科专业住院医师规范化培训', en: 'GP residency training' },
};
export type TrainingStatus = 'IN_TRAINING' | 'COMPLETED' | 'WITHDRAWN';

/** 执业医师资格 (FULL), 执业助理医师资格 (ASSISTANT), or neither. */
export type PhysicianQualification = 'NONE' | 'ASSISTANT' | 'FULL';

export interface EducationFacts {
  level: EducationLevel;
  major: Major;
  fullTime: boolean;
  /** Length of the programme in years (三年制: 3); null when unknown. */
  lengthYears: number | null;
  graduationYear: number;
  /** The diploma is in hand (a this-year graduate may not have it yet). */
  diplomaHeld: boolean;
  /** Awarded abroad: needs the education ministry's certification (RC-3). */
  overseas: boolean;
}

export interface EmploymentFacts {
  status: EmploymentStatus;
  facility: FacilityKind;
  rural: boolean;
  /** GB/T 2260 code of the facility's county (or any level), e.g. "350181"; null when unknown. */
  regionCode: string | null;
  /** Year the applicant joined the facility; null while INTENDING. */
  startYear: number | null;
}

/** A training record found for the applicant's ID number, in any jurisdiction. */
export interface TrainingRecord {
  programme: TrainingProgramme;
  status: TrainingStatus;
  /** Required for WITHDRAWN: the day training ended (退培). */
  withdrawnOn: LocalDate | null;
  /** Where, in words, for the explanation. */
  where: string;
}

export interface LicenceFacts {
  qualification: PhysicianQualification;
  /** The registered practice scope includes general practice (执业范围加注全科医学专业). */
  gpScope: boolean;
}

export interface ApplicantFacts {
  birthDate: LocalDate | null;
  citizenship: Citizenship | null;
  education: EducationFacts | null;
  employment: EmploymentFacts | null;
  sponsorship: Sponsorship;
  servingMilitary: boolean;
  trainingRecords: readonly TrainingRecord[];
  licence: LicenceFacts;
}

// ---------- policy ----------

/** The day a date-dependent rule is judged on: the same for everyone in the round, or the day of judging. */
export type ReferenceDay = 'SIGNUP_OPENS' | 'LAST_SIGNUP_DAY' | 'JUDGED_ON';

/** One way in through primary-care work; a PRIMARY_CARE criterion passes when any of its groups does. */
export interface EmploymentGroup {
  id: string;
  label: Bilingual;
  statuses: EmploymentStatus[];
  facilities: FacilityKind[];
  ruralOnly: boolean;
  /** The facility lies inside the round's jurisdiction (its region code starts with the jurisdiction's prefix). */
  withinJurisdiction: boolean;
  /** Years joined, inclusive; a null end is open. Checked for EMPLOYED only (an INTENDING applicant joins later). */
  startYears: { from: number | null; to: number | null } | null;
  /** Excluded if trained (in training or completed) in any of these programmes. */
  noPriorTraining: TrainingProgramme[];
}

export type EligibilityCriterion =
  | { kind: 'EDUCATION'; levels: EducationLevel[]; majors: Major[] }
  | { kind: 'FULL_TIME'; lengthYears: number | null }
  /** Graduated from `from` (null: any year) up to the round's year plus `latestAfterRoundYear` (0: this year's graduates). */
  | { kind: 'GRADUATION_YEAR'; from: number | null; latestAfterRoundYear: number }
  | { kind: 'PRIMARY_CARE'; groups: EmploymentGroup[] }
  | { kind: 'NATIONALITY'; accepted: Citizenship[] }
  /** Full years of age at most `maxAge` on the reference day ("35周岁以下" includes 35). */
  | { kind: 'AGE_LIMIT'; maxAge: number; on: ReferenceDay }
  | { kind: 'NOT_SPONSORED'; excluded: Sponsorship[] }
  | { kind: 'NOT_SERVING_MILITARY' }
  /** Not in training in these programmes anywhere, and not withdrawn from one less than `withdrawnYears` ago. */
  | { kind: 'NOT_IN_TRAINING'; programmes: TrainingProgramme[]; withdrawnYears: number; on: ReferenceDay }
  | { kind: 'LICENCE'; excludeFull: boolean; excludeAssistantWithGpScope: boolean }
  | { kind: 'EXCLUDED_EDUCATION'; levels: EducationLevel[] }
  /** RC-8: no ban of any round or jurisdiction holds for this round. */
  | { kind: 'NO_ACTIVE_BAN' };

export type CriterionKind = EligibilityCriterion['kind'];

export interface EligibilityPolicy {
  id: string;
  /** Bumped on every change; each verdict is stamped with it. */
  version: string;
  jurisdiction: Jurisdiction;
  name: Bilingual;
  /** The notices it transcribes. */
  source: string;
  /** Checked and listed in this order. */
  criteria: EligibilityCriterion[];
  /** RC-8: what this policy's rounds do on false information, withdrawal, no-show. */
  bans: BanRule[];
  /** Readings of the notices that are choices, stated once. */
  notes: string[];
}

export interface PolicyReference {
  id: string;
  version: string;
}

// ---------- verdict ----------

export type RecruitmentRuleId =
  | 'RC-2.education'
  | 'RC-2.full-time'
  | 'RC-2.graduation-year'
  | 'RC-2.primary-care'
  | 'RC-2.nationality'
  | 'RC-2.age'
  | 'RC-2.sponsorship'
  | 'RC-2.military'
  | 'RC-2.in-training'
  | 'RC-2.licence'
  | 'RC-2.education-excluded'
  | 'RC-8';

export interface JudgementContext {
  round: RoundReference & { signupWindow: TimeWindow };
  /** The instant of judging (the injected clock's now). */
  judgedAt: Date;
  /** Every ban record of the applicant's ID number, from every round and jurisdiction. */
  banHistory: BanHistory;
}

export interface RecruitmentCheck {
  rule: RecruitmentRuleId;
  label: Bilingual;
  outcome: 'PASS' | 'FAIL';
  /** The facts and parameters the rule used. */
  data: CheckData;
  explanation: Bilingual;
}

export interface RecruitmentVerdict {
  policyId: string;
  policyVersion: string;
  roundCode: string;
  /** ISO instant. */
  evaluatedAt: string;
  eligible: boolean;
  /** One per criterion of the policy, in the policy's order. */
  checks: RecruitmentCheck[];
  failedRules: RecruitmentRuleId[];
}
