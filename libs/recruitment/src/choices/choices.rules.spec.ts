import { referenceRound } from '../testing/reference-rounds';
import { adjustmentNotice, describeChoices, validateChoices } from './choices.rules';

const FUJIAN = referenceRound('fujian-2025');
const FUJIAN_2023 = referenceRound('fujian-2023');
const CHONGQING = referenceRound('chongqing-2025');
const XIAOGAN = referenceRound('xiaogan-2023');

const codes = (problems: ReturnType<typeof validateChoices>) => problems.map((each) => `${each.path} ${each.code}`);

describe('RC-4 choices', () => {
  it('RC-4 two ordered choices within the round’s bases, with or without adjustment, are fine', () => {
    expect(validateChoices(FUJIAN, 'EMPLOYED', { choices: ['福清市医院', '罗源县医院'], acceptsAdjustment: true })).toEqual([]);
    expect(validateChoices(CHONGQING, 'INDEPENDENT', { choices: ['重庆市忠县人民医院'], acceptsAdjustment: false })).toEqual([]);
  });

  it('RC-4 a third choice is refused', () => {
    const problems = validateChoices(FUJIAN, 'EMPLOYED', { choices: ['福清市医院', '罗源县医院', '漳浦县医院'], acceptsAdjustment: true });
    expect(codes(problems)).toEqual(['choices[2] TOO_MANY_CHOICES']);
    expect(problems[0].message.zh).toBe('最多可报2个志愿，第三志愿不能填报');
  });

  it('RC-4 Xiaogan allows one choice only: a second is refused', () => {
    expect(codes(validateChoices(XIAOGAN, 'INDEPENDENT', { choices: ['汉川市人民医院', '安陆市普爱医院'], acceptsAdjustment: true }))).toEqual(['choices[1] TOO_MANY_CHOICES']);
    expect(validateChoices(XIAOGAN, 'INDEPENDENT', { choices: ['汉川市人民医院'], acceptsAdjustment: true })).toEqual([]);
  });

  it('RC-4 the same base twice is refused', () => {
    const problems = validateChoices(CHONGQING, 'EMPLOYED', { choices: ['重庆市忠县人民医院', '重庆市忠县人民医院'], acceptsAdjustment: false });
    expect(codes(problems)).toEqual(['choices[1] DUPLICATE_CHOICE']);
    expect(problems[0].message.zh).toBe('第二志愿与第一志愿重复（重庆市忠县人民医院）');
  });

  it('RC-4 a base outside the round is refused', () => {
    expect(codes(validateChoices(CHONGQING, 'EMPLOYED', { choices: ['福清市医院'], acceptsAdjustment: false }))).toEqual(['choices[0] BASE_NOT_IN_ROUND']);
  });

  it('RC-4 a base without seats for the applicant’s type is refused where quotas split', () => {
    const independent = validateChoices(FUJIAN, 'INDEPENDENT', { choices: ['南靖县医院'], acceptsAdjustment: true });
    expect(codes(independent)).toEqual(['choices[0] NO_QUOTA_FOR_TYPE']);
    expect(independent[0].message.zh).toBe('第一志愿"南靖县医院"本批次没有社会人名额');
    expect(codes(validateChoices(FUJIAN, 'EMPLOYED', { choices: ['三明市中西医结合医院'], acceptsAdjustment: true }))).toEqual(['choices[0] NO_QUOTA_FOR_TYPE']);
    expect(validateChoices(FUJIAN, 'EMPLOYED', { choices: ['南靖县医院'], acceptsAdjustment: true })).toEqual([]);
  });

  it('RC-4 a type the round does not take, a round without a plan, and no choice at all are refused', () => {
    expect(codes(validateChoices(FUJIAN_2023, 'EMPLOYED', { choices: ['福清市医院'], acceptsAdjustment: false }))).toEqual(['applicantType TYPE_NOT_OFFERED', 'choices NO_PLAN_YET']);
    expect(codes(validateChoices(CHONGQING, 'EMPLOYED', { choices: [], acceptsAdjustment: true }))).toEqual(['choices NO_CHOICE']);
  });

  it('RC-4 accepting adjustment where the round has none is refused', () => {
    const noAdjustment = { ...CHONGQING, admissionRules: { ...CHONGQING.admissionRules, adjustment: { ...CHONGQING.admissionRules.adjustment, enabled: false } } };
    expect(codes(validateChoices(noAdjustment, 'EMPLOYED', { choices: ['重庆市忠县人民医院'], acceptsAdjustment: true }))).toEqual(['acceptsAdjustment ADJUSTMENT_NOT_OFFERED']);
  });

  it('RC-4 declining adjustment is explained: no place this year if no choice admits', () => {
    expect(adjustmentNotice(FUJIAN, false).zh).toBe('不接受调剂：志愿未录取的，不予调剂，本年度不进入培训');
    expect(adjustmentNotice(FUJIAN, true).zh).toContain('接受调剂');
    expect(describeChoices({ choices: ['福清市医院', '罗源县医院'], acceptsAdjustment: false }).zh).toBe('第一志愿：福清市医院；第二志愿：罗源县医院；不接受调剂');
  });
});
