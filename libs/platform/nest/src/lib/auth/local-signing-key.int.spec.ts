import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { LocalSigningKey } from './local-signing-key';

describe('LocalSigningKey', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'casetrail-keys-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const claims = { sub: 'officer-1', role: 'police' as const, unit: 'police-kandal', provinces: ['kandal'] };
  const issuer = { issuer: 'casetrail-local', audience: 'casetrail' };

  it('keeps its key owner-only and signs tokens with exp and iat', async () => {
    const key = LocalSigningKey.loadOrCreate(dir);
    expect(statSync(LocalSigningKey.path(dir)).mode & 0o777).toBe(0o600);
    const payload = decodeJwt(await key.sign(claims, { ...issuer, expiresIn: '30m' }));
    expect(payload.exp! - payload.iat!).toBe(1800);
  });

  it('refuses a lifetime longer than the cap, as jose reads the duration', async () => {
    const key = LocalSigningKey.loadOrCreate(dir);
    const cap = 12 * 3600;
    await expect(key.sign(claims, { ...issuer, expiresIn: '12h', maxLifetimeSeconds: cap })).resolves.toEqual(expect.any(String));
    await expect(key.sign(claims, { ...issuer, expiresIn: '13h', maxLifetimeSeconds: cap })).rejects.toThrow(/at most 720 minutes; 13h is longer/);
    await expect(key.sign(claims, { ...issuer, expiresIn: '7d', maxLifetimeSeconds: cap })).rejects.toThrow(RangeError);
  });
});
