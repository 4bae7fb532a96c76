import { defineErrors } from '@app/common/errors';

/**
 * Scores' error codes: pass rules, score imports, results and their publication.
 * The API merges every library's catalogue; codes are a public contract, never renamed.
 */
export const SCORE_ERRORS = defineErrors({
  PASS_RULE_NOT_SET: { status: 409, zh: '本批次尚未设置该科目的合格标准', en: 'The session has no pass rule for this subject yet' },
  SCORE_IMPORT_NOT_FOUND: { status: 404, zh: '成绩导入记录不存在', en: 'Score import not found' },
  SCORE_IMPORT_INVALID: { status: 422, zh: '成绩文件存在错误，未导入任何数据', en: 'The score file has errors; nothing was imported' },
  SCORE_IMPORT_NOT_READY: { status: 409, zh: '成绩文件仍在校验中，请稍后再试', en: 'The score file is still being checked' },
  SCORE_IMPORT_STALE: { status: 409, zh: '预览后数据已发生变化，请重新上传预览', en: 'The data changed since the preview; preview the file again' },
  SCORE_IMPORT_CLOSED: { status: 409, zh: '该导入已提交或已失效', en: 'This import was already committed or is no longer valid' },
  SCORE_INVALID: { status: 400, zh: '成绩数据不合法', en: 'The score data are invalid' },
  SCORE_PUBLISHED: { status: 409, zh: '成绩已公布，只能通过成绩更正修改', en: 'Published scores change only through a correction' },
  SCORE_NOT_SIGNED_UP: { status: 409, zh: '该考生未经审核通过报考此科目', en: 'The candidate is not an approved candidate of this subject' },
  RECHECK_NOT_ACCEPTED: { status: 409, zh: '专业理论考试成绩以标准分形式报告，不接受成绩复核申请', en: 'Theory results are standard scores; recheck requests are not accepted' },
  RESULTS_NOT_PUBLISHED: { status: 404, zh: '成绩尚未公布', en: 'Results are not published yet' },
  RESULTS_ALREADY_PUBLISHED: { status: 409, zh: '该科目成绩已公布', en: 'These results are already published' },
  ATTEMPT_NOT_FOUND: { status: 404, zh: '成绩记录不存在', en: 'Result not found' },
  ATTEMPT_ALREADY_VOIDED: { status: 409, zh: '该成绩已被取消', en: 'This result is already voided' },
  RECHECK_NOT_AVAILABLE: { status: 409, zh: '本平台不受理临床实践技能考核成绩复核申请，如有疑问请联系省全科医学培训中心', en: 'Skills recheck requests are not taken on this platform; contact the provincial centre' },
  RESULTS_INCOMPLETE: { status: 409, zh: '仍有审核通过的考生没有成绩记录（缺考也须录入）；确认后须填写理由方可公布', en: 'Some approved candidates have no result (record absences too); publishing anyway needs an acknowledgement and a reason' },
});

declare module '@app/common/errors' {
  interface ErrorCatalogues {
    scores: typeof SCORE_ERRORS;
  }
}
