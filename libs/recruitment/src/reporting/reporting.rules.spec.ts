import { beijingToInstant } from '@app/common/time';
import { CHONGQING_POLICY, FUJIAN_POLICY, XIAOGAN_POLICY } from '../eligibility';
import { referenceRound } from '../testing/reference-rounds';
import {
  AdmittedPlace,
  closeReporting,
  isReturnLate,
  NOT_REPORTED_BY_DEADLINE,
  recordArrival,
  recordNoShow,
  returnSummary,
  traineeStartOf,
} from './reporting.rules';

const FUJIAN = referenceRound('fujian-2025');
const CHONGQING = referenceRound('chongqing-2025');
const XIAOGAN = referenceRound('xiaogan-2023');
const at = (beijing: string) => beijingToInstant(beijing);

const place = (applicationId: number, change: Partial<AdmittedPlace> = {}): AdmittedPlace => ({
  applicationId,
  idNumber: `35010219900101${String(1000 + applicationId)}`,
  name: `学员${applicationId}`,
  base: '福清市医院',
  applicantType: 'EMPLOYED',
  admittedBy: 'PARALLEL',
  outcome: null,
  ...change,
});

function arrived(round = FUJIAN, reportedOn = '2025-08-20', now = at('2025-08-21 09:00')): AdmittedPlace {
  const outcome = recordArrival(round, place(1), reportedOn, now);
  if (!outcome.ok) throw new Error(outcome.code);
  return outcome.place;
}

describe('RC-7 reporting', () => {
  it('RC-7 an arrival by the deadline is recorded with its day', () => {
    expect(arrived().outcome).toEqual({ kind: 'REPORTED', reportedOn: '2025-08-20' });
    expect(arrived(FUJIAN, '2025-08-31', at('2025-09-02 10:00')).outcome).toEqual({ kind: 'REPORTED', reportedOn: '2025-08-31' });
  });

  it.each([
    ['after the deadline (8月31日前)', '2025-09-01', at('2025-09-02 10:00'), 'AFTER_DEADLINE'],
    ['in the future', '2025-08-25', at('2025-08-21 09:00'), 'DATE_IN_FUTURE'],
    ['before the results', '2025-07-28', at('2025-08-21 09:00'), 'BEFORE_RESULTS'],
    ['not a date', '2025-08-32', at('2025-08-21 09:00'), 'DATE_INVALID'],
  ])('RC-7 an arrival %s is refused', (_, day, now, code) => {
    const outcome = recordArrival(FUJIAN, place(1), day, now);
    expect(outcome.ok ? null : outcome.code).toBe(code);
  });

  it('RC-7 an outcome is recorded once', () => {
    const outcome = recordArrival(FUJIAN, arrived(), '2025-08-22', at('2025-08-23 09:00'));
    expect(outcome.ok ? null : outcome.code).toBe('ALREADY_RECORDED');
    expect(recordNoShow(arrived(), '个人原因', at('2025-08-23 09:00')).ok).toBe(false);
  });

  it('RC-7 a base records a no-show with its reason; without one it is refused', () => {
    const noShow = recordNoShow(place(2), ' 已考取本科 ', at('2025-08-10 09:00'));
    expect(noShow.ok && noShow.place.outcome).toEqual({ kind: 'NO_SHOW', reason: '已考取本科', recordedOn: '2025-08-10', byDeadline: false });
    const blank = recordNoShow(place(2), '  ', at('2025-08-10 09:00'));
    expect(blank.ok ? null : blank.code).toBe('REASON_REQUIRED');
  });

  it('RC-7 the deadline marks everyone unrecorded a no-show; in Fujian each loses the place and next year’s sign-up', () => {
    const places = [arrived(), place(2), place(3, { admittedBy: 'ADJUSTMENT', applicantType: 'INDEPENDENT' })];
    const early = closeReporting(FUJIAN, places, FUJIAN_POLICY, at('2025-08-31 23:59'));
    expect(early.ok ? null : early.code).toBe('DEADLINE_NOT_PASSED');
    const closed = closeReporting(FUJIAN, places, FUJIAN_POLICY, at('2025-09-01 00:00'));
    if (!closed.ok) throw new Error(closed.code);
    expect(closed.closure.places.map((each) => each.outcome?.kind)).toEqual(['REPORTED', 'NO_SHOW', 'NO_SHOW']);
    expect(closed.closure.places[1].outcome).toEqual({ kind: 'NO_SHOW', reason: NOT_REPORTED_BY_DEADLINE, recordedOn: '2025-09-01', byDeadline: true });
    expect(closed.closure.noShows.map((each) => [each.place.applicationId, each.event.kind, each.consequence.cancelsPlace, each.consequence.ban?.term.kind])).toEqual([
      [2, 'NO_SHOW', true, 'NEXT_YEAR'],
      [3, 'ADJUSTED_NO_SHOW', true, 'NEXT_YEAR'],
    ]);
    expect(closed.closure.noShows[1].consequence.explanation.zh).toContain('调剂成功但未按时报到者取消下一年度我省助理全科医生培训报名资格');
  });

  it('RC-7 a no-show the base recorded earlier keeps its reason and also meets the policy', () => {
    const recorded = recordNoShow(place(4), '已考取本科', at('2025-08-10 09:00'));
    if (!recorded.ok) throw new Error(recorded.code);
    const closed = closeReporting(FUJIAN, [recorded.place], FUJIAN_POLICY, at('2025-09-01 08:00'));
    expect(closed.ok && closed.closure.noShows.map((each) => [each.event.occurredOn, each.consequence.ban?.round.code])).toEqual([['2025-08-10', 'FJ-2025']]);
  });

  it('RC-7 where the policy sets no consequence for a no-show (Chongqing), none is recorded; without a deadline nothing closes (Xiaogan)', () => {
    const closed = closeReporting(CHONGQING, [place(5, { base: '重庆市忠县人民医院' })], CHONGQING_POLICY, at('2025-10-01 00:00'));
    expect(closed.ok && closed.closure.noShows.map((each) => each.consequence.ban)).toEqual([null]);
    const xiaogan = closeReporting(XIAOGAN, [place(6)], XIAOGAN_POLICY, at('2023-12-01 00:00'));
    expect(xiaogan.ok ? null : xiaogan.code).toBe('NO_DEADLINE');
  });
});

