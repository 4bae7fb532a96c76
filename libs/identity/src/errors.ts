import { defineErrors } from '@app/common/errors';

/**
 * Identity's error codes: accounts, passwords, logins and their tokens, organisations.
 * The API merges every library's catalogue; codes are a public contract, never renamed.
 */
export const IDENTITY_ERRORS = defineErrors({
  ACCOUNT_EXISTS: { status: 409, zh: '该账号已存在', en: 'This account already exists' },
  ORGANISATION_NOT_FOUND: { status: 404, zh: '机构不存在', en: 'Organisation not found' },
  ACCOUNT_NOT_LOCKED: { status: 409, zh: '该账号未被锁定', en: 'This account is not locked' },
  PASSWORD_TOO_SHORT: { status: 400, zh: '密码至少需要 10 个字符', en: 'The password must have at least 10 characters' },
  PASSWORD_TOO_COMMON: { status: 400, zh: '该密码过于常见，请换一个', en: 'This password is too common; choose another' },
  PASSWORD_CONTAINS_USERNAME: { status: 400, zh: '密码不能包含用户名', en: 'The password must not contain the username' },
  PASSWORD_UNCHANGED: { status: 400, zh: '新密码不能与当前密码相同', en: 'The new password must differ from the current one' },
  CURRENT_PASSWORD_INVALID: { status: 400, zh: '当前密码不正确', en: 'The current password is wrong' },
  PASSWORD_CHANGE_REQUIRED: { status: 403, zh: '请先修改密码', en: 'Change your password first' },
  ONE_TIME_LINK_INVALID: { status: 401, zh: '链接无效、已使用或已过期：请回到平台重新打开', en: 'The link is invalid, used or expired: open it again from the portal' },
  REFRESH_TOKEN_INVALID: { status: 401, zh: '登录已失效，请重新登录', en: 'The login has ended; log in again' },
  REFRESH_TOKEN_REUSED: { status: 401, zh: '登录凭据被重复使用，已注销该登录，请重新登录', en: 'A used refresh token was presented again; the login was ended, log in again' },
  ACCOUNT_ROLE_NOT_ADMINISTERED: { status: 403, zh: '中心只能管理基地审核员、市级审核员和考点核验员账号', en: 'The centre administers base reviewer, city reviewer and checker accounts only' },
  ROLE_ORGANISATION_MISMATCH: { status: 400, zh: '角色与所属机构层级不符', en: 'The role does not fit the organisation level' },
  ACCOUNT_ALREADY_DISABLED: { status: 409, zh: '该账号已停用', en: 'This account is already disabled' },
  ACCOUNT_ALREADY_ACTIVE: { status: 409, zh: '该账号已启用', en: 'This account is already active' },
});

declare module '@app/common/errors' {
  interface ErrorCatalogues {
    identity: typeof IDENTITY_ERRORS;
  }
}
