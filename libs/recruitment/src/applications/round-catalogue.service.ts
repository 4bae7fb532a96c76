import type { Bilingual } from '@app/assessment/rules';
import type { Actor } from '@app/common/actor';
import { DomainError } from '@app/common/errors';
import { Clock, formatBeijing, isWithinWindow, TimeWindow } from '@app/common/time';
import { OrganisationService } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { RecruitmentAccess } from '../access/recruitment-access.service';
import { jurisdictionOfOrganisation, ScopedApplication } from '../access/recruitment-access';
import type { AdjustmentPreference, AdjustmentRanking, AdmissionMechanism, ApplicantType } from '../admission';
import { APPLICANT_TYPES } from '../admission';
import type { DocumentRequirements } from '../documents';
import { CRITERION_LABELS, findPolicy, type EligibilityPolicy } from '../eligibility';
import { JURISDICTION_INFO, type Jurisdiction } from '../jurisdiction';
import { REVIEW_LEVEL_LABELS, type ReviewLevel } from '../review';
import { admissionRuleText, ASSESSMENT_ROUND_LABELS, seatsFor, type RecruitmentRound } from '../rounds';
import { RoundStore, StoredRound } from '../rounds/round.store';
import { RoundBase, roundBases } from './application.rules';

export interface RecruitmentRoundSummary {
  id: number;
  code: string;
  name: string;
  year: number;
  jurisdiction: Jurisdiction;
  jurisdictionName: Bilingual;
  /** Beijing time */
  signupOpensAt: string;
  /** Beijing time, exclusive (a notice's "until 17:00") */
  signupClosesAt: string;
  signupOpen: boolean;
  applicantTypes: ApplicantType[];
}

/** A window in Beijing time; both null when the notice sets no dates. */
export interface WindowView {
  opensAt: string | null;
  closesAt: string | null;
}

export interface RoundBaseView {
  baseId: number;
  name: string;
  cityId: number | null;
  cityName: string | null;
  /** seats per applicant type; a type the round does not take has 0 */
  seats: Record<ApplicantType, number>;
  /** the plan's total for the base */
  total: number;
}

export interface ReviewLevelView {
  level: ReviewLevel;
  label: Bilingual;
  window: WindowView;
}

/** One choice round of base assessments: when the bases assess, and when its results show (Beijing time). */
export interface AssessmentRoundView {
  round: 'FIRST' | 'SECOND' | 'ADJUSTMENT';
  label: Bilingual;
  assessment: WindowView;
  resultsVisibleAt: string | null;
}

/** RC-6: what orders applicants: the authority's single ranking score, or each base's assessment per choice round. */
export interface RankingView {
  kind: 'CENTRE_RANKING' | 'BASE_ASSESSMENT';
  /** BASE_ASSESSMENT: each choice round in order; CENTRE_RANKING: none */
  rounds: AssessmentRoundView[];
}

/** RC-6: how the round admits, as configured, and the same in plain words. */
export interface AdmissionRuleView {
  /** SEQUENTIAL_CHOICES: first choices, then second choices, by the bases' assessments; CENTRAL_PARALLEL: parallel choices by one ranking */
  mechanism: AdmissionMechanism;
  adjustment: {
    enabled: boolean;
    /** SAME_CITY_FIRST: bases of the applicant's (employer's) city first */
    preference: AdjustmentPreference;
    /** which score orders the adjustment */
    rankBy: AdjustmentRanking;
  };
  /** e.g. 按第一、二志愿顺序由基地考核录取，之后调剂 */
  summary: Bilingual;
}

