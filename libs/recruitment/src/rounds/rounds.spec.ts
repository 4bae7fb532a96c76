import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beijingToInstant, formatBeijing } from '@app/common/time';
import { admit, Applicant } from '../admission';
import { ELIGIBILITY_POLICIES } from '../eligibility';
import { CHONGQING_REVIEW_CHAIN, FUJIAN_REVIEW_CHAIN, XIAOGAN_REVIEW_CHAIN } from '../review';
import { referenceRound } from '../testing/reference-rounds';
import { demoRound } from './demo-round';
import { parseQuotaPlan, quotaTotals } from './quota-plan';
import { readRoundFile } from './round-file';
import { admissionConfigOf, roundTracks, seatsFor, validateRound } from './round.rules';
import { QuotaPlan } from './round.types';

const ROOT = join(__dirname, '../../../..');
const PLAN_FILES = ['fujian-2025-recruitment-plan.csv', 'chongqing-2025-recruitment-plan.csv', 'xiaogan-2023-recruitment-plan.csv'];
const PLANS: Record<string, string> = Object.fromEntries(PLAN_FILES.map((name) => [name, readFileSync(join(ROOT, 'config/fixtures/recruitment', name), 'utf8')]));
const ROUND_FILES = ['fujian-2025', 'fujian-2023', 'chongqing-2025', 'xiaogan-2023'] as const;
const rawRound = (name: (typeof ROUND_FILES)[number]): Record<string, unknown> => JSON.parse(readFileSync(join(ROOT, 'config/recruitment', `${name}.json`), 'utf8'));

const round = referenceRound;

function plan(name: string): QuotaPlan {
  const parsed = parseQuotaPlan(PLANS[name]);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.plan;
}

const bj = (date: Date | null) => (date === null ? null : formatBeijing(date));

// ---------- the plans ----------

