import { ReadyTicketRow, slotRescheduledMessage, slotSpan, ticketsReadyMessage } from './ticket-notices';

const ROW: ReadyTicketRow = {
  signupId: 61,
  traineeId: 9,
  ticketNumber: '20242FZ00001',
  sessionId: 3,
  sessionName: '2024年结业考核',
  subjects: [
    { subject: 'THEORY', ticketMode: 'NATIONAL_SITE', ticketOpensAt: '2024-05-06T16:00:00.000Z', ticketClosesAt: '2024-05-12T16:00:00.000Z', examStartsAt: '2024-05-11T16:00:00.000Z', examEndsAt: '2024-05-12T16:00:00.000Z' },
    { subject: 'SKILLS', ticketMode: 'PLATFORM', ticketOpensAt: '2024-04-12T16:00:00.000Z', ticketClosesAt: '2024-04-19T16:00:00.000Z', examStartsAt: '2024-04-18T16:00:00.000Z', examEndsAt: '2024-04-21T16:00:00.000Z' },
  ],
  slotDate: '2024-04-19',
  startsAt: '13:30',
  endsAt: '24:00',
  siteName: '福州考点',
  siteAddress: '福州市鼓楼区',
};

describe('what tickets tell candidates', () => {
  it('TK-1 a slot\'s day and times as Beijing instants; 24:00 ends the day', () => {
    expect(slotSpan({ date: '2024-04-19', startsAt: '08:00', endsAt: '24:00' })).toEqual({ startsAt: '2024-04-19T08:00:00+08:00', endsAt: '2024-04-20T00:00:00+08:00' });
  });

  it('TK-1 a numbered skills ticket: its number, slot, site and the skills print window, once per sign-up', () => {
    expect(ticketsReadyMessage(ROW)).toEqual({
      traineeId: 9,
      kind: 'TICKETS_READY',
      dedupeKey: 'TICKETS_READY:signup=61:subject=SKILLS',
      facts: {
        sessionId: 3,
        sessionName: '2024年结业考核',
        subject: 'SKILLS',
        ticketNumber: '20242FZ00001',
        exam: { startsAt: '2024-04-19T13:30:00+08:00', endsAt: '2024-04-20T00:00:00+08:00' },
        siteName: '福州考点',
        siteAddress: '福州市鼓楼区',
        printWindow: { startsAt: '2024-04-13T00:00:00+08:00', endsAt: '2024-04-20T00:00:00+08:00' },
      },
    });
    expect(() => ticketsReadyMessage({ ...ROW, subjects: ROW.subjects.slice(0, 1) })).toThrow(/no SKILLS subject/);
  });

  it('FA-12 a moved slot: old and new time, the site, the reason, the ticket made again; one message per ticket revision', () => {
    const before = slotSpan({ date: '2024-04-19', startsAt: '08:00', endsAt: '11:30' });
    const after = slotSpan({ date: '2024-04-26', startsAt: '08:00', endsAt: '11:30' });
    expect(slotRescheduledMessage({ ticketId: 5, revision: 2, traineeId: 9, sessionId: 3, sessionName: 'S', siteName: '福州考点' }, before, after, '突发公共卫生事件')).toEqual({
      traineeId: 9,
      kind: 'SESSION_RESCHEDULED',
      dedupeKey: 'SESSION_RESCHEDULED:ticket=5:revision=2',
      facts: { sessionId: 3, sessionName: 'S', subject: 'SKILLS', before, after, siteName: '福州考点', reason: '突发公共卫生事件', ticketReissued: true },
    });
  });
});
