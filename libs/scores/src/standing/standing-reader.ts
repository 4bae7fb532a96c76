import { countingAttemptSql } from '@app/assessment/attempts/counting-attempts';
import type { AttemptVoidKind } from '@app/assessment/entities/subject-attempt.entity';
import { AttemptOutcome, Subject, SubjectAttempt } from '@app/assessment/rules';
import { traineeSql } from '@app/training';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { placeholders } from '@app/common/sql';
import { AttemptKind, StatisticsCount } from './session-statistics.rules';
import { StandingScope } from './standing-scope';
import { scopeCondition } from './standing.store';

/** Rows per IN (...) list. */
const CHUNK = 5_000;

/** A published (or pre-platform) result, as the trainee and the base may see it. */
export interface CountedAttempt extends SubjectAttempt {
  sessionId: number | null;
  score: string | null;
  voidKind: AttemptVoidKind | null;
  voidReason: string | null;
}

/** The counting results the standing views read: per trainee, in chunks, and counted per base for a session. */
@Injectable()
export class StandingReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Published and pre-platform results, voided ones included (a voided sitting still used its year). */
  async countingAttempts(traineeIds: readonly number[], manager: EntityManager = this.dataSource.manager): Promise<Map<number, CountedAttempt[]>> {
    const result = new Map<number, CountedAttempt[]>(traineeIds.map((id) => [id, []]));
    for (let start = 0; start < traineeIds.length; start += CHUNK) {
      const chunk = traineeIds.slice(start, start + CHUNK);
      const rows: Array<{
        traineeId: number;
        sessionId: number | null;
        subject: Subject;
        year: number;
        outcome: AttemptOutcome;
        score: string | null;
        voided: number | string;
        voidKind: AttemptVoidKind | null;
        voidReason: string | null;
      }> = await manager.query(
        `SELECT a.trainee_id AS traineeId, a.session_id AS sessionId, a.subject, a.year, a.outcome, a.score, a.voided, a.void_kind AS voidKind, a.void_reason AS voidReason
           FROM subject_attempt a WHERE a.trainee_id IN (${placeholders(chunk.length)}) AND ${countingAttemptSql('a')}
          ORDER BY a.year, a.subject`,
        chunk,
      );
      for (const row of rows) {
        result.get(Number(row.traineeId))?.push({
          sessionId: row.sessionId === null ? null : Number(row.sessionId),
          subject: row.subject,
          year: Number(row.year),
          outcome: row.outcome,
          score: row.score,
          voided: Boolean(Number(row.voided)),
          voidKind: row.voidKind,
          voidReason: row.voidReason,
        });
      }
    }
    return result;
  }

  /** A session's counting results by the trainee's base, subject and first attempt or retake. */
  async sessionCounts(sessionId: number, scope: StandingScope): Promise<StatisticsCount[]> {
    const t = traineeSql('t');
    const inScope = scopeCondition(scope, t);
    const rows: Array<{ baseId: number; subject: Subject; kind: AttemptKind; candidates: string; passed: string; failed: string; absent: string; voided: string }> = await this.dataSource.query(
      `SELECT g.baseId, g.subject, g.kind, COUNT(*) AS candidates,
              SUM(g.voided = 0 AND g.outcome = 'PASSED') AS passed, SUM(g.voided = 0 AND g.outcome = 'FAILED') AS failed,
              SUM(g.voided = 0 AND g.outcome = 'ABSENT') AS absent, SUM(g.voided = 1) AS voided
         FROM (SELECT ${t.baseId} AS baseId, a.subject, a.outcome, a.voided,
                      IF(EXISTS (SELECT 1 FROM subject_attempt e WHERE e.trainee_id = a.trainee_id AND e.subject = a.subject AND e.year < a.year AND ${countingAttemptSql('e')}),
                         'RETAKE', 'FIRST') AS kind
                 FROM subject_attempt a JOIN ${t.table} ON ${t.id} = a.trainee_id
                WHERE a.session_id = ? AND ${countingAttemptSql('a')} AND ${inScope.sql}) g
        GROUP BY g.baseId, g.subject, g.kind`,
      [sessionId, ...inScope.params],
    );
    return rows.map((row) => ({
      baseId: Number(row.baseId),
      subject: row.subject,
      kind: row.kind,
      candidates: Number(row.candidates),
      passed: Number(row.passed),
      failed: Number(row.failed),
      absent: Number(row.absent),
      voided: Number(row.voided),
    }));
  }
}