describe('RC-1 quota plans (config/fixtures/recruitment)', () => {
  it('RC-1 Fujian 2025: 42 bases, 58 independent and 413 employed seats, by base and type', () => {
    const fujian = plan('fujian-2025-recruitment-plan.csv');
    expect(fujian.split).toBe('BY_BASE_AND_TYPE');
    expect(quotaTotals(fujian)).toEqual({ bases: 42, total: 471, EMPLOYED: 413, INDEPENDENT: 58 });
    expect(fujian.bases[0]).toEqual({ base: '福建省级机关医院', city: '福州市', quotas: { INDEPENDENT: 1, EMPLOYED: 9 } });
    expect(fujian.bases.find((entry) => entry.base === '三明市中西医结合医院')).toEqual({ base: '三明市中西医结合医院', city: '三明市', quotas: { INDEPENDENT: 5, EMPLOYED: 0 } });
    expect(new Set(fujian.bases.map((entry) => entry.city)).size).toBe(10);
  });

  it('RC-1 Chongqing 2025: 15 bases, 320 seats, one quota per base', () => {
    const chongqing = plan('chongqing-2025-recruitment-plan.csv');
    expect(chongqing.split).toBe('BY_BASE');
    expect(quotaTotals(chongqing)).toEqual({ bases: 15, total: 320, EMPLOYED: null, INDEPENDENT: null });
    expect(chongqing.bases[4]).toEqual({ base: '重庆市巫山县人民医院', city: null, quota: 5 });
  });

  it('RC-1 Xiaogan 2023: 3 bases, 22 seats', () => {
    const xiaogan = plan('xiaogan-2023-recruitment-plan.csv');
    expect(quotaTotals(xiaogan)).toEqual({ bases: 3, total: 22, EMPLOYED: null, INDEPENDENT: null });
    expect(xiaogan.bases.map((entry) => entry.base)).toEqual(['孝感市第一人民医院', '汉川市人民医院', '安陆市普爱医院']);
  });

  it('RC-1 the Fujian plan here is the same file the organisations are seeded from', () => {
    expect(PLANS['fujian-2025-recruitment-plan.csv']).toBe(readFileSync(join(ROOT, 'config/fixtures/fujian-2025-recruitment-plan.csv'), 'utf8'));
  });

  it.each([
    ['an unknown column', 'base,seats\nA,3\n', ['header, column 2', 'header'], '未知列"seats"'],
    ['no base column', 'hospital,quota\nA,3\n', ['header, column 1', 'header'], '缺少列"base"'],
    ['quota and per-type columns together', 'base,quota,social_quota,unit_quota\nA,1,1,1\n', ['header'], '只能二选一'],
    ['one per-type column alone', 'city,base,social_quota\nX,A,1\n', ['header'], '须同时有'],
    ['no quota column', 'city,base\nX,A\n', ['header'], '缺少列"quota"'],
    ['a repeated column', 'base,base,quota\nA,A,1\n', ['header, column 2'], '重复'],
    ['a short row', 'base,quota\nA,3\nB\n', ['row 3'], '应有2列，实有1列'],
    ['a negative quota', 'base,quota\nA,-1\n', ['row 2, column quota'], '非负整数'],
    ['a decimal quota', 'base,quota\nA,2.5\n', ['row 2, column quota'], '非负整数'],
    ['a duplicate base', 'base,quota\nA,1\nA,2\n', ['row 3, column base'], '重复'],
    ['an empty base', 'base,quota\n,1\n', ['row 2, column base'], '为空'],
    ['no rows', 'base,quota\n', ['file'], '没有基地行'],
    ['an empty file', '', ['file'], '文件为空'],
  ])('RC-1 a plan with %s is refused, saying where', (_, text, paths, words) => {
    const parsed = parseQuotaPlan(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((each) => each.path)).toEqual(paths);
    expect(parsed.problems.map((each) => each.message.zh).join(' ')).toContain(words);
    for (const each of parsed.problems) expect(each.message.en.length).toBeGreaterThan(0);
  });

  it('RC-1 a byte-order mark, upper-case headers and blank lines are fine; every bad row is listed', () => {
    expect(parseQuotaPlan('\uFEFFBASE,QUOTA\r\nA,3\r\n\r\n')).toEqual({ ok: true, plan: { split: 'BY_BASE', bases: [{ base: 'A', city: null, quota: 3 }] } });
    const parsed = parseQuotaPlan('base,quota\nA,x\nB,y\nC,1\n');
    expect(parsed.ok ? [] : parsed.problems.map((each) => each.path)).toEqual(['row 2, column quota', 'row 3, column quota']);
  });
});

// ---------- the reference rounds ----------

