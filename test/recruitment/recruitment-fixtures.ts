import { readConfiguredRounds, RoundStore } from '@app/recruitment';
import { bearer, organisationId, PASSWORD } from '../support/fixtures';
import { TestApi } from '../support/test-api';

/**
 * Recruitment's rows between the tests of one file (resetData does it between files), and every round back to its
 * configuration file: admission specs shrink a round's plan to a few seats.
 */
export async function resetRecruitment(api: TestApi): Promise<void> {
  await api.dataSource.query('SET FOREIGN_KEY_CHECKS = 0');
  for (const table of ['recruitment_document', 'recruitment_ban', 'recruitment_application', 'recruitment_applicant']) await api.dataSource.query(`TRUNCATE TABLE ${table}`);
  await api.dataSource.query('SET FOREIGN_KEY_CHECKS = 1');
  const store = api.app.get(RoundStore);
  for (const round of await readConfiguredRounds('config')) {
    const stored = await store.byCode(round.code);
    if (stored && !(await store.replaceConfig(api.dataSource.manager, stored, round))) throw new Error(`round ${round.code} changed meanwhile`);
  }
}

/** A valid GB 11643 resident ID for a birth date (YYYYMMDD), a serial and a region. */
export function idNumber(birth: string, serial: string, region = '350102'): string {
  const body = `${region}${birth}${serial}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((total, digit, index) => total + Number(digit) * weights[index], 0);
  return body + '10X98765432'[sum % 11];
}

/** Registers an applicant account (RC-1) and answers its access token. */
export async function registerApplicant(api: TestApi, username: string, name: string, id: string): Promise<string> {
  const response = await api.http.post('/recruitment/applicants').send({ username, password: PASSWORD, name, idType: 'RESIDENT_ID', idNumber: id, phone: '13800000000' });
  if (response.status !== 201) throw new Error(`register applicant ${username}: ${response.status} ${JSON.stringify(response.body)}`);
  return (response.body as { accessToken: string }).accessToken;
}

export async function roundId(api: TestApi, code: string): Promise<number> {
  const [row]: Array<{ id: number }> = await api.dataSource.query('SELECT id FROM recruitment_round WHERE code = ?', [code]);
  if (!row) throw new Error(`no round ${code}`);
  return Number(row.id);
}

export const baseId = (api: TestApi, name: string): Promise<number> => organisationId(api.dataSource, name);

/** A Fujian-eligible applicant: clinical-medicine college graduate working in a Fuzhou township hospital since 2019. */
export function fujianFacts(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    citizenship: 'MAINLAND',
    education: { level: 'COLLEGE', major: 'CLINICAL_MEDICINE', fullTime: true, lengthYears: 3, graduationYear: 2019, diplomaHeld: true, overseas: false },
    employment: { status: 'EMPLOYED', facility: 'TOWNSHIP_HOSPITAL', rural: true, regionCode: '350121', startYear: 2019 },
    sponsorship: 'NONE',
    servingMilitary: false,
    trainingRecords: [],
    licence: { qualification: 'NONE', gpScope: false },
    ...overrides,
  };
}

export const EMPLOYED_DOCUMENTS = ['ID_FRONT', 'ID_BACK', 'DIPLOMA', 'LABOUR_CONTRACT', 'EMPLOYER_CONSENT'];
export const INDEPENDENT_DOCUMENTS = ['ID_FRONT', 'ID_BACK', 'DIPLOMA'];

export async function uploadDocuments(api: TestApi, token: string, applicationId: number, kinds: readonly string[], jpeg: Buffer): Promise<void> {
  for (const kind of kinds) {
    const response = await api.http.put(`/me/recruitment/applications/${applicationId}/documents/${kind}`).set(bearer(token)).attach('file', jpeg, `${kind}.jpg`);
    if (response.status !== 200) throw new Error(`upload ${kind}: ${response.status} ${JSON.stringify(response.body)}`);
  }
}

/** A draft with its choices; answers its id. */
export async function draft(api: TestApi, token: string, round: number, profile: Record<string, unknown>, baseIds: number[], acceptsAdjustment = true): Promise<number> {
  const created = await api.http.post(`/me/recruitment/rounds/${round}/applications`).set(bearer(token)).send(profile);
  if (created.status !== 201) throw new Error(`draft: ${created.status} ${JSON.stringify(created.body)}`);
  const id = (created.body as { id: number }).id;
  const chosen = await api.http.put(`/me/recruitment/applications/${id}/choices`).set(bearer(token)).send({ baseIds, acceptsAdjustment });
  if (chosen.status !== 200) throw new Error(`choices: ${chosen.status} ${JSON.stringify(chosen.body)}`);
  return id;
}
