import {
  AdjustmentExplanation,
  Admission,
  AdmissionConfig,
  ApplicantExplanation,
  ApplicantType,
  ChoiceExplanation,
  RankingKey,
  SecondKey,
  TrackKey,
} from './admission.types';

/** RC-6: an applicant's admission explanation in plain Chinese, one line per choice, one for adjustment, one for the result. */

export const APPLICANT_TYPE_LABELS: Record<ApplicantType, string> = { EMPLOYED: '单位人', INDEPENDENT: '社会人' };

const CHOICE_LABELS = { 1: '第一志愿', 2: '第二志愿' } as const;

export interface ExplanationContext {
  /** The base's name as applicants know it. */
  baseName: (baseId: number) => string;
  config: Pick<AdmissionConfig, 'tieBreak' | 'adjustment'>;
}

function trackName(track: TrackKey, context: ExplanationContext): string {
  const base = context.baseName(track.baseId);
  return track.applicantType === null ? base : `${base}（${APPLICANT_TYPE_LABELS[track.applicantType]}名额）`;
}

/** Scores are shown as entered: 78.5 stays 78.5, 80 stays 80. */
function formatScore(score: number): string {
  return String(score);
}

function secondKeyWords(secondKey: SecondKey): string | null {
  switch (secondKey.kind) {
    case 'NONE':
      return null;
    case 'SUBMITTED_EARLIER':
      return '提交时间';
    case 'FIELD':
      return secondKey.label;
  }
}

function secondKeyOrderWords(secondKey: SecondKey): string {
  switch (secondKey.kind) {
    case 'NONE':
      return '';
    case 'SUBMITTED_EARLIER':
      return '按提交时间先后';
    case 'FIELD':
      return secondKey.order === 'HIGHER_FIRST' ? `按${secondKey.label}从高到低` : `按${secondKey.label}从低到高`;
  }
}

function tieWords(decidedBy: RankingKey | null, context: ExplanationContext): string {
  const secondKey = context.config.tieBreak.secondKey;
  switch (decidedBy) {
    case null:
    case 'SCORE':
      return '';
    case 'SECOND_KEY':
      return `您与该位录取者同分，${secondKeyOrderWords(secondKey)}排在其后。`;
    case 'LOTTERY': {
      const same = secondKeyWords(secondKey);
      return `您与该位录取者同分${same ? `且${same}相同` : ''}，按抽签排在其后（抽签种子随录取结果记录）。`;
    }
  }
}

function admissionWords(admission: Admission): string {
  switch (admission.round) {
    case 'FIRST':
      return '第一志愿';
    case 'SECOND':
      return '第二志愿';
    case 'PARALLEL':
      return admission.choice === 2 ? '第二志愿' : '第一志愿';
    case 'ADJUSTMENT':
      return '调剂';
  }
}

