/**
 * Data for sign-up benchmarks, written straight to the benchmark's own database: sessions whose sign-up
 * window is open now, and distinct candidates (trainee, account, token) for each round. No password
 * hashing, so a burst measures the submit path only.
 */
import { AssessmentSession } from '@app/assessment/entities/assessment-session.entity';
import { toSessionColumns } from '@app/assessment/sessions/session-definition';
import { AppConfig } from '@app/common/config';
import { PersonalDataCipher } from '@app/common/crypto';
import { gb11643CheckChar, maskIdNumber } from '@app/common/identity-document';
import { addDays, beijingDateOf, beijingToInstant } from '@app/common/time';
import { buildDataSourceOptions } from '@app/database';
import { UserAccount } from '@app/identity/entities/user-account.entity';
import { TokenClaims } from '@app/identity/token-claims';
import { TokenStateStore } from '@app/identity/tokens/token-state.store';
import { Trainee } from '@app/training/trainee.entity';
import { sign } from 'jsonwebtoken';
import { DataSource } from 'typeorm';

/** The benchmark's database, emptied of earlier runs' sign-up data; refuses a database not named for benchmarks. */
export async function openBenchDatabase(config: AppConfig): Promise<DataSource> {
  if (!/bench/.test(config.database.name)) throw new Error(`refusing to write benchmark data into "${config.database.name}"`);
  const dataSource = new DataSource({ ...buildDataSourceOptions(config.database), migrationsRun: false });
  await dataSource.initialize();
  await dataSource.query('SET FOREIGN_KEY_CHECKS = 0');
  for (const table of ['candidate_message', 'refresh_token', 'refresh_token_family', 'audit_record', 'eligibility_exception', 'subject_attempt', 'signup', 'user_account', 'trainee', 'assessment_session']) await dataSource.query(`TRUNCATE TABLE ${table}`);
  await dataSource.query('SET FOREIGN_KEY_CHECKS = 1');
  return dataSource;
}

/** A session whose sign-up window is open now (the API runs on the real clock). */
export async function createSession(dataSource: DataSource, round: number): Promise<number> {
  const today = beijingDateOf(new Date());
  const year = Number(today.slice(0, 4));
  const window = (from: number, to: number) => ({ opensAt: beijingToInstant(addDays(today, from)), closesAt: beijingToInstant(addDays(today, to)) });
  const columns = toSessionColumns({
    code: `BENCH-${round}`,
    name: `benchmark session ${round}`,
    year,
    ruleSetVersion: 'bench.1',
    signupWindow: window(-1, 2),
    reviewWindow: window(-1, 3),
    admittedRotationEndYears: { from: year - 2, to: year },
    rotationCutoff: `${year}-12-01`,
    subjects: [
      { subject: 'THEORY', ticketMode: 'NATIONAL_SITE', ticketWindow: window(10, 12), exam: window(12, 13) },
      { subject: 'SKILLS', ticketMode: 'PLATFORM', ticketWindow: window(10, 12), exam: window(12, 13) },
    ],
    resultsNote: null,
  });
  const result = await dataSource.createQueryBuilder().insert().into(AssessmentSession).values({ ...columns, version: 1 }).execute();
  return Number(result.identifiers[0].id);
}

