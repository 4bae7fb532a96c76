/**
 * The stable error catalogue. Codes are a public contract: clients match on them, so never rename one.
 * Every code maps to one HTTP status and a message in Chinese and English. A `{name}` in a message is
 * filled from the error's details of that name (e.g. the opening time of a window).
 */
export const ERROR_CATALOGUE = {
  // generic
  VALIDATION_FAILED: { status: 400, zh: '请求参数不合法', en: 'The request is invalid' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Authentication is required' },
  INVALID_CREDENTIALS: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  TOO_MANY_REQUESTS: { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests, try again later' },
  FORBIDDEN_ROLE: { status: 403, zh: '当前角色无权执行此操作', en: 'Your role may not do this' },
  FORBIDDEN_SCOPE: { status: 403, zh: '超出本机构的管辖范围', en: 'This record is outside your organisation' },
  NOT_FOUND: { status: 404, zh: '记录不存在', en: 'Not found' },
  CONFLICT: { status: 409, zh: '数据已被他人修改，请刷新后重试', en: 'The record changed meanwhile; reload and retry' },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '上传文件过大', en: 'The upload is too large' },
  BODY_TOO_DEEP: { status: 400, zh: '请求内容的嵌套层级过深', en: 'The request body is nested too deeply' },
  INTERNAL_ERROR: { status: 500, zh: '系统内部错误', en: 'Internal error' },
  SERVICE_UNAVAILABLE: { status: 503, zh: '服务暂时不可用，请稍后再试', en: 'The service is temporarily unavailable; try again shortly' },
  REDIS_UNAVAILABLE: { status: 503, zh: '队列与限流服务（Redis）暂时不可用，请稍后再试', en: 'The queue and rate-limit store (Redis) is unavailable; try again shortly' },

  // identity
  ACCOUNT_EXISTS: { status: 409, zh: '该账号已存在', en: 'This account already exists' },
  TRAINEE_NOT_FOUND: { status: 404, zh: '未找到与姓名和证件号码一致的培训对象', en: 'No trainee matches this name and ID number' },
  TRAINEE_ALREADY_LINKED: { status: 409, zh: '该培训对象已注册账号', en: 'This trainee already has an account' },
  // Registration's one answer for "no such trainee" and "already registered": a roster is not public.
  TRAINEE_NOT_REGISTRABLE: {
    status: 404,
    zh: '未找到可注册的培训学员记录；如您确为该学员且无法注册，请联系所在培训基地',
    en: 'No trainee record open for registration matches these details; if you are this trainee and cannot register, contact your training base',
  },
  ORGANISATION_NOT_FOUND: { status: 404, zh: '机构不存在', en: 'Organisation not found' },
  ACCOUNT_NOT_LOCKED: { status: 409, zh: '该账号未被锁定', en: 'This account is not locked' },
  PASSWORD_TOO_SHORT: { status: 400, zh: '密码至少需要 10 个字符', en: 'The password must have at least 10 characters' },
  PASSWORD_TOO_COMMON: { status: 400, zh: '该密码过于常见，请换一个', en: 'This password is too common; choose another' },
  PASSWORD_CONTAINS_USERNAME: { status: 400, zh: '密码不能包含用户名', en: 'The password must not contain the username' },
  PASSWORD_UNCHANGED: { status: 400, zh: '新密码不能与当前密码相同', en: 'The new password must differ from the current one' },
  CURRENT_PASSWORD_INVALID: { status: 400, zh: '当前密码不正确', en: 'The current password is wrong' },
  PASSWORD_CHANGE_REQUIRED: { status: 403, zh: '请先修改密码', en: 'Change your password first' },
  REFRESH_TOKEN_INVALID: { status: 401, zh: '登录已失效，请重新登录', en: 'The login has ended; log in again' },
  REFRESH_TOKEN_REUSED: { status: 401, zh: '登录凭据被重复使用，已注销该登录，请重新登录', en: 'A used refresh token was presented again; the login was ended, log in again' },
  ACCOUNT_ROLE_NOT_ADMINISTERED: { status: 403, zh: '中心只能管理基地审核员、市级审核员和考点核验员账号', en: 'The centre administers base reviewer, city reviewer and checker accounts only' },
  ROLE_ORGANISATION_MISMATCH: { status: 400, zh: '角色与所属机构层级不符', en: 'The role does not fit the organisation level' },
  ACCOUNT_ALREADY_DISABLED: { status: 409, zh: '该账号已停用', en: 'This account is already disabled' },
  ACCOUNT_ALREADY_ACTIVE: { status: 409, zh: '该账号已启用', en: 'This account is already active' },

  // identity documents
  ID_NUMBER_INVALID: { status: 400, zh: '证件号码不合法', en: 'The ID number is invalid' },

  // files
  FILE_MISSING: { status: 400, zh: '未收到上传文件', en: 'No file was uploaded' },
  FILE_EMPTY: { status: 400, zh: '上传文件为空', en: 'The uploaded file is empty' },
  FILE_TYPE_UNSUPPORTED: { status: 415, zh: '不支持的文件类型', en: 'Unsupported file type' },
  FILE_ENCODING_UNSUPPORTED: { status: 400, zh: '无法识别文件编码，请使用 UTF-8 或 GBK', en: 'Unrecognised text encoding; use UTF-8 or GBK' },
  FILE_CORRUPT: { status: 400, zh: '文件已损坏，无法读取', en: 'The file is damaged and cannot be read' },
  SPREADSHEET_COLUMNS_INVALID: { status: 400, zh: '表头与模板不符', en: 'The header row does not match the template' },
  SPREADSHEET_TOO_LARGE: { status: 413, zh: '表格行数或解压后体积超出限制', en: 'The spreadsheet has too many rows or expands too much' },
  PHOTO_NOT_JPEG: { status: 415, zh: '照片必须是 JPEG 格式（按内容识别，不看扩展名）', en: 'The photo must be a real JPEG (checked by content, not by name)' },
  PHOTO_TOO_LARGE: { status: 413, zh: '照片文件过大', en: 'The photo file is too large' },
  PHOTO_CORRUPT: { status: 400, zh: '照片文件已损坏或不完整', en: 'The photo is damaged or truncated' },
  PHOTO_DIMENSIONS_INVALID: { status: 400, zh: '照片尺寸不符合二寸证件照要求', en: 'The photo does not have 2-inch ID photo dimensions' },
  PHOTO_TOO_MANY_PIXELS: { status: 400, zh: '照片像素过多', en: 'The photo has too many pixels' },
  PHOTO_BACKGROUND_NOT_WHITE: { status: 400, zh: '照片背景须为白色', en: 'The photo background must be white' },
  PHOTO_LOCKED: { status: 409, zh: '中心审核通过后照片不可更改', en: 'The photo cannot change after centre approval' },
  PHOTO_REQUIRED: { status: 400, zh: '请先上传二寸白底彩色证件照', en: 'Upload a 2-inch colour ID photo on white first' },

  // roster
  ROSTER_INVALID: { status: 422, zh: '名单存在错误，未导入任何数据', en: 'The roster has errors; nothing was imported' },

  // sessions
  SESSION_NOT_FOUND: { status: 404, zh: '考核批次不存在', en: 'Assessment session not found' },
  SESSION_CODE_TAKEN: { status: 409, zh: '考核批次编号已存在', en: 'This session code is already used' },
  SESSION_CONFIG_INVALID: { status: 400, zh: '考核批次配置不合法', en: 'The session configuration is invalid' },
  SESSION_ROTATION_CUTOFF_BEFORE_SIGNUP_CLOSES: { status: 400, zh: '结束轮转截止日期不能早于报名截止时间', en: 'The rotation cutoff cannot fall before the sign-up window closes' },

  // sign-up
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
  // tickets
  TICKET_NOT_FOUND: { status: 404, zh: '准考证不存在', en: 'Admit ticket not found' },
  TICKET_NOT_READY: { status: 409, zh: '准考证尚未生成，请稍后再试', en: 'The admit ticket is not ready yet' },
  // Both ticket windows answer 409 like the sign-up window: "not now" is a state, not a permission.
  TICKET_WINDOW_NOT_OPEN: { status: 409, zh: '准考证打印尚未开始（开始时间：{opensAt}）', en: 'Admit-ticket printing has not opened yet (opens {opensAt})' },
  TICKET_WINDOW_CLOSED: { status: 409, zh: '准考证打印时间已结束', en: 'The admit-ticket printing window has closed' },
  TICKET_AT_NATIONAL_SITE: { status: 409, zh: '专业理论考试准考证请登录中国卫生人才网打印', en: 'Print the theory exam ticket on the national exam site' },
  TICKET_TOKEN_INVALID: { status: 400, zh: '准考证二维码无效或被篡改', en: 'The ticket code is not genuine or was altered' },
  EXCEPTION_RULE_NOT_ALLOWED: { status: 400, zh: '该规则不允许例外', en: 'This rule does not admit exceptions' },
  // scores
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
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;
