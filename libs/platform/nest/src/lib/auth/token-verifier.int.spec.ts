import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, UnsecuredJWT, exportJWK, generateKeyPair, type JWTHeaderParameters, type KeyLike } from 'jose';
import { LocalSigningKey } from './local-signing-key';
import { CLOCK_SKEW_SECONDS, TokenVerifier, type TokenVerifierOptions } from './token-verifier';
import { USER_ID_MAX_LENGTH } from './user-id';

/*
 * Token fuzzing: every claim missing, mistyped, in the past, in the future, signed with the wrong
 * key or algorithm, for both auth modes. One table; each row runs against a local (HS256 key
 * under the data dir) and an OIDC (an issuer's JWKS served over HTTP) verifier.
 */

const AUDIENCE = 'casetrail';
const MAX_AGE = 12 * 3600;
/** What the hosted contexts declare (the enforcement context declares every police unit). */
const UNITS = [
  { code: 'ahtjp-national', province: null },
  { code: 'police-kandal', province: 'kandal' },
  { code: 'police-battambang', province: 'battambang' },
];
const now = () => Math.floor(Date.now() / 1000);

type Claims = Record<string, unknown>;

/** How a mode signs: with its right key, a wrong key of the same kind, or another algorithm. */
interface Mode {
  name: 'local' | 'oidc';
  issuer: string;
  verifier: TokenVerifier;
  sign(claims: Claims): Promise<string>;
  signWithWrongKey(claims: Claims): Promise<string>;
  /** Signed with a key the verifier could hold, under an algorithm it must not accept. */
  signWithWrongAlgorithms(claims: Claims): Promise<string[]>;
}

interface Row {
  name: string;
  /** Changes to an acceptable claim set; `undefined` removes the claim. */
  claims?: (base: Claims) => Claims;
  /** How the token is made, when not by the mode's own signing. */
  forge?: (mode: Mode, claims: Claims) => Promise<string | string[]>;
  /** Absent: accepted. Otherwise the 401 message must match. */
  refused?: RegExp;
}

const change = (changes: Claims) => (base: Claims): Claims => {
  const claims = { ...base, ...changes };
  for (const [name, value] of Object.entries(changes)) if (value === undefined) delete claims[name];
  return claims;
};