describe('RC-1 reference rounds (config/recruitment)', () => {
  it.each(ROUND_FILES)('RC-1 %s reads without a problem and names a shipped policy of its own jurisdiction', (name) => {
    const read = readRoundFile(rawRound(name), PLANS);
    expect(read.ok ? [] : read.problems).toEqual([]);
    const policy = ELIGIBILITY_POLICIES.find((each) => each.id === round(name).eligibilityPolicy.id);
    expect(policy?.jurisdiction).toBe(round(name).jurisdiction);
  });

  it('RC-1 Fujian 2025: both types, quotas by type, city then centre for the employed, centre ranking, dates of notice 000', () => {
    const fujian = round('fujian-2025');
    expect(fujian).toMatchObject({ code: 'FJ-2025', year: 2025, jurisdiction: 'FUJIAN', applicantTypes: ['EMPLOYED', 'INDEPENDENT'], choices: { max: 2 } });
    expect(bj(fujian.signupWindow.opensAt)).toBe('2025-07-01T08:00:00+08:00');
    expect(bj(fujian.signupWindow.closesAt)).toBe('2025-07-11T17:00:00+08:00');
    expect(bj(fujian.reviewWindows.CITY?.closesAt ?? null)).toBe('2025-07-16T00:00:00+08:00');
    expect(bj(fujian.reviewWindows.CENTRE?.closesAt ?? null)).toBe('2025-07-21T00:00:00+08:00');
    expect(bj(fujian.admission.window?.opensAt ?? null)).toBe('2025-07-21T00:00:00+08:00');
    expect(bj(fujian.admission.window?.closesAt ?? null)).toBe('2025-07-29T00:00:00+08:00');
    expect(bj(fujian.admission.resultsVisibleAt)).toBe('2025-07-29T00:00:00+08:00');
    expect(bj(fujian.reportingDeadline)).toBe('2025-09-01T00:00:00+08:00');
    expect(bj(fujian.returnDeadline)).toBe('2025-09-10T00:00:00+08:00');
    expect(fujian.reviewChain).toEqual(FUJIAN_REVIEW_CHAIN);
    expect(fujian.ranking).toEqual({ kind: 'CENTRE_RANKING' });
    expect(fujian.admissionRules.mechanism).toBe('CENTRAL_PARALLEL');
    expect(fujian.quotas && quotaTotals(fujian.quotas)).toEqual({ bases: 42, total: 471, EMPLOYED: 413, INDEPENDENT: 58 });
    expect(fujian.documents).toMatchObject({ maxBytes: 300 * 1024, formats: ['JPEG'], diplomaAlternatives: ['GRADUATION_PROMISE'] });
  });

  it('RC-1 Fujian 2023: independents only, no published plan, no promise letter, results from 07-15', () => {
    const fujian = round('fujian-2023');
    expect(fujian.applicantTypes).toEqual(['INDEPENDENT']);
    expect(fujian.quotas).toBeNull();
    expect(fujian.documents.diplomaAlternatives).toEqual([]);
    expect(Object.keys(fujian.reviewWindows)).toEqual(['CENTRE']);
    expect(bj(fujian.signupWindow.opensAt)).toBe('2023-07-09T08:00:00+08:00');
    expect(bj(fujian.signupWindow.closesAt)).toBe('2023-07-12T17:00:00+08:00');
    expect(bj(fujian.admission.resultsVisibleAt)).toBe('2023-07-15T00:00:00+08:00');
    expect(bj(fujian.returnDeadline)).toBe('2023-09-08T00:00:00+08:00');
  });

  it('RC-1 Chongqing 2025: base review then re-review, base assessments per choice round, one quota per base', () => {
    const chongqing = round('chongqing-2025');
    expect(chongqing.reviewChain).toEqual(CHONGQING_REVIEW_CHAIN);
    expect(bj(chongqing.signupWindow.opensAt)).toBe('2025-04-07T00:00:00+08:00');
    expect(bj(chongqing.signupWindow.closesAt)).toBe('2025-04-21T18:00:00+08:00');
    expect(bj(chongqing.reviewWindows.BASE?.closesAt ?? null)).toBe('2025-04-22T18:00:00+08:00');
    expect(chongqing.reviewWindows.CENTRE).toBeNull();
    expect(chongqing.ranking.kind).toBe('BASE_ASSESSMENT');
    if (chongqing.ranking.kind !== 'BASE_ASSESSMENT') return;
    expect(chongqing.ranking.rounds.map((each) => [each.round, bj(each.assessment?.opensAt ?? null), bj(each.assessment?.closesAt ?? null), bj(each.resultsVisibleAt)])).toEqual([
      ['FIRST', '2025-04-24T00:00:00+08:00', '2025-04-26T00:00:00+08:00', '2025-04-26T00:00:00+08:00'],
      ['SECOND', '2025-04-27T00:00:00+08:00', '2025-04-28T00:00:00+08:00', '2025-04-28T00:00:00+08:00'],
      ['ADJUSTMENT', '2025-04-29T00:00:00+08:00', '2025-04-30T00:00:00+08:00', '2025-04-30T00:00:00+08:00'],
    ]);
    expect(chongqing.admissionRules).toEqual({ mechanism: 'SEQUENTIAL_CHOICES', adjustment: { enabled: true, preference: 'NONE', rankBy: 'ADJUSTMENT_SCORE' }, secondKey: { kind: 'NONE' } });
    expect(chongqing.returnDeadline).toBeNull();
    expect(chongqing.documents).toMatchObject({ photo: true, diplomaAlternatives: ['STUDENT_CARD_AND_ENROLMENT_RECORD'], employed: { labourContract: false, employerConsent: true } });
  });

  it('RC-1 Xiaogan 2023: one choice, base review, no published dates beyond sign-up', () => {
    const xiaogan = round('xiaogan-2023');
    expect(xiaogan.choices.max).toBe(1);
    expect(xiaogan.reviewChain).toEqual(XIAOGAN_REVIEW_CHAIN);
    expect(bj(xiaogan.signupWindow.closesAt)).toBe('2023-07-01T00:00:00+08:00');
    expect(xiaogan.admission).toEqual({ window: null, resultsVisibleAt: null });
    expect(xiaogan.reportingDeadline).toBeNull();
    expect(xiaogan.quotas && quotaTotals(xiaogan.quotas).total).toBe(22);
  });

  it('RC-1 where the notices differ, the rounds differ in data only', () => {
    const rounds = ROUND_FILES.map(round);
    expect(rounds.map((each) => each.choices.max)).toEqual([2, 2, 2, 1]);
    expect(rounds.map((each) => each.admissionRules.mechanism)).toEqual(['CENTRAL_PARALLEL', 'CENTRAL_PARALLEL', 'SEQUENTIAL_CHOICES', 'SEQUENTIAL_CHOICES']);
    expect(rounds.map((each) => each.quotas?.split ?? null)).toEqual(['BY_BASE_AND_TYPE', null, 'BY_BASE', 'BY_BASE']);
  });
});

