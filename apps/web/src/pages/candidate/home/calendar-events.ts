import type { Schemas } from '../../../api/client';
import { NATIONAL_SITE, type SessionDate } from '../shared/session-dates';
import { formatClosing, formatWindow } from '../shared/time';
import type { CalendarEvent } from './ics';

/** What each date means, written into the calendar entry so it reads on its own. */
function describe(date: SessionDate): string {
  const window = `时间：${formatWindow(date)}（北京时间）`;
  switch (date.kind) {
    case 'SIGNUP':
      return `${window}。请在 ${formatClosing(date.closesAt)} 前提交报名；提交后状态显示为“报名信息已提交，等待审核”才算报名成功。漏报、逾期不予补报。`;
    case 'REVIEW':
      return `${window}。培训基地初审、全科中心复审。报名如被退回，须在 ${formatClosing(date.closesAt)} 前修改并重新提交，逾期作废。`;
    case 'TICKET':
      return date.nationalSite
        ? `${window}。请通过姓名和证件编号登录${NATIONAL_SITE.name}（${NATIONAL_SITE.url}）打印准考证。`
        : `${window}。登录本平台“准考证”页面下载打印。`;
    case 'EXAM':
      return date.nationalSite ? `${window}。全国统考，具体地点见准考证。` : `${window}。具体场次、考点和站组见准考证；安排提前一周在本平台公布，不再电话通知。`;
  }
}

/** One VEVENT per date of the session; reminders for the sign-up deadline, ticket printing and each exam. */
export function calendarEvents(session: Schemas['SessionView'], dates: readonly SessionDate[]): CalendarEvent[] {
  return dates.map((date) => {
    const alarm =
      date.kind === 'SIGNUP' || date.kind === 'TICKET'
        ? { alarmMinutesBefore: 1440, alarmRelatedToEnd: true }
        : date.kind === 'EXAM'
          ? { alarmMinutesBefore: 1440 }
          : {};
    return {
      uid: `${session.code}-${date.key}@agp-portal`,
      summary: `${session.name}：${date.title}`,
      start: new Date(date.opensAt),
      end: new Date(date.closesAt),
      description: describe(date),
      url: date.kind === 'TICKET' && date.nationalSite ? NATIONAL_SITE.url : undefined,
      ...alarm,
    };
  });
}
