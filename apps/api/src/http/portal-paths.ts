import { API_PREFIX } from './api-prefix';

/** Vite's folder of content-hashed files in the build: a name there never changes its content. */
export const PORTAL_ASSETS_FOLDER = 'assets';
export const PORTAL_INDEX = 'index.html';

/**
 * Extensions of files a browser loads as resources. A missing one answers 404 rather than the portal's page: a
 * script or stylesheet must never receive HTML. Any other path is a page of the portal's router (a token such as
 * `t1.xxx.yyy` in `/verify/…` has dots too, so a dot alone does not make a file).
 */
const FILE_EXTENSIONS = new Set([
  'avif', 'css', 'gif', 'htm', 'html', 'ico', 'jpeg', 'jpg', 'js', 'json', 'map', 'mjs', 'otf', 'pdf', 'png',
  'svg', 'ttf', 'txt', 'wasm', 'webmanifest', 'webp', 'woff', 'woff2', 'xml',
]);

/**
 * What a GET or HEAD outside a matched API route asks of the portal:
 * - `api`: the path lies under /api: the API's own JSON 404 answers, never the portal;
 * - `refused`: a path that could leave the portal's folder or reach a hidden file (`..`, `.`, empty or dot
 *   segments, backslashes, NUL, malformed percent-encoding): 404, never a file;
 * - `file`: the file `file` (relative, `/`-separated) if the folder holds it; if not, `otherwise` says whether the
 *   portal's page answers (a page of its router, reloaded or opened from a link) or 404 (a missing asset or file).
 *   `hashed` files may be cached for good; every other file is revalidated.
 */
export type PortalTarget =
  | { kind: 'api' }
  | { kind: 'refused' }
  | { kind: 'file'; file: string; hashed: boolean; otherwise: 'page' | 'not-found' };

export function portalTarget(url: string): PortalTarget {
  const path = url.split(/[?#]/, 1)[0];
  if (!path.startsWith('/')) return { kind: 'refused' };
  const raw = path.slice(1).split('/');
  // One trailing slash is a directory's spelling of a page (`/candidate/`); empty segments elsewhere are not.
  if (raw.length > 1 && raw[raw.length - 1] === '') raw.pop();
  const segments: string[] = [];
  for (const segment of raw) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return { kind: 'refused' };
    }
    segments.push(decoded);
  }
  // Case and encoding do not take a path out of the API (`/API/x`, `/%61pi/x`): it never gets the portal's page.
  if (segments[0].toLowerCase() === API_PREFIX) return { kind: 'api' };
  if (segments.length === 1 && segments[0] === '') return { kind: 'file', file: PORTAL_INDEX, hashed: false, otherwise: 'page' };
  if (segments.some((s) => s === '' || s.startsWith('.') || /[\\/\0]/.test(s))) return { kind: 'refused' };
  const file = segments.join('/');
  const last = segments[segments.length - 1];
  const extension = last.includes('.') ? last.slice(last.lastIndexOf('.') + 1).toLowerCase() : '';
  const inAssets = segments[0] === PORTAL_ASSETS_FOLDER;
  const page = file === PORTAL_INDEX || (!inAssets && !FILE_EXTENSIONS.has(extension));
  return { kind: 'file', file, hashed: inAssets && segments.length > 1, otherwise: page ? 'page' : 'not-found' };
}
