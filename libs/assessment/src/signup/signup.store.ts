import { isDuplicateKey } from '@app/common/sql';
import { Actor } from '@app/common/actor';
import { Parameter, PreparedStatements } from '@app/database/prepared-statements';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError, SelectQueryBuilder } from 'typeorm';
import { EligibilityException } from '../entities/eligibility-exception.entity';
import { Signup } from '../entities/signup.entity';
import { EligibilityRuleId } from '../rules/eligibility.rules';
import { SignupStatus } from '../rules/signup-state.rules';
import { Subject } from '../rules/subject';

/** A sign-up's own columns as written on creation. */
export interface NewSignupRow {
  sessionId: number;
  traineeId: number;
  baseId: number;
  cityId: number;
  status: SignupStatus;
  subjects: Subject[];
  verdictJson: string | null;
  submittedAt: Date | null;
}

/** The audit record the signup_create procedure writes with the sign-up. */
export interface SignupCreationAudit {
  occurredAt: Date;
  actor: Actor;
  action: string;
  after: Record<string, unknown>;
}

/** What a candidate's own change (draft, submit, withdraw) writes. */
export interface SignupTransitionColumns {
  status: SignupStatus;
  subjectTheory: boolean;
  subjectSkills: boolean;
  verdictJson: string | null;
  submittedAt: Date | null;
}

/** A reviewer list's filter; `traineeIds` (when given) narrows to those trainees. */
export interface SignupListQuery {
  baseId?: number;
  cityId?: number;
  sessionId?: number;
  status?: SignupStatus;
  subject?: Subject;
  traineeIds?: readonly number[];
}

export interface ReturnedSignupPastReview {
  id: number;
  baseId: number;
  traineeId: number;
  sessionId: number;
  sessionName: string;
  reviewOpensAt: Date;
  reviewClosesAt: Date;
}

export interface TheorySignup {
  signupId: number;
  status: SignupStatus;
  traineeId: number;
  baseId: number;
  cityId: number;
}

export interface NewEligibilityException {
  sessionId: number;
  traineeId: number;
  rule: EligibilityRuleId;
  reason: string;
  grantedBy: number;
  grantedAt: Date;
}

/** A sign-up that still stands, with the subjects it holds. */
export interface StandingSignup {
  signupId: number;
  traineeId: number;
  baseId: number;
  status: SignupStatus;
  subjects: Subject[];
}

/** The trainee already has a sign-up for the session: the unique key (session, trainee) refused the row. */
export class DuplicateSignupError extends Error {
  constructor() {
    super('duplicate sign-up');
  }
}

const isDuplicateSignup = (error: unknown) => error instanceof QueryFailedError && error.message.includes('uq_signup_session_trainee');

/**
 * Every SQL statement on signup and eligibility_exception (the centre's exceptions to the sign-up rules).
 * Methods taking a manager run inside the caller's transaction.
 */
