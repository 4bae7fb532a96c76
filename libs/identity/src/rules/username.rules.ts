/**
 * The one form of a username, applied before a login is counted or looked up and before an account is
 * stored: otherwise "cand-xm ", "CAND-XM" and "ｃａｎｄ－ｘｍ" would count as three names while MariaDB's
 * case-insensitive PAD SPACE collation finds the same account for all of them.
 * NFKC folds full-width and other compatibility forms; trimming after it also removes a full-width space.
 */
export function normaliseUsername(raw: string): string {
  return raw.normalize('NFKC').trim().toLowerCase();
}
