import { isIP } from 'node:net';

/**
 * PUBLIC_ORIGIN: the scheme, host and port people reach the portal at (behind the reverse proxy, if any). Links
 * printed on paper, such as the QR code of an admit ticket, are built from it, so it must be an origin and
 * nothing more: no path, query, fragment or credentials. A trailing slash is tolerated.
 * In production it is required and must be https: a checker's phone opens the ticket's link and the page shows
 * the candidate's name and photo.
 */
export function publicOriginProblem(value: string | undefined, environment: string): string | null {
  if (value === undefined) return environment === 'production' ? 'PUBLIC_ORIGIN is required in production (e.g. https://agp.example.org)' : null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'PUBLIC_ORIGIN must be an origin such as https://agp.example.org';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'PUBLIC_ORIGIN must start with https:// (or http:// outside production)';
  if (url.username !== '' || url.password !== '') return 'PUBLIC_ORIGIN must not hold a user name or password';
  if (url.pathname !== '/' || /[?#]/.test(value)) return 'PUBLIC_ORIGIN is scheme, host and port only: no path, query or fragment';
  if (environment === 'production' && url.protocol !== 'https:') return 'PUBLIC_ORIGIN must be https in production';
  return null;
}

/** The origin in its canonical spelling (lower-case scheme and host, no default port, no trailing slash). */
export function normalisePublicOrigin(value: string): string {
  return new URL(value).origin;
}

/**
 * Outside production, without PUBLIC_ORIGIN: where this API listens, as a browser on this machine reaches it.
 * An address that listens everywhere (0.0.0.0, ::) is reached through the loopback address.
 */
export function defaultPublicOrigin(host: string, port: number): string {
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return normalisePublicOrigin(`http://${isIP(reachable) === 6 ? `[${reachable}]` : reachable}:${port}`);
}
