/**
 * RC-6 at scale: 100,000 approved applications of the Fujian 2025 round (its real plan: 42 bases, 471 seats split
 * by type), ranked by a centre score with many ties, two choices each, a third accepting adjustment. Timed: the
 * admission preview end to end, as the centre's request runs it (read every application, admit(), one run row,
 * 100,000 outcome rows with their explanations, one transaction). Beside it, in the same run, a naive baseline:
 * the same outcomes written one INSERT per row, timed on a sample and scaled to the whole. Target: ≤ 5 s.
 */
import 'reflect-metadata';
import { Actor } from '@app/common/actor';
import { PersonalDataCipher } from '@app/common/crypto';
import { gb11643CheckChar, maskIdNumber } from '@app/common/identity-document';
import { admissionApplicants, admissionConfigOf, AdmissionRunService, admit, inputDigest, outcomesOf, packExplanation, RoundBases, roundTracks, RoundStore } from '@app/recruitment';
import { NestFactory } from '@nestjs/core';
import { cpus, loadavg } from 'node:os';
import { DataSource } from 'typeorm';
import { AppModule } from '../../apps/api/src/app.module';

const APPLICANTS = Number(process.env.BENCH_APPLICANTS ?? 100_000);
const NAIVE_SAMPLE = Number(process.env.BENCH_NAIVE_SAMPLE ?? 5_000);
const TARGET_SECONDS = 5;

