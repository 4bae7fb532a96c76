import { defineErrors } from '@app/common/errors';

/**
 * Training's error codes: trainees and their registration, photos, roster import.
 * The API merges every library's catalogue; codes are a public contract, never renamed.
 */
export const TRAINING_ERRORS = defineErrors({
  TRAINEE_NOT_FOUND: { status: 404, zh: '未找到与姓名和证件号码一致的培训对象', en: 'No trainee matches this name and ID number' },
  TRAINEE_ALREADY_LINKED: { status: 409, zh: '该培训对象已注册账号', en: 'This trainee already has an account' },
  // Registration's one answer for "no such trainee" and "already registered": a roster is not public.
  TRAINEE_NOT_REGISTRABLE: {
    status: 404,
    zh: '未找到可注册的培训学员记录；如您确为该学员且无法注册，请联系所在培训基地',
    en: 'No trainee record open for registration matches these details; if you are this trainee and cannot register, contact your training base',
  },
  PHOTO_LOCKED: { status: 409, zh: '中心审核通过后照片不可更改', en: 'The photo cannot change after centre approval' },
  ROSTER_INVALID: { status: 422, zh: '名单存在错误，未导入任何数据', en: 'The roster has errors; nothing was imported' },
});

declare module '@app/common/errors' {
  interface ErrorCatalogues {
    training: typeof TRAINING_ERRORS;
  }
}
