import { beijingToInstant, noticeWindow } from '@app/common/time';
import { CHONGQING_REVIEW_CHAIN, FUJIAN_REVIEW_CHAIN, REVIEW_CHAINS, XIAOGAN_REVIEW_CHAIN } from './review-chains';
import { initialReviewState, isApplicationEditable, isReturnExpired, nextReviewer, REVIEW_STATUS_LABELS, reviewTransition } from './review.rules';
import { REVIEW_STATUSES, ReviewAction, ReviewChain, ReviewContext, ReviewLevel, ReviewState } from './review.types';

const at = (beijing: string): ReviewContext => ({ now: beijingToInstant(beijing) });
const NOW = at('2025-07-05 10:00');
const DEADLINE = beijingToInstant('2025-07-08 17:00');

function run(chain: ReviewChain, state: ReviewState, actions: ReviewAction[], context: ReviewContext = NOW): ReviewState {
  return actions.reduce((current, action) => {
    const outcome = reviewTransition(chain, current, action, context);
    if (!outcome.ok) throw new Error(`${action.kind}: ${outcome.problem.code}`);
    return outcome.state;
  }, state);
}

const approve = (level: ReviewLevel): ReviewAction => ({ kind: 'APPROVE', level });
const reject = (level: ReviewLevel, reason = '学历不符'): ReviewAction => ({ kind: 'REJECT', level, reason });
const giveBack = (level: ReviewLevel, correctBy = DEADLINE, reason = '身份证反面不清晰'): ReviewAction => ({ kind: 'RETURN', level, reason, correctBy });

function problemOf(chain: ReviewChain, state: ReviewState, action: ReviewAction, context: ReviewContext = NOW): string | null {
  const outcome = reviewTransition(chain, state, action, context);
  return outcome.ok ? null : outcome.problem.code;
}

describe('RC-5 review chains as data', () => {
  it('RC-5 Fujian: employed city then centre, independent centre; Chongqing: base, then re-review by the centre; Xiaogan: base', () => {
    expect(FUJIAN_REVIEW_CHAIN).toEqual({ beforeAdmission: { EMPLOYED: ['CITY', 'CENTRE'], INDEPENDENT: ['CENTRE'] }, afterAdmission: [] });
    expect(CHONGQING_REVIEW_CHAIN).toEqual({ beforeAdmission: { EMPLOYED: ['BASE'], INDEPENDENT: ['BASE'] }, afterAdmission: ['CENTRE'] });
    expect(XIAOGAN_REVIEW_CHAIN).toEqual({ beforeAdmission: { EMPLOYED: ['BASE'], INDEPENDENT: ['BASE'] }, afterAdmission: [] });
    expect(Object.keys(REVIEW_CHAINS)).toEqual(['fujian', 'chongqing', 'xiaogan']);
  });
});

