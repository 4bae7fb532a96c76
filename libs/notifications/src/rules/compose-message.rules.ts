import { BEIJING_OFFSET_MS } from '@app/common/time';
import { BeijingInstant, CandidateNotice, NoticeSubject, NoticeTimeSpan } from './candidate-notice';

export interface ComposedMessage {
  title: string;
  body: string;
}

const SUBJECT_NAMES: Record<NoticeSubject, string> = { THEORY: '专业理论考试', SKILLS: '临床实践技能考核' };
const CENTRE = '省全科医学培训中心';
/** The platform's name in e-mails; the notices call it the province's training system. */
export const PLATFORM_NAME = '助理全科医生培训结业考核平台';

interface BeijingParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function beijingParts(instant: BeijingInstant): BeijingParts {
  const time = new Date(instant).getTime();
  if (Number.isNaN(time)) throw new RangeError(`not an instant: ${instant}`);
  const shifted = new Date(time + BEIJING_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate(), hour: shifted.getUTCHours(), minute: shifted.getUTCMinutes() };
}

const two = (value: number) => String(value).padStart(2, '0');
const dayText = (p: Pick<BeijingParts, 'year' | 'month' | 'day'>) => `${p.year}年${p.month}月${p.day}日`;

/**
 * The end of a half-open span as people read it: a window closing at 00:00 "ends at 24:00" of the day
 * before (FA-1), so "2024-03-14T00:00:00+08:00" reads 2024年3月13日24:00.
 */
function closingParts(instant: BeijingInstant): BeijingParts {
  const parts = beijingParts(instant);
  if (parts.hour !== 0 || parts.minute !== 0) return parts;
  const dayBefore = beijingParts(new Date(new Date(instant).getTime() - 24 * 3600 * 1000).toISOString());
  return { ...dayBefore, hour: 24, minute: 0 };
}

/** "2024年3月13日24:00" */
export function closingText(instant: BeijingInstant): string {
  const p = closingParts(instant);
  return `${dayText(p)}${two(p.hour)}:${two(p.minute)}`;
}

/** "2024年4月13日00:00" */
export function openingText(instant: BeijingInstant): string {
  const p = beijingParts(instant);
  return `${dayText(p)}${two(p.hour)}:${two(p.minute)}`;
}

/** One day: "2024年4月19日 08:00–12:00"; several: "2024年4月19日00:00 至 2024年4月21日24:00". */
export function spanText(span: NoticeTimeSpan): string {
  const from = beijingParts(span.startsAt);
  const until = closingParts(span.endsAt);
  if (from.year === until.year && from.month === until.month && from.day === until.day) {
    return `${dayText(from)} ${two(from.hour)}:${two(from.minute)}–${two(until.hour)}:${two(until.minute)}`;
  }
  return `${openingText(span.startsAt)} 至 ${closingText(span.endsAt)}`;
}

function subjectsText(subjects: readonly NoticeSubject[]): string {
  return subjects.map((subject) => SUBJECT_NAMES[subject]).join('、');
}

function yearsText(years: readonly number[]): string {
  return years.map((year) => `${year} 年`).join('、');
}

/**
 * The title and body a candidate reads in the message centre (and in an e-mail), written from the kind
 * and its facts alone, in Chinese. Times are Beijing time; a deadline reads as the notices write it.
 */
