import { GroupBatcher } from '@app/common/batching';
import { TraineeRecords, TraineeSignupFacts } from '@app/training';
import { Injectable } from '@nestjs/common';
import { AssessmentSession } from '../entities/assessment-session.entity';
import { EligibilityInput, EligibilityRuleId, GrantedException, OtherSignupSameYear, ProfileFacts, TraineeFacts } from '../rules/eligibility.rules';
import { isActive, SignupStatus } from '../rules/signup-state.rules';
import { AttemptOutcome, Subject, SubjectAttempt } from '../rules/subject';
import { toRuleConfig } from '../sessions/session-definition';
import { EligibilityFactsStore, RelatedFactRow } from './eligibility-facts.store';

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

// Reads are batched: the trainees of every request in flight (training's one statement), then everything
// keyed by those trainees (attempts, exceptions, sign-ups with their session's year) as one UNION; only
// published results count (SC-4). Two round trips serve a whole batch; the sign-up burst is bound by
// per-request server and driver work, not by rows.

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

/** Subject flags packed as theory + 2 × skills. */
const subjectsOfFlags = (flags: number): Subject[] => [flags & 1 ? 'THEORY' : null, flags & 2 ? 'SKILLS' : null].filter((s): s is Subject => s !== null);

/** Gathers what the eligibility rules need, so the rules themselves stay free of I/O. */
@Injectable()
export class EligibilityFactsService {
  constructor(
    private readonly trainees: TraineeRecords,
    private readonly store: EligibilityFactsStore,
  ) {}

  private readonly batcher = new GroupBatcher<{ session: AssessmentSession; traineeId: number }, SignupFacts | null>((requests) => this.loadBatch(requests), 1);

  load(session: AssessmentSession, traineeId: number): Promise<SignupFacts | null> {
    return this.batcher.submit({ session, traineeId });
  }

  private async loadBatch(requests: Array<{ session: AssessmentSession; traineeId: number }>): Promise<Array<SignupFacts | null>> {
    const ids = padIds([...new Set(requests.map((r) => r.traineeId))]);
    const [trainees, related] = await Promise.all([this.trainees.signupFacts(ids), this.store.related(ids)]);
    const byTrainee = new Map<number, RelatedFactRow[]>();
    for (const row of related) byTrainee.set(row.traineeId, [...(byTrainee.get(row.traineeId) ?? []), row]);
    const traineeById = new Map(trainees.map((t) => [t.id, t]));
    return requests.map(({ session, traineeId }) => {
      const row = traineeById.get(traineeId);
      return row ? toFacts(session, row, byTrainee.get(traineeId) ?? []) : null;
    });
  }
}

/** The rules' input: the session's configuration, the gathered facts, what is asked for, and when. */
export function eligibilityInput(session: AssessmentSession, facts: SignupFacts, requestedSubjects: Subject[], isCorrection: boolean, now: Date): EligibilityInput {
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

function toFacts(session: AssessmentSession, row: TraineeSignupFacts, related: RelatedFactRow[]): SignupFacts {
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
    retrainingRequired: row.retrainingRequired,
    rotationEndDate: row.rotationEndDate,
    trainee: { rotationEndDate: row.rotationEndDate, phaseTheoryPassed: row.phaseTheoryPassed, processAssessmentPassed: row.processAssessmentPassed },
    profile: { name: row.name, sex: row.sex, birthDate: row.birthDate, phone: row.phone, baseId: row.baseId, cohort: row.cohort, hasPhoto: row.hasPhoto },
    history,
    exceptions,
    others,
    existing,
  };
}
