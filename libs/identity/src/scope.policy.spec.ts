import { Actor, SYSTEM_ACTOR } from '@app/common/actor';
import { DomainError, ErrorCode } from '@app/common/errors';
import { assertAccess, canAccess, resolveBaseFilter, ScopedRecord, ScopeFilter, scopeFilterFor } from './scope.policy';

/*
 * A small province: city 10 has bases 100 and 101, city 20 has base 200.
 * Trainee 1000 is at base 100, trainee 1001 at base 101, trainee 2000 at base 200.
 */
const CITY_OF_BASE: Record<number, number> = { 100: 10, 101: 10, 200: 20 };
const lookupCityOfBase = (baseId: number): number | null => CITY_OF_BASE[baseId] ?? null;

const actor = (overrides: Partial<Actor> & Pick<Actor, 'role'>): Actor => ({
  userId: 1,
  organisationId: null,
  baseId: null,
  cityId: null,
  traineeId: null,
  ...overrides,
});

const CENTRE = actor({ role: 'CENTRE_ADMIN', organisationId: 1 });
const CITY_10 = actor({ role: 'CITY_REVIEWER', organisationId: 10, cityId: 10 });
const BASE_100 = actor({ role: 'BASE_REVIEWER', organisationId: 100, baseId: 100, cityId: 10 });
const CANDIDATE_1000 = actor({ role: 'CANDIDATE', traineeId: 1000, baseId: 100, cityId: 10 });
const SYSTEM = SYSTEM_ACTOR;

type Place = 'own trainee' | 'other trainee, own base' | 'other base, own city' | 'other city';

/** Records as seen from BASE_100 / CANDIDATE_1000 / CITY_10: "own" means base 100, city 10, trainee 1000. */
const RECORDS: Record<Place, ScopedRecord> = {
  'own trainee': { baseId: 100, cityId: 10, traineeId: 1000 },
  'other trainee, own base': { baseId: 100, cityId: 10, traineeId: 1002 },
  'other base, own city': { baseId: 101, cityId: 10, traineeId: 1001 },
  'other city': { baseId: 200, cityId: 20, traineeId: 2000 },
};

function codeOf(action: () => unknown): ErrorCode | 'NO_ERROR' | 'NOT_A_DOMAIN_ERROR' {
  try {
    action();
    return 'NO_ERROR';
  } catch (error) {
    return error instanceof DomainError ? error.code : 'NOT_A_DOMAIN_ERROR';
  }
}