// ---------- the validator ----------

describe('RC-1 round validation', () => {
  const withChange = (change: (file: Record<string, unknown>) => void, name: (typeof ROUND_FILES)[number] = 'chongqing-2025') => {
    const file = rawRound(name);
    change(file);
    const read = readRoundFile(file, PLANS);
    return read.ok ? [] : read.problems.map((each) => each.path);
  };

  it.each([
    ['a window that closes before it opens', (file: Record<string, unknown>) => (file.signupWindow = { opens: '2025-04-21', closes: '2025-04-07' }), ['signupWindow']],
    ['a date that is no date', (file: Record<string, unknown>) => (file.signupWindow = { opens: '2025-02-30', closes: '2025-04-21' }), ['signupWindow.opens']],
    ['sign-up in another year', (file: Record<string, unknown>) => (file.year = 2024), ['signupWindow.opens']],
    ['an unknown jurisdiction', (file: Record<string, unknown>) => (file.jurisdiction = 'SICHUAN'), ['jurisdiction']],
    ['an unknown plan file', (file: Record<string, unknown>) => (file.quotaPlan = 'nowhere.csv'), ['quotaPlan']],
    ['a policy that does not exist', (file: Record<string, unknown>) => (file.eligibilityPolicy = { id: 'chongqing', version: '1999.1' }), ['eligibilityPolicy']],
    ['a policy of another jurisdiction', (file: Record<string, unknown>) => (file.eligibilityPolicy = { id: 'xiaogan', version: '2023.1' }), ['eligibilityPolicy']],
    ['a chain level without its window entry', (file: Record<string, unknown>) => (file.reviewWindows = { BASE: null }), ['reviewWindows.CENTRE']],
    ['a window for a level outside the chain', (file: Record<string, unknown>) => (file.reviewWindows = { BASE: null, CENTRE: null, CITY: null }), ['reviewWindows.CITY']],
    ['results before the admission ends', (file: Record<string, unknown>) => ((file.admission as Record<string, unknown>).resultsVisibleFrom = '2025-04-25'), ['admission.resultsVisibleFrom', 'admission.resultsVisibleFrom', 'admission.resultsVisibleFrom', 'admission.resultsVisibleFrom']],
    ['a return due before reporting ends', (file: Record<string, unknown>) => (file.returnDeadline = '2025-09-01'), ['returnDeadline']],
    ['three choices', (file: Record<string, unknown>) => (file.choices = { max: 3 }), ['choices.max']],
    ['a central ranking for sequential rounds', (file: Record<string, unknown>) => (file.ranking = { kind: 'CENTRE_RANKING' }), ['ranking.kind', 'admissionRules.adjustment.rankBy']],
    ['an assessment round missing', (file: Record<string, unknown>) => ((file.ranking as { rounds: unknown[] }).rounds.splice(1, 1)), ['ranking.rounds']],
    ['a size limit of zero', (file: Record<string, unknown>) => ((file.documents as Record<string, unknown>).maxBytes = 0), ['documents.maxBytes']],
    ['an unknown applicant type', (file: Record<string, unknown>) => (file.applicantTypes = ['EMPLOYED', 'STUDENT']), ['applicantTypes[1]']],
  ])('RC-1 a round with %s is refused at that field', (_, change, paths) => {
    expect(withChange(change)).toEqual(paths);
  });

  it('RC-1 every problem is listed at once, each with its path and both languages', () => {
    const file = rawRound('fujian-2025');
    file.code = '';
    file.choices = { max: 5 };
    (file.documents as Record<string, unknown>).formats = 'JPEG';
    file.reportingDeadline = 'soon';
    const read = readRoundFile(file, PLANS);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((each) => each.path)).toEqual(['code', 'reportingDeadline', 'choices.max', 'documents.formats']);
    for (const each of read.problems) {
      expect(each.message.zh.length).toBeGreaterThan(0);
      expect(each.message.en.length).toBeGreaterThan(0);
    }
  });

  it('RC-3 a round that gives no size limit gets the 300 KB default', () => {
    const file = rawRound('xiaogan-2023');
    delete (file.documents as Record<string, unknown>).maxBytes;
    const read = readRoundFile(file, PLANS);
    expect(read.ok && read.round.documents.maxBytes).toBe(300 * 1024);
  });

  it('RC-1 a plan of the wrong columns is reported through the round', () => {
    const read = readRoundFile(rawRound('xiaogan-2023'), { ...PLANS, 'xiaogan-2023-recruitment-plan.csv': 'hospital,seats\nA,1\n' });
    expect(read.ok ? [] : read.problems.map((each) => each.path)).toEqual([
      'quotaPlan (xiaogan-2023-recruitment-plan.csv): header, column 1',
      'quotaPlan (xiaogan-2023-recruitment-plan.csv): header, column 2',
      'quotaPlan (xiaogan-2023-recruitment-plan.csv): header',
      'quotaPlan (xiaogan-2023-recruitment-plan.csv): header',
    ]);
  });

  it('RC-1 seats for a type the round does not offer, or none for one it does, are refused', () => {
    const fujian = round('fujian-2025');
    // Taking the employed out also leaves the city's window without a level to serve.
    expect(validateRound({ ...fujian, applicantTypes: ['INDEPENDENT'] }).map((each) => each.path)).toEqual(['reviewWindows.CITY', 'quotas.EMPLOYED']);
    const noIndependentSeats = fujian.quotas?.split === 'BY_BASE_AND_TYPE' ? fujian.quotas.bases.map((entry) => ({ ...entry, quotas: { ...entry.quotas, INDEPENDENT: 0 } })) : [];
    expect(validateRound({ ...fujian, quotas: { split: 'BY_BASE_AND_TYPE', bases: noIndependentSeats } }).map((each) => each.path)).toEqual(['quotas.INDEPENDENT']);
    const cityless = noIndependentSeats.map((entry) => ({ ...entry, city: null }));
    expect(validateRound({ ...fujian, applicantTypes: ['EMPLOYED'], quotas: { split: 'BY_BASE_AND_TYPE', bases: cityless.slice(0, 1) } }).map((each) => each.path)).toEqual(['quotas.bases[0].city']);
  });
});

