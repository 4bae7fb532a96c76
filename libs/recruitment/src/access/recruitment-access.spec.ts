import type { Actor } from '@app/common/actor';
import { canSeeApplication, jurisdictionOfOrganisation, OrganisationNode, recruitmentStanding, reviewLevelOf, ScopedApplication } from './recruitment-access';

const TREE: OrganisationNode[] = [
  { id: 1, name: '福建省', kind: 'PROVINCE', parentId: null },
  { id: 2, name: '福州市', kind: 'CITY', parentId: 1 },
  { id: 3, name: '福州市第一总医院', kind: 'BASE', parentId: 2 },
  { id: 10, name: '重庆市', kind: 'PROVINCE', parentId: null },
  { id: 11, name: '重庆市区县', kind: 'CITY', parentId: 10 },
  { id: 12, name: '重庆市巴南区人民医院', kind: 'BASE', parentId: 11 },
  { id: 20, name: '湖北省', kind: 'PROVINCE', parentId: null },
  { id: 21, name: '孝感市', kind: 'CITY', parentId: 20 },
  { id: 22, name: '汉川市人民医院', kind: 'BASE', parentId: 21 },
];
const lookup = (id: number) => TREE.find((each) => each.id === id) ?? null;
const actor = (role: Actor['role'], organisationId: number | null, more: Partial<Actor> = {}): Actor => ({
  userId: 99,
  role,
  organisationId,
  baseId: null,
  cityId: null,
  traineeId: null,
  ...more,
});

describe('recruitment access: jurisdictions and the levels of RC-5', () => {
  it('an organisation belongs to the jurisdiction whose authority organisation is it or above it', () => {
    expect(jurisdictionOfOrganisation(3, lookup)).toBe('FUJIAN');
    expect(jurisdictionOfOrganisation(12, lookup)).toBe('CHONGQING');
    expect(jurisdictionOfOrganisation(22, lookup)).toBe('XIAOGAN');
    // 湖北省 itself runs no round on the platform: only 孝感市 does.
    expect(jurisdictionOfOrganisation(20, lookup)).toBeNull();
  });

  it("the authority: Fujian's and Chongqing's centre admins, Xiaogan's city commission", () => {
    expect(recruitmentStanding(actor('CENTRE_ADMIN', 1), lookup)).toEqual({ kind: 'AUTHORITY', jurisdiction: 'FUJIAN' });
    expect(recruitmentStanding(actor('CENTRE_ADMIN', 10), lookup)).toEqual({ kind: 'AUTHORITY', jurisdiction: 'CHONGQING' });
    expect(recruitmentStanding(actor('CITY_REVIEWER', 21, { cityId: 21 }), lookup)).toEqual({ kind: 'AUTHORITY', jurisdiction: 'XIAOGAN' });
    expect(recruitmentStanding(actor('CITY_REVIEWER', 2, { cityId: 2 }), lookup)).toEqual({ kind: 'CITY', jurisdiction: 'FUJIAN', cityId: 2 });
    expect(recruitmentStanding(actor('BASE_REVIEWER', 12, { baseId: 12, cityId: 11 }), lookup)).toEqual({ kind: 'BASE', jurisdiction: 'CHONGQING', baseId: 12, cityId: 11 });
    expect(recruitmentStanding(actor('CHECKER', 1), lookup)).toBeNull();
    expect(recruitmentStanding(actor('CANDIDATE', null), lookup)).toEqual({ kind: 'APPLICANT', accountId: 99 });
  });

  it('a level acts only in its own jurisdiction', () => {
    const fujianCentre = recruitmentStanding(actor('CENTRE_ADMIN', 1), lookup);
    expect(reviewLevelOf(fujianCentre, 'FUJIAN')).toBe('CENTRE');
    expect(reviewLevelOf(fujianCentre, 'CHONGQING')).toBeNull();
    expect(reviewLevelOf(recruitmentStanding(actor('BASE_REVIEWER', 12, { baseId: 12 }), lookup), 'CHONGQING')).toBe('BASE');
  });

  it('who sees an application', () => {
    const application: ScopedApplication = { jurisdiction: 'FUJIAN', accountId: 7, employerCityId: 2, baseIds: [3], cityIds: [2] };
    expect(canSeeApplication(recruitmentStanding(actor('CENTRE_ADMIN', 1), lookup), application)).toBe(true);
    expect(canSeeApplication(recruitmentStanding(actor('CENTRE_ADMIN', 10), lookup), application)).toBe(false);
    expect(canSeeApplication(recruitmentStanding(actor('CITY_REVIEWER', 2, { cityId: 2 }), lookup), application)).toBe(true);
    expect(canSeeApplication(recruitmentStanding(actor('BASE_REVIEWER', 3, { baseId: 3, cityId: 2 }), lookup), application)).toBe(true);
    expect(canSeeApplication(recruitmentStanding(actor('BASE_REVIEWER', 12, { baseId: 12, cityId: 11 }), lookup), application)).toBe(false);
    expect(canSeeApplication({ kind: 'APPLICANT', accountId: 7 }, application)).toBe(true);
    expect(canSeeApplication({ kind: 'APPLICANT', accountId: 8 }, application)).toBe(false);
    expect(canSeeApplication(null, application)).toBe(false);
  });
});
