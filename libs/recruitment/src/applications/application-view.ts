import type { Bilingual } from '@app/assessment/rules';
import type { IdDocumentType } from '@app/common/identity-document';
import { formatBeijing } from '@app/common/time';
import type { ApplicantType } from '../admission';
import { DOCUMENT_LABELS, DocumentCheck, DocumentKind } from '../documents';
import type { ApplicantFacts, RecruitmentVerdict } from '../eligibility';
import type { RecruitmentApplication } from '../entities/recruitment-application.entity';
import type { RecruitmentDocument } from '../entities/recruitment-document.entity';
import type { Jurisdiction } from '../jurisdiction';
import { isApplicationEditable, nextReviewer, REVIEW_LEVEL_LABELS, REVIEW_STATUS_LABELS } from '../review';
import type { ReviewChain, ReviewLevel, ReviewStage, ReviewStatus } from '../review';
import { reviewStateOf } from './application.rules';

/** A choice as the applicant made it: its order, the base's organisation id and name. */
export interface ApplicationChoiceView {
  /** 1 for the first choice */
  order: number;
  baseId: number;
  baseName: string;
}

export interface ApplicationDocumentView {
  kind: DocumentKind;
  label: Bilingual;
  bytes: number;
  sha256: string;
  /** Beijing time */
  uploadedAt: string;
}

/** RC-3: what is still to upload, requirement by requirement (any one alternative set satisfies it). */
export interface MissingDocumentView {
  requirement: string;
  label: Bilingual;
  reason: Bilingual;
  stillNeeded: DocumentKind[][];
  message: Bilingual;
}

export interface ApplicationDocumentCheck {
  complete: boolean;
  missing: MissingDocumentView[];
}

/** One application with everything its applicant and its reviewers read (ID number masked). */
export interface ApplicationView {
  id: number;
  roundId: number;
  roundCode: string;
  roundName: string;
  jurisdiction: Jurisdiction;
  name: string;
  idType: IdDocumentType;
  idMasked: string;
  phone: string | null;
  applicantType: ApplicantType;
  /** RC-2's facts as declared */
  facts: ApplicantFacts;
  employerCityId: number | null;
  employerCityName: string | null;
  choices: ApplicationChoiceView[];
  acceptsAdjustment: boolean;
  status: ReviewStatus;
  statusLabel: Bilingual;
  stage: ReviewStage;
  /** RC-5: the level that reviews now, null when nobody does */
  nextReviewer: ReviewLevel | null;
  nextReviewerLabel: Bilingual | null;
  /** the correction asked for; correctBy in Beijing time */
  returned: { level: ReviewLevel; reason: string; correctBy: string } | null;
  rejected: { level: ReviewLevel; reason: string } | null;
  /** RC-2: the verdict of the last submission, rule by rule */
  verdict: RecruitmentVerdict | null;
  eligible: boolean | null;
  /** Beijing time */
  submittedAt: string | null;
  documents: ApplicationDocumentView[];
  documentCheck: ApplicationDocumentCheck;
  /** the applicant may still change it (a draft, or returned for correction) */
  editable: boolean;
  /** send it back as expectedVersion: a stale one is refused */
  version: number;
}

/** A row of the reviewers' list and of its exports. */
export interface ApplicationListRow {
  id: number;
  roundId: number;
  roundCode: string;
  name: string;
  idMasked: string;
  phone: string | null;
  applicantType: ApplicantType;
  status: ReviewStatus;
  statusLabel: Bilingual;
  nextReviewer: ReviewLevel | null;
  employerCityName: string | null;
  choices: ApplicationChoiceView[];
  acceptsAdjustment: boolean;
  eligible: boolean | null;
  /** Beijing time */
  submittedAt: string | null;
  version: number;
}

/** What a view needs besides the row: the round and organisation names. */
export interface ViewContext {
  round: { code: string; name: string; jurisdiction: Jurisdiction; reviewChain: ReviewChain };
  organisationName: (id: number) => string;
}

export function documentCheckView(check: DocumentCheck): ApplicationDocumentCheck {
  return {
    complete: check.complete,
    missing: check.missing.map((each) => ({
      requirement: each.requirement.id,
      label: each.requirement.label,
      reason: each.requirement.reason,
      stillNeeded: each.stillNeeded,
      message: each.message,
    })),
  };
}

function choicesOf(row: RecruitmentApplication, context: ViewContext): ApplicationChoiceView[] {
  return [row.choice1BaseId, row.choice2BaseId].flatMap((baseId, index) => (baseId === null ? [] : [{ order: index + 1, baseId, baseName: context.organisationName(baseId) }]));
}

export function toApplicationListRow(row: RecruitmentApplication, context: ViewContext): ApplicationListRow {
  const state = reviewStateOf(row);
  return {
    id: row.id,
    roundId: row.roundId,
    roundCode: context.round.code,
    name: row.name,
    idMasked: row.idMasked,
    phone: row.phone,
    applicantType: row.applicantType,
    status: row.status,
    statusLabel: REVIEW_STATUS_LABELS[row.status],
    nextReviewer: nextReviewer(context.round.reviewChain, state),
    employerCityName: row.employerCityId === null ? null : context.organisationName(row.employerCityId),
    choices: choicesOf(row, context),
    acceptsAdjustment: row.acceptsAdjustment,
    eligible: row.eligible,
    submittedAt: row.submittedAt ? formatBeijing(row.submittedAt) : null,
    version: row.version,
  };
}

export function toApplicationView(row: RecruitmentApplication, documents: readonly RecruitmentDocument[], check: DocumentCheck, context: ViewContext): ApplicationView {
  const state = reviewStateOf(row);
  const next = nextReviewer(context.round.reviewChain, state);
  return {
    id: row.id,
    roundId: row.roundId,
    roundCode: context.round.code,
    roundName: context.round.name,
    jurisdiction: context.round.jurisdiction,
    name: row.name,
    idType: row.idType,
    idMasked: row.idMasked,
    phone: row.phone,
    applicantType: row.applicantType,
    facts: row.facts,
    employerCityId: row.employerCityId,
    employerCityName: row.employerCityId === null ? null : context.organisationName(row.employerCityId),
    choices: choicesOf(row, context),
    acceptsAdjustment: row.acceptsAdjustment,
    status: row.status,
    statusLabel: REVIEW_STATUS_LABELS[row.status],
    stage: row.stage,
    nextReviewer: next,
    nextReviewerLabel: next ? REVIEW_LEVEL_LABELS[next] : null,
    returned: state.returned ? { level: state.returned.level, reason: state.returned.reason, correctBy: formatBeijing(state.returned.correctBy) } : null,
    rejected: state.rejected,
    verdict: row.verdict,
    eligible: row.eligible,
    submittedAt: row.submittedAt ? formatBeijing(row.submittedAt) : null,
    documents: documents.map((doc) => ({ kind: doc.kind, label: DOCUMENT_LABELS[doc.kind], bytes: doc.bytes, sha256: doc.sha256, uploadedAt: formatBeijing(doc.uploadedAt) })),
    documentCheck: documentCheckView(check),
    editable: isApplicationEditable(state),
    version: row.version,
  };
}
