import { rotationDeadlineCancellation, ROTATION_DEADLINE_CANCELLED, SessionResultsOfTrainee } from './rotation-deadline-cancellation';

const facts = (change: Partial<SessionResultsOfTrainee> = {}): SessionResultsOfTrainee => ({
  sessionId: 7,
  sessionYear: 2024,
  rotationCutoff: '2024-12-01',
  traineeId: 42,
  baseId: 3,
  rotationEndDate: '2024-06-30',
  processAssessmentPassed: true,
  results: [
    { attemptId: 100, subject: 'THEORY', outcome: 'PASSED', score: '75.0' },
    { attemptId: 101, subject: 'SKILLS', outcome: 'PASSED', score: '300.0' },
  ],
  ...change,
});

describe('rotationDeadlineCancellation', () => {
  it('SC-5 rotation ended before the cutoff and the base\'s assessments passed: kept, nothing to write', () => {
    const { decision, cancellation } = rotationDeadlineCancellation(facts(), '2024-12-05');
    expect(decision.action).toBe('KEEP');
    expect(cancellation).toBeNull();
  });

  it('SC-5 a rotation end after the cutoff: both results voided, one audit row by the system with what was cancelled and why', () => {
    const { cancellation } = rotationDeadlineCancellation(facts({ rotationEndDate: '2024-12-20' }), '2024-12-05');
    expect(cancellation).not.toBeNull();
    expect(cancellation!.attemptIds).toEqual([100, 101]);
    expect(cancellation!.reason).toBe('尚未完成培训轮转；截止日期 2024-12-01 已到，逾期未完成，取消 2024 年度结业考核结果');
    expect(cancellation!.audit.actor.role).toBe('SYSTEM');
    expect(cancellation!.audit.entry).toMatchObject({
      action: ROTATION_DEADLINE_CANCELLED,
      entityType: 'trainee',
      entityId: 42,
      scopeBaseId: 3,
      reason: cancellation!.reason,
      before: {
        sessionId: 7,
        rotationCutoff: '2024-12-01',
        rotationEndDate: '2024-12-20',
        processAssessmentPassed: true,
        results: [
          { attemptId: 100, subject: 'THEORY', outcome: 'PASSED', score: '75.0', voided: false },
          { attemptId: 101, subject: 'SKILLS', outcome: 'PASSED', score: '300.0', voided: false },
        ],
      },
      after: { sessionId: 7, voided: true, voidKind: 'ROTATION_DEADLINE', attemptIds: [100, 101] },
    });
    expect(cancellation!.audit.entry.after).not.toHaveProperty('recheck');
  });

  it('SC-5 a re-check records what made it look again', () => {
    const recheck = { cause: 'ROSTER_IMPORTED', changedByUserId: 9, changedByRole: 'BASE_REVIEWER' };
    const { cancellation } = rotationDeadlineCancellation(facts({ processAssessmentPassed: false }), '2024-12-05', recheck);
    expect(cancellation!.reason).toContain('培训基地相关考核未通过');
    expect(cancellation!.audit.entry.after).toMatchObject({ recheck });
  });

  it('SC-5 before the cutoff nothing is cancelled, whatever the facts', () => {
    const { decision, cancellation } = rotationDeadlineCancellation(facts({ rotationEndDate: '2025-01-15', processAssessmentPassed: false }), '2024-11-30');
    expect(decision.action).toBe('NOT_YET_DUE');
    expect(cancellation).toBeNull();
  });

  it('SC-5 with no standing result left there is nothing to cancel', () => {
    expect(rotationDeadlineCancellation(facts({ rotationEndDate: '2024-12-20', results: [] }), '2024-12-05').cancellation).toBeNull();
  });
});
