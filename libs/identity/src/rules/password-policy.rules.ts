import { dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = 'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_COMMON' | 'PASSWORD_CONTAINS_USERNAME';

let common: ReadonlySet<string> | null = null;

/** zxcvbn's list of common passwords (about 49,000, all lower case), read once. */
function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(dictionary['passwords-common']);
  return common;
}

/** The form a password is compared in: compatibility forms folded, case ignored ("ＰＡＳＳＷＯＲＤ123" is "password123"). */
function comparable(value: string): string {
  return value.normalize('NFKC').toLowerCase();
}

export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(comparable(password));
}

/**
 * Why a new password is refused, or null. Length counts characters (code points), not UTF-16 units, so a CJK
 * passphrase is measured as typed. Refused: shorter than 10, on the common list, or containing the username.
 */
export function passwordProblem(password: string, context: { username?: string } = {}): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'PASSWORD_TOO_SHORT';
  if (isCommonPassword(password)) return 'PASSWORD_TOO_COMMON';
  const username = context.username ? comparable(context.username) : '';
  if (username.length >= 3 && comparable(password).includes(username)) return 'PASSWORD_CONTAINS_USERNAME';
  return null;
}
