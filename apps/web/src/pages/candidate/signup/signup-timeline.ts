import type { Schemas } from '../../../api/client';
import { countdown, formatDateTime } from '../../../format/time';
import { formatClosing, formatWindow, phaseOf } from '../shared/time';

export type StepState = 'wait' | 'process' | 'finish' | 'error';

export interface TimelineStep {
  key: 'fill' | 'submit' | 'base' | 'centre' | 'exam';
  title: string;
  state: StepState;
  /** each line a sentence: when, what, why, by when */
  lines: string[];
}

const at = (instant: string | null | undefined) => (instant ? formatDateTime(instant) : '');

/**
 * FA-7 … FA-9 as steps: draft → 报名信息已提交，等待审核 → base review → centre review → tickets and exam.
 * A return shows its reason and the deadline to correct (the end of the review window, FA-8); a rejection its reason.
 * SignupView keeps the last decision's time and reason per level, not a full history: an earlier return that was
 * corrected shows as such when the sign-up was submitted again after the base's decision.
 */
export function signupTimeline(session: Schemas['SessionView'], signup: Schemas['SignupView'] | undefined, now: number): TimelineStep[] {
  const review = session.reviewWindow;
  const status = signup?.status;
  const reason = signup?.lastReason ?? '未说明';
  const rejectedByCentre = status === 'REJECTED' && signup?.centreReviewedAt !== null;
  const resubmitted =
    status === 'SUBMITTED' && signup?.baseReviewedAt && signup.submittedAt && new Date(signup.submittedAt).getTime() > new Date(signup.baseReviewedAt).getTime();

  const fill: TimelineStep = !signup
    ? { key: 'fill', title: '填写报名', state: phaseOf(session.signupWindow, now) === 'OPEN' ? 'process' : 'wait', lines: ['选择报考科目，核对资格判定。'] }
    : status === 'DRAFT'
      ? { key: 'fill', title: '填写报名', state: 'process', lines: ['草稿已保存，尚未提交（草稿不算报名）。'] }
      : { key: 'fill', title: '填写报名', state: 'finish', lines: [] };

  const submit: TimelineStep =
    !signup || status === 'DRAFT'
      ? { key: 'submit', title: '提交报名', state: 'wait', lines: [`${formatClosing(session.signupWindow.closesAt)} 截止。`] }
      : { key: 'submit', title: '提交报名', state: 'finish', lines: [`报名信息已提交，等待审核${signup.submittedAt ? `（${at(signup?.submittedAt)}）` : ''}。`] };

  let base: TimelineStep = { key: 'base', title: '培训基地审核', state: 'wait', lines: [`资格审核期 ${formatWindow(review)}。`] };
  if (status === 'SUBMITTED')
    base = resubmitted
      ? { key: 'base', title: '培训基地审核', state: 'process', lines: [`${at(signup?.baseReviewedAt)} 曾退回修改（原因：${reason}）。`, '您已修改并重新提交，等待培训基地重新审核。'] }
      : { key: 'base', title: '培训基地审核', state: 'process', lines: [`等待培训基地审核（资格审核期 ${formatWindow(review)}）。`] };
  if (status === 'RETURNED') {
    const late = phaseOf(review, now) === 'AFTER';
    base = {
      key: 'base',
      title: '培训基地退回修改',
      state: 'error',
      lines: [
        `${at(signup?.baseReviewedAt)} 退回，原因：${reason}。`,
        late ? `修改期限 ${formatClosing(review.closesAt)} 已过，报名将作废。` : `请在 ${formatClosing(review.closesAt)} 前修改并重新提交（${countdown(review.closesAt, now)}），逾期未修改的报名作废。`,
      ],
    };
  }
  if (status === 'BASE_APPROVED' || status === 'APPROVED' || rejectedByCentre || (status === 'CANCELLED' && signup?.baseReviewedAt))
    base = { key: 'base', title: '培训基地审核', state: 'finish', lines: [`审核通过（${at(signup?.baseReviewedAt)}）。`] };
  if (status === 'REJECTED' && !rejectedByCentre) base = { key: 'base', title: '培训基地审核', state: 'error', lines: [`${at(signup?.baseReviewedAt)} 审核不通过。`, `原因：${reason}。`] };
  if (status === 'VOIDED') base = { key: 'base', title: '培训基地退回修改', state: 'error', lines: [`${at(signup?.baseReviewedAt)} 退回后，未在 ${formatClosing(review.closesAt)} 前修改并重新提交，报名作废。`, `原因：${reason}。`] };

  let centre: TimelineStep = { key: 'centre', title: '全科中心复审', state: 'wait', lines: [`培训基地审核通过后进行，${formatClosing(review.closesAt)} 前完成。`] };
  if (status === 'BASE_APPROVED') centre = { key: 'centre', title: '全科中心复审', state: 'process', lines: [`等待全科中心复审（${formatClosing(review.closesAt)} 前完成）。`] };
  if (status === 'APPROVED' || (status === 'CANCELLED' && signup?.centreReviewedAt))
    centre = { key: 'centre', title: '全科中心复审', state: 'finish', lines: [`资格审核通过（${at(signup?.centreReviewedAt)}）。`] };
  if (rejectedByCentre) centre = { key: 'centre', title: '全科中心复审', state: 'error', lines: [`${at(signup?.centreReviewedAt)} 复审不通过。`, `原因：${reason}。`] };

  let exam: TimelineStep = { key: 'exam', title: '打印准考证、参加考核', state: 'wait', lines: ['仅资格审核通过的考生可以打印准考证。'] };
  if (status === 'APPROVED') exam = { key: 'exam', title: '打印准考证、参加考核', state: 'process', lines: ['在“准考证”页面查看各科准考证的打印时间。'] };
  if (status === 'CANCELLED')
    exam =
      signup && signup.cancelledSubjects.length > 0 && signup.subjects.length === 0
        ? { key: 'exam', title: '考试已取消', state: 'error', lines: [`全科中心取消了考试，原因：${reason}。`] }
        : { key: 'exam', title: '已取消考试资格', state: 'error', lines: [`原因：${reason}。`] };

  const steps = [fill, submit, base, centre, exam];
  // After a final refusal nothing further happens: the steps stop at the one that ended the sign-up.
  const ended = status === 'REJECTED' || status === 'VOIDED' || status === 'CANCELLED';
  const last = steps.findIndex((step) => step.state === 'error');
  return ended && last >= 0 ? steps.slice(0, last + 1) : steps;
}
