import { definitionFromReferenceFile, ReferenceSessionFile, SessionService } from '@app/assessment';
import { SYSTEM_ACTOR } from '@app/common/actor';
import { gb11643CheckChar } from '@app/common/identity-document';
import { Organisation, PasswordHasher, Role, UserAccount } from '@app/identity';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { TestApi } from './test-api';

export const PASSWORD = 'Passw0rd!test';

/** A valid resident ID number (GB 11643) for the given birth date and serial. */
export function residentId(birth = '19990312', serial = '123', region = '350102'): string {
  const first17 = `${region}${birth}${serial}`;
  return first17 + gb11643CheckChar(first17);
}

export function fujian2024Definition() {
  const file = JSON.parse(readFileSync(join(__dirname, '../../config/sessions/fujian-2024.json'), 'utf8')) as ReferenceSessionFile;
  return definitionFromReferenceFile(file);
}

/** The 2025 session as the centre would send it over HTTP: the 2024 notice's calendar one year on. */
export function fujian2025SessionDto() {
  return {
    code: 'FJ-2025',
    name: '2025年福建省临床类别助理全科医生培训结业考核',
    year: 2025,
    ruleSetVersion: 'fujian-2025.1',
    signupWindow: { opensAt: '2025-03-01T08:00:00+08:00', closesAt: '2025-03-11T00:00:00+08:00' },
    reviewWindow: { opensAt: '2025-03-04T00:00:00+08:00', closesAt: '2025-03-14T00:00:00+08:00' },
    admittedRotationEndYears: { from: 2023, to: 2025 },
    rotationCutoff: '2025-12-01',
    subjects: [
      { subject: 'SKILLS', ticketMode: 'PLATFORM', ticketWindow: { opensAt: '2025-04-13T00:00:00+08:00', closesAt: '2025-04-20T00:00:00+08:00' }, exam: { opensAt: '2025-04-19T00:00:00+08:00', closesAt: '2025-04-22T00:00:00+08:00' } },
      { subject: 'THEORY', ticketMode: 'NATIONAL_SITE', ticketWindow: { opensAt: '2025-05-07T00:00:00+08:00', closesAt: '2025-05-13T00:00:00+08:00' }, exam: { opensAt: '2025-05-12T00:00:00+08:00', closesAt: '2025-05-13T00:00:00+08:00' } },
    ],
  };
}

/** Creates the Fujian 2024 reference session and returns its id. */
export async function createFujian2024Session(api: TestApi): Promise<number> {
  const session = await api.app.get(SessionService).ensure(SYSTEM_ACTOR, fujian2024Definition());
  return session.id;
}

export async function organisationId(dataSource: DataSource, name: string): Promise<number> {
  const organisation = await dataSource.getRepository(Organisation).findOneByOrFail({ name });
  return organisation.id;
}

let passwordHash: Promise<string> | null = null;

/** A staff account straight in the database (hashing once per run keeps the suite fast). */
export async function createStaff(api: TestApi, username: string, role: Role, organisationName: string): Promise<void> {
  passwordHash ??= api.app.get(PasswordHasher).hash(PASSWORD);
  await api.dataSource.getRepository(UserAccount).insert({
    username,
    role,
    displayName: username,
    organisationId: await organisationId(api.dataSource, organisationName),
    traineeId: null,
    passwordHash: await passwordHash,
    active: true,
  });
}

export async function login(api: TestApi, username: string, password = PASSWORD): Promise<string> {
  const response = await api.http.post('/auth/login').send({ username, password });
  if (response.status !== 200) throw new Error(`login ${username}: ${response.status} ${JSON.stringify(response.body)}`);
  return (response.body as { accessToken: string }).accessToken;
}

export interface RosterRow {
  name: string;
  idNumber: string;
  base?: string;
  cohort?: string;
  rotationEndDate?: string;
  phaseTheoryPassed?: string;
  processAssessmentPassed?: string;
  idType?: string;
}

export const ROSTER_HEADER = '姓名,证件类型,证件号码,培训基地,年级,结束轮转时间,集中理论培训阶段考试,培训过程考核';

export function rosterCsv(rows: RosterRow[]): string {
  const lines = rows.map((r) =>
    [r.name, r.idType ?? '居民身份证', r.idNumber, r.base ?? '', r.cohort ?? '2022', r.rotationEndDate ?? '2024-06-30', r.phaseTheoryPassed ?? '合格', r.processAssessmentPassed ?? '合格'].join(','),
  );
  return [ROSTER_HEADER, ...lines].join('\r\n') + '\r\n';
}

export function bearer(token: string): { Authorization: string } {
  return { Authorization: `Bearer ${token}` };
}

/** Imports a roster as the given base reviewer and commits it; fails loudly on any row error. */
export async function importRoster(api: TestApi, token: string, rows: RosterRow[]): Promise<void> {
  const response = await api.http
    .post('/trainees/import?commit=true')
    .set(bearer(token))
    .attach('file', Buffer.from(rosterCsv(rows), 'utf8'), 'roster.csv');
  if (response.status !== 201) throw new Error(`roster import: ${response.status} ${JSON.stringify(response.body)}`);
}

/** Registers a candidate account for a rostered trainee, fills the phone and uploads a valid photo. */
export async function registerCandidate(api: TestApi, username: string, name: string, idNumber: string, photo: Buffer): Promise<string> {
  const registered = await api.http.post('/auth/register').send({ username, password: PASSWORD, name, idType: 'RESIDENT_ID', idNumber });
  if (registered.status !== 201) throw new Error(`register ${username}: ${registered.status} ${JSON.stringify(registered.body)}`);
  const token = (registered.body as { accessToken: string }).accessToken;
  await api.http.patch('/me/profile').set(bearer(token)).send({ phone: '13900000000' }).expect(200);
  await api.http.put('/me/photo').set(bearer(token)).attach('file', photo, 'photo.jpg').expect(200);
  return token;
}

/** supertest parser that keeps a binary body (PDF, XLSX) as one Buffer. */
export function binaryBody(res: { on(event: string, listener: (chunk: Buffer) => void): unknown }, done: (error: Error | null, body: unknown) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
