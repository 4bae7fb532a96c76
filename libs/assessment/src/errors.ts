import { defineErrors } from '@app/common/errors';

/**
 * Assessment's error codes: sessions, sign-up and its photo, review, subjects, the three-year limit, exceptions.
 * The API merges every library's catalogue; codes are a public contract, never renamed.
 */
export const ASSESSMENT_ERRORS = defineErrors({
  PHOTO_REQUIRED: { status: 400, zh: '请先上传二寸白底彩色证件照', en: 'Upload a 2-inch colour ID photo on white first' },
  SESSION_NOT_FOUND: { status: 404, zh: '考核批次不存在', en: 'Assessment session not found' },
  SESSION_CODE_TAKEN: { status: 409, zh: '考核批次编号已存在', en: 'This session code is already used' },
  SESSION_CONFIG_INVALID: { status: 400, zh: '考核批次配置不合法', en: 'The session configuration is invalid' },
  SESSION_ROTATION_CUTOFF_BEFORE_SIGNUP_CLOSES: { status: 400, zh: '结束轮转截止日期不能早于报名截止时间', en: 'The rotation cutoff cannot fall before the sign-up window closes' },
  SIGNUP_NOT_FOUND: { status: 404, zh: '报名记录不存在', en: 'Sign-up not found' },
  SIGNUP_EXISTS: { status: 409, zh: '本批次已报名，不可重复报名', en: 'You have already signed up for this session' },
  SIGNUP_WINDOW_NOT_OPEN: { status: 409, zh: '报名尚未开始（开始时间：{opensAt}）', en: 'Sign-up has not opened yet (opens {opensAt})' },
  SIGNUP_WINDOW_CLOSED: { status: 409, zh: '不在报名时间内，漏报、逾期不予补报', en: 'Sign-up is closed; late sign-ups are not accepted' },
  SIGNUP_NOT_ELIGIBLE: { status: 422, zh: '不符合报名条件', en: 'Not eligible to sign up' },
  SIGNUP_NOT_EDITABLE: { status: 409, zh: '当前状态不可修改报名', en: 'The sign-up cannot be changed in its current state' },
  SIGNUP_TRANSITION_INVALID: { status: 409, zh: '当前状态不允许此操作', en: 'This action is not allowed in the current state' },
  REVIEW_WINDOW_CLOSED: { status: 409, zh: '不在资格审核时间内', en: 'Outside the eligibility review window' },
  REASON_REQUIRED: { status: 400, zh: '请填写理由', en: 'A reason is required' },
  SUBJECTS_INVALID: { status: 422, zh: '报考科目不符合规定', en: 'The chosen subjects are not allowed' },
  RETRAINING_REQUIRED: { status: 422, zh: '超过三年未通过结业考核，须自费重新参加培训', en: 'Three-year limit passed: retraining is required' },
  EXCEPTION_RULE_NOT_ALLOWED: { status: 400, zh: '该规则不允许例外', en: 'This rule does not admit exceptions' },
  // FA-12: cancellation of a session or one subject
  SESSION_SUBJECT_NOT_OFFERED: { status: 422, zh: '本考核批次未设置该科目', en: 'The session does not offer this subject' },
  SESSION_ALREADY_CANCELLED: { status: 409, zh: '本次结业考核已取消，无需重复操作', en: 'The session is already cancelled' },
  SESSION_SUBJECT_ALREADY_CANCELLED: { status: 409, zh: '该科目考试已取消，无需重复操作', en: 'This subject is already cancelled' },
  SESSION_RESULTS_PUBLISHED: { status: 409, zh: '该科目成绩已公布，不能取消考试', en: 'The subject’s results are published; it can no longer be cancelled' },
  SESSION_RESULTS_RECORDED: { status: 409, zh: '该科目已录入成绩（考试已举行），不能取消考试', en: 'The subject has results on record (the exam took place); it can no longer be cancelled' },
  SESSION_IS_CANCELLED: { status: 409, zh: '本次结业考核已取消', en: 'This assessment session is cancelled' },
  SESSION_SUBJECT_IS_CANCELLED: { status: 409, zh: '该科目考试已取消', en: 'This subject’s exam is cancelled' },
});

declare module '@app/common/errors' {
  interface ErrorCatalogues {
    assessment: typeof ASSESSMENT_ERRORS;
  }
}