describe('RC-5 review state machine', () => {
  it('RC-5 Fujian employed: the city acts first, then the centre; then nobody', () => {
    let state = run(FUJIAN_REVIEW_CHAIN, initialReviewState('EMPLOYED'), [{ kind: 'SUBMIT' }]);
    expect(nextReviewer(FUJIAN_REVIEW_CHAIN, state)).toBe('CITY');
    expect(problemOf(FUJIAN_REVIEW_CHAIN, state, approve('CENTRE'))).toBe('NOT_THIS_LEVELS_TURN');
    state = run(FUJIAN_REVIEW_CHAIN, state, [approve('CITY')]);
    expect(state).toMatchObject({ status: 'IN_REVIEW', step: 1 });
    expect(nextReviewer(FUJIAN_REVIEW_CHAIN, state)).toBe('CENTRE');
    state = run(FUJIAN_REVIEW_CHAIN, state, [approve('CENTRE')]);
    expect(state.status).toBe('APPROVED');
    expect(nextReviewer(FUJIAN_REVIEW_CHAIN, state)).toBeNull();
    expect(problemOf(FUJIAN_REVIEW_CHAIN, state, { kind: 'START_RE_REVIEW' })).toBe('NO_RE_REVIEW_IN_CHAIN');
  });

  it('RC-5 Fujian independent: the centre alone', () => {
    const state = run(FUJIAN_REVIEW_CHAIN, initialReviewState('INDEPENDENT'), [{ kind: 'SUBMIT' }]);
    expect(nextReviewer(FUJIAN_REVIEW_CHAIN, state)).toBe('CENTRE');
    expect(problemOf(FUJIAN_REVIEW_CHAIN, state, approve('CITY'))).toBe('NOT_THIS_LEVELS_TURN');
    expect(run(FUJIAN_REVIEW_CHAIN, state, [approve('CENTRE')]).status).toBe('APPROVED');
  });

  it('RC-5 Chongqing: base preliminary review, then the re-review of those to be admitted', () => {
    let state = run(CHONGQING_REVIEW_CHAIN, initialReviewState('INDEPENDENT'), [{ kind: 'SUBMIT' }, approve('BASE')]);
    expect(state.status).toBe('APPROVED');
    state = run(CHONGQING_REVIEW_CHAIN, state, [{ kind: 'START_RE_REVIEW' }]);
    expect(state).toMatchObject({ status: 'IN_REVIEW', stage: 'AFTER_ADMISSION', step: 0 });
    expect(nextReviewer(CHONGQING_REVIEW_CHAIN, state)).toBe('CENTRE');
    expect(run(CHONGQING_REVIEW_CHAIN, state, [approve('CENTRE')]).status).toBe('CONFIRMED');
    const refused = run(CHONGQING_REVIEW_CHAIN, state, [reject('CENTRE', '资格复审发现毕业证书不实')]);
    expect(refused).toMatchObject({ status: 'REJECTED', rejected: { level: 'CENTRE', reason: '资格复审发现毕业证书不实' } });
  });

  it('RC-5 Xiaogan: the base alone, no re-review', () => {
    const state = run(XIAOGAN_REVIEW_CHAIN, initialReviewState('EMPLOYED'), [{ kind: 'SUBMIT' }, approve('BASE')]);
    expect(state.status).toBe('APPROVED');
    expect(problemOf(XIAOGAN_REVIEW_CHAIN, state, { kind: 'START_RE_REVIEW' })).toBe('NO_RE_REVIEW_IN_CHAIN');
  });

  it('RC-5 a rejection needs a reason and is final', () => {
    const state = run(FUJIAN_REVIEW_CHAIN, initialReviewState('EMPLOYED'), [{ kind: 'SUBMIT' }]);
    expect(problemOf(FUJIAN_REVIEW_CHAIN, state, reject('CITY', '  '))).toBe('REASON_REQUIRED');
    const rejected = run(FUJIAN_REVIEW_CHAIN, state, [reject('CITY')]);
    expect(rejected.status).toBe('REJECTED');
    for (const action of [approve('CENTRE'), { kind: 'RESUBMIT' } as const, { kind: 'SUBMIT' } as const, { kind: 'EXPIRE_RETURN' } as const]) {
      expect(problemOf(FUJIAN_REVIEW_CHAIN, rejected, action)).toBe('ACTION_NOT_ALLOWED');
    }
  });

  it('RC-5 a return needs a reason and a deadline after now; the applicant may then edit', () => {
    const state = run(FUJIAN_REVIEW_CHAIN, initialReviewState('EMPLOYED'), [{ kind: 'SUBMIT' }, approve('CITY')]);
    expect(problemOf(FUJIAN_REVIEW_CHAIN, state, giveBack('CENTRE', DEADLINE, ''))).toBe('REASON_REQUIRED');
    expect(problemOf(FUJIAN_REVIEW_CHAIN, state, giveBack('CENTRE', NOW.now))).toBe('DEADLINE_NOT_IN_FUTURE');
    const returned = run(FUJIAN_REVIEW_CHAIN, state, [giveBack('CENTRE')]);
    expect(returned).toMatchObject({ status: 'RETURNED', step: 1, returned: { level: 'CENTRE', reason: '身份证反面不清晰', correctBy: DEADLINE } });
    expect(isApplicationEditable(returned)).toBe(true);
    expect(nextReviewer(FUJIAN_REVIEW_CHAIN, returned)).toBeNull();
  });

  it('RC-5 a correction before the deadline restarts the stage from its first level', () => {
    const returned = run(FUJIAN_REVIEW_CHAIN, initialReviewState('EMPLOYED'), [{ kind: 'SUBMIT' }, approve('CITY'), giveBack('CENTRE')]);
    const resubmitted = run(FUJIAN_REVIEW_CHAIN, returned, [{ kind: 'RESUBMIT' }], at('2025-07-08 16:59:59'));
    expect(resubmitted).toMatchObject({ status: 'IN_REVIEW', stage: 'BEFORE_ADMISSION', step: 0, returned: null });
    expect(nextReviewer(FUJIAN_REVIEW_CHAIN, resubmitted)).toBe('CITY');
  });

  it('RC-5 a return at the re-review comes back to the re-review', () => {
    const returned = run(CHONGQING_REVIEW_CHAIN, initialReviewState('EMPLOYED'), [{ kind: 'SUBMIT' }, approve('BASE'), { kind: 'START_RE_REVIEW' }, giveBack('CENTRE')]);
    expect(run(CHONGQING_REVIEW_CHAIN, returned, [{ kind: 'RESUBMIT' }])).toMatchObject({ status: 'IN_REVIEW', stage: 'AFTER_ADMISSION', step: 0 });
  });

  it('RC-5 an uncorrected return past its deadline becomes WITHDRAWN, not a moment earlier', () => {
    const returned = run(XIAOGAN_REVIEW_CHAIN, initialReviewState('INDEPENDENT'), [{ kind: 'SUBMIT' }, giveBack('BASE')]);
    expect(isReturnExpired(returned, beijingToInstant('2025-07-08 16:59:59'))).toBe(false);
    expect(problemOf(XIAOGAN_REVIEW_CHAIN, returned, { kind: 'EXPIRE_RETURN' }, at('2025-07-08 16:59:59'))).toBe('CORRECTION_DEADLINE_NOT_PASSED');
    expect(isReturnExpired(returned, DEADLINE)).toBe(true);
    expect(problemOf(XIAOGAN_REVIEW_CHAIN, returned, { kind: 'RESUBMIT' }, at('2025-07-08 17:00'))).toBe('CORRECTION_DEADLINE_PASSED');
    const withdrawn = run(XIAOGAN_REVIEW_CHAIN, returned, [{ kind: 'EXPIRE_RETURN' }], at('2025-07-08 17:00'));
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect(REVIEW_STATUS_LABELS.WITHDRAWN.zh).toBe('退回后逾期未修改，视为自动放弃');
    expect(isApplicationEditable(withdrawn)).toBe(false);
  });

  it('RC-5 a level acts only inside its review window where the round sets one', () => {
    const state = run(FUJIAN_REVIEW_CHAIN, initialReviewState('EMPLOYED'), [{ kind: 'SUBMIT' }]);
    const windows = { CITY: noticeWindow('2025-07-01', '2025-07-15'), CENTRE: noticeWindow('2025-07-01', '2025-07-20') };
    expect(problemOf(FUJIAN_REVIEW_CHAIN, state, approve('CITY'), { now: beijingToInstant('2025-07-15 23:59:59'), windows })).toBeNull();
    expect(problemOf(FUJIAN_REVIEW_CHAIN, state, approve('CITY'), { now: beijingToInstant('2025-07-16 00:00'), windows })).toBe('OUTSIDE_REVIEW_WINDOW');
    const cityDone = run(FUJIAN_REVIEW_CHAIN, state, [approve('CITY')]);
    expect(problemOf(FUJIAN_REVIEW_CHAIN, cityDone, approve('CENTRE'), { now: beijingToInstant('2025-07-18 10:00'), windows })).toBeNull();
    expect(problemOf(FUJIAN_REVIEW_CHAIN, cityDone, approve('CENTRE'), { now: beijingToInstant('2025-07-18 10:00'), windows: { CENTRE: null } })).toBeNull();
  });

  it('RC-5 editable only in draft or returned', () => {
    expect(REVIEW_STATUSES.filter((status) => isApplicationEditable({ ...initialReviewState('EMPLOYED'), status }))).toEqual(['DRAFT', 'RETURNED']);
  });

  it('RC-5 every status refuses every action it does not list', () => {
    const actions: ReviewAction[] = [
      { kind: 'SUBMIT' },
      approve('BASE'),
      reject('BASE'),
      giveBack('BASE'),
      { kind: 'RESUBMIT' },
      { kind: 'START_RE_REVIEW' },
      { kind: 'EXPIRE_RETURN' },
    ];
    const returned = { level: 'BASE' as const, reason: 'x', correctBy: DEADLINE };
    const allowedAt = (beijing: string): string[] => {
      const allowed: string[] = [];
      for (const status of REVIEW_STATUSES) {
        const state: ReviewState = { ...initialReviewState('EMPLOYED'), status, returned: status === 'RETURNED' ? returned : null };
        for (const action of actions) {
          if (reviewTransition(CHONGQING_REVIEW_CHAIN, state, action, at(beijing)).ok) allowed.push(`${status} ${action.kind}`);
        }
      }
      return allowed;
    };
    // Before the correction deadline (and the RETURN's own deadline still ahead) …
    expect(allowedAt('2025-07-05 10:00')).toEqual([
      'DRAFT SUBMIT',
      'IN_REVIEW APPROVE',
      'IN_REVIEW REJECT',
      'IN_REVIEW RETURN',
      'RETURNED RESUBMIT',
      'APPROVED START_RE_REVIEW',
    ]);
    // … and after it: no new return with a past deadline, no correction, only the sweep.
    expect(allowedAt('2025-07-09 10:00')).toEqual(['DRAFT SUBMIT', 'IN_REVIEW APPROVE', 'IN_REVIEW REJECT', 'RETURNED EXPIRE_RETURN', 'APPROVED START_RE_REVIEW']);
  });
});
