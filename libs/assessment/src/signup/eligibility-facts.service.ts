import { Trainee } from '@app/training/trainee.entity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AssessmentSession } from '../entities/assessment-session.entity';
import { EligibilityException } from '../entities/eligibility-exception.entity';
import { Signup } from '../entities/signup.entity';
import { SubjectAttemptRecord } from '../entities/subject-attempt.entity';
import { EligibilityInput, GrantedException, OtherSignupSameYear } from '../rules/eligibility.rules';
import { isActive, SignupStatus } from '../rules/signup-state.rules';
import { Subject } from '../rules/subject';
import { toRuleConfig } from '../sessions/session-definition';
import { subjectsOf } from './signup-view';

/** Gathers what the eligibility rules need, so the rules themselves stay free of I/O. */
@Injectable()
export class EligibilityFactsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async gather(
    session: AssessmentSession,
    trainee: Trainee,
    requestedSubjects: Subject[],
    isCorrection: boolean,
    now: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<EligibilityInput> {
    const [attempts, exceptions, sameYear] = await Promise.all([
      manager.find(SubjectAttemptRecord, { where: { traineeId: trainee.id } }),
      manager.find(EligibilityException, { where: { sessionId: session.id, traineeId: trainee.id } }),
      manager
        .createQueryBuilder(Signup, 's')
        .innerJoin(AssessmentSession, 'a', 'a.id = s.sessionId')
        .where('s.traineeId = :traineeId AND a.year = :year AND s.sessionId <> :sessionId', { traineeId: trainee.id, year: session.year, sessionId: session.id })
        .getMany(),
    ]);
    const others: OtherSignupSameYear[] = sameYear
      .filter((s) => isActive(s.status as SignupStatus))
      .map((s) => ({ sessionId: s.sessionId, subjects: subjectsOf(s) }));
    const granted: GrantedException[] = exceptions.map((e) => ({ rule: e.rule, reason: e.reason, grantedBy: String(e.grantedBy), grantedAt: e.grantedAt }));
    return {
      session: toRuleConfig(session),
      trainee: { rotationEndDate: trainee.rotationEndDate, phaseTheoryPassed: trainee.phaseTheoryPassed, processAssessmentPassed: trainee.processAssessmentPassed },
      profile: {
        name: trainee.name,
        sex: trainee.sex,
        birthDate: trainee.birthDate,
        phone: trainee.phone,
        baseId: trainee.baseId,
        cohort: trainee.cohort,
        hasPhoto: trainee.photoKey !== null,
      },
      history: attempts.map((a) => ({ subject: a.subject, year: a.year, outcome: a.outcome, voided: a.voided })),
      requestedSubjects,
      otherSignupsSameYear: others,
      exceptions: granted,
      isCorrection,
      now,
    };
  }
}
