import { PersonalDataCipher } from '@app/common/crypto';
import { gb11643CheckChar, maskIdNumber } from '@app/common/identity-document';
import { Workbook } from 'exceljs';
import { DataSource } from 'typeorm';
import { TestApi } from './test-api';

export interface SeededCandidate {
  traineeId: number;
  signupId: number;
  name: string;
  idNumber: string;
}

/** The n-th distinct valid resident ID number: birth dates from 1990-01-01 onwards, 1,000 serials per day. */
export function nthResidentId(n: number): string {
  const birth = new Date(Date.UTC(1990, 0, 1) + Math.floor(n / 1000) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `350102${birth}${String(n % 1000).padStart(3, '0')}`;
  return first17 + gb11643CheckChar(first17);
}

/**
 * Trainees of one base with centre-approved sign-ups for both subjects, written with SQL: how they got
 * approved is the sign-up story's business; score tests start from approved candidates.
 */
export async function seedApprovedCandidates(api: TestApi, sessionId: number, count: number, options: { from?: number; baseName?: string } = {}): Promise<SeededCandidate[]> {
  const dataSource: DataSource = api.dataSource;
  const cipher = api.app.get(PersonalDataCipher);
  const [base] = await dataSource.query('SELECT id, city_id AS cityId FROM organisation WHERE name = ?', [options.baseName ?? '福州市第一总医院']);
  const from = options.from ?? 0;
  const created: Array<{ name: string; idNumber: string }> = [];
  for (let start = 0; start < count; start += 1000) {
    const chunk = Array.from({ length: Math.min(1000, count - start) }, (_, k) => from + start + k);
    const values = chunk.map((n) => {
      const idNumber = nthResidentId(n);
      const name = `考生${n}`;
      created.push({ name, idNumber });
      return [name, 'RESIDENT_ID', cipher.lookupHash('RESIDENT_ID', idNumber), cipher.encrypt(idNumber), maskIdNumber('RESIDENT_ID', idNumber), base.id, base.cityId, '2022', '2024-06-30', 1, 1, 1];
    });
    await dataSource.query(
      `INSERT INTO trainee (name, id_type, id_hash, id_cipher, id_masked, base_id, city_id, cohort, rotation_end_date, phase_theory_passed, process_assessment_passed, version)
       VALUES ${values.map(() => '(?,?,?,?,?,?,?,?,?,?,?,?)').join(',')}`,
      values.flat(),
    );
  }
  const hashes = created.map((c) => cipher.lookupHash('RESIDENT_ID', c.idNumber));
  const rows: Array<{ id: number; idHash: string }> = [];
  for (let start = 0; start < hashes.length; start += 1000) {
    const chunk = hashes.slice(start, start + 1000);
    rows.push(...(await dataSource.query(`SELECT id, id_hash AS idHash FROM trainee WHERE id_hash IN (${chunk.map(() => '?').join(',')})`, chunk)));
  }
  const idOfHash = new Map(rows.map((r) => [r.idHash, Number(r.id)]));
  const traineeIds = hashes.map((hash) => idOfHash.get(hash)!);
  for (let start = 0; start < traineeIds.length; start += 1000) {
    const chunk = traineeIds.slice(start, start + 1000);
    await dataSource.query(
      `INSERT INTO signup (session_id, trainee_id, base_id, city_id, status, subject_theory, subject_skills, version)
       SELECT ?, id, base_id, city_id, 'APPROVED', 1, 1, 1 FROM trainee WHERE id IN (${chunk.map(() => '?').join(',')})`,
      [sessionId, ...chunk],
    );
  }
  const signups: Array<{ id: number; traineeId: number }> = await dataSource.query('SELECT id, trainee_id AS traineeId FROM signup WHERE session_id = ?', [sessionId]);
  const signupOf = new Map(signups.map((s) => [Number(s.traineeId), Number(s.id)]));
  return created.map((c, i) => ({ ...c, traineeId: traineeIds[i], signupId: signupOf.get(traineeIds[i])! }));
}

/** The national centre's theory file as CSV text: 姓名,证件号码,标准分. */
export function theoryCsv(rows: Array<{ name: string; idNumber: string; score: string }>, header = '姓名,证件号码,标准分'): string {
  return [header, ...rows.map((r) => `${r.name},${r.idNumber},${r.score}`)].join('\r\n') + '\r\n';
}

/** An XLSX workbook of the given rows (cells keep their JS type: a number stays a number, as Excel would store it). */
export async function xlsxOf(header: string[], rows: Array<Array<string | number>>): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('成绩');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
