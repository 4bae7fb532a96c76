import type { Schemas } from '../../../api/client';
import { countdown } from '../../../format/time';
import { SUBJECT_LABEL, type Subject } from './labels';
import { NATIONAL_SITE, sessionSubjects } from './session-dates';
import { formatClosing, formatOpening, formatWindow, phaseOf } from './time';

type SessionView = Schemas['SessionView'];
type SignupView = Schemas['SignupView'];

export interface NextStep {
  tone: 'info' | 'success' | 'warning' | 'error';
  title: string;
  /** what happens and what to do, one sentence each */
  lines: string[];
  action?: { label: string; to: string };
}

/** The ticket lines of an approved sign-up: where and from when each subject's ticket is printed. */
function ticketLines(session: SessionView, subjects: readonly Subject[], now: number): { lines: string[]; open: boolean } {
  let open = false;
  const lines = sessionSubjects(session)
    .filter((entry) => subjects.includes(entry.subject))
    .map((entry) => {
      const label = SUBJECT_LABEL[entry.subject];
      const phase = phaseOf(entry.ticketWindow, now);
      if (entry.ticketMode === 'NATIONAL_SITE') {
        return `${label}准考证不在本平台打印：请于 ${formatWindow(entry.ticketWindow)} 通过姓名和证件编号登录${NATIONAL_SITE.name}（${NATIONAL_SITE.url}）打印。`;
      }
      if (phase === 'OPEN') {
        open = true;
        return `${label}准考证现在可以打印，${formatClosing(entry.ticketWindow.closesAt)} 截止（${countdown(entry.ticketWindow.closesAt, now)}）。`;
      }
      if (phase === 'BEFORE') return `${label}准考证 ${formatOpening(entry.ticketWindow.opensAt)} 起可在本平台打印（${countdown(entry.ticketWindow.opensAt, now)}）。`;
      return `${label}准考证打印时间已结束。`;
    });
  return { lines, open };
}

/**
 * FA-7 … FA-9 in the candidate's words: where their sign-up stands, and what they do next, by when.
 * The state alone ("已退回") is what provincial systems show; this adds the reason and the deadline.
 */
