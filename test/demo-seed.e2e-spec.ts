import { bannerText } from '../apps/api/src/banner';
import { DEMO_PASSWORD } from '../apps/api/src/seeding/demo-seed.service';
import { StartupSeedService } from '../apps/api/src/seeding/startup-seed.service';
import { bearer, login } from './support/fixtures';
import { resetData, startApi, TestApi } from './support/test-api';

/** A day no other spec's clock is on: the demo round opens on it. */
const DEMO_DAY_NOW = '2030-01-10T02:00:00Z';
const DEMO_ROUND = 'DEMO-RC-2030-01-10';

describe('Demo data of npm run up: one account per role of both parts, an applicant with a draft in the demo round', () => {
  let api: TestApi;

  beforeAll(async () => {
    const plain = await startApi({ now: DEMO_DAY_NOW });
    await resetData(plain.dataSource);
    await plain.close();
    api = await startApi({ now: DEMO_DAY_NOW, env: { DEMO_SEED: 'true' } });
  });

  afterAll(async () => {
    // The demo round would be open for any later spec whose clock fell in its window.
    const [round] = await api.dataSource.query<Array<{ id: number }>>('SELECT id FROM recruitment_round WHERE code = ?', [DEMO_ROUND]);
    if (round) {
      await api.dataSource.query('DELETE FROM recruitment_application WHERE round_id = ?', [round.id]);
      await api.dataSource.query('DELETE FROM recruitment_round WHERE id = ?', [round.id]);
    }
    await resetData(api.dataSource);
    await api.close();
  });

  it('the banner lists every demo account with its role and organisation, recruitment\'s authorities, bases and applicant included', async () => {
    const accounts = api.app.get(StartupSeedService).demoAccounts;
    expect(accounts.map((a) => [a.username, a.role, a.organisation])).toEqual([
      ['centre', 'CENTRE_ADMIN', '福建省'],
      ['city-fuzhou', 'CITY_REVIEWER', '福州市'],
      ['base-fuzhou1', 'BASE_REVIEWER', '福州市第一总医院'],
      ['base-haicang', 'BASE_REVIEWER', '厦门市海沧医院'],
      ['checker', 'CHECKER', '福建省'],
      ['centre-cq', 'CENTRE_ADMIN', '重庆市'],
      ['base-cq-banan', 'BASE_REVIEWER', '重庆市巴南区人民医院'],
      ['city-xiaogan', 'CITY_REVIEWER', '孝感市'],
      ['base-xg1', 'BASE_REVIEWER', '孝感市第一人民医院'],
      ['cand-lin', 'CANDIDATE', '福州市第一总医院'],
      ['cand-chen', 'CANDIDATE', '福州市第一总医院'],
      ['cand-wang', 'CANDIDATE', '福州市第一总医院'],
      ['cand-xm', 'CANDIDATE', '厦门市海沧医院'],
      ['applicant-zhao', 'CANDIDATE', expect.stringContaining('招录申请人')],
    ]);
    const banner = bannerText({ apiUrl: 'http://127.0.0.1:3000/api', portalUrl: null, docsEnabled: false, accounts, demoPassword: DEMO_PASSWORD });
    expect(banner).toContain('  centre-cq      CENTRE_ADMIN   重庆市');
    expect(banner).toContain('  city-xiaogan   CITY_REVIEWER  孝感市');
    expect(banner).toContain('  applicant-zhao CANDIDATE      招录申请人');
  });

  it('each recruitment account logs in with the demo password and sees its own jurisdiction\'s rounds', async () => {
    const jurisdictions = async (username: string) => {
      const token = await login(api, username, DEMO_PASSWORD);
      const rounds = (await api.http.get('/recruitment/rounds').set(bearer(token)).expect(200)).body as Array<{ jurisdiction: string }>;
      return [...new Set(rounds.map((round) => round.jurisdiction))];
    };
    expect(await jurisdictions('centre-cq')).toEqual(['CHONGQING']);
    expect(await jurisdictions('base-cq-banan')).toEqual(['CHONGQING']);
    expect(await jurisdictions('city-xiaogan')).toEqual(['XIAOGAN']);
    expect(await jurisdictions('base-xg1')).toEqual(['XIAOGAN']);
  });

  it('the demo applicant has a draft in the demo round, open today, with a choice, ready for documents', async () => {
    const token = await login(api, 'applicant-zhao', DEMO_PASSWORD);
    const open = (await api.http.get('/recruitment/rounds').set(bearer(token)).expect(200)).body as Array<{ code: string }>;
    expect(open.map((round) => round.code)).toContain(DEMO_ROUND);
    const mine = (await api.http.get('/me/recruitment/applications').set(bearer(token)).expect(200)).body as Array<{ status: string; roundId: number; applicantType: string; choices: unknown }>;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ status: 'DRAFT', applicantType: 'INDEPENDENT', editable: true });
    const [round] = await api.dataSource.query<Array<{ id: number }>>('SELECT id FROM recruitment_round WHERE code = ?', [DEMO_ROUND]);
    expect(mine[0].roundId).toBe(Number(round.id));
  });

  it('a second start seeds nothing twice', async () => {
    const again = await startApi({ now: DEMO_DAY_NOW, env: { DEMO_SEED: 'true' } });
    try {
      const [{ n }] = await again.dataSource.query<Array<{ n: string }>>("SELECT COUNT(*) AS n FROM recruitment_application a JOIN user_account u ON u.id = a.account_id WHERE u.username = 'applicant-zhao'");
      expect(Number(n)).toBe(1);
      expect(again.app.get(StartupSeedService).demoAccounts).toHaveLength(14);
    } finally {
      await again.close();
    }
  });
});