describe('canAccess / assertAccess', () => {
  const table: Array<[string, Place, boolean, Actor]> = [
    ['CENTRE_ADMIN', 'own trainee', true, CENTRE],
    ['CENTRE_ADMIN', 'other trainee, own base', true, CENTRE],
    ['CENTRE_ADMIN', 'other base, own city', true, CENTRE],
    ['CENTRE_ADMIN', 'other city', true, CENTRE],
    ['SYSTEM', 'own trainee', true, SYSTEM],
    ['SYSTEM', 'other trainee, own base', true, SYSTEM],
    ['SYSTEM', 'other base, own city', true, SYSTEM],
    ['SYSTEM', 'other city', true, SYSTEM],
    ['CITY_REVIEWER', 'own trainee', true, CITY_10],
    ['CITY_REVIEWER', 'other trainee, own base', true, CITY_10],
    ['CITY_REVIEWER', 'other base, own city', true, CITY_10],
    ['CITY_REVIEWER', 'other city', false, CITY_10],
    ['BASE_REVIEWER', 'own trainee', true, BASE_100],
    ['BASE_REVIEWER', 'other trainee, own base', true, BASE_100],
    ['BASE_REVIEWER', 'other base, own city', false, BASE_100],
    ['BASE_REVIEWER', 'other city', false, BASE_100],
    ['CANDIDATE', 'own trainee', true, CANDIDATE_1000],
    ['CANDIDATE', 'other trainee, own base', false, CANDIDATE_1000],
    ['CANDIDATE', 'other base, own city', false, CANDIDATE_1000],
    ['CANDIDATE', 'other city', false, CANDIDATE_1000],
  ];

  it.each(table)('scope %s × %s → allowed %s', (_role, place, allowed, who) => {
    expect(canAccess(who, RECORDS[place])).toBe(allowed);
    expect(codeOf(() => assertAccess(who, RECORDS[place]))).toBe(allowed ? 'NO_ERROR' : 'FORBIDDEN_SCOPE');
  });

  it('scope assertAccess throws a DomainError whose message is the catalogue text', () => {
    let thrown: unknown;
    try {
      assertAccess(BASE_100, RECORDS['other city']);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect((thrown as DomainError).code).toBe('FORBIDDEN_SCOPE');
    expect((thrown as DomainError).message).toBe('This record is outside your organisation');
  });

  it('scope a city reviewer is judged by the record city, whatever base it names', () => {
    expect(canAccess(CITY_10, { baseId: 999, cityId: 10 })).toBe(true);
    expect(canAccess(CITY_10, { baseId: 100, cityId: 20 })).toBe(false);
  });

  it('scope a base reviewer is judged by the record base, not by its city', () => {
    expect(canAccess(BASE_100, { baseId: 100, cityId: 20 })).toBe(true);
    expect(canAccess(BASE_100, { baseId: 101, cityId: 10 })).toBe(false);
  });

  it('scope a candidate cannot see a record without a trainee id, even at their own base', () => {
    expect(canAccess(CANDIDATE_1000, { baseId: 100, cityId: 10 })).toBe(false);
    expect(codeOf(() => assertAccess(CANDIDATE_1000, { baseId: 100, cityId: 10 }))).toBe('FORBIDDEN_SCOPE');
  });

  it('scope reviewers do not need a trainee id on the record', () => {
    expect(canAccess(BASE_100, { baseId: 100, cityId: 10 })).toBe(true);
    expect(canAccess(CITY_10, { baseId: 101, cityId: 10 })).toBe(true);
  });

  describe('null organisation ids never match anything', () => {
    const nullCity = actor({ role: 'CITY_REVIEWER', cityId: null, baseId: 100 });
    const nullBase = actor({ role: 'BASE_REVIEWER', baseId: null, cityId: 10 });
    const nullTrainee = actor({ role: 'CANDIDATE', traineeId: null, baseId: 100, cityId: 10 });

    it.each(Object.keys(RECORDS) as Place[])('scope city reviewer without a city × %s → denied', (place) => {
      expect(canAccess(nullCity, RECORDS[place])).toBe(false);
      expect(codeOf(() => assertAccess(nullCity, RECORDS[place]))).toBe('FORBIDDEN_SCOPE');
    });

    it.each(Object.keys(RECORDS) as Place[])('scope base reviewer without a base × %s → denied', (place) => {
      expect(canAccess(nullBase, RECORDS[place])).toBe(false);
      expect(codeOf(() => assertAccess(nullBase, RECORDS[place]))).toBe('FORBIDDEN_SCOPE');
    });

    it.each(Object.keys(RECORDS) as Place[])('scope candidate without a trainee × %s → denied', (place) => {
      expect(canAccess(nullTrainee, RECORDS[place])).toBe(false);
      expect(codeOf(() => assertAccess(nullTrainee, RECORDS[place]))).toBe('FORBIDDEN_SCOPE');
    });

    it('scope a candidate without a trainee does not match a record without a trainee either', () => {
      expect(canAccess(nullTrainee, { baseId: 100, cityId: 10 })).toBe(false);
    });

    it('scope centre admin and system need no organisation ids', () => {
      for (const place of Object.keys(RECORDS) as Place[]) {
        expect(canAccess(actor({ role: 'CENTRE_ADMIN' }), RECORDS[place])).toBe(true);
        expect(canAccess(SYSTEM_ACTOR, RECORDS[place])).toBe(true);
      }
    });
  });

  it('scope a role outside the known set is never granted access (fails closed)', () => {
    const forged = { ...BASE_100, role: 'SUPERUSER' } as unknown as Actor;
    expect(canAccess(forged, RECORDS['own trainee'])).toBeFalsy();
    expect(codeOf(() => assertAccess(forged, RECORDS['own trainee']))).toBe('FORBIDDEN_SCOPE');
  });
});

describe('scopeFilterFor', () => {
  it.each<[string, ScopeFilter, Actor]>([
    ['CENTRE_ADMIN', { kind: 'ALL' }, CENTRE],
    ['CENTRE_ADMIN without an organisation', { kind: 'ALL' }, actor({ role: 'CENTRE_ADMIN' })],
    ['SYSTEM', { kind: 'ALL' }, SYSTEM],
    ['CITY_REVIEWER', { kind: 'CITY', cityId: 10 }, CITY_10],
    ['BASE_REVIEWER (has a city too)', { kind: 'BASE', baseId: 100 }, BASE_100],
    ['CANDIDATE (has a base and city too)', { kind: 'TRAINEE', traineeId: 1000 }, CANDIDATE_1000],
  ])('scope %s → %j', (_label, filter, who) => {
    expect(scopeFilterFor(who)).toEqual(filter);
  });

  it.each<[string, Actor]>([
    ['CITY_REVIEWER without a city', actor({ role: 'CITY_REVIEWER', baseId: 100 })],
    ['BASE_REVIEWER without a base', actor({ role: 'BASE_REVIEWER', cityId: 10 })],
    ['CANDIDATE without a trainee', actor({ role: 'CANDIDATE', baseId: 100, cityId: 10 })],
  ])('scope %s → FORBIDDEN_SCOPE, never a wider filter', (_label, who) => {
    expect(codeOf(() => scopeFilterFor(who))).toBe('FORBIDDEN_SCOPE');
  });

  it('scope organisation id 0 is a real id, not "no organisation"', () => {
    expect(scopeFilterFor(actor({ role: 'BASE_REVIEWER', baseId: 0 }))).toEqual({ kind: 'BASE', baseId: 0 });
    expect(canAccess(actor({ role: 'BASE_REVIEWER', baseId: 0 }), { baseId: 0, cityId: 1 })).toBe(true);
  });
});

describe('resolveBaseFilter', () => {
  describe('no base or city requested → the actor scope', () => {
    it.each<[string, ScopeFilter, Actor]>([
      ['CENTRE_ADMIN', { kind: 'ALL' }, CENTRE],
      ['SYSTEM', { kind: 'ALL' }, SYSTEM],
      ['CITY_REVIEWER', { kind: 'CITY', cityId: 10 }, CITY_10],
      ['BASE_REVIEWER', { kind: 'BASE', baseId: 100 }, BASE_100],
      ['CANDIDATE', { kind: 'TRAINEE', traineeId: 1000 }, CANDIDATE_1000],
    ])('scope %s → %j', (_label, filter, who) => {
      expect(resolveBaseFilter(who, {}, lookupCityOfBase)).toEqual(filter);
    });
  });

  describe('baseId requested', () => {
    const table: Array<[string, number, ScopeFilter | ErrorCode, Actor]> = [
      ['CENTRE_ADMIN', 100, { kind: 'BASE', baseId: 100 }, CENTRE],
      ['CENTRE_ADMIN', 200, { kind: 'BASE', baseId: 200 }, CENTRE],
      ['SYSTEM', 200, { kind: 'BASE', baseId: 200 }, SYSTEM],
      ['CITY_REVIEWER', 100, { kind: 'BASE', baseId: 100 }, CITY_10],
      ['CITY_REVIEWER', 101, { kind: 'BASE', baseId: 101 }, CITY_10],
      ['CITY_REVIEWER', 200, 'FORBIDDEN_SCOPE', CITY_10],
      ['BASE_REVIEWER', 100, { kind: 'BASE', baseId: 100 }, BASE_100],
      ['BASE_REVIEWER', 101, 'FORBIDDEN_SCOPE', BASE_100],
      ['BASE_REVIEWER', 200, 'FORBIDDEN_SCOPE', BASE_100],
      ['CANDIDATE', 100, 'FORBIDDEN_SCOPE', CANDIDATE_1000],
      ['CANDIDATE', 200, 'FORBIDDEN_SCOPE', CANDIDATE_1000],
    ];

    it.each(table)('scope %s asks for base %i → %j', (_label, baseId, expected, who) => {
      if (typeof expected === 'string') {
        expect(codeOf(() => resolveBaseFilter(who, { baseId }, lookupCityOfBase))).toBe(expected);
      } else {
        expect(resolveBaseFilter(who, { baseId }, lookupCityOfBase)).toEqual(expected);
      }
    });

    it.each<[string, Actor]>([
      ['CENTRE_ADMIN', CENTRE],
      ['SYSTEM', SYSTEM],
      ['CITY_REVIEWER', CITY_10],
      ['BASE_REVIEWER', BASE_100],
    ])('scope %s asking for an unknown base → ORGANISATION_NOT_FOUND', (_label, who) => {
      expect(codeOf(() => resolveBaseFilter(who, { baseId: 999 }, lookupCityOfBase))).toBe('ORGANISATION_NOT_FOUND');
    });

    it('scope the base is looked up once, by the requested id', () => {
      const lookup = jest.fn(lookupCityOfBase);
      resolveBaseFilter(CITY_10, { baseId: 101 }, lookup);
      expect(lookup).toHaveBeenCalledTimes(1);
      expect(lookup).toHaveBeenCalledWith(101);
    });

    it('scope an actor with no usable scope is refused before any lookup', () => {
      const lookup = jest.fn(lookupCityOfBase);
      expect(codeOf(() => resolveBaseFilter(actor({ role: 'BASE_REVIEWER' }), { baseId: 100 }, lookup))).toBe('FORBIDDEN_SCOPE');
      expect(codeOf(() => resolveBaseFilter(actor({ role: 'CITY_REVIEWER' }), { cityId: 10 }, lookup))).toBe('FORBIDDEN_SCOPE');
      expect(codeOf(() => resolveBaseFilter(actor({ role: 'CANDIDATE' }), {}, lookup))).toBe('FORBIDDEN_SCOPE');
      expect(lookup).not.toHaveBeenCalled();
    });

    it('scope baseId wins over cityId, but never widens: a base outside scope is refused whatever city is asked', () => {
      expect(resolveBaseFilter(CITY_10, { baseId: 101, cityId: 10 }, lookupCityOfBase)).toEqual({ kind: 'BASE', baseId: 101 });
      expect(codeOf(() => resolveBaseFilter(CITY_10, { baseId: 200, cityId: 10 }, lookupCityOfBase))).toBe('FORBIDDEN_SCOPE');
      expect(codeOf(() => resolveBaseFilter(BASE_100, { baseId: 101, cityId: 10 }, lookupCityOfBase))).toBe('FORBIDDEN_SCOPE');
    });
  });

  describe('cityId requested', () => {
    const table: Array<[string, number, ScopeFilter | ErrorCode, Actor]> = [
      ['CENTRE_ADMIN', 10, { kind: 'CITY', cityId: 10 }, CENTRE],
      ['CENTRE_ADMIN', 20, { kind: 'CITY', cityId: 20 }, CENTRE],
      ['SYSTEM', 20, { kind: 'CITY', cityId: 20 }, SYSTEM],
      ['CITY_REVIEWER', 10, { kind: 'CITY', cityId: 10 }, CITY_10],
      ['CITY_REVIEWER', 20, 'FORBIDDEN_SCOPE', CITY_10],
      // A base reviewer may not widen to the city, not even their own.
      ['BASE_REVIEWER', 10, 'FORBIDDEN_SCOPE', BASE_100],
      ['BASE_REVIEWER', 20, 'FORBIDDEN_SCOPE', BASE_100],
      ['CANDIDATE', 10, 'FORBIDDEN_SCOPE', CANDIDATE_1000],
      ['CANDIDATE', 20, 'FORBIDDEN_SCOPE', CANDIDATE_1000],
    ];

    it.each(table)('scope %s asks for city %i → %j', (_label, cityId, expected, who) => {
      if (typeof expected === 'string') {
        expect(codeOf(() => resolveBaseFilter(who, { cityId }, lookupCityOfBase))).toBe(expected);
      } else {
        expect(resolveBaseFilter(who, { cityId }, lookupCityOfBase)).toEqual(expected);
      }
    });

    it('scope a city request does not consult the base directory', () => {
      const lookup = jest.fn(lookupCityOfBase);
      expect(resolveBaseFilter(CENTRE, { cityId: 99 }, lookup)).toEqual({ kind: 'CITY', cityId: 99 });
      expect(lookup).not.toHaveBeenCalled();
    });
  });
});

describe('CHECKER (exam-site staff)', () => {
  const checker = actor({ role: 'CHECKER', organisationId: 1 });
  it('reaches no record and has no list scope: its one use is ticket verification', () => {
    expect(canAccess(checker, { baseId: 100, cityId: 10, traineeId: 1000 })).toBe(false);
    expect(() => scopeFilterFor(checker)).toThrow(expect.objectContaining({ code: 'FORBIDDEN_SCOPE' }));
  });
});
