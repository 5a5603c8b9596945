import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';

/*
 * The embedded runtime serves the built web app (CASETRAIL_WEB_DIR) at `/`: hashed assets cached
 * for a year, index.html revalidated, the app's own routes answered with index.html, a strict
 * Content-Security-Policy everywhere but the Swagger UI, and a plain message when nothing is built.
 */

const INDEX = '<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>';
const PAGE = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const STRICT = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'self'",
];

describe('the web app, served by the embedded runtime', () => {
  let app: EmbeddedApp;
  let webDir: string;

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'casetrail-web-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), INDEX);
    writeFileSync(join(webDir, 'assets', 'index-abc123.js'), 'console.log("casetrail");\n');
    writeFileSync(join(webDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    app = await startEmbeddedApp({ env: { CASETRAIL_WEB_DIR: webDir } });
  });
  afterAll(async () => {
    await app.destroy();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('serves index.html at / to be revalidated on every load', async () => {
    const res = await request(app.http).get('/').set('Accept', PAGE);
    expect([res.status, res.headers['cache-control'], res.text]).toEqual([200, 'no-cache', INDEX]);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
  });

  it('caches hashed assets for a year, immutable', async () => {
    const res = await request(app.http).get('/assets/index-abc123.js');
    expect([res.status, res.headers['cache-control']]).toEqual([200, 'public, max-age=31536000, immutable']);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect((await request(app.http).get('/favicon.svg')).headers['cache-control']).toBe('no-cache');
  });

  it("answers the app's own routes with index.html when a page is asked for", async () => {
    for (const path of ['/cases', '/cases/9b1d0c1e-3c1a-4a8e-9f44-2f1c0a7b6d55/history', '/statistics/law-enforcement?year=2020']) {
      const res = await request(app.http).get(path).set('Accept', PAGE);
      expect({ path, status: res.status, body: res.text }).toEqual({ path, status: 200, body: INDEX });
    }
  });

  it('leaves the API, the docs and the probes alone, and a missing asset is a 404', async () => {
    const api = await request(app.http).get('/api/nowhere').set('Accept', PAGE);
    expect([api.status, api.headers['content-type'], api.headers['cache-control']]).toEqual([404, expect.stringContaining('application/problem+json'), 'no-store']);
    expect((await request(app.http).get('/health').set('Accept', PAGE)).headers['content-type']).toMatch(/json/);
    expect((await request(app.http).get('/docs/openapi.json').set('Accept', PAGE)).headers['content-type']).toMatch(/json/);
    expect((await request(app.http).get('/assets/missing-000.js')).status).toBe(404);
    // Not a page (a script asking for JSON): no fallback.
    expect((await request(app.http).get('/cases').set('Accept', 'application/json')).status).toBe(404);
  });

  it('sends the strict Content-Security-Policy with the app and the API, the relaxed one only under /docs', async () => {
    const directives = (header: string) => header.split(';').map((d) => d.trim());
    for (const path of ['/', '/cases', '/assets/index-abc123.js', '/api/session/config']) {
      const csp = (await request(app.http).get(path).set('Accept', PAGE)).headers['content-security-policy'];
      expect({ path, directives: directives(csp) }).toEqual({ path, directives: expect.arrayContaining(STRICT) });
      expect({ path, unsafeInlineScripts: /script-src[^;]*'unsafe-inline'/.test(csp) }).toEqual({ path, unsafeInlineScripts: false });
    }
    const docs = (await request(app.http).get('/docs').redirects(1)).headers['content-security-policy'];
    expect(docs).toMatch(/script-src 'self' 'unsafe-inline'/);
  });
});

describe('the web app when it is not built', () => {
  let app: EmbeddedApp;
  beforeAll(async () => {
    app = await startEmbeddedApp({ env: { CASETRAIL_WEB_DIR: join(tmpdir(), 'casetrail-web-never-built') } });
  });
  afterAll(async () => {
    await app.destroy();
    delete process.env['CASETRAIL_WEB_DIR'];
  });

  it('says how to build it, in plain text, and the API still works', async () => {
    const res = await request(app.http).get('/').set('Accept', PAGE);
    expect([res.status, res.headers['content-type']]).toEqual([404, 'text/plain; charset=utf-8']);
    expect(res.text).toContain('npm run web:build');
    expect((await request(app.http).get('/api/session/config')).status).toBe(200);
  });
});
