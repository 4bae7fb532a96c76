import { PersonalDataCipher } from '@app/common/crypto';
import { checkIdNumber, maskIdNumber } from '@app/common/identity-document';
import { PasswordHasher, UserAccount } from '@app/identity';
import { ApplicantType, QuotaPlan, RoundStore } from '@app/recruitment';
import { organisationId, PASSWORD } from './fixtures';
import { TestApi } from './test-api';

/**
 * Recruitment's admission, reporting and notices are tested before the applicants' HTTP path (registration,
 * drafts, documents, submit, review) is in place: these helpers put APPROVED applications straight into the
 * database, with the ID number hashed and encrypted exactly as the trainees' are and a CANDIDATE account per
 * applicant. Once that path exists, `insertApprovedApplication` is what to swap for it.
 */

export interface ApprovedApplicant {
  username: string;
  name: string;
  idNumber: string;
  type: ApplicantType;
  /** Base names, first choice first. */
  choices: string[];
  acceptsAdjustment?: boolean;
  /** The employer's city (SAME_CITY_FIRST adjustment), by name. */
  employerCity?: string;
  /** The centre ranking score, when the test sets it directly rather than through the ranking routes. */
  rankingScore?: number;
  submittedAt?: Date;
}

export interface InsertedApplication {
  applicationId: number;
  accountId: number;
  username: string;
  name: string;
  idNumber: string;
}

let passwordHash: Promise<string> | null = null;

export async function roundIdOf(api: TestApi, code: string): Promise<number> {
  const stored = await api.app.get(RoundStore).byCode(code);
  if (!stored) throw new Error(`no round ${code}`);
  return stored.id;
}

/** Replaces the round's plan (as the authority would before admission), so a test can work with a few seats. */
export async function setRoundPlan(api: TestApi, code: string, plan: QuotaPlan): Promise<void> {
  const rounds = api.app.get(RoundStore);
  const stored = await rounds.byCode(code);
  if (!stored) throw new Error(`no round ${code}`);
  const changed = await rounds.replaceConfig(api.dataSource.manager, stored, { ...stored.round, quotas: plan });
  if (!changed) throw new Error(`round ${code} changed meanwhile`);
}

/** An APPROVED application (past review before admission) and its applicant's CANDIDATE account. */
export async function insertApprovedApplication(api: TestApi, roundCode: string, applicant: ApprovedApplicant): Promise<InsertedApplication> {
  const roundId = await roundIdOf(api, roundCode);
  const cipher = api.app.get(PersonalDataCipher);
  passwordHash ??= api.app.get(PasswordHasher).hash(PASSWORD);
  const checked = checkIdNumber('RESIDENT_ID', applicant.idNumber, '2025-01-01');
  if (!checked.ok) throw new Error(`fixture ID number ${applicant.idNumber}: ${checked.message.en}`);
  const account = await api.dataSource.getRepository(UserAccount).save({
    username: applicant.username,
    role: 'CANDIDATE',
    displayName: applicant.name,
    organisationId: null,
    traineeId: null,
    passwordHash: await passwordHash,
    active: true,
  });
  const choices = await Promise.all(applicant.choices.map((base) => organisationId(api.dataSource, base)));
  const employerCityId = applicant.employerCity ? await organisationId(api.dataSource, applicant.employerCity) : null;
  const result = await api.dataSource.query<{ insertId: number }>(
    `INSERT INTO recruitment_application
       (round_id, account_id, name, id_type, id_hash, id_cipher, id_masked, applicant_type, facts, employer_city_id,
        choice1_base_id, choice2_base_id, accepts_adjustment, status, stage, step, eligible, ranking_score, submitted_at)
     VALUES (?, ?, ?, 'RESIDENT_ID', ?, ?, ?, ?, '{}', ?, ?, ?, ?, 'APPROVED', 'BEFORE_ADMISSION', 0, 1, ?, ?)`,
    [
      roundId,
      account.id,
      applicant.name,
      cipher.lookupHash('RESIDENT_ID', checked.normalised),
      cipher.encrypt(checked.normalised),
      maskIdNumber('RESIDENT_ID', checked.normalised),
      applicant.type,
      employerCityId,
      choices[0] ?? null,
      choices[1] ?? null,
      applicant.acceptsAdjustment ? 1 : 0,
      applicant.rankingScore ?? null,
      applicant.submittedAt ?? new Date('2025-07-05T02:00:00Z'),
    ],
  );
  return { applicationId: result.insertId, accountId: account.id, username: applicant.username, name: applicant.name, idNumber: checked.normalised };
}
