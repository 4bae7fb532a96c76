import { SubjectAttemptRecord } from '@app/assessment/entities/subject-attempt.entity';
import { refuseCancelledSubjects } from '@app/assessment/sessions/cancelled-subjects';
import { Actor } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { DomainError } from '@app/common/errors';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SkillsScores } from '../rules/skills-score.rules';
import { isDeadlock, isDuplicateKey } from '@app/common/sql';
import { JudgedAttemptView, toAttemptView } from './attempt-view';
import { PublicationStore } from './publication.store';
import { ResultStore } from './result.store';
import { decideSkills, scoreSnapshot } from './results.rules';

export interface SkillsEntryInput extends SkillsScores {
  /** the version of the result you saw; omit for a first entry */
  expectedVersion?: number;
}

/**
 * SC-2: the centre enters one candidate's four stations at once. Before publication an entry may be
 * repeated (the last one wins, each audited); after it, only a correction changes the result.
 */
@Injectable()
export class SkillsEntryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly results: ResultStore,
    private readonly publications: PublicationStore,
    private readonly audit: AuditService,
  ) {}

  async enter(actor: Actor, sessionId: number, traineeId: number, input: SkillsEntryInput): Promise<JudgedAttemptView> {
    if (actor.role !== 'CENTRE_ADMIN') throw new DomainError('FORBIDDEN_ROLE');
    return this.dataSource
      .transaction(async (manager) => {
        const session = await this.publications.lockSession(manager, sessionId, 'SHARED');
        refuseCancelledSubjects(session, ['SKILLS']);
        if (await this.publications.find(manager, sessionId, 'SKILLS')) throw new DomainError('SCORE_PUBLISHED');
        const signup = await this.results.signupOf(manager, sessionId, traineeId);
        // FA-9: only centre-approved sign-ups get scores.
        if (!signup || signup.status !== 'APPROVED' || !signup.subjectSkills) throw new DomainError('SCORE_NOT_SIGNED_UP');
        if (!session.skillsPassRule) throw new DomainError('PASS_RULE_NOT_SET', { subject: 'SKILLS' });
        const decision = decideSkills(input, session.skillsPassRule);
        if (!decision.ok) throw new DomainError('SCORE_INVALID', { problems: decision.problems });

        const existing = await this.results.lockedOfTrainee(manager, sessionId, traineeId, 'SKILLS');
        if (input.expectedVersion !== undefined && existing?.version !== input.expectedVersion) throw new DomainError('CONFLICT', { currentVersion: existing?.version ?? null });
        if (existing?.voided) throw new DomainError('ATTEMPT_ALREADY_VOIDED');

        const values = { ...decision.fields, source: 'ENTRY' as const, importId: null, year: session.year, signupId: signup.id };
        let attempt: SubjectAttemptRecord;
        if (existing) {
          await this.results.update(manager, existing.id, { ...values, version: existing.version + 1 });
          attempt = { ...existing, ...values, version: existing.version + 1 };
        } else {
          attempt = await this.results.insert(manager, { ...values, sessionId, traineeId, subject: 'SKILLS' });
        }
        await this.audit.record(manager, actor, {
          action: 'SKILLS_SCORE_ENTERED',
          entityType: 'subject_attempt',
          entityId: attempt.id,
          scopeBaseId: signup.baseId,
          before: existing ? scoreSnapshot(existing) : null,
          after: { sessionId, traineeId, ...scoreSnapshot(attempt) },
        });
        // Unpublished results do not count, so standing is unchanged until publication recomputes it.
        return { ...toAttemptView(attempt), explanation: decision.explanation, reasons: decision.judgement?.reasons ?? null };
      })
      .catch((error: unknown) => {
        // Two first entries for the same candidate at once: the loser reloads and retries with the winner's version.
        if (isDuplicateKey(error) || isDeadlock(error)) throw new DomainError('CONFLICT');
        throw error;
      });
  }
}
