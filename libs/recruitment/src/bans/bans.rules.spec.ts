import { beijingToInstant } from '@app/common/time';
import { CHONGQING_POLICY, FUJIAN_POLICY, XIAOGAN_POLICY } from '../eligibility';
import { RoundReference } from '../jurisdiction';
import { BanEvent, BanRecord } from './ban.types';
import { activeBans, banConsequence } from './bans.rules';

const ID = '500101199801011237';
const FJ_2024: RoundReference = { code: 'FJ-2024', year: 2024, jurisdiction: 'FUJIAN' };
const FJ_2025: RoundReference = { code: 'FJ-2025', year: 2025, jurisdiction: 'FUJIAN' };
const FJ_2026: RoundReference = { code: 'FJ-2026', year: 2026, jurisdiction: 'FUJIAN' };
const CQ_2025: RoundReference = { code: 'CQ-2025', year: 2025, jurisdiction: 'CHONGQING' };
const CQ_2027: RoundReference = { code: 'CQ-2027', year: 2027, jurisdiction: 'CHONGQING' };
const XG_2026: RoundReference = { code: 'XG-2026', year: 2026, jurisdiction: 'XIAOGAN' };

const event = (kind: BanEvent['kind'], round: RoundReference, occurredOn: string): BanEvent => ({ idNumber: ID, kind, round, occurredOn });
const ref = (policy: { id: string; version: string }) => ({ id: policy.id, version: policy.version });

function recordOf(kind: BanEvent['kind'], round: RoundReference, occurredOn: string): BanRecord {
  const policy = { FUJIAN: FUJIAN_POLICY, CHONGQING: CHONGQING_POLICY, XIAOGAN: XIAOGAN_POLICY }[round.jurisdiction];
  const consequence = banConsequence(event(kind, round, occurredOn), policy.bans, ref(policy));
  if (!consequence.ban) throw new Error(`no ban for ${kind} in ${round.code}`);
  return consequence.ban;
}

const at = (beijing: string) => beijingToInstant(beijing);

describe('RC-8 consequences per policy', () => {
  it('RC-8 Fujian false information cancels the place and bars nothing later', () => {
    const consequence = banConsequence(event('FALSE_INFORMATION', FJ_2025, '2025-07-10'), FUJIAN_POLICY.bans, ref(FUJIAN_POLICY));
    expect(consequence).toMatchObject({ cancelsPlace: true, ban: null });
    expect(consequence.explanation.zh).toBe('提供虚假信息，取消录取资格（凡弄虚作假的，一经查实，取消当年录取资格）');
  });

  it('RC-8 Chongqing false information cancels the place and bars two years everywhere', () => {
    const consequence = banConsequence(event('FALSE_INFORMATION', CQ_2025, '2025-04-20'), CHONGQING_POLICY.bans, ref(CHONGQING_POLICY));
    expect(consequence.cancelsPlace).toBe(true);
    expect(consequence.ban).toMatchObject({ idNumber: ID, term: { kind: 'YEARS', years: 2 }, scope: 'EVERY_JURISDICTION', policy: { id: 'chongqing', version: '2025.1' } });
    expect(consequence.explanation.zh).toContain('2年内不得报名（各地均适用）');
  });

  it('RC-8 Chongqing withdrawal after admission for personal reasons bars two years', () => {
    expect(banConsequence(event('WITHDREW_AFTER_ADMISSION', CQ_2025, '2025-10-01'), CHONGQING_POLICY.bans, ref(CHONGQING_POLICY)).ban?.term).toEqual({ kind: 'YEARS', years: 2 });
  });

  it.each(['NO_SHOW', 'ADJUSTED_NO_SHOW'] as const)('RC-8 Fujian %s cancels the place and bars next year in Fujian', (kind) => {
    const consequence = banConsequence(event(kind, FJ_2025, '2025-09-01'), FUJIAN_POLICY.bans, ref(FUJIAN_POLICY));
    expect(consequence.cancelsPlace).toBe(true);
    expect(consequence.ban).toMatchObject({ term: { kind: 'NEXT_YEAR' }, scope: 'ISSUING_JURISDICTION' });
    expect(consequence.explanation.zh).toContain('取消2026年度报名资格（限福建省）');
  });

  it('RC-8 an event a policy does not name has no consequence (Xiaogan sets none; Chongqing none for a no-show)', () => {
    expect(banConsequence(event('NO_SHOW', XG_2026, '2026-09-01'), XIAOGAN_POLICY.bans, ref(XIAOGAN_POLICY))).toMatchObject({ cancelsPlace: false, ban: null });
    expect(banConsequence(event('NO_SHOW', CQ_2025, '2025-09-30'), CHONGQING_POLICY.bans, ref(CHONGQING_POLICY)).ban).toBeNull();
  });

  it('RC-8 the ID number is stored normalised and a bad date is refused', () => {
    const consequence = banConsequence({ ...event('NO_SHOW', FJ_2025, '2025-09-01'), idNumber: ' 500101199801011237 ' }, FUJIAN_POLICY.bans, ref(FUJIAN_POLICY));
    expect(consequence.ban?.idNumber).toBe(ID);
    expect(() => banConsequence(event('NO_SHOW', FJ_2025, '2025-02-30'), FUJIAN_POLICY.bans, ref(FUJIAN_POLICY))).toThrow(RangeError);
  });
});

