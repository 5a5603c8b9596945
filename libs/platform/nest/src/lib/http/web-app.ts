import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import helmet from 'helmet';

/** Paths that are never the web app's: the API, its documentation, the probes. */
const NOT_THE_WEB_APP = /^\/(api|docs|health)(\/|$)/;

/** Hashed file names (Vite): a file's content never changes under its name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current hashed files: revalidated on every load, so a deployment shows at once. */
const REVALIDATE = 'no-cache';

/**
 * Content-Security-Policy directives of the web app (and of every answer but the docs): scripts,
 * fonts and connections from this origin only (plus the identity provider's origin in `oidc`
 * mode, for its discovery document and token endpoint); inline styles are allowed because the
 * component library sets style attributes; no plugins, no framing, no foreign base URL.
 */
export function strictContentSecurityPolicy(connectOrigins: readonly string[] = []) {
  return {
    useDefaults: false,
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'font-src': ["'self'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'connect-src': ["'self'", ...connectOrigins],
      'frame-ancestors': ["'none'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'", ...connectOrigins],
    },
  };
}

/**
 * Security headers: the strict policy everywhere, the relaxed one only under /docs, where the
 * Swagger UI needs inline scripts.
 */
export function securityHeaders(connectOrigins: readonly string[]): RequestHandler {
  const strict = helmet({ contentSecurityPolicy: strictContentSecurityPolicy(connectOrigins) });
  const docs = helmet({ contentSecurityPolicy: { directives: { 'script-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] } } });
  return (req: Request, res: Response, next: NextFunction) => (/^\/docs(\/|$)/.test(req.path) ? docs : strict)(req, res, next);
}

/**
 * Serves the built web app (`CASETRAIL_WEB_DIR`): `/assets/*` cached for a year (hashed names),
 * index.html revalidated, and any other GET of a page (Accept: text/html) outside the API, the
 * docs and the probes answered with index.html, so the app's own routes load on a reload. When
 * the folder is missing (not built), such a page answers 404 with how to build it. The folder is
 * looked for at each request, so building the app needs no restart.
 */
export function webAppHandlers(webDir: string): RequestHandler[] {
  const root = resolve(webDir);
  const index = join(root, 'index.html');
  const assets = express.static(root, {
    index: false,
    fallthrough: true,
    setHeaders: (res) => res.setHeader('Cache-Control', IMMUTABLE),
  });
  const files = express.static(root, {
    index: false,
    fallthrough: true,
    setHeaders: (res) => res.setHeader('Cache-Control', REVALIDATE),
  });
  const isPage = (req: Request) => (req.method === 'GET' || req.method === 'HEAD') && !NOT_THE_WEB_APP.test(req.path) && (req.headers.accept ?? '').includes('text/html');
  return [
    (req, res, next) => (req.path.startsWith('/assets/') && !NOT_THE_WEB_APP.test(req.path) ? assets(req, res, next) : next()),
    (req, res, next) => (!NOT_THE_WEB_APP.test(req.path) && req.path !== '/' && req.path !== '/index.html' && !req.path.startsWith('/assets/') ? files(req, res, next) : next()),
    (req, res, next) => {
      if (!isPage(req) && req.path !== '/' && req.path !== '/index.html') return next();
      if (req.method !== 'GET' && req.method !== 'HEAD') return next();
      if (!existsSync(index)) {
        res.status(404).type('text/plain; charset=utf-8').setHeader('Cache-Control', 'no-store');
        res.send('The casetrail web app is not built. Run `npm run web:build`, then reload this page. The API is at /api (documentation at /docs).\n');
        return;
      }
      res.setHeader('Cache-Control', REVALIDATE);
      res.sendFile(index, (error) => error && next(error));
    },
  ];
}
