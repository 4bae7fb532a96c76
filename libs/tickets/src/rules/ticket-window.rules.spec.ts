import { beijingToInstant, noticeWindow } from '@app/common/time';
import { ticketWindowRefusal } from './ticket-window.rules';

// Fujian 2024 skills tickets: "4月13-19日", i.e. [2024-04-13 00:00, 2024-04-20 00:00) Beijing.
const window = noticeWindow('2024-04-13', '2024-04-19');

describe('TK-1 ticket window refusals: before the window is "not open yet", after it "closed"', () => {
  it.each<[string, 'TICKET_WINDOW_NOT_OPEN' | 'TICKET_WINDOW_CLOSED' | null]>([
    ['2024-04-01 10:00:00', 'TICKET_WINDOW_NOT_OPEN'],
    ['2024-04-12 23:59:59', 'TICKET_WINDOW_NOT_OPEN'],
    ['2024-04-13 00:00:00', null],
    ['2024-04-19 23:59:59', null],
    ['2024-04-20 00:00:00', 'TICKET_WINDOW_CLOSED'],
    ['2024-05-01 00:00:00', 'TICKET_WINDOW_CLOSED'],
  ])('TK-1 at %s Beijing time → %s', (beijing, code) => {
    expect(ticketWindowRefusal(window, beijingToInstant(beijing))?.code ?? null).toBe(code);
  });

  it('TK-1 one second early names the opening time in Beijing time', () => {
    expect(ticketWindowRefusal(window, beijingToInstant('2024-04-12 23:59:59'))).toEqual({
      code: 'TICKET_WINDOW_NOT_OPEN',
      opensAt: '2024-04-13T00:00:00+08:00',
      closesAt: '2024-04-20T00:00:00+08:00',
    });
  });
});
