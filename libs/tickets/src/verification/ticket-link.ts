/**
 * The portal's page that a ticket's QR code opens: `/verify/{token}`. The page reads the token from its path and asks
 * the API (`GET /api/verify/{token}`, or `POST /api/checker/verifications` for a signed-in checker, which is audited).
 */
export const TICKET_VERIFICATION_PAGE = '/verify/';

/**
 * TK-6: what the QR code on a ticket encodes: the verification page for its signed token on the portal's public
 * origin, so any phone's camera opens it. The token is base64url with dots, safe in a path as it is.
 */
export function ticketVerificationUrl(publicOrigin: string, token: string): string {
  return `${publicOrigin.replace(/\/+$/, '')}${TICKET_VERIFICATION_PAGE}${encodeURIComponent(token)}`;
}
