import { DomainError, ErrorCode, ErrorDefinition, mergeErrorCatalogues } from '@app/common/errors';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ERROR_CATALOGUE, ERROR_CATALOGUES } from './error-catalogue';

/**
 * Every code with its status and both messages, written out. Codes are a public contract: a row is added with
 * a new code, and never changed by accident.
 */
const PINNED: Array<[string, number, string, string]> = [
  ['VALIDATION_FAILED', 400, '请求参数不合法', 'The request is invalid'],
  ['UNAUTHENTICATED', 401, '请先登录', 'Authentication is required'],
  ['INVALID_CREDENTIALS', 401, '用户名或密码错误', 'Wrong username or password'],
  ['TOO_MANY_REQUESTS', 429, '请求过于频繁，请稍后再试', 'Too many requests, try again later'],
  ['FORBIDDEN_ROLE', 403, '当前角色无权执行此操作', 'Your role may not do this'],
  ['FORBIDDEN_SCOPE', 403, '超出本机构的管辖范围', 'This record is outside your organisation'],
  ['NOT_FOUND', 404, '记录不存在', 'Not found'],
  ['CONFLICT', 409, '数据已被他人修改，请刷新后重试', 'The record changed meanwhile; reload and retry'],
  ['PAYLOAD_TOO_LARGE', 413, '上传文件过大', 'The upload is too large'],
  ['BODY_TOO_DEEP', 400, '请求内容的嵌套层级过深', 'The request body is nested too deeply'],
  ['INTERNAL_ERROR', 500, '系统内部错误', 'Internal error'],
  ['SERVICE_UNAVAILABLE', 503, '服务暂时不可用，请稍后再试', 'The service is temporarily unavailable; try again shortly'],
  ['REDIS_UNAVAILABLE', 503, '队列与限流服务（Redis）暂时不可用，请稍后再试', 'The queue and rate-limit store (Redis) is unavailable; try again shortly'],
  ['ACCOUNT_EXISTS', 409, '该账号已存在', 'This account already exists'],
  ['TRAINEE_NOT_FOUND', 404, '未找到与姓名和证件号码一致的培训对象', 'No trainee matches this name and ID number'],
  ['TRAINEE_ALREADY_LINKED', 409, '该培训对象已注册账号', 'This trainee already has an account'],
  ['TRAINEE_NOT_REGISTRABLE', 404, '未找到可注册的培训学员记录；如您确为该学员且无法注册，请联系所在培训基地', 'No trainee record open for registration matches these details; if you are this trainee and cannot register, contact your training base'],
  ['ORGANISATION_NOT_FOUND', 404, '机构不存在', 'Organisation not found'],
  ['ACCOUNT_NOT_LOCKED', 409, '该账号未被锁定', 'This account is not locked'],
  ['PASSWORD_TOO_SHORT', 400, '密码至少需要 10 个字符', 'The password must have at least 10 characters'],
  ['PASSWORD_TOO_COMMON', 400, '该密码过于常见，请换一个', 'This password is too common; choose another'],
  ['PASSWORD_CONTAINS_USERNAME', 400, '密码不能包含用户名', 'The password must not contain the username'],
  ['PASSWORD_UNCHANGED', 400, '新密码不能与当前密码相同', 'The new password must differ from the current one'],
  ['CURRENT_PASSWORD_INVALID', 400, '当前密码不正确', 'The current password is wrong'],
  ['PASSWORD_CHANGE_REQUIRED', 403, '请先修改密码', 'Change your password first'],
  ['ONE_TIME_LINK_INVALID', 401, '链接无效、已使用或已过期：请回到平台重新打开', 'The link is invalid, used or expired: open it again from the portal'],
  ['REFRESH_TOKEN_INVALID', 401, '登录已失效，请重新登录', 'The login has ended; log in again'],
  ['REFRESH_TOKEN_REUSED', 401, '登录凭据被重复使用，已注销该登录，请重新登录', 'A used refresh token was presented again; the login was ended, log in again'],
  ['ACCOUNT_ROLE_NOT_ADMINISTERED', 403, '中心只能管理基地审核员、市级审核员和考点核验员账号', 'The centre administers base reviewer, city reviewer and checker accounts only'],
  ['ROLE_ORGANISATION_MISMATCH', 400, '角色与所属机构层级不符', 'The role does not fit the organisation level'],
  ['ACCOUNT_ALREADY_DISABLED', 409, '该账号已停用', 'This account is already disabled'],
  ['ACCOUNT_ALREADY_ACTIVE', 409, '该账号已启用', 'This account is already active'],
  ['ID_NUMBER_INVALID', 400, '证件号码不合法', 'The ID number is invalid'],
  ['FILE_MISSING', 400, '未收到上传文件', 'No file was uploaded'],
  ['FILE_EMPTY', 400, '上传文件为空', 'The uploaded file is empty'],
  ['FILE_TYPE_UNSUPPORTED', 415, '不支持的文件类型', 'Unsupported file type'],
  ['FILE_ENCODING_UNSUPPORTED', 400, '无法识别文件编码，请使用 UTF-8 或 GBK', 'Unrecognised text encoding; use UTF-8 or GBK'],
  ['FILE_CORRUPT', 400, '文件已损坏，无法读取', 'The file is damaged and cannot be read'],
  ['SPREADSHEET_COLUMNS_INVALID', 400, '表头与模板不符', 'The header row does not match the template'],
  ['SPREADSHEET_TOO_LARGE', 413, '表格行数或解压后体积超出限制', 'The spreadsheet has too many rows or expands too much'],
  ['PHOTO_NOT_JPEG', 415, '照片必须是 JPEG 格式（按内容识别，不看扩展名）', 'The photo must be a real JPEG (checked by content, not by name)'],
  ['PHOTO_TOO_LARGE', 413, '照片文件过大', 'The photo file is too large'],
  ['PHOTO_CORRUPT', 400, '照片文件已损坏或不完整', 'The photo is damaged or truncated'],
  ['PHOTO_DIMENSIONS_INVALID', 400, '照片尺寸不符合二寸证件照要求', 'The photo does not have 2-inch ID photo dimensions'],
  ['PHOTO_TOO_MANY_PIXELS', 400, '照片像素过多', 'The photo has too many pixels'],
  ['PHOTO_BACKGROUND_NOT_WHITE', 400, '照片背景须为白色', 'The photo background must be white'],
  ['PHOTO_LOCKED', 409, '中心审核通过后照片不可更改', 'The photo cannot change after centre approval'],
  ['PHOTO_REQUIRED', 400, '请先上传二寸白底彩色证件照', 'Upload a 2-inch colour ID photo on white first'],
  ['ROSTER_INVALID', 422, '名单存在错误，未导入任何数据', 'The roster has errors; nothing was imported'],
  ['MESSAGE_NOT_FOUND', 404, '消息不存在', 'Message not found'],
  ['SESSION_NOT_FOUND', 404, '考核批次不存在', 'Assessment session not found'],
  ['SESSION_CODE_TAKEN', 409, '考核批次编号已存在', 'This session code is already used'],
  ['SESSION_CONFIG_INVALID', 400, '考核批次配置不合法', 'The session configuration is invalid'],
  ['SESSION_ROTATION_CUTOFF_BEFORE_SIGNUP_CLOSES', 400, '结束轮转截止日期不能早于报名截止时间', 'The rotation cutoff cannot fall before the sign-up window closes'],
  ['SIGNUP_NOT_FOUND', 404, '报名记录不存在', 'Sign-up not found'],
  ['SIGNUP_EXISTS', 409, '本批次已报名，不可重复报名', 'You have already signed up for this session'],
  ['SIGNUP_WINDOW_NOT_OPEN', 409, '报名尚未开始（开始时间：{opensAt}）', 'Sign-up has not opened yet (opens {opensAt})'],
  ['SIGNUP_WINDOW_CLOSED', 409, '不在报名时间内，漏报、逾期不予补报', 'Sign-up is closed; late sign-ups are not accepted'],
  ['SIGNUP_NOT_ELIGIBLE', 422, '不符合报名条件', 'Not eligible to sign up'],
  ['SIGNUP_NOT_EDITABLE', 409, '当前状态不可修改报名', 'The sign-up cannot be changed in its current state'],
  ['SIGNUP_TRANSITION_INVALID', 409, '当前状态不允许此操作', 'This action is not allowed in the current state'],
  ['REVIEW_WINDOW_CLOSED', 409, '不在资格审核时间内', 'Outside the eligibility review window'],
  ['REASON_REQUIRED', 400, '请填写理由', 'A reason is required'],
  ['SUBJECTS_INVALID', 422, '报考科目不符合规定', 'The chosen subjects are not allowed'],
  ['RETRAINING_REQUIRED', 422, '超过三年未通过结业考核，须自费重新参加培训', 'Three-year limit passed: retraining is required'],
  ['TICKET_NOT_FOUND', 404, '准考证不存在', 'Admit ticket not found'],
  ['TICKET_NOT_READY', 409, '准考证尚未生成，请稍后再试', 'The admit ticket is not ready yet'],
  ['TICKET_WINDOW_NOT_OPEN', 409, '准考证打印尚未开始（开始时间：{opensAt}）', 'Admit-ticket printing has not opened yet (opens {opensAt})'],
  ['TICKET_WINDOW_CLOSED', 409, '准考证打印时间已结束', 'The admit-ticket printing window has closed'],
  ['TICKET_AT_NATIONAL_SITE', 409, '专业理论考试准考证请登录中国卫生人才网打印', 'Print the theory exam ticket on the national exam site'],
  ['SEAT_NOT_ASSIGNED', 404, '尚未安排考场：全科中心审核通过报名并编排考场后显示', 'No seat yet: it shows once the centre has approved the sign-up and seated the candidates'],
  ['TICKET_TOKEN_INVALID', 400, '准考证二维码无效或被篡改', 'The ticket code is not genuine or was altered'],
  ['EXCEPTION_RULE_NOT_ALLOWED', 400, '该规则不允许例外', 'This rule does not admit exceptions'],
  ['SESSION_SUBJECT_NOT_OFFERED', 422, '本考核批次未设置该科目', 'The session does not offer this subject'],
  ['SESSION_ALREADY_CANCELLED', 409, '本次结业考核已取消，无需重复操作', 'The session is already cancelled'],
  ['SESSION_SUBJECT_ALREADY_CANCELLED', 409, '该科目考试已取消，无需重复操作', 'This subject is already cancelled'],
  ['SESSION_RESULTS_PUBLISHED', 409, '该科目成绩已公布，不能取消考试', 'The subject’s results are published; it can no longer be cancelled'],
  ['SESSION_RESULTS_RECORDED', 409, '该科目已录入成绩（考试已举行），不能取消考试', 'The subject has results on record (the exam took place); it can no longer be cancelled'],
  ['SESSION_IS_CANCELLED', 409, '本次结业考核已取消', 'This assessment session is cancelled'],
  ['SESSION_SUBJECT_IS_CANCELLED', 409, '该科目考试已取消', 'This subject’s exam is cancelled'],
  ['PASS_RULE_NOT_SET', 409, '本批次尚未设置该科目的合格标准', 'The session has no pass rule for this subject yet'],
  ['SCORE_IMPORT_NOT_FOUND', 404, '成绩导入记录不存在', 'Score import not found'],
  ['SCORE_IMPORT_INVALID', 422, '成绩文件存在错误，未导入任何数据', 'The score file has errors; nothing was imported'],
  ['SCORE_IMPORT_NOT_READY', 409, '成绩文件仍在校验中，请稍后再试', 'The score file is still being checked'],
  ['SCORE_IMPORT_STALE', 409, '预览后数据已发生变化，请重新上传预览', 'The data changed since the preview; preview the file again'],
  ['SCORE_IMPORT_CLOSED', 409, '该导入已提交或已失效', 'This import was already committed or is no longer valid'],
  ['SCORE_INVALID', 400, '成绩数据不合法', 'The score data are invalid'],
  ['SCORE_PUBLISHED', 409, '成绩已公布，只能通过成绩更正修改', 'Published scores change only through a correction'],
  ['SCORE_NOT_SIGNED_UP', 409, '该考生未经审核通过报考此科目', 'The candidate is not an approved candidate of this subject'],
  ['RECHECK_NOT_ACCEPTED', 409, '专业理论考试成绩以标准分形式报告，不接受成绩复核申请', 'Theory results are standard scores; recheck requests are not accepted'],
  ['RESULTS_NOT_PUBLISHED', 404, '成绩尚未公布', 'Results are not published yet'],
  ['RESULTS_ALREADY_PUBLISHED', 409, '该科目成绩已公布', 'These results are already published'],
  ['ATTEMPT_NOT_FOUND', 404, '成绩记录不存在', 'Result not found'],
  ['ATTEMPT_ALREADY_VOIDED', 409, '该成绩已被取消', 'This result is already voided'],
  ['RECHECK_NOT_AVAILABLE', 409, '本平台不受理临床实践技能考核成绩复核申请，如有疑问请联系省全科医学培训中心', 'Skills recheck requests are not taken on this platform; contact the provincial centre'],
  ['RESULTS_INCOMPLETE', 409, '仍有审核通过的考生没有成绩记录（缺考也须录入）；确认后须填写理由方可公布', 'Some approved candidates have no result (record absences too); publishing anyway needs an acknowledgement and a reason'],
  ['ROUND_NOT_FOUND', 404, '招录批次不存在', 'Recruitment round not found'],
  ['ROUND_NOT_IN_JURISDICTION', 403, '该招录批次不属于本机构管辖', 'This round belongs to another jurisdiction'],
  ['ROUND_CHANGED', 409, '招录批次已被他人修改，请刷新后重试', 'The round changed meanwhile; reload and try again'],
  ['APPLICANT_EXISTS', 409, '该证件号码已注册报名账号，请直接登录', 'An applicant account exists for this ID number; log in instead'],
  ['APPLICANT_ACCOUNT_REQUIRED', 403, '请使用招录报名账号操作（结业考核考生账号不能报名招录）', 'Only an applicant account can apply (not a trainee’s account)'],
  ['APPLICATION_NOT_FOUND', 404, '招录报名不存在', 'Application not found'],
  ['APPLICATION_EXISTS', 409, '您已在本批次报名，每人每批次限报一次', 'You already applied in this round (one application per person per round)'],
  ['APPLICATION_NOT_EDITABLE', 409, '报名已提交，不能修改（被退回修改的除外）', 'The application was submitted and is locked unless returned for correction'],
  ['APPLICATION_CHANGED', 409, '报名信息已被修改，请刷新后重试', 'The application changed meanwhile; reload and try again'],
  ['APPLICANT_TYPE_NOT_OFFERED', 400, '本批次不招收该类型报名人员', 'This round does not take applicants of this type'],
  ['EMPLOYER_CITY_REQUIRED', 400, '单位人须填写工作单位所在设区市（由其卫健委初审）', 'An EMPLOYED applicant names the city of the employer (its commission reviews first)'],
  ['EMPLOYER_CITY_INVALID', 400, '工作单位所在设区市不属于本批次的管辖范围', 'The employer city is not a city of this round’s jurisdiction'],
  ['APPLICANT_FACTS_INVALID', 400, '报名信息填写不完整或不合法', 'The declared facts are incomplete or invalid'],
  ['CHOICES_INVALID', 400, '志愿填报不符合要求', 'The choices are not valid'],
  ['CHOICES_REQUIRED', 409, '请先填报志愿再提交', 'Make your choices before submitting'],
  ['RECRUITMENT_SIGNUP_NOT_OPEN', 409, '招录报名尚未开始', 'Sign-up for this round has not opened yet'],
  ['RECRUITMENT_SIGNUP_CLOSED', 409, '招录报名已结束', 'Sign-up for this round has closed'],
  ['APPLICANT_NOT_ELIGIBLE', 409, '不符合本批次报名条件，详见逐条审核结果', 'Not eligible for this round; see the verdict rule by rule'],
  ['DOCUMENTS_INCOMPLETE', 409, '报名材料不齐全', 'Required documents are missing'],
  ['DOCUMENT_KIND_INVALID', 400, '不支持的材料类别', 'Unknown document kind'],
  ['DOCUMENT_NOT_JPEG', 415, '材料须为 JPG 格式图片（按文件内容判断，改扩展名无效）', 'A document must be a JPEG (judged by its content, not its name)'],
  ['DOCUMENT_TOO_LARGE', 413, '材料文件超过本批次规定的大小', 'The document is larger than the round allows'],
  ['DOCUMENT_CORRUPT', 400, '材料文件已损坏或不完整，无法读取', 'The document is damaged or incomplete'],
  ['DOCUMENT_NOT_FOUND', 404, '该材料尚未上传', 'This document has not been uploaded'],
  ['REVIEW_LEVEL_NOT_IN_TURN', 409, '尚未轮到本级审核', 'It is not this level’s turn to review'],
  ['RECRUITMENT_REVIEW_WINDOW_CLOSED', 409, '不在本级审核时间内', 'Outside this level’s review window'],
  ['RECRUITMENT_TRANSITION_INVALID', 409, '当前状态下不能进行此操作', 'This action is not allowed in the application’s current state'],
  ['RECRUITMENT_REASON_REQUIRED', 400, '不通过或退回须填写原因', 'A rejection or return needs a reason'],
  ['CORRECT_BY_REQUIRED', 400, '退回修改须设定修改截止时间，且须晚于当前时间', 'A return needs a correction deadline in the future'],
  ['CORRECTION_DEADLINE_PASSED', 409, '已过修改截止时间，视为自动放弃', 'The correction deadline has passed; the application counts as withdrawn'],
  // Recruitment: ranking, admission runs, placements, notices and reporting (RC-6 … RC-9).
  ['APPLICANT_NOT_IN_ROUND', 404, '本批次没有该考生的有效报名', 'No approved application of this applicant in the round'],
  ['RANKING_KIND_MISMATCH', 409, '本批次不使用该类排名成绩', 'This round does not rank by this kind of score'],
  ['ASSESSMENT_NOT_FOR_BASE', 403, '该考生未在本轮选择本基地', 'The applicant did not choose your base in this round'],
  ['RANKING_SCORE_INVALID', 400, '成绩须为0至999.99之间的数值，最多两位小数', 'A score is a number from 0 to 999.99 with at most two decimals'],
  ['RANKING_FILE_INVALID', 422, '成绩文件存在错误，未导入任何数据', 'The score file has errors; nothing was imported'],
  ['RANKING_CLOSED', 409, '该轮录取结果已发布，本轮成绩不可再修改', 'The results of this round are published; its scores can no longer change'],
  ['ADMISSION_PLAN_INVALID', 409, '招录计划无法用于录取（基地未知或无计划）', 'The recruitment plan cannot be used (unknown base or no plan)'],
  ['ADMISSION_RUN_NOT_FOUND', 404, '录取计算不存在', 'Admission run not found'],
  ['ADMISSION_ALREADY_PUBLISHED', 409, '本批次该阶段的录取结果已发布', 'This round’s admission is already published through this stage'],
  ['ADMISSION_STAGE_INVALID', 400, '本批次没有该录取阶段', 'This round’s admission has no such stage'],
  [
    'ADMISSION_SETTLED_ROUNDS_CHANGED',
    409,
    '已公布阶段的录取结果会因报名变化而改变，不能继续计算；请核对详情中的人员',
    'The change since the last publication would alter admissions already published; see the applicants in details',
  ],
  ['ADMISSION_INPUTS_CHANGED', 409, '预览后报名或成绩已变化，请重新预览', 'Applications or scores changed since the preview; preview again'],
  ['ADMISSION_RUN_NOT_PREVIEW', 409, '该录取计算已发布或已作废', 'This run is no longer a preview'],
  ['ADMISSION_NOT_PUBLISHED', 404, '录取结果尚未发布', 'Admission results are not published yet'],
  ['ADMISSION_RESULTS_NOT_VISIBLE', 409, '录取结果尚未到公布时间', 'Admission results are not visible yet'],
  ['PLACEMENT_NOT_FOUND', 404, '录取信息不存在', 'No admitted place found'],
  ['PLACEMENT_CHANGED', 409, '录取信息已被他人修改，请刷新后重试', 'The place changed meanwhile; reload and try again'],
  ['REPORTING_REFUSED', 409, '报到登记不符合规定', 'The report cannot be recorded'],
  ['ALREADY_IN_TRAINING', 409, '该人员已有培训记录', 'This person already has a training record'],
  ['NOTICE_NOT_READY', 409, '录取通知书尚未生成', 'The admission notice is not ready yet'],
  ['NOTICE_TOKEN_INVALID', 404, '录取通知书二维码无效', 'The admission notice code is not genuine'],
];

