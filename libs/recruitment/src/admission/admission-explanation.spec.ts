import { renderAdmissionExplanation, ExplanationContext } from './admission-explanation';
import { admit } from './admission.rules';
import { AdmissionConfig, AdmissionResult, Applicant, ApplicantType, TrackQuota } from './admission.types';

const NAMES: Record<number, string> = { 10: '某基地', 20: '福清市医院', 30: '罗源县医院', 40: '已停招医院' };
const baseName = (baseId: number): string => NAMES[baseId] ?? `基地${baseId}`;

function configOf(partial: Partial<AdmissionConfig> = {}): AdmissionConfig {
  return {
    mechanism: 'SEQUENTIAL_CHOICES',
    adjustment: { enabled: true, preference: 'NONE', rankBy: 'ADJUSTMENT_SCORE' },
    tieBreak: { secondKey: { kind: 'SUBMITTED_EARLIER' }, lotterySeed: 'explain' },
    ...partial,
  };
}

function track(baseId: number, quota: number, applicantType: ApplicantType | null = null, cityId: number | null = null): TrackQuota {
  return { baseId, applicantType, quota, cityId };
}

function person(id: number, choices: number[], extra: Partial<Applicant> & { first?: number; second?: number } = {}): Applicant {
  const { first, second, ...rest } = extra;
  return {
    id,
    type: 'EMPLOYED',
    choices,
    acceptsAdjustment: false,
    scores: {
      assessments: [
        ...(first === undefined ? [] : [{ round: 'FIRST' as const, baseId: choices[0], score: first }]),
        ...(second === undefined ? [] : [{ round: 'SECOND' as const, baseId: choices[1], score: second }]),
      ],
    },
    ...rest,
  };
}

function linesOf(result: AdmissionResult, config: AdmissionConfig, applicantId: number): string[] {
  const explanation = result.explanations.find((each) => each.applicantId === applicantId);
  if (!explanation) throw new Error(`no explanation for ${applicantId}`);
  const context: ExplanationContext = { baseName, config };
  return renderAdmissionExplanation(explanation, context);
}

