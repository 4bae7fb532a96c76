import { defineErrors } from './error-definition';

/**
 * The common error codes: generic ones any layer answers, and those of common's own helpers (ID documents,
 * uploaded files and tables, photos). Each library keeps its own codes in its `errors.ts`; codes are a public
 * contract, never renamed. Every code maps to one HTTP status and a message in Chinese and English; a `{name}`
 * in a message is filled from the error's details of that name (e.g. the opening time of a window).
 */
export const COMMON_ERRORS = defineErrors({
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
});
