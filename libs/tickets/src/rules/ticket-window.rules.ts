import { formatBeijing, TimeWindow, windowPhase } from '@app/common/time';

/** Why a ticket download is refused for its timing, with the window in Beijing time for the message. */
export interface TicketWindowRefusal {
  code: 'TICKET_WINDOW_NOT_OPEN' | 'TICKET_WINDOW_CLOSED';
  opensAt: string;
  closesAt: string;
}

/** TK-1: null inside the subject's ticket window [opensAt, closesAt); before it "not open yet", after it closed. */
export function ticketWindowRefusal(window: TimeWindow, now: Date): TicketWindowRefusal | null {
  const phase = windowPhase(window, now);
  if (phase === 'OPEN') return null;
  return {
    code: phase === 'NOT_OPEN' ? 'TICKET_WINDOW_NOT_OPEN' : 'TICKET_WINDOW_CLOSED',
    opensAt: formatBeijing(window.opensAt),
    closesAt: formatBeijing(window.closesAt),
  };
}