function nthResidentId(n: number): string {
  const birth = new Date(Date.UTC(1985, 0, 1) + Math.floor(n / 1000) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `350102${birth}${String(n % 1000).padStart(3, '0')}`;
  return first17 + gb11643CheckChar(first17);
}

const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;

async function prepare(dataSource: DataSource, cipher: PersonalDataCipher, roundId: number, baseIds: number[], cityIds: number[]): Promise<boolean> {
  await dataSource.query('SET FOREIGN_KEY_CHECKS = 0');
  const [{ n }] = await dataSource.query<Array<{ n: string }>>("SELECT COUNT(*) AS n FROM recruitment_application WHERE round_id = ? AND status = 'APPROVED'", [roundId]);
  if (Number(n) === APPLICANTS) {
    // The applications of an earlier run are the same data: only the runs go.
    for (const table of ['recruitment_placement', 'admission_outcome', 'admission_run']) await dataSource.query(`TRUNCATE TABLE ${table}`);
    await dataSource.query('SET FOREIGN_KEY_CHECKS = 1');
    return false;
  }
  for (const table of ['recruitment_placement', 'admission_outcome', 'admission_run', 'recruitment_assessment_score', 'recruitment_application']) await dataSource.query(`TRUNCATE TABLE ${table}`);
  await dataSource.query("DELETE FROM user_account WHERE username LIKE 'bench-applicant-%'");
  await dataSource.query('SET FOREIGN_KEY_CHECKS = 1');
  const [{ next }] = await dataSource.query<Array<{ next: number }>>('SELECT COALESCE(MAX(id), 0) + 1 AS next FROM user_account');
  const firstAccount = Number(next);
  const CHUNK = 2_000;
  for (let start = 0; start < APPLICANTS; start += CHUNK) {
    const count = Math.min(CHUNK, APPLICANTS - start);
    const accounts: unknown[] = [];
    const applications: unknown[] = [];
    for (let i = start; i < start + count; i += 1) {
      const accountId = firstAccount + i;
      accounts.push(accountId, `bench-applicant-${i}`, 'x', 'CANDIDATE', `申请人${i}`);
      const id = nthResidentId(i);
      const first = baseIds[(i * 7) % baseIds.length];
      const second = baseIds[(i * 13 + 5) % baseIds.length];
      // Scores 60.0–99.9 with one decimal: about 400 distinct values, so ties are everywhere and the lottery decides.
      const score = (60 + ((i * 7919) % 400) / 10).toFixed(1);
      applications.push(
        roundId, accountId, `申请人${i}`, cipher.lookupHash('RESIDENT_ID', id), cipher.encrypt(id), maskIdNumber('RESIDENT_ID', id),
        i % 8 === 0 ? 'INDEPENDENT' : 'EMPLOYED', cityIds[i % cityIds.length], first, second === first ? null : second, i % 3 === 0 ? 1 : 0, score,
      );
    }
    await dataSource.query(`INSERT INTO user_account (id, username, password_hash, role, display_name) VALUES ${Array.from({ length: count }, () => '(?,?,?,?,?)').join(',')}`, accounts);
    await dataSource.query(
      `INSERT INTO recruitment_application (round_id, account_id, name, id_type, id_hash, id_cipher, id_masked, applicant_type, facts, employer_city_id, choice1_base_id, choice2_base_id, accepts_adjustment, status, ranking_score, submitted_at)
       VALUES ${Array.from({ length: count }, () => "(?,?,?,'RESIDENT_ID',?,?,?,?,'{}',?,?,?,?,'APPROVED',?,NOW(3))").join(',')}`,
      applications,
    );
  }
  return true;
}

async function main(): Promise<void> {
  if (!/bench/.test(process.env.DB_NAME ?? '')) throw new Error(`refusing to write benchmark data into "${process.env.DB_NAME}"`);
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
  await app.init();
  const dataSource = app.get(DataSource);
  const stored = await app.get(RoundStore).byCode('FJ-2025');
  if (!stored) throw new Error('round FJ-2025 not stored');
  const names = await app.get(RoundBases).of(stored.round.jurisdiction);
  const { tracks } = roundTracks(stored.round, names.resolve);
  const baseIds = [...new Set(tracks.map((track) => track.baseId))];
  const cityIds = [...new Set(tracks.map((track) => track.cityId).filter((id): id is number => id !== null))];
  const [province] = await dataSource.query<Array<{ id: number }>>("SELECT id FROM organisation WHERE name = '福建省'");
  const actor: Actor = { userId: null, role: 'CENTRE_ADMIN', organisationId: province.id, baseId: null, cityId: null, traineeId: null };

  const setup = process.hrtime.bigint();
  const created = await prepare(dataSource, app.get(PersonalDataCipher), stored.id, baseIds, cityIds);
  console.log(`setup: ${APPLICANTS} approved applications over ${baseIds.length} bases (${tracks.reduce((sum, track) => sum + track.quota, 0)} seats) ${created ? 'written' : 'kept from the last run'} in ${seconds(setup).toFixed(1)} s (not timed)`);

  // The platform's way, end to end: AdmissionRunService.preview, as POST /recruitment/rounds/{id}/admission-runs runs it.
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const run = await app.get(AdmissionRunService).preview(actor, stored.id);
  const total = seconds(started);
  const cpu = process.cpuUsage(cpuBefore);
  const [load] = loadavg();
  const [{ n: written }] = await dataSource.query<Array<{ n: string }>>('SELECT COUNT(*) AS n FROM admission_outcome WHERE run_id = ?', [run.id]);

  // Where the time goes: admit() alone, on the same input.
  const inputs = await dataSource.transaction(async (manager) => {
    const rows = await manager.query<Array<{ id: number; applicant_type: 'EMPLOYED' | 'INDEPENDENT'; choice1_base_id: number | null; choice2_base_id: number | null; accepts_adjustment: number; employer_city_id: number | null; submitted_at: Date | null; ranking_score: string | null }>>(
      "SELECT id, applicant_type, choice1_base_id, choice2_base_id, accepts_adjustment, employer_city_id, submitted_at, ranking_score FROM recruitment_application WHERE round_id = ? AND status IN ('APPROVED','CONFIRMED')",
      [stored.id],
    );
    return admissionApplicants(
      stored.round.ranking,
      rows.map((row) => ({ id: row.id, applicantType: row.applicant_type, choice1BaseId: row.choice1_base_id, choice2BaseId: row.choice2_base_id, acceptsAdjustment: Boolean(row.accepts_adjustment), employerCityId: row.employer_city_id, submittedAt: row.submitted_at, rankingScore: row.ranking_score })),
      [],
    );
  });
  const ruleStarted = process.hrtime.bigint();
  const result = admit({ tracks, applicants: inputs, config: admissionConfigOf(stored.round, run.seed) });
  const ruleSeconds = seconds(ruleStarted);
  const digestMatches = inputDigest(tracks, inputs) === run.inputDigest;

  // The naive baseline: the same outcomes, one INSERT per row, on a sample (each in the one transaction, as a
  // careful naive writer would), scaled to the whole.
  const outcomes = outcomesOf(result).slice(0, NAIVE_SAMPLE);
  const naiveStarted = process.hrtime.bigint();
  await dataSource.transaction(async (manager) => {
    const { insertId } = await manager.query<{ insertId: number }>("INSERT INTO admission_run (round_id, status, seed, input_digest, summary, created_at) VALUES (?, 'DISCARDED', ?, ?, '{}', NOW(3))", [stored.id, run.seed, run.inputDigest]);
    for (const outcome of outcomes) {
      await manager.query('INSERT INTO admission_outcome (run_id, application_id, admitted, base_id, applicant_type, admitted_by, explanation) VALUES (?,?,?,?,?,?,?)', [
        insertId, outcome.applicationId, outcome.admitted ? 1 : 0, outcome.baseId, outcome.applicantType, outcome.admittedBy, JSON.stringify(packExplanation(outcome.explanation)),
      ]);
    }
  });
  const naiveSample = seconds(naiveStarted);
  const naiveScaled = (naiveSample / outcomes.length) * APPLICANTS;

  console.log(`admission preview, end to end (read ${APPLICANTS} applications, admit, write run + ${written} outcomes in one transaction): ${total.toFixed(2)} s`);
  console.log(`  this process's CPU meanwhile: ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s; load average at the end: ${load.toFixed(1)} on ${cpus().length} CPUs (a shared machine stretches the wall time)`);
  console.log(`  of which admit() alone: ${ruleSeconds.toFixed(2)} s; admitted ${run.admitted} of ${run.quota} seats; input digest reproduced: ${digestMatches}`);
  console.log(`naive baseline, one INSERT per outcome: ${outcomes.length} rows in ${naiveSample.toFixed(2)} s → ${naiveScaled.toFixed(1)} s for ${APPLICANTS} (scaled)`);
  console.log(`speed-up over the naive writer: ${(naiveScaled / total).toFixed(1)}×; target ≤ ${TARGET_SECONDS} s: ${total <= TARGET_SECONDS ? 'met' : 'NOT met'}`);
  await app.close();
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