const ROWS: Row[] = [
  { name: 'a well-formed token' },
  { name: 'exp passed by less than the clock skew', claims: (b) => ({ ...b, exp: now() - CLOCK_SKEW_SECONDS / 2 }) },
  { name: 'iat ahead by less than the clock skew', claims: (b) => ({ ...b, iat: now() + CLOCK_SKEW_SECONDS / 2 }) },
  { name: 'exp far in the future, iat now (capped by the longest lifetime, not refused)', claims: (b) => ({ ...b, exp: now() + 10 * 365 * 86400 }) },
  { name: 'a sub of the longest length', claims: change({ sub: 'u'.repeat(USER_ID_MAX_LENGTH) }) },
  { name: 'a sub that is an e-mail address with a space and a plus', claims: change({ sub: 'Sokha Chan+field@interior.gov.kh' }) },
  { name: 'a sub in Khmer', claims: change({ sub: 'សុខា.ចាន់' }) },
  { name: 'no unit', claims: change({ unit: undefined }) },
  { name: 'a national unit in a provincial scope', claims: change({ unit: 'ahtjp-national' }) },
  { name: 'several provinces', claims: change({ provinces: ['kandal', 'takeo'] }) },

  // Missing
  { name: 'no exp', claims: change({ exp: undefined }), refused: /no "exp" claim/ },
  { name: 'no iat', claims: change({ iat: undefined }), refused: /no "iat" claim/ },
  { name: 'no iss', claims: change({ iss: undefined }), refused: /no "iss" claim/ },
  { name: 'no aud', claims: change({ aud: undefined }), refused: /no "aud" claim/ },
  { name: 'no sub', claims: change({ sub: undefined }), refused: /no "sub" claim/ },
  { name: 'no role', claims: change({ role: undefined }), refused: /"role" claim/ },
  { name: 'no provinces', claims: change({ provinces: undefined }), refused: /"provinces" claim/ },

  // Mistyped
  { name: 'exp a string', claims: change({ exp: '2099-01-01' }), refused: /"exp" claim is malformed/ },
  { name: 'iat a string', claims: change({ iat: 'yesterday' }), refused: /"iat" claim is malformed/ },
  { name: 'nbf a string', claims: change({ nbf: 'soon' }), refused: /"nbf" claim is malformed/ },
  { name: 'sub a number', claims: change({ sub: 42 }), refused: /"sub" claim/ },
  { name: 'sub empty', claims: change({ sub: '' }), refused: /"sub" claim is not a user id/ },
  { name: 'sub one character too long', claims: change({ sub: 'u'.repeat(USER_ID_MAX_LENGTH + 1) }), refused: /"sub" claim is not a user id/ },
  { name: 'sub with a control character', claims: change({ sub: 'officer\n1' }), refused: /"sub" claim is not a user id/ },
  { name: 'sub with a bidi override', claims: change({ sub: 'officer\u202e1' }), refused: /"sub" claim is not a user id/ },
  { name: 'role a number', claims: change({ role: 7 }), refused: /"role" claim/ },
  { name: 'role unknown', claims: change({ role: 'superuser' }), refused: /"role" claim/ },
  { name: 'provinces a string', claims: change({ provinces: 'kandal' }), refused: /"provinces" claim/ },
  { name: 'provinces empty', claims: change({ provinces: [] }), refused: /"provinces" claim/ },
  { name: 'provinces of numbers', claims: change({ provinces: [12] }), refused: /"provinces" claim/ },
  { name: 'unit a number', claims: change({ unit: 5 }), refused: /"unit" claim/ },
  { name: 'unit empty', claims: change({ unit: '' }), refused: /"unit" claim is malformed/ },

  // Not in the reference lists
  { name: 'a province by its name, not its code', claims: change({ provinces: ['Kandal'] }), refused: /"provinces" claim names an unknown province/ },
  { name: 'one unknown province among known ones', claims: change({ provinces: ['kandal', 'atlantis'] }), refused: /"provinces" claim names an unknown province/ },
  { name: '"*" mixed with provinces', claims: change({ provinces: ['*', 'kandal'] }), refused: /"provinces" claim mixes "\*"/ },
  { name: 'an unknown unit (the old README example)', claims: change({ unit: 'BTB-PPC' }), refused: /"unit" claim names an unknown unit/ },
  { name: "a provincial unit outside the token's provinces", claims: change({ unit: 'police-battambang' }), refused: /"unit" claim names a unit of another province/ },

  // In the past
  { name: 'exp passed by more than the clock skew', claims: (b) => ({ ...b, iat: now() - 600, exp: now() - 2 * CLOCK_SKEW_SECONDS }), refused: /has expired/ },
  { name: 'iat older than the longest lifetime, exp still ahead', claims: (b) => ({ ...b, iat: now() - MAX_AGE - 2 * CLOCK_SKEW_SECONDS, exp: now() + 3600 }), refused: /older than the longest/ },

  // In the future
  { name: 'iat ahead by more than the clock skew', claims: (b) => ({ ...b, iat: now() + 2 * CLOCK_SKEW_SECONDS }), refused: /"iat" claim is in the future/ },
  { name: 'iat issued in the far future', claims: (b) => ({ ...b, iat: now() + 10 * 365 * 86400, exp: now() + 11 * 365 * 86400 }), refused: /"iat" claim is in the future/ },
  { name: 'nbf ahead by more than the clock skew', claims: (b) => ({ ...b, nbf: now() + 2 * CLOCK_SKEW_SECONDS }), refused: /"nbf" claim is in the future/ },

  // Who signed it, and how
  { name: 'another issuer', claims: change({ iss: 'https://elsewhere.example' }), refused: /"iss" claim does not match/ },
  { name: 'another audience', claims: change({ aud: 'another-service' }), refused: /"aud" claim does not match/ },
  { name: 'signed with a wrong key', forge: (m, c) => m.signWithWrongKey(c), refused: /bearer token is invalid/ },
  { name: 'signed with a wrong algorithm', forge: (m, c) => m.signWithWrongAlgorithms(c), refused: /bearer token is invalid/ },
  { name: 'unsigned (alg none)', forge: async (_m, c) => new UnsecuredJWT(c).encode(), refused: /bearer token is invalid/ },
  { name: 'not a JWT', forge: async () => 'a.b.c', refused: /bearer token is invalid/ },
];

/** Every string a row put into the claims: a refusal must never repeat one. */
function valuesOf(claims: Claims, base: Claims): string[] {
  return Object.entries(claims)
    .filter(([name, value]) => JSON.stringify(value) !== JSON.stringify(base[name]))
    .flatMap(([, value]) => (Array.isArray(value) ? value : [value]))
    .filter((v): v is string => typeof v === 'string' && v.length >= 3);
}

