import type { Schemas } from '../../../api/client';
import type { Tone } from '../../../components/scoring-tag';

export type ScoreImportView = Schemas['ScoreImportView'];
export type ImportStatus = Schemas['ScoreImportStatus'];
export type RowOutcome = Schemas['RowOutcome'];
export type RowErrorCode = Schemas['RowErrorCode'];

export const ROW_OUTCOMES: readonly RowOutcome[] = ['NEW', 'CHANGED', 'UNCHANGED', 'ERROR'];

export const ROW_OUTCOME_LABEL: Record<RowOutcome, string> = { NEW: '新增', CHANGED: '变更', UNCHANGED: '无变化', ERROR: '错误' };
export const ROW_OUTCOME_TONE: Record<RowOutcome, Tone> = { NEW: 'blue', CHANGED: 'orange', UNCHANGED: 'gray', ERROR: 'red' };

export const STATUS_LABEL: Record<ImportStatus, string> = {
  PREVIEWING: '正在校验',
  PREVIEWED: '已预览，待提交',
  COMMITTING: '正在写入',
  COMMITTED: '已导入',
  FAILED: '未完成',
  STALE: '已失效',
};
export const STATUS_TONE: Record<ImportStatus, Tone> = {
  PREVIEWING: 'blue',
  PREVIEWED: 'blue',
  COMMITTING: 'blue',
  COMMITTED: 'green',
  FAILED: 'red',
  STALE: 'orange',
};

/** Why rows were refused, in a word each (the row itself carries the full sentence). */
export const ROW_ERROR_LABEL: Record<RowErrorCode, string> = {
  ID_TYPE_UNKNOWN: '证件类型无法识别',
  ID_NUMBER_MANGLED: '证件号码被 Excel 改写',
  ID_NUMBER_INVALID: '证件号码不合法',
  UNKNOWN_CANDIDATE: '查无此人',
  NAME_MISMATCH: '姓名与证件号码不符',
  NOT_SIGNED_UP: '未审核通过报考此科目',
  DUPLICATE_ROW: '重复的考生',
  RESULTS_PUBLISHED: '成绩已公布',
  RESULT_VOIDED: '成绩已取消',
  SCORE_MISSING: '缺少成绩',
  SCORE_NOT_A_NUMBER: '成绩不是数字',
  SCORE_OUT_OF_RANGE: '成绩超出范围',
  SCORE_TOO_PRECISE: '小数位数过多',
  UNKNOWN_CRITICAL_ITEM: '关键项无法识别',
};

/** The worker is still on it: the page asks again until it is done. */
export function isBusy(status: ImportStatus): boolean {
  return status === 'PREVIEWING' || status === 'COMMITTING';
}

/** "gb18030" → "GBK/GB18030"; the format in capitals. */
export function describeFile(view: ScoreImportView): string {
  if (!view.summary) return '';
  const format = view.summary.format.toUpperCase();
  const encoding = view.summary.encoding;
  if (!encoding) return format;
  const label = /gb/i.test(encoding) ? 'GBK/GB18030' : encoding.toUpperCase();
  return `${format}，${label} 编码`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
