import type { AttemptVoidKind } from '@app/assessment/entities/subject-attempt.entity';
import { AttemptOutcome, SUBJECT_LABELS, Bilingual, Subject } from '@app/assessment/rules';
import { Actor } from '@app/common/actor';
import { DomainError } from '@app/common/errors';
import { beijingDateOf, Clock, LocalDate } from '@app/common/time';
import { assertAccess } from '@app/identity/scope.policy';
import { TraineeSummaries, TraineeSummary } from '@app/training';
import { Injectable } from '@nestjs/common';
import { CertificateEligibility, certificateEligibility } from '../rules/certificate.rules';
import { RetrainingTimeline, retrainingTimeline } from '../rules/retraining.rules';
import { rotationCompletedBy, subjectValidity } from './standing-read.rules';
import { CountedAttempt, StandingReader } from './standing-reader';

export interface StandingAttemptView {
  sessionId: number | null;
  year: number;
  outcome: AttemptOutcome;
  score: string | null;
  voided: boolean;
  voidKind: AttemptVoidKind | null;
  voidReason: string | null;
}

export interface SubjectStandingView {
  subject: Subject;
  label: Bilingual;
  passYear: number | null;
  validUntil: LocalDate | null;
  validToday: boolean;
  /** published and pre-platform results, oldest first */
  attempts: StandingAttemptView[];
}

export interface TraineeStandingView {
  traineeId: number;
  name: string;
  idNumberMasked: string;
  baseId: number;
  baseName: string;
  rotationEndDate: LocalDate;
  /** the Beijing date every "valid today" and state below refers to */
  today: LocalDate;
  subjects: SubjectStandingView[];
  retraining: RetrainingTimeline;
  certificate: CertificateEligibility;
}

/** The rules' inputs for one trainee; shared with the lists so a row and the detail never disagree. */
export function explainStanding(trainee: TraineeSummary, attempts: readonly CountedAttempt[], today: LocalDate): { retraining: RetrainingTimeline; certificate: CertificateEligibility } {
  const history = attempts.map(({ subject, year, outcome, voided }) => ({ subject, year, outcome, voided }));
  return {
    retraining: retrainingTimeline({ rotationEndDate: trainee.rotationEndDate, attempts: history, today }),
    certificate: certificateEligibility({
      attempts: history,
      rotationCompleted: rotationCompletedBy(trainee.rotationEndDate, today),
      rotationEndDate: trainee.rotationEndDate,
      processAssessmentPassed: trainee.processAssessmentPassed,
      // FA-6: the photo the centre approved at sign-up is locked, so the certificate uses that same photo.
      photoConsistent: trainee.photoLocked && trainee.hasPhoto,
      today,
    }),
  };
}

/** SC-3, SC-6, SC-7, FA-3 for one trainee: computed from published results and today's Beijing date. */
@Injectable()
export class TraineeStandingViewService {
  constructor(
    private readonly reader: StandingReader,
    private readonly trainees: TraineeSummaries,
    private readonly clock: Clock,
  ) {}

  async own(actor: Actor): Promise<TraineeStandingView> {
    if (actor.role !== 'CANDIDATE' || actor.traineeId === null) throw new DomainError('FORBIDDEN_ROLE');
    return this.get(actor, actor.traineeId);
  }

  async get(actor: Actor, traineeId: number): Promise<TraineeStandingView> {
    const trainee = (await this.trainees.byIds([traineeId])).get(traineeId);
    if (!trainee) throw new DomainError('NOT_FOUND');
    assertAccess(actor, { baseId: trainee.baseId, cityId: trainee.cityId, traineeId: trainee.id });
    const attempts = (await this.reader.countingAttempts([traineeId])).get(traineeId) ?? [];
    const today = beijingDateOf(this.clock.now());
    const validity = subjectValidity(attempts, today);
    return {
      traineeId,
      name: trainee.name,
      idNumberMasked: trainee.idNumberMasked,
      baseId: trainee.baseId,
      baseName: trainee.baseName,
      rotationEndDate: trainee.rotationEndDate,
      today,
      subjects: validity.map((subject) => ({
        ...subject,
        label: SUBJECT_LABELS[subject.subject],
        attempts: attempts
          .filter((a) => a.subject === subject.subject)
          .map(({ sessionId, year, outcome, score, voided, voidKind, voidReason }) => ({ sessionId, year, outcome, score, voided, voidKind, voidReason })),
      })),
      ...explainStanding(trainee, attempts, today),
    };
  }
}
