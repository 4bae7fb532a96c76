import helmet from '@fastify/helmet';
import { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * The Content-Security-Policy of every response: what the built portal (React, Vite, Ant Design) served from this
 * origin needs, and no framing by anyone. Scripts come only from this origin's files (Vite's build has no inline
 * script), never from attributes. Styles allow 'unsafe-inline': antd writes its CSS-in-JS as <style> elements at run
 * time (refused without it: test/portal.e2e-spec.ts runs the built portal in Chromium), and a nonce would need a
 * fresh index.html per request and every antd entry point (static message and modal calls too) to carry it. Inline
 * styles can fetch nothing from elsewhere: images, fonts and connections stay on this origin. Swagger UI at
 * /api/docs and the queue board at /api/queues load only their own scripts, so they live with it too.
 */
export const CONTENT_SECURITY_POLICY: Record<string, string[]> = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
};

/**
 * Security headers on every response, errors and 404s included (helmet's hooks run before routing).
 * HSTS only on a request that arrived over TLS, as the trusted proxy's X-Forwarded-Proto tells: a browser
 * ignores it on plain http anyway, and a developer's http://127.0.0.1 must never be pinned to https.
 */
export async function useSecurityHeaders(app: NestFastifyApplication, hstsMaxAgeSeconds: number): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: false,
  });
  if (hstsMaxAgeSeconds === 0) return;
  const hsts = `max-age=${hstsMaxAgeSeconds}`;
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      if (request.protocol === 'https') void reply.header('Strict-Transport-Security', hsts);
      done();
    });
}