export function composeMessage(notice: CandidateNotice): ComposedMessage {
  switch (notice.kind) {
    case 'SIGNUP_BASE_APPROVED': {
      const f = notice.facts;
      return {
        title: '报名已通过培训基地审核',
        body: `您在“${f.sessionName}”的报名已通过培训基地资格审核，正在等待${CENTRE}复审，复审结果将通过消息中心通知您。`,
      };
    }
    case 'SIGNUP_APPROVED': {
      const f = notice.facts;
      return {
        title: '报名资格审核通过',
        body: `您在“${f.sessionName}”的报名已通过${CENTRE}资格复审，报考科目：${subjectsText(f.subjects)}。准考证打印时间与考试安排将通过消息中心另行通知，请及时关注。`,
      };
    }
    case 'SIGNUP_REJECTED': {
      const f = notice.facts;
      const reviewer = f.by === 'BASE' ? '培训基地' : CENTRE;
      return {
        title: '报名资格审核未通过',
        body: `您在“${f.sessionName}”的报名未通过${reviewer}资格审核。理由：${f.reason}`,
      };
    }
    case 'SIGNUP_RETURNED': {
      const f = notice.facts;
      return {
        title: '报名被退回修改',
        body: `您在“${f.sessionName}”的报名已被培训基地退回修改。理由：${f.reason}。请在 ${closingText(f.correctBefore)}（北京时间）前修改并重新提交；逾期未重新提交的，报名作废。`,
      };
    }
    case 'SIGNUP_VOIDED': {
      const f = notice.facts;
      return {
        title: '报名已作废',
        body: `您在“${f.sessionName}”被退回修改的报名未在资格审核结束（${closingText(f.correctBefore)}，北京时间）前重新提交，报名已作废。`,
      };
    }
    case 'SIGNUP_CANCELLED': {
      const f = notice.facts;
      return {
        title: '考试资格已取消',
        body: `经核实，您在“${f.sessionName}”提交的报考信息不真实，已取消本次考试资格，本次考核成绩（如有）一并取消。理由：${f.reason}`,
      };
    }
    case 'TICKETS_READY': {
      const f = notice.facts;
      const subject = SUBJECT_NAMES[f.subject];
      return {
        title: `${subject}准考证已生成`,
        body:
          `您在“${f.sessionName}”的${subject}准考证已生成，准考证号 ${f.ticketNumber}。` +
          `考试时间：${spanText(f.exam)}；考点：${f.siteName}（${f.siteAddress}）。` +
          `请于 ${openingText(f.printWindow.startsAt)} 至 ${closingText(f.printWindow.endsAt)}（北京时间）登录本平台打印准考证。`,
      };
    }
    case 'SESSION_RESCHEDULED': {
      const f = notice.facts;
      const subject = SUBJECT_NAMES[f.subject];
      const site = f.siteName ? `（考点：${f.siteName}）` : '';
      const ticket = f.ticketReissued ? '准考证已按新时间重新生成，原准考证作废，请在打印时间内重新打印。' : '';
      return {
        title: `${subject}时间调整`,
        body: `“${f.sessionName}”${subject}${site}的考试时间已调整：由 ${spanText(f.before)} 改为 ${spanText(f.after)}（北京时间）。调整原因：${f.reason}。${ticket}`,
      };
    }
    case 'SESSION_CANCELLED': {
      const f = notice.facts;
      const what = f.subject ? SUBJECT_NAMES[f.subject] : '本次结业考核';
      return {
        title: `${what}取消`,
        body: `“${f.sessionName}”${f.subject ? SUBJECT_NAMES[f.subject] : ''}已取消。原因：${f.reason}。后续安排将通过消息中心另行通知。`,
      };
    }
    case 'RESULTS_PUBLISHED': {
      const f = notice.facts;
      const subject = SUBJECT_NAMES[f.subject];
      const recheck = f.subject === 'THEORY' ? '专业理论考试成绩以标准分形式报告，不接受成绩复核申请。' : '';
      return {
        title: `${subject}成绩已公布`,
        body: `“${f.sessionName}”${subject}成绩已公布，请登录本平台查询成绩、是否合格及有效期。${recheck}单科考核结果 3 年（含考试当年）内有效。`,
      };
    }
    case 'THREE_YEAR_LIMIT_APPROACHING': {
      const f = notice.facts;
      const chances = f.remainingYears.length === 1 ? '这是最后一次机会' : `共 ${f.remainingYears.length} 次机会`;
      return {
        title: '结业考核三年期限临近',
        body:
          `您于 ${f.rotationEndYear} 年结束轮转，须在 ${f.rotationEndYear}–${f.lastAllowedYear} 年内（至 ${f.deadline}）通过结业考核。` +
          `尚需通过：${subjectsText(f.remainingSubjects)}；还可参加 ${yearsText(f.remainingYears)}的考核（每年一次，不设补考，${chances}）。` +
          '逾期未通过（含未参加）的，如再次申请结业考核，须自费重新参加培训。',
      };
    }
    case 'RECRUITMENT_REVIEW_PASSED': {
      const f = notice.facts;
      const next = f.next ? `，正在等待${f.next.name}审核，结果将通过消息中心通知您` : '，资格审核已全部完成。录取结果将通过消息中心另行通知';
      return {
        title: f.next ? `招录报名已通过${f.by.name}审核` : '招录报名资格审核通过',
        body: `您在“${f.roundName}”的报名已通过${f.by.name}资格审核${next}。`,
      };
    }
    case 'RECRUITMENT_REJECTED': {
      const f = notice.facts;
      return {
        title: '招录报名资格审核未通过',
        body: `您在“${f.roundName}”的报名未通过${f.by.name}资格审核。理由：${f.reason}`,
      };
    }
    case 'RECRUITMENT_RETURNED': {
      const f = notice.facts;
      return {
        title: '招录报名被退回修改',
        body: `您在“${f.roundName}”的报名已被${f.by.name}退回修改。理由：${f.reason}。请在 ${closingText(f.correctBefore)}（北京时间）前修改并重新提交；逾期未修改的，视为自动放弃。`,
      };
    }
    case 'RECRUITMENT_WITHDRAWN': {
      const f = notice.facts;
      return {
        title: '招录报名视为自动放弃',
        body: `您在“${f.roundName}”被退回修改的报名未在 ${closingText(f.correctBefore)}（北京时间）前重新提交，视为自动放弃。`,
      };
    }
    case 'RECRUITMENT_RESULTS_PUBLISHED': {
      const f = notice.facts;
      const when = f.resultsVisibleAt ? `请于 ${openingText(f.resultsVisibleAt)}（北京时间）起` : '请';
      const stage = f.stage ?? '';
      return { title: `招录${stage}录取结果已发布`, body: `“${f.roundName}”${stage}录取结果已发布，${when}登录平台查看录取结果及说明。` };
    }
    case 'RECRUITMENT_ADMITTED': {
      const f = notice.facts;
      const by = f.reportBy ? `请于 ${closingText(f.reportBy)}（北京时间）前` : '请按录取通知书要求';
      return {
        title: `已被${f.baseName}录取`,
        body: `您在“${f.roundName}”中已被${f.baseName}录取。${by}到培训基地报到；未按时报到者取消录取资格，并按招录政策限制报名。录取通知书生成后可在平台下载。`,
      };
    }
    case 'RECRUITMENT_NOT_ADMITTED': {
      const f = notice.facts;
      return { title: '招录未被录取', body: `您在“${f.roundName}”中未被录取。各志愿的录取情况及说明可登录平台查看。` };
    }
    case 'RECRUITMENT_NOTICE_READY': {
      const f = notice.facts;
      return { title: '录取通知书已生成', body: `您在“${f.roundName}”的录取通知书（${f.baseName}）已生成，请登录平台下载，报到时携带。通知书上的二维码可供查验真伪。` };
    }
    case 'RECRUITMENT_NO_SHOW': {
      const f = notice.facts;
      const handling = f.consequence ? `处理：${f.consequence}` : '';
      // Recorded by the base (with its reason), or the deadline passed without an arrival.
      if (f.reason !== undefined || f.reportBy === null) {
        return {
          title: '登记为未报到，录取资格已取消',
          body: `您在“${f.roundName}”中被${f.baseName}录取，培训基地已登记您未报到${f.reason ? `，原因：${f.reason}` : ''}。录取资格已取消。${handling}`,
        };
      }
      return {
        title: '未按时报到，录取资格已取消',
        body: `您在“${f.roundName}”中被${f.baseName}录取，未在 ${closingText(f.reportBy)}（北京时间）前报到，录取资格已取消。${handling}`,
      };
    }
  }
}

/** The e-mail of a stored message: its title as the subject, the body with a greeting and the channel's note. */
export function composeMail(recipientName: string, message: ComposedMessage): { subject: string; text: string } {
  return {
    subject: `【${PLATFORM_NAME}】${message.title}`,
    text: `${recipientName}，您好：\n\n${message.body}\n\n以上内容以平台消息中心为准。本邮件由系统自动发送，请勿回复。\n${PLATFORM_NAME}\n`,
  };
}
