import type { Bilingual } from '@app/assessment/rules';
import { JURISDICTION_INFO, type JurisdictionLevel } from '../jurisdiction';
import type { AssessmentSchedule, RecruitmentRound } from './round.types';

/**
 * RC-6 in the words an applicant reads on a round's page: how the round admits (the mechanism, who scores, the
 * choices it takes in turn) and whether adjustment follows and how. Written from the round's configuration alone,
 * so two rounds that differ only in data read differently without a test of the province.
 */

/** Each base assessment round as the notices name it. */
export const ASSESSMENT_ROUND_LABELS: Readonly<Record<AssessmentSchedule['round'], Bilingual>> = {
  FIRST: { zh: '第一志愿', en: 'first choices' },
  SECOND: { zh: '第二志愿', en: 'second choices' },
  ADJUSTMENT: { zh: '调剂', en: 'adjustment' },
};

/** Who sets a central ranking: the province's or the city's authority. */
const RANKING_LEVEL: Readonly<Record<JurisdictionLevel, Bilingual>> = {
  PROVINCE: { zh: '省级', en: 'provincial' },
  MUNICIPALITY: { zh: '市级', en: 'municipal' },
  CITY: { zh: '市级', en: 'city' },
};

export type AdmissionRuleFacts = Pick<RecruitmentRound, 'jurisdiction' | 'choices' | 'ranking' | 'admissionRules'>;

/** "按第一、二志愿顺序由基地考核录取，之后调剂（按调剂考核成绩）" / "平行志愿，按省级排名成绩录取，之后调剂（…）". */
export function admissionRuleText(round: AdmissionRuleFacts): Bilingual {
  const { mechanism, adjustment } = round.admissionRules;
  const level = RANKING_LEVEL[JURISDICTION_INFO[round.jurisdiction].level];
  const scorer: Bilingual = round.ranking.kind === 'BASE_ASSESSMENT' ? { zh: '由基地考核', en: 'by the bases’ assessments' } : { zh: `按${level.zh}排名成绩`, en: `by the ${level.en} ranking score` };
  const main: Bilingual =
    mechanism === 'CENTRAL_PARALLEL'
      ? { zh: `平行志愿，${scorer.zh}录取`, en: `parallel choices, admitted ${scorer.en}` }
      : round.choices.max === 1
        ? { zh: `按第一志愿${scorer.zh}录取`, en: `first choices admitted ${scorer.en}` }
        : { zh: `按第一、二志愿顺序${scorer.zh}录取`, en: `first, then second choices admitted ${scorer.en}` };
  if (!adjustment.enabled) return { zh: `${main.zh}，不安排调剂`, en: `${main.en}; no adjustment` };
  const how: Bilingual[] = [];
  if (adjustment.rankBy === 'ADJUSTMENT_SCORE') how.push({ zh: '按调剂考核成绩', en: 'by the adjustment assessment' });
  if (adjustment.preference === 'SAME_CITY_FIRST') how.push({ zh: '优先调剂到工作单位所在市的基地', en: 'bases of the employer’s city first' });
  const zhHow = how.length > 0 ? `（${how.map((each) => each.zh).join('，')}）` : '';
  const enHow = how.length > 0 ? ` (${how.map((each) => each.en).join('; ')})` : '';
  return { zh: `${main.zh}，之后调剂${zhHow}`, en: `${main.en}, then adjustment${enHow}` };
}
