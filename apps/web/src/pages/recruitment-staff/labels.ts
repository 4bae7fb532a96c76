import type { Schemas } from '../../api/client';
import type { TagTone } from '../../components/readable-tag';

type ReviewStatus = Schemas['ReviewStatus'];
type ReviewLevel = Schemas['ReviewLevel'];
type PlacementStatus = Schemas['PlacementStatus'];

export const REVIEW_STATUSES: ReviewStatus[] = ['IN_REVIEW', 'RETURNED', 'APPROVED', 'CONFIRMED', 'REJECTED', 'WITHDRAWN'];

export const REVIEW_STATUS_LABEL: Record<ReviewStatus, string> = {
  DRAFT: '草稿',
  IN_REVIEW: '审核中',
  RETURNED: '退回修改',
  APPROVED: '审核通过',
  CONFIRMED: '复审通过',
  REJECTED: '审核未通过',
  WITHDRAWN: '逾期视为放弃',
};

export const REVIEW_STATUS_TONE: Record<ReviewStatus, TagTone> = {
  DRAFT: 'grey',
  IN_REVIEW: 'blue',
  RETURNED: 'orange',
  APPROVED: 'green',
  CONFIRMED: 'green',
  REJECTED: 'red',
  WITHDRAWN: 'grey',
};

export const APPLICANT_TYPE_LABEL: Record<Schemas['ApplicantType'], string> = { EMPLOYED: '单位人', INDEPENDENT: '社会人' };

/** The levels of a review chain; the CENTRE level is the round's authority (a province, Chongqing or 孝感市). */
export const LEVEL_LABEL: Record<ReviewLevel, string> = { BASE: '培训基地', CITY: '市卫生健康委', CENTRE: '招录主管部门' };

export const ASSESSMENT_ROUNDS: Schemas['AssessmentRound'][] = ['FIRST', 'SECOND', 'ADJUSTMENT'];

export const ADMISSION_ROUND_LABEL: Record<Schemas['AdmissionRound'], string> = { FIRST: '第一志愿', SECOND: '第二志愿', PARALLEL: '平行志愿', ADJUSTMENT: '调剂' };

export const PLACEMENT_STATUS_LABEL: Record<PlacementStatus, string> = { ADMITTED: '待报到', REPORTED: '已报到', NO_SHOW: '未报到', CANCELLED: '已取消', WITHDRAWN: '已放弃' };

export const PLACEMENT_STATUS_TONE: Record<PlacementStatus, TagTone> = { ADMITTED: 'blue', REPORTED: 'green', NO_SHOW: 'red', CANCELLED: 'grey', WITHDRAWN: 'grey' };

export const NOTICE_STATUS_LABEL: Record<Schemas['PlacementView']['noticeStatus'], string> = { PENDING: '生成中', READY: '已生成', FAILED: '生成失败' };

export const RUN_STATUS_LABEL: Record<Schemas['AdmissionRunStatus'], string> = { PREVIEW: '预览', PUBLISHED: '已发布', DISCARDED: '已作废' };

export const RUN_STATUS_TONE: Record<Schemas['AdmissionRunStatus'], TagTone> = { PREVIEW: 'gold', PUBLISHED: 'green', DISCARDED: 'grey' };

export const MECHANISM_LABEL: Record<Schemas['AdmissionRunView']['mechanism'], string> = {
  SEQUENTIAL_CHOICES: '按志愿顺序录取（第一志愿、第二志愿、调剂）',
  CENTRAL_PARALLEL: '集中平行志愿录取（按总排名，再调剂）',
};

export const SCORE_PROBLEM_LABEL: Record<Schemas['ScoreRowProblem'], string> = {
  ID_INVALID: '证件号码无效',
  UNKNOWN_APPLICANT: '本招录计划中没有此报名人',
  NAME_MISMATCH: '姓名与证件号码不符',
  NOT_IN_SCOPE: '不在本单位的范围内',
  DUPLICATE: '同一人重复出现',
  SCORE_INVALID: '成绩无效（0–999.99，最多两位小数）',
};

/** What a publish refusal means for the next step, beside the API's own message. */
export const PUBLISH_REFUSAL_HINT: Record<string, string> = {
  ADMISSION_INPUTS_CHANGED: '生成预览后，审核结果、成绩或计划又有变化（预览已过时）：请重新生成预览，核对后再发布。',
  ADMISSION_ALREADY_PUBLISHED: '该阶段（或其后的阶段）的录取结果已经发布，不能再次发布。',
  ADMISSION_SETTLED_ROUNDS_CHANGED: '报名变化会改变已发布阶段的录取结果，不能继续计算；请核对错误详情中的人员。',
  ADMISSION_RUN_NOT_PREVIEW: '只有“预览”状态的录取方案可以发布。',
  ADMISSION_PLAN_INVALID: '招录计划（名额、志愿设置）不完整或有误，请先更正计划。',
};

export function choicesText(choices: readonly Schemas['ApplicationChoiceView'][]): string {
  if (choices.length === 0) return '—';
  return [...choices]
    .sort((a, b) => a.order - b.order)
    .map((c) => `${c.order}. ${c.baseName}`)
    .join('；');
}
