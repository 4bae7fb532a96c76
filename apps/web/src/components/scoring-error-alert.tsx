import { Alert } from 'antd';
import { ApiError, errorMessage } from '../api/errors';
import { STATION_LABEL, type Station } from './scoring-labels';

/**
 * What to do next after a refusal on the centre's scoring pages: the API says what went wrong, this says
 * what happens now and how to go on.
 */
const NEXT_STEP: Record<string, string> = {
  SCORE_IMPORT_INVALID: '文件中仍有错误行，本次没有导入任何成绩。请在下方选择“错误”查看每一行的原因，在原文件中改正后重新上传。',
  SCORE_IMPORT_STALE: '预览之后，本科目的考生名单或已有成绩发生了变化（例如另一份文件已提交、成绩已录入或已公布），这次预览已失效，没有写入任何成绩。请重新上传同一文件，核对新的预览后再提交。',
  SCORE_IMPORT_CLOSED: '这次导入已经提交过或已失效，不能再次提交。如需再次导入，请重新上传文件。',
  SCORE_IMPORT_NOT_READY: '文件仍在校验中，请等进度完成后再提交。',
  SCORE_IMPORT_NOT_FOUND: '请回到“成绩导入”页面，从导入记录中重新选择。',
  PASS_RULE_NOT_SET: '请先在“考核批次”中为本批次设置该科目的合格标准，再导入或录入成绩。',
  SPREADSHEET_COLUMNS_INVALID: '请按下方“文件格式”说明修改表头（第 1 行）后重新上传。',
  FILE_ENCODING_UNSUPPORTED: '请在 Excel 中另存为“CSV UTF-8”或 XLSX 后重新上传。',
  FILE_TYPE_UNSUPPORTED: '只接受 CSV 或 XLSX 文件，请另存后重新上传。',
  FILE_CORRUPT: '文件无法读取，请重新导出后上传。',
  FILE_EMPTY: '文件中没有成绩行，请检查后重新上传。',
  FILE_MISSING: '请先选择文件。',
  SPREADSHEET_TOO_LARGE: '文件行数或体积超出上限，请分成几个文件上传。',
  PAYLOAD_TOO_LARGE: '文件超出上传大小上限，请分成几个文件上传。',
  RESULTS_ALREADY_PUBLISHED: '该科目成绩已经公布，无需再次公布；如需修改个别成绩，请使用“更正”。',
  RESULTS_NOT_PUBLISHED: '尚未公布的成绩不通过更正修改：请重新导入成绩文件，或在“录入技能成绩”中修改。',
  SCORE_PUBLISHED: '成绩已公布，只能通过“更正”修改并填写理由。',
  SCORE_NOT_SIGNED_UP: '只有本批次审核通过报考该科目的考生才能录入成绩。',
  ATTEMPT_ALREADY_VOIDED: '该成绩已被取消，不能再更正或取消。',
  ATTEMPT_NOT_FOUND: '该成绩记录已不存在，请刷新列表。',
  CONFLICT: '这条记录刚被他人修改过。请关闭窗口、刷新列表后再操作。',
  SCORE_INVALID: '请按下方原因修改成绩后再提交。',
  REASON_REQUIRED: '请填写理由后再提交。',
  ACCOUNT_EXISTS: '该用户名已被使用，请换一个用户名。',
  ROLE_ORGANISATION_MISMATCH: '基地审核员须属于基地，市级审核员须属于地市，考点核验员须属于省或地市。',
  ACCOUNT_ROLE_NOT_ADMINISTERED: '省级管理员和考生账号不在此处管理。',
  ACCOUNT_ALREADY_DISABLED: '该账号已是停用状态，请刷新列表。',
  ACCOUNT_ALREADY_ACTIVE: '该账号已是启用状态，请刷新列表。',
  ACCOUNT_NOT_LOCKED: '该账号目前没有被锁定，无需解锁。',
  SESSION_NOT_FOUND: '请重新选择考核批次。',
  REDIS_UNAVAILABLE: '请稍等片刻后重试；如持续出现，请联系系统管理员。',
};

interface Details {
  missing?: unknown;
  unknown?: unknown;
  duplicate?: unknown;
  problems?: unknown;
}

function names(value: unknown): string {
  return Array.isArray(value) ? value.map(String).join('、') : '';
}

/** The details a refusal carries, in words: the header problems of a file, the reasons a score was refused. */
function detailLines(error: ApiError): string[] {
  const details = (typeof error.details === 'object' && error.details !== null ? error.details : {}) as Details;
  const lines: string[] = [];
  if (error.code === 'SPREADSHEET_COLUMNS_INVALID') {
    if (names(details.missing)) lines.push(`缺少的列：${names(details.missing)}`);
    if (names(details.unknown)) lines.push(`无法识别的列：${names(details.unknown)}`);
    if (names(details.duplicate)) lines.push(`重复的列：${names(details.duplicate)}`);
  }
  if (Array.isArray(details.problems)) {
    for (const problem of details.problems as unknown[]) {
      if (typeof problem === 'string') lines.push(problem);
      else if (typeof problem === 'object' && problem !== null) {
        const { station, explanation } = problem as { station?: string | null; explanation?: { zh?: string } };
        const where = station ? `${STATION_LABEL[station as Station] ?? station}：` : '';
        if (explanation?.zh) lines.push(`${where}${explanation.zh}`);
      }
    }
  }
  return lines;
}

/** A refusal of the API: its Chinese message, what to do next, the details it carries, and its code for the help desk. */
export function ScoringErrorAlert({ error, style }: { error: unknown; style?: React.CSSProperties }) {
  if (!error) return null;
  const apiError = error instanceof ApiError ? error : null;
  const next = apiError ? NEXT_STEP[apiError.code] : undefined;
  const lines = apiError ? detailLines(apiError) : [];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      message={errorMessage(error)}
      description={
        <>
          {next && <div>{next}</div>}
          {lines.length > 0 && (
            <ul style={{ margin: '4px 0', paddingInlineStart: 20 }}>
              {lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
          {apiError && <span style={{ fontSize: 12, color: '#595959' }}>错误代码：{apiError.code}</span>}
        </>
      }
      style={{ marginBottom: 16, ...style }}
    />
  );
}