// ---------- admission inputs and the demo round ----------

describe('RC-6 rounds feed admission', () => {
  it('RC-6 the lottery seed is drawn per run; the rest is the round', () => {
    expect(admissionConfigOf(round('chongqing-2025'), 'seed-1', 'FIRST')).toEqual({
      mechanism: 'SEQUENTIAL_CHOICES',
      adjustment: { enabled: true, preference: 'NONE', rankBy: 'ADJUSTMENT_SCORE' },
      tieBreak: { secondKey: { kind: 'NONE' }, lotterySeed: 'seed-1' },
      runThrough: 'FIRST',
    });
    expect(admissionConfigOf(round('fujian-2025'), 'seed-2')).not.toHaveProperty('runThrough');
  });

  it('RC-6 the Chongqing plan runs through admit() and never overfills a base', () => {
    const chongqing = round('chongqing-2025');
    const names = chongqing.quotas?.bases.map((entry) => entry.base) ?? [];
    const { tracks, problems } = roundTracks(chongqing, (name) => (names.includes(name) ? { baseId: names.indexOf(name) + 1, cityId: null } : null));
    expect(problems).toEqual([]);
    expect(tracks).toHaveLength(15);
    expect(tracks.every((track) => track.applicantType === null)).toBe(true);
    const applicants: Applicant[] = Array.from({ length: 400 }, (_, index) => ({
      id: index + 1,
      type: index % 3 === 0 ? 'INDEPENDENT' : 'EMPLOYED',
      choices: [1 + (index % 15), 1 + ((index * 7 + 3) % 15)].filter((base, at, all) => all.indexOf(base) === at),
      acceptsAdjustment: index % 2 === 0,
      scores: {
        assessments: [
          { round: 'FIRST', baseId: 1 + (index % 15), score: 50 + ((index * 37) % 50) },
          { round: 'SECOND', baseId: 1 + ((index * 7 + 3) % 15), score: 50 + ((index * 11) % 50) },
        ],
        adjustment: 60 + ((index * 13) % 40),
      },
    }));
    const result = admit({ tracks, applicants, config: admissionConfigOf(chongqing, 'cq-2025') });
    expect(result.admissions.length).toBeLessThanOrEqual(320);
    for (const outcome of result.tracks) expect(outcome.seatsLeft).toBeGreaterThanOrEqual(0);
  });

  it('RC-6 tracks split by type for Fujian; an unknown base name is a problem; no plan, no tracks', () => {
    const fujian = round('fujian-2025');
    const { tracks, problems } = roundTracks(fujian, (name) => (name === '福清市医院' ? { baseId: 3, cityId: 1 } : null));
    expect(tracks).toEqual([
      { baseId: 3, cityId: 1, applicantType: 'EMPLOYED', quota: 13 },
      { baseId: 3, cityId: 1, applicantType: 'INDEPENDENT', quota: 2 },
    ]);
    expect(problems).toHaveLength(41);
    expect(roundTracks(round('fujian-2023'), () => ({ baseId: 1, cityId: 1 })).problems.map((each) => each.path)).toEqual(['quotas']);
  });

  it('RC-4 seats per base and type', () => {
    const fujian = round('fujian-2025');
    expect(seatsFor(fujian, '南靖县医院', 'INDEPENDENT')).toBe(0);
    expect(seatsFor(fujian, '南靖县医院', 'EMPLOYED')).toBe(6);
    expect(seatsFor(fujian, '重庆市忠县人民医院', 'EMPLOYED')).toBeNull();
    expect(seatsFor(round('chongqing-2025'), '重庆市忠县人民医院', 'INDEPENDENT')).toBe(15);
    expect(seatsFor(round('fujian-2023'), '南靖县医院', 'INDEPENDENT')).toBeNull();
  });
});

describe('RC-1 demo round', () => {
  it.each(ROUND_FILES)('RC-1 a demo copy of %s is open on the given day and passes validation', (name) => {
    const demo = demoRound('2026-03-10', round(name));
    expect(validateRound(demo)).toEqual([]);
    expect(demo.code).toBe('DEMO-RC-2026-03-10');
    expect(demo.year).toBe(2026);
    const now = beijingToInstant('2026-03-10 00:00');
    expect(demo.signupWindow.opensAt.getTime()).toBeLessThanOrEqual(now.getTime());
    expect(demo.signupWindow.closesAt.getTime()).toBeGreaterThan(beijingToInstant('2026-03-23 23:59').getTime());
    expect(demo.reportingDeadline).not.toBeNull();
    expect(demo.eligibilityPolicy).toEqual(round(name).eligibilityPolicy);
  });

  it('RC-1 a demo opened on New Year’s Day still belongs to that year; a bad day is refused', () => {
    expect(validateRound(demoRound('2027-01-01', round('fujian-2025')))).toEqual([]);
    expect(() => demoRound('2027-02-30', round('fujian-2025'))).toThrow(RangeError);
  });
});