describe('TokenVerifier: a fuzzing table, both auth modes', () => {
  let server: Server;
  let dataDir: string;
  const modes: Mode[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'casetrail-keys-'));
    const options = (o: Pick<TokenVerifierOptions, 'mode' | 'issuer' | 'jwksUrl'>): TokenVerifierOptions => ({
      ...o,
      audience: AUDIENCE,
      dataDir,
      maxTokenAgeSeconds: MAX_AGE,
      units: UNITS,
    });
    const sign = (claims: Claims, key: KeyLike | KeyObject | Uint8Array, header: JWTHeaderParameters) => new SignJWT(claims).setProtectedHeader(header).sign(key);
    const rsa = await generateKeyPair('RS256');
    const otherRsa = await generateKeyPair('RS256');
    const ec = await generateKeyPair('ES256');

    // local: the HS256 key under the data dir
    const localKey = LocalSigningKey.loadOrCreate(dataDir).secret;
    modes.push({
      name: 'local',
      issuer: 'casetrail-local',
      verifier: new TokenVerifier(options({ mode: 'local', issuer: 'casetrail-local' })),
      sign: (c) => sign(c, localKey, { alg: 'HS256' }),
      signWithWrongKey: (c) => sign(c, createSecretKey(randomBytes(32)), { alg: 'HS256' }),
      signWithWrongAlgorithms: async (c) => [await sign(c, localKey, { alg: 'HS512' }), await sign(c, rsa.privateKey, { alg: 'RS256' })],
    });

    // oidc: an issuer's JWKS over HTTP, one RS256 key
    const jwk = { ...(await exportJWK(rsa.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    server = createServer((_, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/certs`;
    const issuer = 'http://127.0.0.1/realms/casetrail';
    modes.push({
      name: 'oidc',
      issuer,
      verifier: new TokenVerifier(options({ mode: 'oidc', issuer, jwksUrl })),
      sign: (c) => sign(c, rsa.privateKey, { alg: 'RS256', kid: 'k1' }),
      signWithWrongKey: (c) => sign(c, otherRsa.privateKey, { alg: 'RS256', kid: 'k1' }),
      signWithWrongAlgorithms: async (c) => [
        // The public key's bytes as an HMAC secret (algorithm confusion), another RSA variant, an EC key.
        await sign(c, createSecretKey(Buffer.from(JSON.stringify(jwk))), { alg: 'HS256', kid: 'k1' }),
        await sign(c, rsa.privateKey, { alg: 'RS384', kid: 'k1' }),
        await sign(c, ec.privateKey, { alg: 'ES256', kid: 'k1' }),
      ],
    });
  });
  afterAll(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const base = (mode: Mode): Claims => ({
    sub: 'officer-1',
    role: 'police',
    provinces: ['kandal'],
    unit: 'police-kandal',
    iss: mode.issuer,
    aud: AUDIENCE,
    iat: now(),
    exp: now() + 300,
  });

  describe.each(['local', 'oidc'] as const)('%s mode', (modeName) => {
    const mode = () => modes.find((m) => m.name === modeName)!;

    it.each(ROWS.map((row) => [row.refused ? `refuses ${row.name}` : `accepts ${row.name}`, row] as const))('%s', async (_, row) => {
      const m = mode();
      const claims = (row.claims ?? ((b) => b))(base(m));
      const made = row.forge ? await row.forge(m, claims) : await m.sign(claims);
      for (const token of Array.isArray(made) ? made : [made]) {
        const outcome = await m.verifier.verify(token).then(
          (user) => ({ user }),
          (error: Error & { status?: number }) => ({ error }),
        );
        if (!row.refused) {
          expect(outcome).toMatchObject({ user: { userId: claims['sub'], role: claims['role'] } });
          continue;
        }
        if (!('error' in outcome)) throw new Error(`accepted: ${row.name}`);
        expect(outcome.error.constructor.name).toBe('UnauthorizedException');
        expect(outcome.error.message).toMatch(row.refused);
        for (const value of valuesOf(claims, base(m))) expect(outcome.error.message).not.toContain(value);
      }
    });
  });

  it('maps the claims to the user; "*" is the national scope', async () => {
    for (const m of modes) {
      const b = base(m);
      expect(await m.verifier.verify(await m.sign(b))).toEqual({ userId: 'officer-1', role: 'police', unit: 'police-kandal', provinces: ['kandal'] });
      const national = await m.verifier.verify(await m.sign({ ...b, role: 'statistician', provinces: ['*'], unit: undefined }));
      expect(national).toEqual({ userId: 'officer-1', role: 'statistician', provinces: 'all' });
    }
  });
});