describe('RC-9 returns and the start of training', () => {
  it('RC-9 the summary lists every admitted trainee by base, with the reason of each no-show, and totals per base', () => {
    const noShow = recordNoShow(place(2, { base: '罗源县医院', name: '陈二' }), '个人原因放弃', at('2025-08-10 09:00'));
    if (!noShow.ok) throw new Error(noShow.code);
    const summary = returnSummary([place(3, { base: '罗源县医院', name: '林三', applicantType: 'INDEPENDENT' }), arrived(), noShow.place]);
    expect(summary.rows).toEqual([
      { base: '福清市医院', applicationId: 1, name: '学员1', applicantType: '单位人', status: '已报到', reportedOn: '2025-08-20', reason: null },
      { base: '罗源县医院', applicationId: 2, name: '陈二', applicantType: '单位人', status: '未报到', reportedOn: null, reason: '个人原因放弃' },
      { base: '罗源县医院', applicationId: 3, name: '林三', applicantType: '社会人', status: '待报到', reportedOn: null, reason: null },
    ]);
    expect(summary.totals).toEqual([
      { base: '福清市医院', admitted: 1, reported: 1, noShows: 0, pending: 0 },
      { base: '罗源县医院', admitted: 2, reported: 0, noShows: 1, pending: 1 },
    ]);
  });

  it('RC-9 Fujian bases return by 9月9日 (through that day); a round without a date has no late return', () => {
    expect(isReturnLate(FUJIAN, at('2025-09-09 23:59'))).toBe(false);
    expect(isReturnLate(FUJIAN, at('2025-09-10 00:00'))).toBe(true);
    expect(isReturnLate(CHONGQING, at('2026-01-01 00:00'))).toBe(false);
  });

  it('RC-9 the day reported starts the training years: the trainee record gets it, the cohort and the expected end', () => {
    expect(traineeStartOf(arrived())).toEqual({
      base: '福清市医院',
      applicantType: 'EMPLOYED',
      trainingStartDate: '2025-08-20',
      cohort: '2025',
      expectedRotationEndDate: '2027-08-19',
    });
    expect(traineeStartOf(place(9))).toBeNull();
  });
});