function choiceLine(choice: ChoiceExplanation, explanation: ApplicantExplanation, context: ExplanationContext): string {
  const label = CHOICE_LABELS[choice.choice];
  if (choice.note === 'NO_SUCH_CHOICE' || choice.baseId === null) return `${label}：未填报。`;
  const parallel = choice.round === 'PARALLEL';
  const where = choice.track ? trackName(choice.track, context) : context.baseName(choice.baseId);
  const head = `${label} ${where}：`;
  const yourRank = parallel ? `您的综合排名第 ${String(choice.rank)} 位` : `您的排名第 ${String(choice.rank)} 位`;
  const lastWords =
    choice.lastAdmittedRank === null || choice.lastAdmittedScore === null
      ? null
      : `录取至第 ${choice.lastAdmittedRank} 位（最低分 ${formatScore(choice.lastAdmittedScore)}）`;
  switch (choice.note) {
    case 'ADMITTED':
      return `${head}${yourRank}，该基地${parallel ? '' : '本轮'}${lastWords ?? ''}，已录取。`;
    case 'TRACK_FULL_BEFORE_TURN': {
      const tie = tieWords(choice.decidedBy, context);
      if (parallel) {
        return lastWords
          ? `${head}${yourRank}，该基地${lastWords}，轮到您时名额已满，未被录取。${tie}`
          : `${head}${yourRank}，该基地没有名额，未被录取。`;
      }
      return lastWords
        ? `${head}${yourRank}，该基地本轮${lastWords}，未被录取。${tie}`
        : `${head}${yourRank}，该基地本轮已无剩余名额，未被录取。`;
    }
    case 'ADMITTED_EARLIER':
      return explanation.admission
        ? `${head}您已被${admissionWords(explanation.admission)}录取，不再参加此志愿的录取。`
        : `${head}您已被录取，不再参加此志愿的录取。`;
    case 'BASE_NOT_IN_PLAN':
      return `${head}该基地本次没有招录计划，未参加录取。`;
    case 'NO_QUOTA_FOR_TYPE':
      return `${head}该基地本次没有${APPLICANT_TYPE_LABELS[explanation.applicantType]}名额，未参加录取。`;
    case 'NO_SCORE':
      return parallel ? `${head}没有您的综合排名成绩，未参加录取。` : `${head}没有您在该基地本轮的考核成绩，未参加本轮录取。`;
    case 'ROUND_NOT_RUN':
      return `${head}本轮录取尚未进行。`;
  }
}

function adjustmentLine(adjustment: AdjustmentExplanation, context: ExplanationContext): string {
  const sameCityFirst = context.config.adjustment.preference === 'SAME_CITY_FIRST';
  switch (adjustment.note) {
    case 'ADMITTED': {
      const where = adjustment.track ? trackName(adjustment.track, context) : '';
      return `调剂：您的调剂排名第 ${String(adjustment.rank)} 位，调剂至 ${where}${adjustment.sameCity ? '（本市基地）' : ''}，已录取。`;
    }
    case 'NO_SEAT_LEFT': {
      const rule = sameCityFirst ? '本次调剂同城优先：先在报名者所在市的基地内按调剂排名录取，再跨市调剂。' : '';
      const last =
        adjustment.lastAdmittedRank === null || adjustment.lastAdmittedScore === null
          ? ''
          : `调剂录取至第 ${adjustment.lastAdmittedRank} 位（最低分 ${formatScore(adjustment.lastAdmittedScore)}），`;
      return `调剂：您的调剂排名第 ${String(adjustment.rank)} 位，${last}轮到您时已无可调剂的名额，未被录取。${tieWords(adjustment.decidedBy, context)}${rule}`;
    }
    case 'ADMITTED_EARLIER':
      return '调剂：您已被志愿录取，不参加调剂。';
    case 'DID_NOT_ACCEPT':
      return '调剂：您选择了不接受调剂，未参加调剂。';
    case 'ADJUSTMENT_OFF':
      return '调剂：本次招录不进行调剂。';
    case 'NO_SCORE':
      return '调剂：没有您的调剂排名成绩，未参加调剂。';
    case 'ROUND_NOT_RUN':
      return '调剂：尚未进行。';
  }
}

function resultLine(explanation: ApplicantExplanation, context: ExplanationContext): string {
  const admission = explanation.admission;
  if (admission) return `结果：已录取，${trackName(admission.track, context)}（${admissionWords(admission)}录取）。`;
  const pending =
    explanation.choices.some((choice) => choice.note === 'ROUND_NOT_RUN') || explanation.adjustment.note === 'ROUND_NOT_RUN';
  if (pending) return '结果：暂未录取，后续录取尚未进行。';
  // RC-4: declining adjustment and not admitted by a choice means no place this year.
  return explanation.acceptsAdjustment ? '结果：未被录取。' : '结果：未被录取。您选择了不接受调剂，本年度不进入培训。';
}

export function renderAdmissionExplanation(explanation: ApplicantExplanation, context: ExplanationContext): string[] {
  return [
    ...explanation.choices.map((choice) => choiceLine(choice, explanation, context)),
    adjustmentLine(explanation.adjustment, context),
    resultLine(explanation, context),
  ];
}
