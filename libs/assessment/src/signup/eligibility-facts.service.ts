import { PreparedStatements } from '@app/database/prepared-statements';
import { Injectable } from '@nestjs/common';
import { AssessmentSession } from '../entities/assessment-session.entity';
import { EligibilityInput, EligibilityRuleId, GrantedException, OtherSignupSameYear, ProfileFacts, TraineeFacts } from '../rules/eligibility.rules';
import { isActive, SignupStatus } from '../rules/signup-state.rules';
import { AttemptOutcome, Subject, SubjectAttempt } from '../rules/subject';
import { toRuleConfig } from '../sessions/session-definition';

/** The trainee's own sign-up for the session, as far as the sign-up path needs it. */
export interface ExistingSignup {
  id: number;
  status: SignupStatus;
  version: number;
  subjects: Subject[];
  lastReason: string | null;
}

/** Everything the eligibility rules need about one trainee, read in one round trip. */
export interface SignupFacts {
  traineeId: number;
  baseId: number;
  cityId: number;
  retrainingRequired: boolean;
  rotationEndDate: string;
  trainee: TraineeFacts;
  profile: ProfileFacts;
  history: SubjectAttempt[];
  exceptions: GrantedException[];
  others: OtherSignupSameYear[];
  existing: ExistingSignup | null;
}

// One query with correlated JSON sub-selects: the sign-up burst is bound by round trips, not by rows.
const FACTS_SQL = `
SELECT t.id, t.name, t.base_id AS baseId, t.city_id AS cityId, t.cohort, t.rotation_end_date AS rotationEndDate,
  t.phase_theory_passed AS phaseTheoryPassed, t.process_assessment_passed AS processAssessmentPassed,
  t.retraining_required AS retrainingRequired, t.sex, t.birth_date AS birthDate, t.phone, t.photo_key IS NOT NULL AS hasPhoto,
  (SELECT JSON_ARRAYAGG(JSON_OBJECT('subject', a.subject, 'year', a.year, 'outcome', a.outcome, 'voided', a.voided))
     FROM subject_attempt a WHERE a.trainee_id = t.id) AS attempts,
  (SELECT JSON_ARRAYAGG(JSON_OBJECT('rule', e.rule, 'reason', e.reason, 'grantedBy', e.granted_by, 'grantedAt', DATE_FORMAT(e.granted_at, '%Y-%m-%dT%H:%i:%s.%fZ')))
     FROM eligibility_exception e WHERE e.trainee_id = t.id AND e.session_id = ?) AS exceptions,
  (SELECT JSON_ARRAYAGG(JSON_OBJECT('sessionId', s.session_id, 'status', s.status, 'theory', s.subject_theory, 'skills', s.subject_skills))
     FROM signup s JOIN assessment_session x ON x.id = s.session_id
     WHERE s.trainee_id = t.id AND x.year = ? AND s.session_id <> ?) AS others,
  (SELECT JSON_OBJECT('id', s.id, 'status', s.status, 'version', s.version, 'theory', s.subject_theory, 'skills', s.subject_skills, 'lastReason', s.last_reason)
     FROM signup s WHERE s.trainee_id = t.id AND s.session_id = ?) AS existing
FROM trainee t WHERE t.id = ?`;

interface FactsRow {
  id: number;
  name: string;
  baseId: number;
  cityId: number;
  cohort: string;
  rotationEndDate: string;
  phaseTheoryPassed: number;
  processAssessmentPassed: number;
  retrainingRequired: number;
  sex: 'M' | 'F' | null;
  birthDate: string | null;
  phone: string | null;
  hasPhoto: number;
  attempts: unknown;
  exceptions: unknown;
  others: unknown;
  existing: unknown;
}

/** The driver hands JSON back parsed or as text depending on the server; accept both. */
function decodeJson<T>(value: unknown): T | null {
  if (value === null || value === undefined) return null;
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

const subjectsOfFlags = (theory: unknown, skills: unknown): Subject[] =>
  [theory ? 'THEORY' : null, skills ? 'SKILLS' : null].filter((s): s is Subject => s !== null);

/** Gathers what the eligibility rules need, so the rules themselves stay free of I/O. */
@Injectable()
export class EligibilityFactsService {
  constructor(private readonly statements: PreparedStatements) {}

  async load(session: AssessmentSession, traineeId: number): Promise<SignupFacts | null> {
    const rows = await this.statements.execute<FactsRow[]>(FACTS_SQL, [session.id, session.year, session.id, session.id, traineeId]);
    const row = rows[0];
    if (!row) return null;
    const parse = <T>(json: unknown): T[] => (decodeJson<T[]>(json) ?? []);
    const existing = decodeJson<{ id: number; status: SignupStatus; version: number; theory: number; skills: number; lastReason: string | null }>(row.existing);
    return {
      traineeId: row.id,
      baseId: row.baseId,
      cityId: row.cityId,
      retrainingRequired: Boolean(row.retrainingRequired),
      rotationEndDate: row.rotationEndDate,
      trainee: { rotationEndDate: row.rotationEndDate, phaseTheoryPassed: Boolean(row.phaseTheoryPassed), processAssessmentPassed: Boolean(row.processAssessmentPassed) },
      profile: { name: row.name, sex: row.sex, birthDate: row.birthDate, phone: row.phone, baseId: row.baseId, cohort: row.cohort, hasPhoto: Boolean(row.hasPhoto) },
      history: parse<{ subject: Subject; year: number; outcome: AttemptOutcome; voided: number }>(row.attempts).map((a) => ({ ...a, voided: Boolean(a.voided) })),
      exceptions: parse<{ rule: EligibilityRuleId; reason: string; grantedBy: number; grantedAt: string }>(row.exceptions).map((e) => ({
        rule: e.rule,
        reason: e.reason,
        grantedBy: String(e.grantedBy),
        grantedAt: new Date(e.grantedAt),
      })),
      others: parse<{ sessionId: number; status: SignupStatus; theory: number; skills: number }>(row.others)
        .filter((o) => isActive(o.status))
        .map((o) => ({ sessionId: o.sessionId, subjects: subjectsOfFlags(o.theory, o.skills) })),
      existing: existing
        ? { id: existing.id, status: existing.status, version: existing.version, subjects: subjectsOfFlags(existing.theory, existing.skills), lastReason: existing.lastReason }
        : null,
    };
  }

  toInput(session: AssessmentSession, facts: SignupFacts, requestedSubjects: Subject[], isCorrection: boolean, now: Date): EligibilityInput {
    return {
      session: toRuleConfig(session),
      trainee: facts.trainee,
      profile: facts.profile,
      history: facts.history,
      requestedSubjects,
      otherSignupsSameYear: facts.others,
      exceptions: facts.exceptions,
      isCorrection,
      now,
    };
  }
}
