import request from 'supertest';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';

/*
 * What the HTTP edge accepts as a request body, before any route sees it: JSON in UTF-8, sent
 * uncompressed. Everything else is a clear 4xx problem, never a 500.
 */

const CASES = '/api/enforcement/cases';
const VALID_CASE = { unit: { code: 'police-battambang', type: 'provincial_police' }, province: 'battambang', offences: ['trafficking_in_persons_with_purpose'], openedOn: '2020-03-14' };

describe('request bodies at the HTTP edge', () => {
  let app: EmbeddedApp;
  let token: string;

  beforeAll(async () => {
    app = await startEmbeddedApp({ env: { CASETRAIL_RATE_LIMIT_PER_MINUTE: '100000' } });
    token = await app.token('police', ['battambang'], 'police-battambang');
  });
  afterAll(async () => {
    await app.destroy();
  });

  /** Sends the bytes as given (superagent would JSON-encode a Buffer sent as application/json). */
  const post = (body: string | Buffer, headers: Record<string, string> = { 'Content-Type': 'application/json' }) =>
    request(app.http)
      .post(CASES)
      .set('Authorization', `Bearer ${token}`)
      .set(headers)
      .serialize((raw: unknown) => raw as string)
      .send(body);

  function expectProblem(res: request.Response, status: number) {
    expect({ status: res.status, type: res.headers['content-type'] }).toEqual({ status, type: expect.stringContaining('application/problem+json') });
    expect(res.body).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
  }

  describe('encodings', () => {
    it('refuses a body that claims gzip but is not (415, the accepted coding named), not 500', async () => {
      const res = await post(JSON.stringify(VALID_CASE), { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
      expectProblem(res, 415);
      expect(res.headers['accept-encoding']).toBe('identity');
      expect(res.body.title).toBe('Unsupported Media Type');
    });

    it('refuses any compressed or unknown content coding with 415: bodies are small, and a coding is one more parser to attack', async () => {
      for (const coding of ['deflate', 'br', 'x-unknown', 'gzip, identity']) {
        const res = await post(JSON.stringify(VALID_CASE), { 'Content-Type': 'application/json', 'Content-Encoding': coding });
        expectProblem(res, 415);
        expect(res.body.detail).not.toContain('JSON');
      }
    });

    it('accepts the identity coding', async () => {
      const res = await post(JSON.stringify(VALID_CASE), { 'Content-Type': 'application/json', 'Content-Encoding': 'identity' });
      expect(res.status).toBe(201);
    });

    it('refuses bytes that are not UTF-8 (400) instead of storing U+FFFD in their place', async () => {
      const body = Buffer.concat([Buffer.from(JSON.stringify({ ...VALID_CASE, reference: 'BTB-' }).slice(0, -2)), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')]);
      const res = await post(body);
      expectProblem(res, 400);
      expect(res.body.detail).toBe('The request body is not valid UTF-8');
    });
  });
});
