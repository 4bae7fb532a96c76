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
  RANKING_CLOSED: { status: 409, zh: '录取结果已发布，成绩不可再修改', en: 'Admission is published; scores can no longer change' },
  // Admission runs (RC-6)
  ADMISSION_PLAN_INVALID: { status: 409, zh: '招录计划无法用于录取（基地未知或无计划）', en: 'The recruitment plan cannot be used (unknown base or no plan)' },
  ADMISSION_RUN_NOT_FOUND: { status: 404, zh: '录取计算不存在', en: 'Admission run not found' },
  ADMISSION_ALREADY_PUBLISHED: { status: 409, zh: '本批次录取结果已发布', en: 'This round’s admission is already published' },
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
});

declare module '@app/common/errors' {
  interface ErrorCatalogues {
    recruitment: typeof RECRUITMENT_ERRORS;
  }
}
