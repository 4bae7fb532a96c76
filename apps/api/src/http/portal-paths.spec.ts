import { portalTarget } from './portal-paths';

describe('portalTarget: what a GET outside the API routes asks of the portal', () => {
  const page = (file: string) => ({ kind: 'file', file, hashed: false, otherwise: 'page' });

  it('the root and index.html are the portal’s page', () => {
    expect(portalTarget('/')).toEqual(page('index.html'));
    expect(portalTarget('/?next=%2Fcandidate')).toEqual(page('index.html'));
    expect(portalTarget('/index.html')).toEqual(page('index.html'));
  });

  it('a path of the portal’s router, reloaded or opened from a link, gets the page when no file has its name', () => {
    expect(portalTarget('/candidate/signup')).toEqual(page('candidate/signup'));
    expect(portalTarget('/candidate/signup/')).toEqual(page('candidate/signup'));
    expect(portalTarget('/login?from=%2F')).toEqual(page('login'));
    // A ticket's QR code: the token's dots and base64url do not make it a file.
    const token = 't1.WyIyMDI0MkZaMDAwMDEiLDEyMzQ1NjcsMV0.w47ciBXISJ9kc4l49EAI-FljRVRfC6po72_PXFPlcYk';
    expect(portalTarget(`/verify/${token}`)).toEqual(page(`verify/${token}`));
    expect(portalTarget('/%E6%8A%A5%E5%90%8D')).toEqual(page('报名'));
  });

  it('the hashed assets are cached for good; a missing one is a 404, never the page', () => {
    expect(portalTarget('/assets/index-EJyT6BYT.js')).toEqual({ kind: 'file', file: 'assets/index-EJyT6BYT.js', hashed: true, otherwise: 'not-found' });
    expect(portalTarget('/assets/fonts/x-1a2b.woff2?v=2')).toEqual({ kind: 'file', file: 'assets/fonts/x-1a2b.woff2', hashed: true, otherwise: 'not-found' });
    expect(portalTarget('/assets')).toEqual({ kind: 'file', file: 'assets', hashed: false, otherwise: 'not-found' });
  });

  it('other files are revalidated, and a missing one with a resource’s extension is a 404', () => {
    for (const name of ['favicon.ico', 'robots.txt', 'manifest.webmanifest', 'logo.SVG', 'old/app.js', 'sitemap.xml']) {
      expect(portalTarget(`/${name}`)).toEqual({ kind: 'file', file: name, hashed: false, otherwise: 'not-found' });
    }
  });

  it('anything under /api is the API’s, whatever its case or encoding', () => {
    for (const url of ['/api', '/api/', '/api/nope', '/api/verify/t1.a.b', '/API/health', '/Api', '/%61pi/nope', '/api?x=1']) {
      expect([url, portalTarget(url)]).toEqual([url, { kind: 'api' }]);
    }
    expect(portalTarget('/apidocs')).toEqual(page('apidocs'));
    expect(portalTarget('/apiary/x')).toEqual(page('apiary/x'));
  });

  it('refuses a path that could leave the folder or reach a hidden file', () => {
    const refused = [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E%2Fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets/%5c..%5csecret.txt',
      '/./index.html',
      '//etc/passwd',
      '/assets//x.js',
      '/.env',
      '/assets/.hidden',
      '/index.html%00.js',
      '/%E0%A4%A',
      'index.html',
    ];
    for (const url of refused) expect([url, portalTarget(url)]).toEqual([url, { kind: 'refused' }]);
  });
});