export function nextStep(session: SessionView, signup: SignupView | undefined, now: number, retraining?: Schemas['RetrainingTimeline']): NextStep {
  const signupPage = `/candidate/signup?session=${session.id}`;
  const signupPhase = phaseOf(session.signupWindow, now);
  const review = session.reviewWindow;
  // FA-3 / SC-7: past the three-year limit no sign-up is accepted; say so before the candidate tries.
  if (!signup && retraining?.state === 'RETRAINING_REQUIRED')
    return {
      tone: 'error',
      title: '三年期限已过，须重新参加培训',
      lines: [`${retraining.rotationEndYear} 年结束轮转，可参加结业考核的年份为 ${retraining.rotationEndYear}–${retraining.lastAllowedYear} 年，已用完。`, '再次申请结业考核前，须自费重新参加培训。'],
      action: { label: '查看三年期限', to: '/candidate/results' },
    };
  if (!signup) {
    if (signupPhase === 'BEFORE')
      return {
        tone: 'info',
        title: '报名尚未开始',
        lines: [`网上报名 ${formatOpening(session.signupWindow.opensAt)} 开始（${countdown(session.signupWindow.opensAt, now)}）。`, '报名前请先核对个人信息，并上传二寸白底彩色证件照。'],
        action: { label: '核对个人信息与照片', to: '/candidate/profile' },
      };
    if (signupPhase === 'OPEN')
      return {
        tone: 'warning',
        title: '您尚未报名',
        lines: [
          `网上报名 ${formatClosing(session.signupWindow.closesAt)} 截止（${countdown(session.signupWindow.closesAt, now)}），漏报、逾期不予补报。`,
          ...(retraining?.state === 'LAST_YEAR' ? [`这是您三年期限内最后一次考核机会（${retraining.lastAllowedYear} 年），未通过须自费重新参加培训。`] : []),
        ],
        action: { label: '去报名', to: signupPage },
      };
    return { tone: 'info', title: '本批次报名已结束', lines: ['您没有报名本批次。漏报、逾期不予补报，请关注下一批次的报名通知。'] };
  }
  switch (signup.status) {
    case 'DRAFT':
      if (signupPhase === 'AFTER')
        return { tone: 'error', title: '报名已截止，草稿未提交', lines: ['草稿不算报名，您没有报名成功本批次。'] };
      return {
        tone: 'warning',
        title: '草稿尚未提交，不算报名',
        lines: [
          `请在 ${formatClosing(session.signupWindow.closesAt)} 前提交（${countdown(session.signupWindow.closesAt, now)}）。`,
          '提交后状态显示为“报名信息已提交，等待审核”才算报名成功。',
        ],
        action: { label: '继续报名', to: signupPage },
      };
    case 'SUBMITTED':
      return {
        tone: 'info',
        title: '报名信息已提交，等待审核',
        lines: [
          `您的培训基地将在资格审核期（${formatWindow(review)}）内审核，通过后由全科中心复审。`,
          signupPhase === 'OPEN' ? `在 ${formatClosing(session.signupWindow.closesAt)} 前、基地审核之前，如需修改可撤回后修改再提交。` : '审核结果会显示在这里和消息中心。',
        ],
        action: { label: '查看报名详情', to: signupPage },
      };
    case 'RETURNED':
      if (phaseOf(review, now) === 'AFTER')
        return { tone: 'error', title: '退回后未在审核期内修改', lines: [`退回原因：${signup.lastReason ?? '未说明'}。`, `修改期限 ${formatClosing(review.closesAt)} 已过，报名将作废。`] };
      return {
        tone: 'warning',
        title: '报名被退回，请修改后重新提交',
        lines: [
          `退回原因：${signup.lastReason ?? '未说明'}。`,
          `请在 ${formatClosing(review.closesAt)} 前修改并重新提交（${countdown(review.closesAt, now)}），逾期未修改的报名作废。`,
        ],
        action: { label: '修改并重新提交', to: signupPage },
      };
    case 'BASE_APPROVED':
      return {
        tone: 'info',
        title: '培训基地审核通过，等待全科中心复审',
        lines: [`全科中心将在 ${formatClosing(review.closesAt)} 前完成复审。`],
        action: { label: '查看报名详情', to: signupPage },
      };
    case 'APPROVED': {
      const tickets = ticketLines(session, signup.subjects, now);
      const lines = ['全科中心复审通过，您可以参加本批次考核。', ...tickets.lines];
      if (signup.subjects.includes('THEORY')) lines.push(`报考专业理论考试的考生须同时在${NATIONAL_SITE.name}完成报名，信息和照片须与本平台一致，否则无法参加考试。`);
      return { tone: 'success', title: '资格审核通过', lines, action: tickets.open ? { label: '打印准考证', to: `/candidate/tickets?session=${session.id}` } : undefined };
    }
    case 'REJECTED':
      return { tone: 'error', title: '资格审核不通过', lines: [`原因：${signup.lastReason ?? '未说明'}。`, '如有疑问，请联系您的培训基地。'] };
    case 'VOIDED':
      return {
        tone: 'error',
        title: '报名已作废',
        lines: [`原因：${signup.lastReason ?? `退回后未在 ${formatClosing(review.closesAt)} 前修改并重新提交`}。`, '漏报、逾期不予补报；如有疑问，请联系您的培训基地。'],
      };
    case 'CANCELLED':
      // FA-12: the exam was called off (the sign-up lost every subject to it), not the candidate's doing.
      if (signup.cancelledSubjects.length > 0 && signup.subjects.length === 0)
        return { tone: 'error', title: '考试已取消', lines: [`原因：${signup.lastReason ?? '不可抗力'}。`, '后续安排将通过消息中心另行通知。'] };
      return { tone: 'error', title: '已取消考试资格', lines: [`原因：${signup.lastReason ?? '提供虚假报考信息'}。`, '如有疑问，请联系全科中心。'] };
  }
}
