import { referenceRound } from '../testing/reference-rounds';
import { admissionRuleText } from './admission-rule-text';

describe('RC-6 the admission rule in plain words (a round page)', () => {
  it('RC-6 Chongqing 2025: first, then second choices by the bases’ assessments, then adjustment by its own assessment', () => {
    expect(admissionRuleText(referenceRound('chongqing-2025')).zh).toBe('按第一、二志愿顺序由基地考核录取，之后调剂（按调剂考核成绩）');
  });

  it('RC-6 Fujian 2025: parallel choices by the provincial ranking, then adjustment within the employer’s city first', () => {
    const text = admissionRuleText(referenceRound('fujian-2025'));
    expect(text.zh).toBe('平行志愿，按省级排名成绩录取，之后调剂（优先调剂到工作单位所在市的基地）');
    expect(text.en).toBe('parallel choices, admitted by the provincial ranking score, then adjustment (bases of the employer’s city first)');
  });

  it('RC-6 Xiaogan 2023: one choice, so no order of choices; a round without adjustment says so', () => {
    const xiaogan = referenceRound('xiaogan-2023');
    expect(admissionRuleText(xiaogan).zh).toBe('按第一志愿由基地考核录取，之后调剂（按调剂考核成绩）');
    const without = { ...xiaogan, admissionRules: { ...xiaogan.admissionRules, adjustment: { ...xiaogan.admissionRules.adjustment, enabled: false } } };
    expect(admissionRuleText(without).zh).toBe('按第一志愿由基地考核录取，不安排调剂');
  });

  it('RC-6 a central ranking run by a city or municipality is named as such, not as the province’s', () => {
    const fujian = referenceRound('fujian-2025');
    expect(admissionRuleText({ ...fujian, jurisdiction: 'CHONGQING' }).zh).toMatch(/^平行志愿，按市级排名成绩录取/);
  });
});
