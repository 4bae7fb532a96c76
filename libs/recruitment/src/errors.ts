import { defineErrors } from '@app/common/errors';

/**
 * Recruitment's error codes (SPEC Part D). The API merges every library's catalogue; codes are a public contract,
 * never renamed. Grouped by area: rounds and scope first, then each capability's own.
 */
export const RECRUITMENT_ERRORS = defineErrors({
  ROUND_NOT_FOUND: { status: 404, zh: '招录批次不存在', en: 'Recruitment round not found' },
  ROUND_NOT_IN_JURISDICTION: { status: 403, zh: '该招录批次不属于本机构管辖', en: 'This round belongs to another jurisdiction' },
  ROUND_CHANGED: { status: 409, zh: '招录批次已被他人修改，请刷新后重试', en: 'The round changed meanwhile; reload and try again' },
  // Ranking (scores that order applicants)
  APPLICANT_NOT_IN_ROUND: { status: 404, zh: '本批次没有该考生的有效报名', en: 'No approved application of this applicant in the round' },
  RANKING_KIND_MISMATCH: { status: 409, zh: '本批次不使用该类排名成绩', en: 'This round does not rank by this kind of score' },
  ASSESSMENT_NOT_FOR_BASE: { status: 403, zh: '该考生未在本轮选择本基地', en: 'The applicant did not choose your base in this round' },
  RANKING_SCORE_INVALID: { status: 400, zh: '成绩须为0至999.99之间的数值，最多两位小数', en: 'A score is a number from 0 to 999.99 with at most two decimals' },
  RANKING_FILE_INVALID: { status: 422, zh: '成绩文件存在错误，未导入任何数据', en: 'The score file has errors; nothing was imported' },
  RANKING_CLOSED: { status: 409, zh: '该轮录取结果已发布，本轮成绩不可再修改', en: 'The results of this round are published; its scores can no longer change' },
  // Admission runs (RC-6)
  ADMISSION_PLAN_INVALID: { status: 409, zh: '招录计划无法用于录取（基地未知或无计划）', en: 'The recruitment plan cannot be used (unknown base or no plan)' },
  ADMISSION_RUN_NOT_FOUND: { status: 404, zh: '录取计算不存在', en: 'Admission run not found' },
  ADMISSION_ALREADY_PUBLISHED: { status: 409, zh: '本批次该阶段的录取结果已发布', en: 'This round’s admission is already published through this stage' },
  ADMISSION_STAGE_INVALID: { status: 400, zh: '本批次没有该录取阶段', en: 'This round’s admission has no such stage' },
  ADMISSION_SETTLED_ROUNDS_CHANGED: {
    status: 409,
    zh: '已公布阶段的录取结果会因报名变化而改变，不能继续计算；请核对详情中的人员',
    en: 'The change since the last publication would alter admissions already published; see the applicants in details',
  },
  ADMISSION_INPUTS_CHANGED: { status: 409, zh: '预览后报名或成绩已变化，请重新预览', en: 'Applications or scores changed since the preview; preview again' },
  ADMISSION_RUN_NOT_PREVIEW: { status: 409, zh: '该录取计算已发布或已作废', en: 'This run is no longer a preview' },
  ADMISSION_NOT_PUBLISHED: { status: 404, zh: '录取结果尚未发布', en: 'Admission results are not published yet' },
  ADMISSION_RESULTS_NOT_VISIBLE: { status: 409, zh: '录取结果尚未到公布时间', en: 'Admission results are not visible yet' },
  // Placements, reporting and notices (RC-7, RC-9)
  PLACEMENT_NOT_FOUND: { status: 404, zh: '录取信息不存在', en: 'No admitted place found' },
  PLACEMENT_CHANGED: { status: 409, zh: '录取信息已被他人修改，请刷新后重试', en: 'The place changed meanwhile; reload and try again' },
  REPORTING_REFUSED: { status: 409, zh: '报到登记不符合规定', en: 'The report cannot be recorded' },
  ALREADY_IN_TRAINING: { status: 409, zh: '该人员已有培训记录', en: 'This person already has a training record' },
  NOTICE_NOT_READY: { status: 409, zh: '录取通知书尚未生成', en: 'The admission notice is not ready yet' },
  NOTICE_TOKEN_INVALID: { status: 404, zh: '录取通知书二维码无效', en: 'The admission notice code is not genuine' },

  // Applicants (RC-1)
  APPLICANT_EXISTS: { status: 409, zh: '该证件号码已注册报名账号，请直接登录', en: 'An applicant account exists for this ID number; log in instead' },
  APPLICANT_ACCOUNT_REQUIRED: { status: 403, zh: '请使用招录报名账号操作（结业考核考生账号不能报名招录）', en: 'Only an applicant account can apply (not a trainee’s account)' },

  // Applications (RC-1, RC-4)
  APPLICATION_NOT_FOUND: { status: 404, zh: '招录报名不存在', en: 'Application not found' },
  APPLICATION_EXISTS: { status: 409, zh: '您已在本批次报名，每人每批次限报一次', en: 'You already applied in this round (one application per person per round)' },
  APPLICATION_NOT_EDITABLE: { status: 409, zh: '报名已提交，不能修改（被退回修改的除外）', en: 'The application was submitted and is locked unless returned for correction' },
  APPLICATION_CHANGED: { status: 409, zh: '报名信息已被修改，请刷新后重试', en: 'The application changed meanwhile; reload and try again' },
  APPLICANT_TYPE_NOT_OFFERED: { status: 400, zh: '本批次不招收该类型报名人员', en: 'This round does not take applicants of this type' },
  EMPLOYER_CITY_REQUIRED: { status: 400, zh: '单位人须填写工作单位所在设区市（由其卫健委初审）', en: 'An EMPLOYED applicant names the city of the employer (its commission reviews first)' },
  EMPLOYER_CITY_INVALID: { status: 400, zh: '工作单位所在设区市不属于本批次的管辖范围', en: 'The employer city is not a city of this round’s jurisdiction' },
  APPLICANT_FACTS_INVALID: { status: 400, zh: '报名信息填写不完整或不合法', en: 'The declared facts are incomplete or invalid' },
  CHOICES_INVALID: { status: 400, zh: '志愿填报不符合要求', en: 'The choices are not valid' },
  CHOICES_REQUIRED: { status: 409, zh: '请先填报志愿再提交', en: 'Make your choices before submitting' },

  // Sign-up and submission (RC-2, RC-3, RC-8)
  RECRUITMENT_SIGNUP_NOT_OPEN: { status: 409, zh: '招录报名尚未开始', en: 'Sign-up for this round has not opened yet' },
  RECRUITMENT_SIGNUP_CLOSED: { status: 409, zh: '招录报名已结束', en: 'Sign-up for this round has closed' },
  APPLICANT_NOT_ELIGIBLE: { status: 409, zh: '不符合本批次报名条件，详见逐条审核结果', en: 'Not eligible for this round; see the verdict rule by rule' },
  DOCUMENTS_INCOMPLETE: { status: 409, zh: '报名材料不齐全', en: 'Required documents are missing' },

  // Documents (RC-3)
  DOCUMENT_KIND_INVALID: { status: 400, zh: '不支持的材料类别', en: 'Unknown document kind' },
  DOCUMENT_NOT_JPEG: { status: 415, zh: '材料须为 JPG 格式图片（按文件内容判断，改扩展名无效）', en: 'A document must be a JPEG (judged by its content, not its name)' },
  DOCUMENT_TOO_LARGE: { status: 413, zh: '材料文件超过本批次规定的大小', en: 'The document is larger than the round allows' },
  DOCUMENT_CORRUPT: { status: 400, zh: '材料文件已损坏或不完整，无法读取', en: 'The document is damaged or incomplete' },
  DOCUMENT_NOT_FOUND: { status: 404, zh: '该材料尚未上传', en: 'This document has not been uploaded' },

  // Review (RC-5)
  REVIEW_LEVEL_NOT_IN_TURN: { status: 409, zh: '尚未轮到本级审核', en: 'It is not this level’s turn to review' },
  RECRUITMENT_REVIEW_WINDOW_CLOSED: { status: 409, zh: '不在本级审核时间内', en: 'Outside this level’s review window' },
  RECRUITMENT_TRANSITION_INVALID: { status: 409, zh: '当前状态下不能进行此操作', en: 'This action is not allowed in the application’s current state' },
  RECRUITMENT_REASON_REQUIRED: { status: 400, zh: '不通过或退回须填写原因', en: 'A rejection or return needs a reason' },
  CORRECT_BY_REQUIRED: { status: 400, zh: '退回修改须设定修改截止时间，且须晚于当前时间', en: 'A return needs a correction deadline in the future' },
  CORRECTION_DEADLINE_PASSED: { status: 409, zh: '已过修改截止时间，视为自动放弃', en: 'The correction deadline has passed; the application counts as withdrawn' },
});

declare module '@app/common/errors' {
  interface ErrorCatalogues {
    recruitment: typeof RECRUITMENT_ERRORS;
  }
}