describe('RC-6 explanation in plain Chinese', () => {
  it('RC-6 refused behind the quota line: rank, the base\'s last admitted rank and lowest score', () => {
    const config = configOf({ adjustment: { enabled: false, preference: 'NONE', rankBy: 'RANKING_SCORE' } });
    const scores = [95, 94, 93, 92, 91, 90, 85, 82, 80, 78.5, 77, 70];
    const applicants = scores.map((score, index) => person(index + 1, [10], { first: score }));
    const result = admit({ tracks: [track(10, 10)], applicants, config });
    expect(linesOf(result, config, 12)).toEqual([
      '第一志愿 某基地：您的排名第 12 位，该基地本轮录取至第 10 位（最低分 78.5），未被录取。',
      '第二志愿：未填报。',
      '调剂：本次招录不进行调剂。',
      '结果：未被录取。您选择了不接受调剂，本年度不进入培训。',
    ]);
    expect(linesOf(result, config, 3)).toEqual([
      '第一志愿 某基地：您的排名第 3 位，该基地本轮录取至第 10 位（最低分 78.5），已录取。',
      '第二志愿：未填报。',
      '调剂：您已被志愿录取，不参加调剂。',
      '结果：已录取，某基地（第一志愿录取）。',
    ]);
  });

  it('RC-6 second round, type quotas, ties, a missing score and adjustment, line by line', () => {
    const config = configOf();
    const result = admit({
      tracks: [track(10, 1, 'EMPLOYED'), track(10, 0, 'INDEPENDENT'), track(20, 1, 'EMPLOYED'), track(20, 1, 'INDEPENDENT'), track(30, 1)],
      applicants: [
        person(1, [10, 20], { first: 88, second: 70, submittedAt: new Date('2025-07-02T09:00:00+08:00') }),
        {
          ...person(2, [10, 20], { submittedAt: new Date('2025-07-03T09:00:00+08:00'), acceptsAdjustment: true }),
          scores: {
            assessments: [
              { round: 'FIRST', baseId: 10, score: 88 },
              { round: 'SECOND', baseId: 20, score: 65 },
            ],
            adjustment: 75,
          },
        },
        person(3, [40, 20], { type: 'INDEPENDENT', second: 60 }),
        { ...person(4, [20], { acceptsAdjustment: true }), scores: { adjustment: 60 } },
      ],
      config,
    });
    expect(linesOf(result, config, 1)).toEqual([
      '第一志愿 某基地（单位人名额）：您的排名第 1 位，该基地本轮录取至第 1 位（最低分 88），已录取。',
      '第二志愿 福清市医院：您已被第一志愿录取，不再参加此志愿的录取。',
      '调剂：您已被志愿录取，不参加调剂。',
      '结果：已录取，某基地（单位人名额）（第一志愿录取）。',
    ]);
    expect(linesOf(result, config, 2)).toEqual([
      '第一志愿 某基地（单位人名额）：您的排名第 2 位，该基地本轮录取至第 1 位（最低分 88），未被录取。您与该位录取者同分，按提交时间先后排在其后。',
      '第二志愿 福清市医院（单位人名额）：您的排名第 1 位，该基地本轮录取至第 1 位（最低分 65），已录取。',
      '调剂：您已被志愿录取，不参加调剂。',
      '结果：已录取，福清市医院（单位人名额）（第二志愿录取）。',
    ]);
    expect(linesOf(result, config, 3)).toEqual([
      '第一志愿 已停招医院：该基地本次没有招录计划，未参加录取。',
      '第二志愿 福清市医院（社会人名额）：您的排名第 1 位，该基地本轮录取至第 1 位（最低分 60），已录取。',
      '调剂：您已被志愿录取，不参加调剂。',
      '结果：已录取，福清市医院（社会人名额）（第二志愿录取）。',
    ]);
    expect(linesOf(result, config, 4)).toEqual([
      '第一志愿 福清市医院（单位人名额）：没有您在该基地本轮的考核成绩，未参加本轮录取。',
      '第二志愿：未填报。',
      '调剂：您的调剂排名第 1 位，调剂至 罗源县医院，已录取。',
      '结果：已录取，罗源县医院（调剂录取）。',
    ]);
  });

  it('RC-6 parallel wording: the central ranking, a full track at one\'s turn, the lottery, adjustment refused same city first', () => {
    const config = configOf({
      mechanism: 'CENTRAL_PARALLEL',
      adjustment: { enabled: true, preference: 'SAME_CITY_FIRST', rankBy: 'RANKING_SCORE' },
      tieBreak: { secondKey: { kind: 'NONE' }, lotterySeed: 'explain' },
    });
    const applicants: Applicant[] = [1, 2, 3].map((id) => ({
      id,
      type: 'INDEPENDENT',
      choices: [10],
      acceptsAdjustment: true,
      cityId: 1,
      scores: { ranking: 80 },
    }));
    applicants.push({ id: 4, type: 'INDEPENDENT', choices: [30], acceptsAdjustment: false, scores: {} });
    const result = admit({ tracks: [track(10, 1, null, 1), track(20, 1, null, 1)], applicants, config });
    const losers = result.explanations.filter((each) => !each.admission && each.applicantId !== 4);
    expect(losers).toHaveLength(1);
    const loser = losers[0];
    const winner = result.admissions.find((admission) => admission.round === 'PARALLEL');
    expect(winner?.rank).toBe(1);
    expect(linesOf(result, config, loser.applicantId)).toEqual([
      '第一志愿 某基地：您的综合排名第 3 位，该基地录取至第 1 位（最低分 80），轮到您时名额已满，未被录取。您与该位录取者同分，按抽签排在其后（抽签种子随录取结果记录）。',
      '第二志愿：未填报。',
      '调剂：您的调剂排名第 2 位，调剂录取至第 1 位（最低分 80），轮到您时已无可调剂的名额，未被录取。您与该位录取者同分，按抽签排在其后（抽签种子随录取结果记录）。本次调剂同城优先：先在报名者所在市的基地内按调剂排名录取，再跨市调剂。',
      '结果：未被录取。',
    ]);
    const adjusted = result.admissions.find((admission) => admission.round === 'ADJUSTMENT');
    expect(adjusted).toBeDefined();
    expect(linesOf(result, config, adjusted?.applicantId ?? 0)[2]).toBe('调剂：您的调剂排名第 1 位，调剂至 福清市医院（本市基地），已录取。');
    expect(linesOf(result, config, 4)).toEqual([
      '第一志愿 罗源县医院：该基地本次没有招录计划，未参加录取。',
      '第二志愿：未填报。',
      '调剂：您选择了不接受调剂，未参加调剂。',
      '结果：未被录取。您选择了不接受调剂，本年度不进入培训。',
    ]);
  });

  it('RC-6 rounds not yet run, a base without quota for the type, no ranking score, a field as second key', () => {
    const sequential = configOf({
      runThrough: 'FIRST',
      tieBreak: { secondKey: { kind: 'FIELD', field: 'written', order: 'HIGHER_FIRST', label: '笔试成绩' }, lotterySeed: 'explain' },
    });
    const first = admit({
      tracks: [track(10, 1, 'EMPLOYED'), track(20, 1)],
      applicants: [
        person(1, [10, 20], { first: 70, fields: { written: 80 }, acceptsAdjustment: true }),
        person(2, [10], { first: 70, fields: { written: 85 } }),
        person(3, [10, 20], { type: 'INDEPENDENT' }),
      ],
      config: sequential,
    });
    expect(linesOf(first, sequential, 1)).toEqual([
      '第一志愿 某基地（单位人名额）：您的排名第 2 位，该基地本轮录取至第 1 位（最低分 70），未被录取。您与该位录取者同分，按笔试成绩从高到低排在其后。',
      '第二志愿 福清市医院：本轮录取尚未进行。',
      '调剂：尚未进行。',
      '结果：暂未录取，后续录取尚未进行。',
    ]);
    expect(linesOf(first, sequential, 3).slice(0, 1)).toEqual(['第一志愿 某基地：该基地本次没有社会人名额，未参加录取。']);

    const parallel = configOf({ mechanism: 'CENTRAL_PARALLEL', adjustment: { enabled: true, preference: 'NONE', rankBy: 'RANKING_SCORE' } });
    const central = admit({
      tracks: [track(10, 0)],
      applicants: [
        { id: 1, type: 'EMPLOYED', choices: [10], acceptsAdjustment: true, scores: {} },
        { id: 2, type: 'EMPLOYED', choices: [10], acceptsAdjustment: true, scores: { ranking: 50 } },
      ],
      config: parallel,
    });
    expect(linesOf(central, parallel, 1).slice(0, 3)).toEqual([
      '第一志愿 某基地：没有您的综合排名成绩，未参加录取。',
      '第二志愿：未填报。',
      '调剂：没有您的调剂排名成绩，未参加调剂。',
    ]);
    expect(linesOf(central, parallel, 2).slice(0, 3)).toEqual([
      '第一志愿 某基地：您的综合排名第 1 位，该基地没有名额，未被录取。',
      '第二志愿：未填报。',
      '调剂：您的调剂排名第 1 位，轮到您时已无可调剂的名额，未被录取。',
    ]);
  });
});
