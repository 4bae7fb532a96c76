import { beijingToInstant } from '@app/common/time';
import { CHONGQING_REVIEW_CHAIN, FUJIAN_REVIEW_CHAIN } from './review-chains';
import { reviewerOf, reviewNotice } from './review-notices';
import { initialReviewState } from './review.rules';
import type { ReviewState } from './review.types';

const FACTS = { accountId: 9, roundId: 2, roundName: '2025年福建省临床类别助理全科医生培训招录', jurisdiction: 'FUJIAN' as const, applicationId: 31, version: 4 };
const inReview = (step: number): ReviewState => ({ ...initialReviewState('EMPLOYED'), status: 'IN_REVIEW', step });

describe('RC-5 what an applicant is told of a review decision', () => {
  it('RC-5 the city\'s approval names the centre next; the centre\'s says the review is complete', () => {
    const city = reviewNotice({ kind: 'APPROVE', level: 'CITY' }, inReview(1), FUJIAN_REVIEW_CHAIN, FACTS);
    expect(city).toMatchObject({ accountId: 9, kind: 'RECRUITMENT_REVIEW_PASSED', dedupeKey: 'RECRUITMENT_REVIEW_PASSED:application=31:version=4' });
    expect(city?.facts).toMatchObject({ by: { level: 'CITY', name: '设区市卫健委' }, next: { level: 'CENTRE', name: reviewerOf('CENTRE', 'FUJIAN').name } });
    const centre = reviewNotice({ kind: 'APPROVE', level: 'CENTRE' }, { ...inReview(1), status: 'APPROVED' }, FUJIAN_REVIEW_CHAIN, FACTS);
    expect(centre?.facts).toMatchObject({ next: null });
  });

  it('RC-5 a rejection and a return carry the reason; a return its deadline in Beijing time', () => {
    expect(reviewNotice({ kind: 'REJECT', level: 'BASE', reason: ' 学历不符 ' }, inReview(0), CHONGQING_REVIEW_CHAIN, { ...FACTS, jurisdiction: 'CHONGQING' })?.facts).toMatchObject({
      by: { level: 'BASE', name: '培训基地' },
      reason: '学历不符',
    });
    const correctBy = beijingToInstant('2025-07-08 17:00');
    expect(reviewNotice({ kind: 'RETURN', level: 'CITY', reason: '同意函未盖章', correctBy }, inReview(0), FUJIAN_REVIEW_CHAIN, FACTS)?.facts).toMatchObject({
      reason: '同意函未盖章',
      correctBefore: '2025-07-08T17:00:00+08:00',
    });
  });

  it('RC-5 the withdrawal is told once (its key has no version); the applicant\'s own steps tell nobody', () => {
    const withdrawn: ReviewState = { ...inReview(0), status: 'WITHDRAWN', returned: { level: 'CITY', reason: 'x', correctBy: beijingToInstant('2025-07-08 17:00') } };
    expect(reviewNotice({ kind: 'EXPIRE_RETURN' }, withdrawn, FUJIAN_REVIEW_CHAIN, FACTS)).toMatchObject({ dedupeKey: 'RECRUITMENT_WITHDRAWN:application=31', facts: { correctBefore: '2025-07-08T17:00:00+08:00' } });
    for (const kind of ['SUBMIT', 'RESUBMIT', 'START_RE_REVIEW'] as const) expect(reviewNotice({ kind }, inReview(0), FUJIAN_REVIEW_CHAIN, FACTS)).toBeNull();
  });
});