/** A round's configuration in plain terms (SPEC Part D's table), for applicants and staff. */
export interface RecruitmentRoundDetail extends RecruitmentRoundSummary {
  version: number;
  reviewChain: { EMPLOYED: ReviewLevelView[]; INDEPENDENT: ReviewLevelView[]; afterAdmission: ReviewLevelView[] };
  admission: WindowView & { resultsVisibleAt: string | null };
  reportingDeadline: string | null;
  /** BY_BASE: one quota per base; BY_BASE_AND_TYPE: seats per base and applicant type; null: no plan published yet */
  quotaSplit: 'BY_BASE' | 'BY_BASE_AND_TYPE' | null;
  bases: RoundBaseView[];
  choicesMax: number;
  adjustmentOffered: boolean;
  ranking: RankingView;
  admissionRule: AdmissionRuleView;
  documents: DocumentRequirements;
  policy: { id: string; version: string; name: Bilingual; source: string; criteria: Bilingual[]; notes: string[] };
  notes: string[];
}

const instant = (value: Date | null): string | null => (value ? formatBeijing(value) : null);
const windowView = (window: TimeWindow | null | undefined): WindowView => ({ opensAt: instant(window?.opensAt ?? null), closesAt: instant(window?.closesAt ?? null) });

/** A loaded round with its bases resolved to organisations and its policy. */
export interface LoadedRound {
  stored: StoredRound;
  round: RecruitmentRound;
  bases: RoundBase[];
  policy: EligibilityPolicy;
}

/** Rounds as applicants and staff read them, and the round context the application services load. */
@Injectable()
export class RoundCatalogue {
  constructor(
    private readonly rounds: RoundStore,
    private readonly organisations: OrganisationService,
    private readonly access: RecruitmentAccess,
    private readonly clock: Clock,
  ) {}

  /** Applicants: every round open for sign-up now; staff: every round of their jurisdiction. */
  async list(actor: Actor): Promise<RecruitmentRoundSummary[]> {
    const jurisdictions = await this.access.visibleJurisdictions(actor);
    const now = this.clock.now();
    const rounds = await this.rounds.list(jurisdictions);
    return rounds.filter((stored) => jurisdictions !== null || isWithinWindow(stored.round.signupWindow, now)).map((stored) => this.summary(stored, now));
  }

  async detail(actor: Actor, roundId: number): Promise<RecruitmentRoundDetail> {
    const jurisdictions = await this.access.visibleJurisdictions(actor);
    const loaded = await this.load(roundId);
    if (jurisdictions !== null && !jurisdictions.includes(loaded.round.jurisdiction)) throw new DomainError('ROUND_NOT_IN_JURISDICTION');
    const name = await this.organisationNames();
    const { round } = loaded;
    const levels = (list: readonly ReviewLevel[]): ReviewLevelView[] => list.map((level) => ({ level, label: REVIEW_LEVEL_LABELS[level], window: windowView(round.reviewWindows[level]) }));
    return {
      ...this.summary(loaded.stored, this.clock.now()),
      version: loaded.stored.version,
      reviewChain: { EMPLOYED: levels(round.reviewChain.beforeAdmission.EMPLOYED), INDEPENDENT: levels(round.reviewChain.beforeAdmission.INDEPENDENT), afterAdmission: levels(round.reviewChain.afterAdmission) },
      admission: { ...windowView(round.admission.window), resultsVisibleAt: instant(round.admission.resultsVisibleAt) },
      reportingDeadline: instant(round.reportingDeadline),
      quotaSplit: round.quotas?.split ?? null,
      bases: loaded.bases.map((base) => {
        const seats = Object.fromEntries(APPLICANT_TYPES.map((type) => [type, round.applicantTypes.includes(type) ? (seatsFor(round, base.name, type) ?? 0) : 0])) as Record<ApplicantType, number>;
        const plan = round.quotas?.bases.find((each) => each.base === base.name);
        const total = plan === undefined ? 0 : 'quota' in plan ? plan.quota : plan.quotas.EMPLOYED + plan.quotas.INDEPENDENT;
        return { baseId: base.baseId, name: base.name, cityId: base.cityId, cityName: base.cityId === null ? null : name(base.cityId), seats, total };
      }),
      choicesMax: round.choices.max,
      adjustmentOffered: round.admissionRules.adjustment.enabled,
      ranking: {
        kind: round.ranking.kind,
        rounds:
          round.ranking.kind === 'BASE_ASSESSMENT'
            ? round.ranking.rounds.map((each) => ({ round: each.round, label: ASSESSMENT_ROUND_LABELS[each.round], assessment: windowView(each.assessment), resultsVisibleAt: instant(each.resultsVisibleAt) }))
            : [],
      },
      admissionRule: {
        mechanism: round.admissionRules.mechanism,
        adjustment: { enabled: round.admissionRules.adjustment.enabled, preference: round.admissionRules.adjustment.preference, rankBy: round.admissionRules.adjustment.rankBy },
        summary: admissionRuleText(round),
      },
      documents: round.documents,
      policy: {
        id: loaded.policy.id,
        version: loaded.policy.version,
        name: loaded.policy.name,
        source: loaded.policy.source,
        criteria: loaded.policy.criteria.map((criterion) => CRITERION_LABELS[criterion.kind]),
        notes: loaded.policy.notes,
      },
      notes: round.notes,
    };
  }

