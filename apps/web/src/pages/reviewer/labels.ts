import type { Schemas } from '../../api/client';
import type { Tone } from './status-tag';

export type SignupStatus = Schemas['SignupStatus'];
export type Subject = Schemas['Subject'];

/** Short names for filters and tags; the API's own sentence (statusLabel) stays beside them in the table. */
export const SIGNUP_STATUS_SHORT: Record<SignupStatus, string> = {
  DRAFT: '草稿',
  SUBMITTED: '等待基地审核',
  RETURNED: '已退回修改',
  BASE_APPROVED: '基地已通过，待中心复审',
  APPROVED: '资格审核通过',
  REJECTED: '审核不通过',
  VOIDED: '报名作废',
  CANCELLED: '已取消资格',
};

export const SIGNUP_STATUS_TONE: Record<SignupStatus, Tone> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  RETURNED: 'warning',
  BASE_APPROVED: 'cyan',
  APPROVED: 'success',
  REJECTED: 'error',
  VOIDED: 'default',
  CANCELLED: 'error',
};

/** The order the status filter offers them in: the reviewer's queue first. */
export const SIGNUP_STATUSES: SignupStatus[] = ['SUBMITTED', 'RETURNED', 'BASE_APPROVED', 'APPROVED', 'REJECTED', 'VOIDED', 'CANCELLED'];

export const SUBJECT_LABEL: Record<Subject, string> = { THEORY: '专业理论考试', SKILLS: '临床实践技能考核' };

export function subjectsText(subjects: readonly Subject[]): string {
  return subjects.map((subject) => SUBJECT_LABEL[subject]).join('、') || '—';
}

export const CHECK_OUTCOME: Record<Schemas['CheckOutcome'], { text: string; colour: Tone }> = {
  PASS: { text: '符合', colour: 'success' },
  FAIL: { text: '不符合', colour: 'error' },
  EXCEPTED: { text: '特殊情况放行', colour: 'warning' },
};

export const RETRAINING_STATE: Record<Schemas['RetrainingState'], { text: string; colour: Tone }> = {
  IN_TIME: { text: '期限内', colour: 'processing' },
  LAST_YEAR: { text: '最后一年', colour: 'warning' },
  RETRAINING_REQUIRED: { text: '须自费重新培训', colour: 'error' },
  CERTIFICATE_READY: { text: '已全部通过', colour: 'success' },
};

export const ROTATION_DEADLINE_STATUS: Record<Schemas['RotationDeadlineStatus'], { text: string; colour: Tone }> = {
  AT_RISK: { text: '有取消风险', colour: 'warning' },
  ON_TRACK: { text: '按期结束轮转', colour: 'success' },
  CANCELLED: { text: '成绩已取消', colour: 'error' },
  KEPT: { text: '成绩保留', colour: 'success' },
};

export const ATTEMPT_KIND: Record<Schemas['StatisticsLineView']['kind'], string> = { FIRST: '首次参加', RETAKE: '再次参加', ALL: '合计' };
