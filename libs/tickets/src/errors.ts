import { defineErrors } from '@app/common/errors';

/**
 * The admit tickets' error codes: tickets, their windows, verification.
 * The API merges every library's catalogue; codes are a public contract, never renamed.
 */
export const TICKET_ERRORS = defineErrors({
  TICKET_NOT_FOUND: { status: 404, zh: '准考证不存在', en: 'Admit ticket not found' },
  TICKET_NOT_READY: { status: 409, zh: '准考证尚未生成，请稍后再试', en: 'The admit ticket is not ready yet' },
  // Both ticket windows answer 409 like the sign-up window: "not now" is a state, not a permission.
  TICKET_WINDOW_NOT_OPEN: { status: 409, zh: '准考证打印尚未开始（开始时间：{opensAt}）', en: 'Admit-ticket printing has not opened yet (opens {opensAt})' },
  TICKET_WINDOW_CLOSED: { status: 409, zh: '准考证打印时间已结束', en: 'The admit-ticket printing window has closed' },
  TICKET_AT_NATIONAL_SITE: { status: 409, zh: '专业理论考试准考证请登录中国卫生人才网打印', en: 'Print the theory exam ticket on the national exam site' },
  SEAT_NOT_ASSIGNED: { status: 404, zh: '尚未安排考场：全科中心审核通过报名并编排考场后显示', en: 'No seat yet: it shows once the centre has approved the sign-up and seated the candidates' },
  TICKET_TOKEN_INVALID: { status: 400, zh: '准考证二维码无效或被篡改', en: 'The ticket code is not genuine or was altered' },
});

declare module '@app/common/errors' {
  interface ErrorCatalogues {
    tickets: typeof TICKET_ERRORS;
  }
}
