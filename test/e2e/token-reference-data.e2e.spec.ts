import request from 'supertest';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';

/*
 * Provinces and units in tokens are checked against the reference lists: the shared kernel's
 * provinces, and the units the hosted contexts declare in their descriptors (the embedded
 * runtime hosts law enforcement and statistics, which both know the police units).
 */
describe('provinces and units in tokens (embedded runtime)', () => {
  let app: EmbeddedApp;

  beforeAll(async () => {
    app = await startEmbeddedApp();
  });
  afterAll(async () => {
    await app.destroy();
  });

  const list = async (provinces: string[], unit?: string) =>
    request(app.http).get('/api/enforcement/cases').set('Authorization', `Bearer ${await app.token('police', provinces, unit, 'officer-reference-e2e')}`);

  it('accepts the police units the contexts declare, provincial and national', async () => {
    expect((await list(['battambang'], 'police-battambang')).status).toBe(200);
    expect((await list(['battambang'], 'gendarmerie-battambang')).status).toBe(200);
    expect((await list(['kandal'], 'ahtjp-national')).status).toBe(200);
    expect((await list(['*'], 'anti-cyber-crime-national')).status).toBe(200);
  });

  it.each([
    ['an unknown unit', ['battambang'], 'BTB-PPC', 'unit'],
    ['a province by its name', ['Battambang'], 'police-battambang', 'provinces'],
    ['an unknown province', ['atlantis'], undefined, 'provinces'],
    ["a unit of another province than the token's", ['kandal'], 'police-battambang', 'unit'],
  ])('answers 401 naming the claim, not its value, for %s', async (_, provinces, unit, claim) => {
    const res = await list(provinces, unit);
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.detail).toContain(`"${claim}" claim`);
    for (const value of [...provinces, unit ?? '']) if (value) expect(res.text).not.toContain(value);
  });
});
