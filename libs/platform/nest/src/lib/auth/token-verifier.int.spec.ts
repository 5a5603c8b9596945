import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, exportJWK, generateKeyPair, type KeyLike } from 'jose';
import { LocalSigningKey } from './local-signing-key';
import { TokenVerifier } from './token-verifier';

describe('TokenVerifier', () => {
  describe('oidc mode: an issuer’s JWKS served over HTTP', () => {
    let server: Server;
    let jwksUrl: string;
    let privateKey: KeyLike;
    const issuer = 'http://127.0.0.1/realms/casetrail';

    beforeAll(async () => {
      const pair = await generateKeyPair('RS256');
      privateKey = pair.privateKey;
      const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
      server = createServer((_, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ keys: [jwk] }));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/certs`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    const sign = (claims: Record<string, unknown>, iss = issuer) =>
      new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setSubject('u-1').setIssuer(iss).setAudience('casetrail').setExpirationTime('5m').sign(privateKey);

    it('accepts a token signed by the issuer and maps its claims to the user', async () => {
      const verifier = new TokenVerifier({ mode: 'oidc', issuer, audience: 'casetrail', jwksUrl, dataDir: '/nonexistent' });
      const user = await verifier.verify(await sign({ role: 'prosecutor', provinces: ['kandal', 'takeo'], unit: 'court-kandal' }));
      expect(user).toEqual({ userId: 'u-1', role: 'prosecutor', unit: 'court-kandal', provinces: ['kandal', 'takeo'] });
      const national = await verifier.verify(await sign({ role: 'statistician', provinces: ['*'] }));
      expect(national.provinces).toBe('all');
    });

    it('refuses another issuer, an unknown role and a token without a province scope', async () => {
      const verifier = new TokenVerifier({ mode: 'oidc', issuer, audience: 'casetrail', jwksUrl, dataDir: '/nonexistent' });
      await expect(verifier.verify(await sign({ role: 'police', provinces: ['kandal'] }, 'http://elsewhere'))).rejects.toThrow(/invalid or expired/);
      await expect(verifier.verify(await sign({ role: 'superuser', provinces: ['kandal'] }))).rejects.toThrow(/no known role/);
      await expect(verifier.verify(await sign({ role: 'police' }))).rejects.toThrow(/no province scope/);
    });
  });

  describe('local mode', () => {
    it('refuses a token signed with another key (HS256) and one with alg none', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'casetrail-keys-'));
      const verifier = new TokenVerifier({ mode: 'local', issuer: 'casetrail-local', audience: 'casetrail', dataDir: dir });
      const own = await LocalSigningKey.loadOrCreate(dir).sign({ sub: 'a', role: 'police', provinces: ['kandal'] }, { issuer: 'casetrail-local', audience: 'casetrail' });
      await expect(verifier.verify(own)).resolves.toMatchObject({ role: 'police' });
      const other = mkdtempSync(join(tmpdir(), 'casetrail-keys-'));
      const forged = await LocalSigningKey.loadOrCreate(other).sign({ sub: 'a', role: 'admin', provinces: ['*'] }, { issuer: 'casetrail-local', audience: 'casetrail' });
      await expect(verifier.verify(forged)).rejects.toThrow(/invalid or expired/);
      const [, payload] = own.split('.');
      const none = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${payload}.`;
      await expect(verifier.verify(none)).rejects.toThrow();
    });
  });
});
