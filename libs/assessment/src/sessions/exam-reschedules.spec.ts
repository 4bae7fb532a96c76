import type { SessionSubjectConfig } from '../entities/assessment-session.entity';
import { examReschedules } from './exam-reschedules';

const THEORY: SessionSubjectConfig = {
  subject: 'THEORY',
  ticketMode: 'NATIONAL_SITE',
  ticketOpensAt: '2024-05-06T16:00:00.000Z',
  ticketClosesAt: '2024-05-12T16:00:00.000Z',
  examStartsAt: '2024-05-11T16:00:00.000Z',
  examEndsAt: '2024-05-12T16:00:00.000Z',
};
const SKILLS: SessionSubjectConfig = {
  subject: 'SKILLS',
  ticketMode: 'PLATFORM',
  ticketOpensAt: '2024-04-12T16:00:00.000Z',
  ticketClosesAt: '2024-04-19T16:00:00.000Z',
  examStartsAt: '2024-04-18T16:00:00.000Z',
  examEndsAt: '2024-04-21T16:00:00.000Z',
};

describe('examReschedules: whose exam a session change moved', () => {
  it('FA-12 a subject whose exam start or end moved, with the old and new times', () => {
    const moved = { ...THEORY, examStartsAt: '2024-05-18T16:00:00.000Z', examEndsAt: '2024-05-19T16:00:00.000Z' };
    expect(examReschedules([THEORY, SKILLS], [moved, SKILLS])).toEqual([
      {
        subject: 'THEORY',
        before: { startsAt: new Date('2024-05-11T16:00:00.000Z'), endsAt: new Date('2024-05-12T16:00:00.000Z') },
        after: { startsAt: new Date('2024-05-18T16:00:00.000Z'), endsAt: new Date('2024-05-19T16:00:00.000Z') },
      },
    ]);
    expect(examReschedules([SKILLS], [{ ...SKILLS, examEndsAt: '2024-04-22T16:00:00.000Z' }]).map((change) => change.subject)).toEqual(['SKILLS']);
  });

  it('FA-12 nothing moved: a ticket window, the order of subjects or the same instant written otherwise is no reschedule', () => {
    expect(examReschedules([THEORY, SKILLS], [SKILLS, { ...THEORY, ticketClosesAt: '2024-05-13T16:00:00.000Z' }])).toEqual([]);
    expect(examReschedules([THEORY], [{ ...THEORY, examStartsAt: '2024-05-12T00:00:00+08:00' }])).toEqual([]);
  });

  it('FA-12 a subject added or removed is not a reschedule', () => {
    expect(examReschedules([THEORY], [THEORY, SKILLS])).toEqual([]);
    expect(examReschedules([THEORY, SKILLS], [THEORY])).toEqual([]);
  });
});
