import request from 'supertest';
import type { EventStore } from '@casetrail/event-sourcing';
import { EVENT_STORE } from '@casetrail/platform-nest';
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

    it('refuses a charset other than UTF-8 with 415', async () => {
      for (const charset of ['utf-16', 'iso-8859-1', 'x-made-up']) {
        const res = await post(JSON.stringify(VALID_CASE), { 'Content-Type': `application/json; charset=${charset}` });
        expectProblem(res, 415);
      }
    });
  });

  describe('structure', () => {
    const nest = (depth: number, leaf: string, open: string, close: string) => open.repeat(depth) + leaf + close.repeat(depth);
    const written = async (send: () => Promise<request.Response>) => {
      const store = app.app.get<EventStore>(EVENT_STORE);
      const before = await store.headPosition();
      const res = await send();
      return { res, written: (await store.headPosition()) - before };
    };

    it('refuses a body nested 2,000 levels deep with 400, not a RangeError and a 500', async () => {
      for (const body of [
        `{"unit":${nest(2_000, '1', '{"a":', '}')}}`,
        `{"offences":${nest(2_000, '1', '[', ']')}}`,
        nest(2_000, '{}', '[', ']'),
      ]) {
        const { res, written: count } = await written(() => post(body));
        expectProblem(res, 400);
        expect({ errors: res.body.errors, count }).toEqual({ errors: [{ field: '(body)', message: '(body) nests deeper than 32 levels' }], count: 0 });
      }
    });

    it('judges a body at the depth limit by its fields, not its depth', async () => {
      const res = await post(JSON.stringify({ ...VALID_CASE, unit: JSON.parse(nest(31, '1', '{"code":', '}')) }));
      expectProblem(res, 400);
      expect(JSON.stringify(res.body.errors)).not.toContain('nests deeper');
    });

    it('refuses __proto__, constructor and prototype keys like unknown fields (they were dropped silently), naming where they are', async () => {
      const valid = JSON.stringify(VALID_CASE).slice(1, -1);
      const bodies: [string, string][] = [
        [`{"__proto__":{"role":"admin"},${valid}}`, '__proto__'],
        [`{"constructor":{"prototype":{"x":1}},${valid}}`, 'constructor'],
        [`{${valid.replace('"unit":{', '"unit":{"__proto__":{"province":"kandal"},')}}`, 'unit.__proto__'],
      ];
      for (const [body, field] of bodies) {
        const { res, written: count } = await written(() => post(body));
        expectProblem(res, 400);
        expect({ field, named: res.body.errors.map((e: { field: string }) => e.field), count }).toEqual({ field, named: expect.arrayContaining([field]), count: 0 });
      }
    });
  });

  describe('answers name fields and repeat no input', () => {
    const CANARY = 'Zq7Canary';
    const noCanary = (res: request.Response) => expect({ status: res.status, echoed: res.text.includes(CANARY) || JSON.stringify(res.headers).includes(CANARY) }).toEqual({ status: res.status, echoed: false });

    it('names the object that holds an unknown key, not the key', async () => {
      const res = await post(JSON.stringify({ ...VALID_CASE, unit: { ...VALID_CASE.unit, [`${CANARY}unit`]: 1 }, [CANARY]: 'x' }));
      expectProblem(res, 400);
      expect(res.body.errors).toEqual([
        { field: '(body)', message: '(body) has an unknown field' },
        { field: 'unit', message: 'unit has an unknown field' },
      ]);
      noCanary(res);
    });

    it('names an unknown query parameter as (query)', async () => {
      const res = await request(app.http).get(`${CASES}?${CANARY}=1`).set('Authorization', `Bearer ${token}`);
      expectProblem(res, 400);
      expect(res.body.errors).toEqual([{ field: '(query)', message: '(query) has an unknown field' }]);
      noCanary(res);
    });

    it('repeats neither the path of an unknown route nor an invalid id in a known one', async () => {
      const unknown = await request(app.http).get(`/api/${CANARY}`).set('Authorization', `Bearer ${token}`);
      expectProblem(unknown, 404);
      noCanary(unknown);
      const invalidId = await request(app.http).post(`${CASES}/${CANARY}/suspects/${CANARY}/arrest`).set('Authorization', `Bearer ${token}`).send({ arrestedOn: '2020-03-16' });
      expectProblem(invalidId, 400);
      noCanary(invalidId);
    });

    it('does not quote a body that is not JSON', async () => {
      const res = await post(`{"unit": ${CANARY}}`);
      expectProblem(res, 400);
      expect(res.body.detail).toBe('The request body is not valid JSON');
      noCanary(res);
    });
  });

  describe('content types', () => {
    it('refuses a JSON text sent as another media type with 415, naming the accepted one', async () => {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data; boundary=x', 'application/merge-patch+json', 'application/problem+json']) {
        const res = await post(JSON.stringify(VALID_CASE), { 'Content-Type': type });
        expectProblem(res, 415);
        expect({ type, accept: res.headers['accept'] }).toEqual({ type, accept: 'application/json' });
        expect(res.body.detail).toBe('The request body must be application/json');
      }
    });

    it('refuses a body without a Content-Type, or with a malformed one, with 415', async () => {
      for (const type of [undefined, '', 'json', 'application/', '/json', 'application json']) {
        const req = request(app.http).post(CASES).set('Authorization', `Bearer ${token}`);
        const res = await (type === undefined ? req : req.set('Content-Type', type)).serialize((raw: unknown) => raw as string).send(Buffer.from(JSON.stringify(VALID_CASE)));
        expect({ type, status: res.status }).toEqual({ type, status: 415 });
      }
    });

    it('accepts application/json in any letter case, with or without charset=utf-8', async () => {
      for (const type of ['application/json', 'Application/JSON', 'application/json; charset=utf-8', 'application/json;charset=UTF-8']) {
        const res = await post(JSON.stringify(VALID_CASE), { 'Content-Type': type });
        expect({ type, status: res.status }).toEqual({ type, status: 201 });
      }
    });

    it('answers 401 before judging the body of a stranger', async () => {
      const res = await request(app.http).post(CASES).set('Content-Type', 'text/plain').send('hello');
      expectProblem(res, 401);
    });

    it('documents 415 on every operation that takes a body', async () => {
      const doc = (await request(app.http).get('/docs/openapi.json')).body as { paths: Record<string, Record<string, { requestBody?: unknown; responses: Record<string, { content?: object }> }>> };
      const missing = Object.entries(doc.paths).flatMap(([path, item]) =>
        Object.entries(item)
          .filter(([, operation]) => operation.requestBody)
          .filter(([, operation]) => !operation.responses['415']?.content || !('application/problem+json' in operation.responses['415'].content))
          .map(([method]) => `${method.toUpperCase()} ${path}`),
      );
      expect(missing).toEqual([]);
    });
  });
});