  /** The round, its bases as organisations and its policy; a round naming an unknown policy is a configuration fault. */
  async load(roundId: number): Promise<LoadedRound> {
    const stored = await this.rounds.byId(roundId);
    if (!stored) throw new DomainError('ROUND_NOT_FOUND');
    const policy = findPolicy(stored.round.eligibilityPolicy);
    if (!policy) throw new Error(`round ${stored.round.code}: no eligibility policy ${stored.round.eligibilityPolicy.id}@${stored.round.eligibilityPolicy.version}`);
    const organisations = await this.organisations.all();
    const byName = new Map(organisations.filter((each) => each.kind === 'BASE').map((each) => [each.name, { id: each.id, cityId: each.cityId ?? each.parentId }]));
    return { stored, round: stored.round, bases: roundBases(stored.round, (baseName) => byName.get(baseName) ?? null), policy };
  }

  /** Id → name of every organisation ("#id" for one that is gone). */
  async organisationNames(): Promise<(id: number) => string> {
    const names = new Map((await this.organisations.all()).map((each) => [each.id, each.name]));
    return (id) => names.get(id) ?? `#${id}`;
  }

  /** Whether `cityId` is a city of the jurisdiction (an employed applicant's employer city). */
  async isCityOf(cityId: number, jurisdiction: Jurisdiction): Promise<boolean> {
    const resolve = await this.organisations.resolver();
    const city = resolve(cityId);
    return city !== null && city.kind === 'CITY' && jurisdictionOfOrganisation(cityId, (id) => resolve(id)) === jurisdiction;
  }

  /** Where an application sits, for canSeeApplication: its chosen bases and their cities. */
  async scoped(row: { accountId: number; employerCityId: number | null; choice1BaseId: number | null; choice2BaseId: number | null }, jurisdiction: Jurisdiction): Promise<ScopedApplication> {
    const resolve = await this.organisations.resolver();
    const baseIds = [row.choice1BaseId, row.choice2BaseId].filter((id): id is number => id !== null);
    const cityIds = baseIds.map((id) => resolve(id)).flatMap((base) => (base ? [base.cityId ?? base.parentId] : [])).filter((id): id is number => id !== null);
    return { jurisdiction, accountId: row.accountId, employerCityId: row.employerCityId, baseIds, cityIds };
  }

  /** The bases under a city (a CITY reviewer's list scope). */
  async basesOfCity(cityId: number): Promise<number[]> {
    return (await this.organisations.all()).filter((each) => each.kind === 'BASE' && (each.cityId ?? each.parentId) === cityId).map((each) => each.id);
  }

  private summary(stored: StoredRound, now: Date): RecruitmentRoundSummary {
    const { round } = stored;
    return {
      id: stored.id,
      code: round.code,
      name: round.name,
      year: round.year,
      jurisdiction: round.jurisdiction,
      jurisdictionName: JURISDICTION_INFO[round.jurisdiction].name,
      signupOpensAt: formatBeijing(round.signupWindow.opensAt),
      signupClosesAt: formatBeijing(round.signupWindow.closesAt),
      signupOpen: isWithinWindow(round.signupWindow, now),
      applicantTypes: round.applicantTypes,
    };
  }
}
