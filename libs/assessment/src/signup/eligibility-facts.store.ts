import { placeholders } from '@app/common/sql';
import { PreparedStatements } from '@app/database/prepared-statements';
import { Injectable } from '@nestjs/common';
import { countingAttemptSql } from '../attempts/counting-attempts';

/**
 * One row of what the eligibility rules need besides the trainee, tagged by kind: a counting result
 * (subject, outcome, year, voided), an exception (rule, reason, granted by, session, granted at) or a
 * sign-up (status, last reason, id, session, version, subject flags, session year).
 */
export interface RelatedFactRow {
  kind: 'ATTEMPT' | 'EXCEPTION' | 'SIGNUP';
  traineeId: number;
  a: string;
  b: string | null;
  n1: number;
  n2: number | null;
  n3: number | null;
  n4: number | null;
  n5: number | null;
  at: Date | null;
}

const relatedSql = (count: number) => `
SELECT 'ATTEMPT' AS kind, a.trainee_id AS traineeId, a.subject AS a, a.outcome AS b, a.year AS n1, a.voided AS n2, NULL AS n3, NULL AS n4, NULL AS n5, NULL AS at
  FROM subject_attempt a WHERE a.trainee_id IN (${placeholders(count)})
    AND ${countingAttemptSql('a')}
UNION ALL
SELECT 'EXCEPTION', e.trainee_id, e.rule, e.reason, e.granted_by, e.session_id, NULL, NULL, NULL, e.granted_at
  FROM eligibility_exception e WHERE e.trainee_id IN (${placeholders(count)})
UNION ALL
SELECT 'SIGNUP', s.trainee_id, s.status, s.last_reason, s.id, s.session_id, s.version, s.subject_theory + 2 * s.subject_skills, x.year, NULL
  FROM signup s JOIN assessment_session x ON x.id = s.session_id WHERE s.trainee_id IN (${placeholders(count)})`;


/**
 * The sign-up burst's read of everything keyed by the trainee (counting results, exceptions, sign-ups with
 * their session's year) in one prepared statement. It spans the attempt, exception and sign-up tables on
 * purpose: one round trip serves a whole batch, so it has a store of its own.
 */
@Injectable()
export class EligibilityFactsStore {
  constructor(private readonly statements: PreparedStatements) {}

  /** Callers pad `ids` (repeating one) to a few list lengths, so the statement text and its plan are reused. */
  related(ids: readonly number[]): Promise<RelatedFactRow[]> {
    return this.statements.execute<RelatedFactRow[]>(relatedSql(ids.length), [...ids, ...ids, ...ids]);
  }
}