/** `count` trainees and candidate accounts of the round's own (at the first base, or the one named), and a token for each. */
export async function createCandidates(dataSource: DataSource, config: AppConfig, tokenState: TokenStateStore, round: number, count: number, baseName?: string): Promise<string[]> {
  const cipher = new PersonalDataCipher(config.personalData.encryptionKey, config.personalData.hashKey);
  const [base] = baseName
    ? await dataSource.query("SELECT id, city_id FROM organisation WHERE kind = 'BASE' AND name = ?", [baseName])
    : await dataSource.query("SELECT id, city_id FROM organisation WHERE kind = 'BASE' ORDER BY id LIMIT 1");
  if (!base) throw new Error(`no base ${baseName ?? ''}`);
  const year = Number(beijingDateOf(new Date()).slice(0, 4));
  const trainees = Array.from({ length: count }, (_, i) => {
    const first17 = `350102${19900101 + (i % 28)}${String(i % 1000).padStart(3, '0')}`.slice(0, 17);
    const idNumber = first17 + gb11643CheckChar(first17);
    return {
      name: `考生${round}-${i}`,
      idType: 'RESIDENT_ID' as const,
      // Distinct look-up hashes, as if every candidate had their own number.
      idHash: cipher.lookupHash('RESIDENT_ID', `${idNumber}#${round}-${i}`),
      idCipher: cipher.encrypt(idNumber),
      idMasked: maskIdNumber('RESIDENT_ID', idNumber),
      baseId: Number(base.id),
      cityId: Number(base.city_id),
      cohort: String(year - 2),
      rotationEndDate: `${year}-06-30`,
      phaseTheoryPassed: true,
      processAssessmentPassed: true,
      retrainingRequired: false,
      sex: 'F' as const,
      birthDate: '1990-01-01',
      phone: '13800000000',
      photoKey: 'photos/bench/sample.jpg',
      photoSha256: '0'.repeat(64),
      photoLocked: false,
      version: 1,
    };
  });
  const [{ lastId: before }] = await dataSource.query('SELECT COALESCE(MAX(id), 0) AS lastId FROM trainee');
  for (let i = 0; i < trainees.length; i += 500) await dataSource.createQueryBuilder().insert().into(Trainee).values(trainees.slice(i, i + 500)).execute();
  const ids: Array<{ id: number }> = await dataSource.query('SELECT id FROM trainee WHERE id > ? ORDER BY id', [before]);
  const users = ids.map(({ id }) => ({ username: `bench${id}`, passwordHash: 'not-used-by-the-burst', role: 'CANDIDATE' as const, displayName: `考生${id}`, organisationId: null, traineeId: Number(id), active: true }));
  for (let i = 0; i < users.length; i += 500) await dataSource.createQueryBuilder().insert().into(UserAccount).values(users.slice(i, i + 500)).execute();
  // One login (refresh-token family) per account, and the account's token version published to Redis, as a login does.
  await dataSource.query('INSERT INTO refresh_token_family (account_id, created_at) SELECT id, NOW(3) FROM user_account WHERE trainee_id > ?', [before]);
  const accounts: Array<{ id: number; trainee_id: number; family: number }> = await dataSource.query(
    'SELECT a.id, a.trainee_id, f.id AS family FROM user_account a JOIN refresh_token_family f ON f.account_id = a.id WHERE a.trainee_id > ? ORDER BY a.id',
    [before],
  );
  await Promise.all(accounts.map((a) => tokenState.raiseVersion(Number(a.id), 0)));
  return accounts.map((a) => {
    const claims: TokenClaims = { sub: Number(a.id), role: 'CANDIDATE', org: null, base: null, city: null, trainee: Number(a.trainee_id), ver: 0, fam: Number(a.family) };
    return sign(claims, config.auth.jwtSecret, { expiresIn: 3600, algorithm: 'HS256' });
  });
}

/** Submits of one round, and what the database holds for them: rows, duplicates, audit records. */
export async function countStored(dataSource: DataSource, sessionId: number): Promise<{ stored: number; duplicates: number; audits: number }> {
  const [{ stored }] = await dataSource.query("SELECT COUNT(*) AS stored FROM signup WHERE session_id = ? AND status = 'SUBMITTED'", [sessionId]);
  const [{ duplicates }] = await dataSource.query('SELECT COUNT(*) AS duplicates FROM (SELECT trainee_id FROM signup WHERE session_id = ? GROUP BY trainee_id HAVING COUNT(*) > 1) d', [sessionId]);
  const [{ audits }] = await dataSource.query(
    "SELECT COUNT(*) AS audits FROM audit_record a JOIN signup s ON a.entity_type = 'signup' AND a.entity_id = s.id WHERE s.session_id = ? AND a.action = 'SIGNUP_SUBMITTED'",
    [sessionId],
  );
  return { stored: Number(stored), duplicates: Number(duplicates), audits: Number(audits) };
}

/** The submit requests of a round: one per token, each for its own candidate. */
export function submitRequests(sessionId: number, tokens: string[]): Array<{ method: 'POST'; path: string; headers: Record<string, string>; body: string }> {
  return tokens.map((token) => ({ method: 'POST', path: `/api/me/signups/${sessionId}/submit`, headers: { authorization: `Bearer ${token}` }, body: '{}' }));
}
