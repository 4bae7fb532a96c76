import { beijingToInstant, noticeWindow } from '@app/common/time';
import { FUJIAN_REVIEW_CHAIN, CHONGQING_REVIEW_CHAIN, initialReviewState, reviewTransition } from '../review';
import type { ApplicantFacts } from '../eligibility';
import {
  actsFor,
  choiceSubmissionOf,
  factsWithPlatformRecords,
  needsEmployerCity,
  REVIEW_PROBLEM_ERRORS,
  reviewColumnsOf,
  reviewStateOf,
  roundBases,
  signupWindowProblem,
} from './application.rules';
import { sniffImage } from './application-documents.service';

const BASES = [
  { baseId: 3, name: '福州市第一总医院', cityId: 2 },
  { baseId: 4, name: '福清市医院', cityId: 2 },
];

const FACTS: ApplicantFacts = {
  birthDate: '1996-01-01',
  citizenship: 'MAINLAND',
  education: { level: 'COLLEGE', major: 'CLINICAL_MEDICINE', fullTime: true, lengthYears: 3, graduationYear: 2019, diplomaHeld: true, overseas: false },
  employment: { status: 'EMPLOYED', facility: 'TOWNSHIP_HOSPITAL', rural: true, regionCode: '350121', startYear: 2019 },
  sponsorship: 'NONE',
  servingMilitary: false,
  trainingRecords: [],
  licence: { qualification: 'NONE', gpScope: false },
};

describe('RC-4 choices by base id', () => {
  it('RC-4 base ids become the plan\'s names in order; an id the round does not offer keeps a name no plan has', () => {
    expect(choiceSubmissionOf(BASES, [4, 3], true)).toEqual({ choices: ['福清市医院', '福州市第一总医院'], acceptsAdjustment: true });
    expect(choiceSubmissionOf(BASES, [99], false)).toEqual({ choices: ['#99'], acceptsAdjustment: false });
  });

  it('RC-4 the plan\'s bases resolve to organisations; one the tree lacks is left out', () => {
    const round = { quotas: { split: 'BY_BASE' as const, bases: [{ base: 'A', city: null, quota: 1 }, { base: 'B', city: null, quota: 2 }] } };
    expect(roundBases(round as never, (name) => (name === 'A' ? { id: 7, cityId: 2 } : null))).toEqual([{ baseId: 7, name: 'A', cityId: 2 }]);
  });
});

describe('RC-5 who reviews, and the state as stored', () => {
  it('RC-5 an employed applicant names the employer\'s city only where a city level reviews them', () => {
    expect(needsEmployerCity(FUJIAN_REVIEW_CHAIN, 'EMPLOYED')).toBe(true);
    expect(needsEmployerCity(FUJIAN_REVIEW_CHAIN, 'INDEPENDENT')).toBe(false);
    expect(needsEmployerCity(CHONGQING_REVIEW_CHAIN, 'EMPLOYED')).toBe(false);
  });

  it('RC-5 the authority acts as CENTRE; a city for its employers; a base for applications that chose it first', () => {
    const target = { employerCityId: 2, choice1BaseId: 3 };
    expect(actsFor({ kind: 'AUTHORITY', jurisdiction: 'FUJIAN' }, 'CENTRE', target)).toBe(true);
    expect(actsFor({ kind: 'CITY', jurisdiction: 'FUJIAN', cityId: 2 }, 'CITY', target)).toBe(true);
    expect(actsFor({ kind: 'CITY', jurisdiction: 'FUJIAN', cityId: 5 }, 'CITY', target)).toBe(false);
    expect(actsFor({ kind: 'BASE', jurisdiction: 'CHONGQING', baseId: 3, cityId: 2 }, 'BASE', target)).toBe(true);
    expect(actsFor({ kind: 'BASE', jurisdiction: 'CHONGQING', baseId: 4, cityId: 2 }, 'BASE', target)).toBe(false);
    expect(actsFor({ kind: 'APPLICANT', accountId: 1 }, 'BASE', target)).toBe(false);
  });

  it('RC-5 a state stored as columns reads back the same, through a return and a rejection', () => {
    const context = { now: beijingToInstant('2025-07-05 10:00') };
    const submitted = reviewTransition(FUJIAN_REVIEW_CHAIN, initialReviewState('EMPLOYED'), { kind: 'SUBMIT' }, context);
    if (!submitted.ok) throw new Error('submit');
    const returned = reviewTransition(FUJIAN_REVIEW_CHAIN, submitted.state, { kind: 'RETURN', level: 'CITY', reason: '材料不清晰', correctBy: beijingToInstant('2025-07-08 17:00') }, context);
    if (!returned.ok) throw new Error('return');
    for (const state of [submitted.state, returned.state, { ...submitted.state, status: 'REJECTED' as const, rejected: { level: 'CITY' as const, reason: '不符' } }]) {
      expect(reviewStateOf({ applicantType: 'EMPLOYED', ...reviewColumnsOf(state) })).toEqual(state);
    }
  });

  it('RC-5 every refusal of the state machine has an API code', () => {
    expect(Object.keys(REVIEW_PROBLEM_ERRORS).sort()).toEqual(
      ['ACTION_NOT_ALLOWED', 'CORRECTION_DEADLINE_NOT_PASSED', 'CORRECTION_DEADLINE_PASSED', 'DEADLINE_NOT_IN_FUTURE', 'NOT_THIS_LEVELS_TURN', 'NO_RE_REVIEW_IN_CHAIN', 'OUTSIDE_REVIEW_WINDOW', 'REASON_REQUIRED'],
    );
  });
});

describe('RC-1 sign-up window, RC-2 training records, RC-3 file types', () => {
  it('RC-1 a first submission only inside the sign-up window (half-open: 17:00 is closed)', () => {
    const window = noticeWindow('2025-07-01 08:00', '2025-07-11 17:00');
    expect(signupWindowProblem(window, beijingToInstant('2025-07-01 07:59'))).toBe('RECRUITMENT_SIGNUP_NOT_OPEN');
    expect(signupWindowProblem(window, beijingToInstant('2025-07-01 08:00'))).toBeNull();
    expect(signupWindowProblem(window, beijingToInstant('2025-07-11 16:59'))).toBeNull();
    expect(signupWindowProblem(window, beijingToInstant('2025-07-11 17:00'))).toBe('RECRUITMENT_SIGNUP_CLOSED');
  });

  it('RC-2 someone on a platform roster is in training, whatever they declared; nothing is added twice', () => {
    expect(factsWithPlatformRecords(FACTS, false)).toBe(FACTS);
    const found = factsWithPlatformRecords(FACTS, true);
    expect(found.trainingRecords).toEqual([{ programme: 'ASSISTANT_GP', status: 'IN_TRAINING', withdrawnOn: null, where: '本平台助理全科医生培训对象名册' }]);
    expect(factsWithPlatformRecords(found, true)).toBe(found);
  });

  it('RC-3 the content says what a file is, never its name', () => {
    expect(sniffImage(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffImage(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toBe('png');
    expect(sniffImage(Buffer.from('GIF89a'))).toBe('gif');
    expect(sniffImage(Buffer.from('%PDF-1.7'))).toBe('pdf');
    expect(sniffImage(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
    expect(sniffImage(Buffer.from('hello'))).toBe('unknown');
  });
});
