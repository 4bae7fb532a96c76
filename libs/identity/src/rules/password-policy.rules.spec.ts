import { isCommonPassword, passwordProblem } from './password-policy.rules';

describe('password policy', () => {
  it('accepts a long uncommon password', () => {
    expect(passwordProblem('Kestrel-Harbour-2024')).toBeNull();
    expect(passwordProblem('玉兰花开在三月的福州')).toBeNull();
  });

  it('refuses fewer than 10 characters, counting characters rather than UTF-16 units', () => {
    expect(passwordProblem('Xq7#pL2!v')).toBe('PASSWORD_TOO_SHORT');
    expect(passwordProblem('Xq7#pL2!vZ')).toBeNull();
    // Nine characters outside the BMP are 18 UTF-16 units, still nine characters.
    expect(passwordProblem('𠮷'.repeat(9))).toBe('PASSWORD_TOO_SHORT');
    expect(passwordProblem('𠮷'.repeat(10))).toBeNull();
  });

  it('refuses passwords on the common list, whatever their case or width', () => {
    expect(passwordProblem('password123')).toBe('PASSWORD_TOO_COMMON');
    expect(passwordProblem('PASSWORD123')).toBe('PASSWORD_TOO_COMMON');
    expect(passwordProblem('ｐａｓｓｗｏｒｄ１２３')).toBe('PASSWORD_TOO_COMMON');
    expect(passwordProblem('1234567890')).toBe('PASSWORD_TOO_COMMON');
    expect(passwordProblem('qwertyuiop')).toBe('PASSWORD_TOO_COMMON');
    expect(isCommonPassword('Kestrel-Harbour-2024')).toBe(false);
  });

  it('refuses a password containing the username', () => {
    expect(passwordProblem('base-fuzhou1-Xq7#', { username: 'base-fuzhou1' })).toBe('PASSWORD_CONTAINS_USERNAME');
    expect(passwordProblem('xBASE-FUZHOU1y!', { username: 'base-fuzhou1' })).toBe('PASSWORD_CONTAINS_USERNAME');
    expect(passwordProblem('Kestrel-Harbour-2024', { username: 'base-fuzhou1' })).toBeNull();
  });
});