describe('RC-8 activeBans', () => {
  const history = (...records: BanRecord[]) => ({ idNumber: ID, records });

  it('RC-8 a Fujian no-show bars every Fujian round of the next year, and only that year', () => {
    const noShow = recordOf('NO_SHOW', FJ_2024, '2024-09-01');
    expect(activeBans(history(noShow), FJ_2025, at('2025-07-01 08:00'))).toHaveLength(1);
    expect(activeBans(history(noShow), FJ_2025, at('2025-12-31 23:59'))[0]).toMatchObject({ year: 2025, lastDay: null });
    expect(activeBans(history(noShow), FJ_2026, at('2026-07-01 08:00'))).toEqual([]);
    expect(activeBans(history(noShow), FJ_2024, at('2024-09-02'))).toEqual([]);
  });

  it('RC-8 a Fujian ban stays in Fujian', () => {
    expect(activeBans(history(recordOf('ADJUSTED_NO_SHOW', FJ_2024, '2024-09-01')), CQ_2025, at('2025-04-10'))).toEqual([]);
  });

  it('RC-8 a Chongqing two-year ban holds everywhere until the day before its anniversary', () => {
    const falseInformation = recordOf('FALSE_INFORMATION', CQ_2025, '2025-04-20');
    const bans = activeBans(history(falseInformation), FJ_2026, at('2026-07-01 08:00'));
    expect(bans).toHaveLength(1);
    expect(bans[0].lastDay).toBe('2027-04-19');
    expect(bans[0].explanation.zh).toBe(
      '2025-04-20 在重庆市CQ-2025批次提供虚假信息，2年内不得报名（各地均适用），至 2027-04-19（弄虚作假的招收对象，一经核实，取消其报名、培训资格，且2年内不得报名参加助理全科医生培训）：不符合',
    );
    expect(activeBans(history(falseInformation), CQ_2027, at('2027-04-19 23:59'))).toHaveLength(1);
    expect(activeBans(history(falseInformation), CQ_2027, at('2027-04-20 00:00'))).toEqual([]);
    expect(activeBans(history(falseInformation), XG_2026, at('2026-05-04'))).toHaveLength(1);
  });

  it('RC-8 a ban recorded later than the date asked about does not hold yet', () => {
    expect(activeBans(history(recordOf('WITHDREW_AFTER_ADMISSION', CQ_2025, '2025-10-01')), CQ_2025, at('2025-04-10'))).toEqual([]);
  });

  it('RC-8 bans are keyed by ID number: another number is ignored, spacing and case are not', () => {
    const noShow = recordOf('NO_SHOW', FJ_2024, '2024-09-01');
    expect(activeBans({ idNumber: '11010519491231002X', records: [noShow] }, FJ_2025, at('2025-07-02'))).toEqual([]);
    const lowerX = { ...noShow, idNumber: '11010519491231002x' };
    expect(activeBans({ idNumber: '110105 19491231 002X', records: [lowerX] }, FJ_2025, at('2025-07-02'))).toHaveLength(1);
  });

  it('RC-8 several bans are listed oldest first', () => {
    const bans = activeBans(
      history(recordOf('WITHDREW_AFTER_ADMISSION', CQ_2025, '2025-10-01'), recordOf('NO_SHOW', FJ_2025, '2025-09-01')),
      { code: 'FJ-2026', year: 2026, jurisdiction: 'FUJIAN' },
      at('2026-07-01 08:00'),
    );
    expect(bans.map((ban) => ban.record.kind)).toEqual(['NO_SHOW', 'WITHDREW_AFTER_ADMISSION']);
  });
});
