import { GroupBatcher } from '@app/common/batching';
import { PreparedStatements } from '@app/database/prepared-statements';
import { Injectable } from '@nestjs/common';
import { countingAttemptSql } from '../attempts/counting-attempts';
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

// Reads are batched: the trainees of every request in flight, then everything keyed by those trainees
// (attempts, exceptions, sign-ups with their session's year) as one UNION; only published results count (SC-4). Two round trips serve a whole
// batch; the sign-up burst is bound by per-request server and driver work, not by rows.
const traineesSql = (count: number) => `
SELECT t.id, t.name, t.base_id AS baseId, t.city_id AS cityId, t.cohort, t.rotation_end_date AS rotationEndDate,
  t.phase_theory_passed AS phaseTheoryPassed, t.process_assessment_passed AS processAssessmentPassed,
  t.retraining_required AS retrainingRequired, t.sex, t.birth_date AS birthDate, t.phone, t.photo_key IS NOT NULL AS hasPhoto
FROM trainee t WHERE t.id IN (${placeholders(count)})`;

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

const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');

/**
 * Prepared statements are cached per connection by their text, so a batch's ids are padded (repeating
 * the last id) to one of a few list lengths: otherwise nearly every batch size is a new statement to
 * prepare, and the burst pays a prepare round trip instead of reusing a plan.
 */
const LIST_LENGTHS = [1, 8, 32, 100];
function padIds(ids: number[]): number[] {
  const length = LIST_LENGTHS.find((l) => l >= ids.length) ?? ids.length;
  return ids.length === length ? ids : [...ids, ...Array.from({ length: length - ids.length }, () => ids[ids.length - 1])];
}

interface TraineeRow {
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
}

interface RelatedRow {
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

/** Subject flags packed as theory + 2 × skills. */
const subjectsOfFlags = (flags: number): Subject[] => [flags & 1 ? 'THEORY' : null, flags & 2 ? 'SKILLS' : null].filter((s): s is Subject => s !== null);

/** Gathers what the eligibility rules need, so the rules themselves stay free of I/O. */
@Injectable()
export class EligibilityFactsService {
  constructor(private readonly statements: PreparedStatements) {}

  private readonly batcher = new GroupBatcher<{ session: AssessmentSession; traineeId: number }, SignupFacts | null>((requests) => this.loadBatch(requests), 1);

  load(session: AssessmentSession, traineeId: number): Promise<SignupFacts | null> {
    return this.batcher.submit({ session, traineeId });
  }

  private async loadBatch(requests: Array<{ session: AssessmentSession; traineeId: number }>): Promise<Array<SignupFacts | null>> {
    const ids = padIds([...new Set(requests.map((r) => r.traineeId))]);
    const [trainees, related] = await Promise.all([
      this.statements.execute<TraineeRow[]>(traineesSql(ids.length), ids),
      this.statements.execute<RelatedRow[]>(relatedSql(ids.length), [...ids, ...ids, ...ids]),
    ]);
    const byTrainee = new Map<number, RelatedRow[]>();
    for (const row of related) byTrainee.set(row.traineeId, [...(byTrainee.get(row.traineeId) ?? []), row]);
    const traineeById = new Map(trainees.map((t) => [t.id, t]));
    return requests.map(({ session, traineeId }) => {
      const row = traineeById.get(traineeId);
      return row ? toFacts(session, row, byTrainee.get(traineeId) ?? []) : null;
    });
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

function toFacts(session: AssessmentSession, row: TraineeRow, related: RelatedRow[]): SignupFacts {
  const history: SubjectAttempt[] = [];
  const exceptions: GrantedException[] = [];
  const others: OtherSignupSameYear[] = [];
  let existing: ExistingSignup | null = null;
  for (const r of related) {
    if (r.kind === 'ATTEMPT') history.push({ subject: r.a as Subject, outcome: r.b as AttemptOutcome, year: r.n1, voided: Boolean(r.n2) });
    if (r.kind === 'EXCEPTION' && r.n2 === session.id) {
      exceptions.push({ rule: r.a as EligibilityRuleId, reason: r.b ?? '', grantedBy: String(r.n1), grantedAt: new Date(r.at!) });
    }
    if (r.kind !== 'SIGNUP') continue;
    if (r.n2 === session.id) {
      existing = { id: r.n1, status: r.a as SignupStatus, version: r.n3!, subjects: subjectsOfFlags(r.n4!), lastReason: r.b };
    } else if (r.n5 === session.year && isActive(r.a as SignupStatus)) {
      others.push({ sessionId: r.n2!, subjects: subjectsOfFlags(r.n4!) });
    }
  }
  return {
    traineeId: row.id,
    baseId: row.baseId,
    cityId: row.cityId,
    retrainingRequired: Boolean(row.retrainingRequired),
    rotationEndDate: row.rotationEndDate,
    trainee: { rotationEndDate: row.rotationEndDate, phaseTheoryPassed: Boolean(row.phaseTheoryPassed), processAssessmentPassed: Boolean(row.processAssessmentPassed) },
    profile: { name: row.name, sex: row.sex, birthDate: row.birthDate, phone: row.phone, baseId: row.baseId, cohort: row.cohort, hasPhoto: Boolean(row.hasPhoto) },
    history,
    exceptions,
    others,
    existing,
  };
}