describe('the merged error catalogue', () => {
  it('errors holds exactly the pinned codes, each with its pinned status and messages', () => {
    const pinned = Object.fromEntries(PINNED.map(([code, status, zh, en]) => [code, { status, zh, en }]));
    expect(Object.keys(pinned)).toHaveLength(PINNED.length);
    expect(ERROR_CATALOGUE).toEqual(pinned);
  });

  it.each(PINNED)('errors new DomainError(%s) carries its English text as its message', (code, _status, _zh, en) => {
    expect(new DomainError(code as ErrorCode).message).toBe(en);
  });

  it('errors a code two libraries define is refused, naming both', () => {
    const twice: ErrorDefinition = { status: 409, zh: '重复', en: 'Twice' };
    expect(() => mergeErrorCatalogues({ identity: { ALREADY_DONE: twice }, training: { ALREADY_DONE: { ...twice, en: 'Other' } } })).toThrow(
      'Error code ALREADY_DONE is defined by both identity and training',
    );
    expect(() => mergeErrorCatalogues({ common: { CONFLICT: twice }, scores: { CONFLICT: twice } })).toThrow(
      'Error code CONFLICT is defined by both common and scores',
    );
  });
});

/** The catalogues each library may name: its own and those of the libraries below it. */
const MAY_NAME: Record<string, string[]> = {
  common: ['common'],
  database: ['common'],
  queue: ['common'],
  identity: ['common', 'identity'],
  training: ['common', 'identity', 'training'],
  notifications: ['common', 'notifications'],
  assessment: ['common', 'identity', 'training', 'notifications', 'assessment'],
  tickets: ['common', 'identity', 'training', 'notifications', 'assessment', 'tickets'],
  scores: ['common', 'identity', 'training', 'notifications', 'assessment', 'scores'],
  recruitment: ['common', 'identity', 'training', 'notifications', 'assessment', 'tickets', 'scores', 'recruitment'],
};


const root = join(__dirname, '../../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('each library owns its error codes', () => {
  const ownerOf = new Map(Object.entries(ERROR_CATALOGUES).flatMap(([library, catalogue]) => Object.keys(catalogue).map((code) => [code, library] as const)));

  it('errors a library names only codes of its own catalogue or of those below it, so each code lives in the lowest library that throws it', () => {
    const libraries = readdirSync(join(root, 'libs'));
    expect(libraries.filter((library) => !(library in MAY_NAME))).toEqual([]);
    const misplaced = new Set<string>();
    for (const library of libraries) {
      for (const file of sourceFiles(join(root, 'libs', library, 'src'))) {
        // A quoted code: a throw, a refusal a rule returns, an isDomainError check.
        for (const [, code] of readFileSync(file, 'utf8').matchAll(/'([A-Z][A-Z0-9_]*)'/g)) {
          const owner = ownerOf.get(code);
          if (owner !== undefined && !MAY_NAME[library].includes(owner)) misplaced.add(`${relative(root, file)} ${code}`);
        }
      }
    }
    expect([...misplaced]).toEqual([]);
  });
});