@Injectable()
export class SignupStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly statements: PreparedStatements,
  ) {}

  byId(id: number): Promise<Signup | null> {
    return this.dataSource.getRepository(Signup).findOneBy({ id });
  }

  /** The row locked until the transaction ends, so concurrent decisions on one sign-up queue up. */
  lockedById(manager: EntityManager, id: number): Promise<Signup | null> {
    return manager.findOne(Signup, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Newest first. */
  ofTrainee(traineeId: number): Promise<Signup[]> {
    return this.dataSource.getRepository(Signup).find({ where: { traineeId }, order: { id: 'DESC' } });
  }

  /** One row and its audit record in one round trip (the signup_create procedure); the new id. */
  async createWithAudit(row: NewSignupRow, audit: SignupCreationAudit): Promise<number> {
    try {
      const result = await this.statements.execute<Array<Array<{ id: number }>>>('CALL signup_create(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', [
        ...signupValues(row),
        audit.occurredAt,
        audit.actor.userId,
        audit.actor.role,
        audit.action,
        JSON.stringify(audit.after),
      ]);
      return Number(result[0][0].id);
    } catch (error) {
      throw isDuplicateSignup(error) ? new DuplicateSignupError() : error;
    }
  }

  /** Rows written by one statement; their ids, in the order of `rows`. Any duplicate refuses them all. */
  async insertMany(manager: EntityManager, rows: readonly NewSignupRow[]): Promise<number[]> {
    try {
      // Prepared: each verdict (a few KB) is sent as it is, not escaped into one long statement.
      await this.statements.executeIn(
        manager,
        `INSERT INTO signup (session_id, trainee_id, base_id, city_id, status, subject_theory, subject_skills, verdict, submitted_at, version) VALUES ${rows
          .map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, 1)')
          .join(', ')}`,
        rows.flatMap(signupValues),
      );
    } catch (error) {
      throw isDuplicateSignup(error) ? new DuplicateSignupError() : error;
    }
    const inserted: Array<{ id: number; sessionId: number; traineeId: number }> = await manager.query(
      `SELECT id, session_id AS sessionId, trainee_id AS traineeId FROM signup WHERE (session_id, trainee_id) IN (${rows.map(() => '(?, ?)').join(', ')})`,
      rows.flatMap((r) => [r.sessionId, r.traineeId]),
    );
    const idOf = new Map(inserted.map((i) => [`${i.sessionId}:${i.traineeId}`, Number(i.id)]));
    return rows.map((r) => idOf.get(`${r.sessionId}:${r.traineeId}`)!);
  }

  /** Compare-and-set on the version: false when someone changed the sign-up since it was read. */
  async transitionIfVersion(manager: EntityManager, id: number, version: number, columns: SignupTransitionColumns): Promise<boolean> {
    const result: { affectedRows: number } = await manager.query(
      'UPDATE signup SET status = ?, subject_theory = ?, subject_skills = ?, verdict = ?, submitted_at = ?, version = version + 1 WHERE id = ? AND version = ?',
      [columns.status, columns.subjectTheory, columns.subjectSkills, columns.verdictJson, columns.submittedAt, id, version],
    );
    return result.affectedRows === 1;
  }

  async update(manager: EntityManager, id: number, changes: Partial<Signup>): Promise<void> {
    await manager.update(Signup, { id }, changes);
  }

  /** FA-8: returned sign-ups of sessions whose review window has closed by `now`, with that window. */
  async returnedPastReview(now: Date): Promise<ReturnedSignupPastReview[]> {
    const rows: Array<{ id: number; baseId: number; traineeId: number; sessionId: number; sessionName: string; reviewOpensAt: Date; reviewClosesAt: Date }> = await this.dataSource
      .createQueryBuilder(Signup, 's')
      .innerJoin('assessment_session', 'a', 'a.id = s.session_id')
      .select([
        's.id AS id',
        's.base_id AS baseId',
        's.trainee_id AS traineeId',
        's.session_id AS sessionId',
        'a.name AS sessionName',
        'a.review_opens_at AS reviewOpensAt',
        'a.review_closes_at AS reviewClosesAt',
      ])
      .where("s.status = 'RETURNED' AND a.review_closes_at <= :now", { now })
      .orderBy('s.id')
      .getRawMany();
    return rows.map((row) => ({
      id: Number(row.id),
      baseId: Number(row.baseId),
      traineeId: Number(row.traineeId),
      sessionId: Number(row.sessionId),
      sessionName: row.sessionName,
      reviewOpensAt: new Date(row.reviewOpensAt),
      reviewClosesAt: new Date(row.reviewClosesAt),
    }));
  }

  /** FA-12: the sign-ups that still stand (FA-5's active statuses) for the subject, to tell them a change. */
  async activeOfSubject(manager: EntityManager, sessionId: number, subject: Subject): Promise<Array<{ signupId: number; traineeId: number }>> {
    const rows: Array<{ signupId: number; traineeId: number }> = await manager.query(
      `SELECT id AS signupId, trainee_id AS traineeId FROM signup
        WHERE session_id = ? AND status IN ('SUBMITTED', 'RETURNED', 'BASE_APPROVED', 'APPROVED') AND ${subject === 'THEORY' ? 'subject_theory' : 'subject_skills'} = 1
        ORDER BY id`,
      [sessionId],
    );
    return rows.map((row) => ({ signupId: Number(row.signupId), traineeId: Number(row.traineeId) }));
  }

  /** FA-12: the session's standing sign-ups holding any of `subjects`, locked until the transaction ends. */
  async activeHoldingForUpdate(manager: EntityManager, sessionId: number, subjects: readonly Subject[]): Promise<StandingSignup[]> {
    if (subjects.length === 0) return [];
    const holds = subjects.map((subject) => `${subjectColumn(subject)} = 1`).join(' OR ');
    const rows: Array<{ signupId: number; traineeId: number; baseId: number; status: SignupStatus; theory: number; skills: number }> = await manager.query(
      `SELECT id AS signupId, trainee_id AS traineeId, base_id AS baseId, status, subject_theory AS theory, subject_skills AS skills FROM signup
        WHERE session_id = ? AND status IN (${ACTIVE_SQL}) AND (${holds})
        ORDER BY id FOR UPDATE`,
      [sessionId],
    );
    return rows.map((row) => ({
      signupId: Number(row.signupId),
      traineeId: Number(row.traineeId),
      baseId: Number(row.baseId),
      status: row.status,
      subjects: [...(Number(row.theory) ? (['THEORY'] as const) : []), ...(Number(row.skills) ? (['SKILLS'] as const) : [])],
    }));
  }

  /**
   * FA-12: takes the cancelled subjects off the sign-ups and marks them cancelled; a sign-up left with none is
   * CANCELLED with the reason. One statement per kind of change and chunk, however large the session.
   */
  async applyCancellation(manager: EntityManager, changes: ReadonlyArray<{ signupId: number; removed: readonly Subject[]; statusAfter: SignupStatus }>, reason: string): Promise<void> {
    const groups = new Map<string, { removed: readonly Subject[]; statusAfter: SignupStatus; ids: number[] }>();
    for (const change of changes) {
      const key = `${change.removed.join(',')}|${change.statusAfter}`;
      const group = groups.get(key) ?? { removed: change.removed, statusAfter: change.statusAfter, ids: [] };
      group.ids.push(change.signupId);
      groups.set(key, group);
    }
    for (const { removed, statusAfter, ids } of groups.values()) {
      const sets = removed.flatMap((subject) => [`${subjectColumn(subject)} = 0`, `${subject === 'THEORY' ? 'theory_cancelled' : 'skills_cancelled'} = 1`]);
      // A sign-up that stands with its other subject keeps its last reason: a return's reason is still to be acted on.
      const reasonSet = statusAfter === 'CANCELLED' ? ', last_reason = ?' : '';
      for (let i = 0; i < ids.length; i += CANCELLATION_CHUNK) {
        const chunk = ids.slice(i, i + CANCELLATION_CHUNK);
        await manager.query(`UPDATE signup SET ${sets.join(', ')}, status = ?${reasonSet}, version = version + 1 WHERE id IN (${chunk.map(() => '?').join(', ')})`, [
          statusAfter,
          ...(statusAfter === 'CANCELLED' ? [reason] : []),
          ...chunk,
        ]);
      }
    }
  }

  /** FA-12: how many standing sign-ups hold each subject, and how many hold any. */
  async activeCounts(sessionId: number): Promise<{ THEORY: number; SKILLS: number; any: number }> {
    const [row]: Array<{ theory: string | null; skills: string | null; total: number }> = await this.dataSource.query(
      `SELECT SUM(subject_theory) AS theory, SUM(subject_skills) AS skills, COUNT(*) AS total FROM signup
        WHERE session_id = ? AND status IN (${ACTIVE_SQL}) AND (subject_theory = 1 OR subject_skills = 1)`,
      [sessionId],
    );
    return { THEORY: Number(row?.theory ?? 0), SKILLS: Number(row?.skills ?? 0), any: Number(row?.total ?? 0) };
  }

  /** Applies only while the sign-up is still RETURNED: false when another run (or a correction) got there first. */
  async voidIfReturned(manager: EntityManager, id: number, status: SignupStatus, reason: string): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(Signup)
      .set({ status, lastReason: reason, version: () => 'version + 1' })
      .where("id = :id AND status = 'RETURNED'", { id })
      .execute();
    return result.affected === 1;
  }

  /** A page of a reviewer list, in id order, with the number of rows on all pages. Drafts are never listed (FA-7). */
  async listPage(query: SignupListQuery, page: number, pageSize: number): Promise<{ items: Signup[]; total: number }> {
    if (query.traineeIds?.length === 0) return { items: [], total: 0 };
    const [items, total] = await this.listQuery(query)
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items, total };
  }

  async listCount(query: SignupListQuery): Promise<number> {
    if (query.traineeIds?.length === 0) return 0;
    return this.listQuery(query).getCount();
  }

  /** Every row of a reviewer list, in id order (for exports, which count first). */
  async listAll(query: SignupListQuery): Promise<Signup[]> {
    if (query.traineeIds?.length === 0) return [];
    return this.listQuery(query).getMany();
  }

  /** FA-10: the session's THEORY sign-ups that still stand. */
  theorySignupsOfSession(sessionId: number): Promise<TheorySignup[]> {
    return this.dataSource.query(
      `SELECT s.id AS signupId, s.status, s.trainee_id AS traineeId, s.base_id AS baseId, s.city_id AS cityId
         FROM signup s
        WHERE s.session_id = ? AND s.subject_theory = 1 AND s.status IN ('SUBMITTED', 'RETURNED', 'BASE_APPROVED', 'APPROVED')`,
      [sessionId],
    );
  }

  /** FA-14: the new exception's id, or null when this trainee already has one for the rule in the session. */
  async insertException(manager: EntityManager, row: NewEligibilityException): Promise<number | null> {
    const exception = manager.create(EligibilityException, row);
    try {
      await manager.insert(EligibilityException, exception);
    } catch (error) {
      if (isDuplicateKey(error)) return null;
      throw error;
    }
    return exception.id;
  }

  /** FA-14: a session's exceptions, newest first, one page. */
  async exceptionsOfSession(sessionId: number, page: number, pageSize: number): Promise<{ items: EligibilityException[]; total: number }> {
    const [items, total] = await this.dataSource.getRepository(EligibilityException).findAndCount({
      where: { sessionId },
      order: { grantedAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items, total };
  }

  private listQuery(query: SignupListQuery): SelectQueryBuilder<Signup> {
    const qb = this.dataSource.getRepository(Signup).createQueryBuilder('s');
    // Drafts are not sign-ups (FA-7): reviewers never see them.
    qb.where("s.status <> 'DRAFT'");
    if (query.baseId !== undefined) qb.andWhere('s.baseId = :baseId', { baseId: query.baseId });
    if (query.cityId !== undefined) qb.andWhere('s.cityId = :cityId', { cityId: query.cityId });
    if (query.sessionId !== undefined) qb.andWhere('s.sessionId = :sessionId', { sessionId: query.sessionId });
    if (query.status) qb.andWhere('s.status = :status', { status: query.status });
    if (query.subject === 'THEORY') qb.andWhere('s.subjectTheory = 1');
    if (query.subject === 'SKILLS') qb.andWhere('s.subjectSkills = 1');
    if (query.traineeIds) qb.andWhere('s.traineeId IN (:...traineeIds)', { traineeIds: query.traineeIds });
    return qb.orderBy('s.id', 'ASC');
  }
}

/** FA-5's active statuses: the sign-ups that still stand. */
const ACTIVE_SQL = "'SUBMITTED', 'RETURNED', 'BASE_APPROVED', 'APPROVED'";
const CANCELLATION_CHUNK = 1000;

const subjectColumn = (subject: Subject) => (subject === 'THEORY' ? 'subject_theory' : 'subject_skills');

/** The sign-up's own columns, in the order both the procedure and the batch insert take them. */
function signupValues(row: NewSignupRow): Parameter[] {
  const { sessionId, traineeId, baseId, cityId, status, subjects, verdictJson, submittedAt } = row;
  return [sessionId, traineeId, baseId, cityId, status, subjects.includes('THEORY') ? 1 : 0, subjects.includes('SKILLS') ? 1 : 0, verdictJson, submittedAt];
}
