import { randomBytes } from 'node:crypto';
import { OrganisationKind } from '../entities/organisation.entity';
import {
  administrationRefusal,
  changeEndsTokens,
  isWithinOrganisation,
  OrganisationNode,
  roleFitsOrganisation,
  TEMPORARY_PASSWORD_LENGTH,
  temporaryPasswordFrom,
} from './account-administration.rules';
import { passwordProblem } from './password-policy.rules';

const node = (id: number, kind: OrganisationKind, parentId: number | null): OrganisationNode => ({ id, kind, parentId });
// Fujian (1) → Fuzhou (2) → base 3; Xiamen (4) → base 5; another province (10) → its city (11) → base 12.
const TREE = [node(1, 'PROVINCE', null), node(2, 'CITY', 1), node(3, 'BASE', 2), node(4, 'CITY', 1), node(5, 'BASE', 4), node(10, 'PROVINCE', null), node(11, 'CITY', 10), node(12, 'BASE', 11)];
const byId = (id: number) => TREE.find((o) => o.id === id) ?? null;
const org = (id: number) => byId(id)!;

describe('role and organisation level', () => {
  it('puts base reviewers at bases, city reviewers at cities, checkers at the province or a city', () => {
    expect(roleFitsOrganisation('BASE_REVIEWER', 'BASE')).toBe(true);
    expect(roleFitsOrganisation('BASE_REVIEWER', 'CITY')).toBe(false);
    expect(roleFitsOrganisation('CITY_REVIEWER', 'CITY')).toBe(true);
    expect(roleFitsOrganisation('CITY_REVIEWER', 'PROVINCE')).toBe(false);
    expect(roleFitsOrganisation('CHECKER', 'PROVINCE')).toBe(true);
    expect(roleFitsOrganisation('CHECKER', 'CITY')).toBe(true);
    expect(roleFitsOrganisation('CHECKER', 'BASE')).toBe(false);
    expect(roleFitsOrganisation('CANDIDATE', 'BASE')).toBe(false);
  });
});

describe('organisation subtree', () => {
  it('holds the organisation itself and everything below it, nothing beside or above', () => {
    expect(isWithinOrganisation(1, org(3), byId)).toBe(true);
    expect(isWithinOrganisation(1, org(1), byId)).toBe(true);
    expect(isWithinOrganisation(2, org(3), byId)).toBe(true);
    expect(isWithinOrganisation(2, org(5), byId)).toBe(false);
    expect(isWithinOrganisation(3, org(2), byId)).toBe(false);
    expect(isWithinOrganisation(1, org(12), byId)).toBe(false);
  });

  it('stops on a cycle instead of looping', () => {
    const cyclic = [node(20, 'CITY', 21), node(21, 'CITY', 20)];
    expect(isWithinOrganisation(1, cyclic[0], (id) => cyclic.find((o) => o.id === id) ?? null)).toBe(false);
  });
});

describe('administration refusal', () => {
  it('lets the province centre create reviewers and checkers at their level inside the province', () => {
    expect(administrationRefusal(1, { role: 'BASE_REVIEWER', organisation: org(3) }, byId)).toBeNull();
    expect(administrationRefusal(1, { role: 'CITY_REVIEWER', organisation: org(4) }, byId)).toBeNull();
    expect(administrationRefusal(1, { role: 'CHECKER', organisation: org(1) }, byId)).toBeNull();
    expect(administrationRefusal(1, { role: 'CHECKER', organisation: org(2) }, byId)).toBeNull();
  });

  it('refuses an organisation outside the administrator’s subtree', () => {
    expect(administrationRefusal(1, { role: 'BASE_REVIEWER', organisation: org(12) }, byId)).toBe('FORBIDDEN_SCOPE');
    expect(administrationRefusal(null, { role: 'BASE_REVIEWER', organisation: org(3) }, byId)).toBe('FORBIDDEN_SCOPE');
  });

  it('refuses a role at the wrong level', () => {
    expect(administrationRefusal(1, { role: 'BASE_REVIEWER', organisation: org(2) }, byId)).toBe('ROLE_ORGANISATION_MISMATCH');
    expect(administrationRefusal(1, { role: 'CITY_REVIEWER', organisation: org(3) }, byId)).toBe('ROLE_ORGANISATION_MISMATCH');
    expect(administrationRefusal(1, { role: 'CHECKER', organisation: org(5) }, byId)).toBe('ROLE_ORGANISATION_MISMATCH');
  });

  it('refuses roles the centre does not administer here', () => {
    expect(administrationRefusal(1, { role: 'CENTRE_ADMIN', organisation: org(1) }, byId)).toBe('ACCOUNT_ROLE_NOT_ADMINISTERED');
    expect(administrationRefusal(1, { role: 'CANDIDATE', organisation: org(3) }, byId)).toBe('ACCOUNT_ROLE_NOT_ADMINISTERED');
  });
});

describe('changes that end issued tokens', () => {
  const base = { role: 'BASE_REVIEWER' as const, organisationId: 3, active: true };
  it('a role, an organisation or disabling; not enabling or unrelated edits', () => {
    expect(changeEndsTokens(base, { ...base, role: 'CHECKER' })).toBe(true);
    expect(changeEndsTokens(base, { ...base, organisationId: 5 })).toBe(true);
    expect(changeEndsTokens(base, { ...base, active: false })).toBe(true);
    expect(changeEndsTokens({ ...base, active: false }, base)).toBe(false);
    expect(changeEndsTokens(base, { ...base })).toBe(false);
  });
});

describe('temporary password', () => {
  it('is 16 characters of the unambiguous alphabet and passes the password policy', () => {
    for (let i = 0; i < 200; i++) {
      const password = temporaryPasswordFrom(randomBytes);
      expect(password).toMatch(new RegExp(`^[a-km-np-zA-HJ-NP-Z2-9]{${TEMPORARY_PASSWORD_LENGTH}}$`));
      expect(passwordProblem(password)).toBeNull();
    }
  });

  it('skips bytes above the last whole alphabet cycle, so no character is favoured', () => {
    // 56 characters: bytes 224–255 would favour the first 32, so they are skipped.
    const bytes = [255, 224, 0, 56, 1];
    const password = temporaryPasswordFrom((count) => Buffer.from(Array.from({ length: count }, (_, i) => bytes[i] ?? 2)));
    expect(password).toBe('aab' + 'c'.repeat(TEMPORARY_PASSWORD_LENGTH - 3));
  });
});
