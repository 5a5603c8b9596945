import { createSecretKey, randomBytes } from 'node:crypto';
import { SignJWT, UnsecuredJWT, type JWTPayload } from 'jose';
import { LocalSigningKey, type Role } from '@casetrail/platform-nest';

/** A credential the guard must refuse with 401, whatever the route. */
export interface BadToken {
  name: string;
  /** `undefined`: no Authorization header at all. */
  forge(context: ForgeContext): Promise<string | undefined>;
}

export interface ForgeContext {
  role: Role;
  dataDir: string;
  issuer: string;
  audience: string;
}

/** Claims that would be accepted, signed by the app's own key unless the case says otherwise. */
function signed(
  context: ForgeContext,
  change: { claims?: JWTPayload; issuer?: string; audience?: string; issuedAt?: number; expiresAt?: number | null; key?: 'own' | 'foreign'; subject?: string | null },
) {
  const key = change.key === 'foreign' ? createSecretKey(randomBytes(32)) : LocalSigningKey.loadOrCreate(context.dataDir).secret;
  let jwt = new SignJWT({ role: context.role, provinces: ['*'], ...change.claims })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(change.issuer ?? context.issuer)
    .setAudience(change.audience ?? context.audience)
    .setIssuedAt(change.issuedAt);
  if (change.expiresAt !== null) jwt = jwt.setExpirationTime(change.expiresAt ?? '1h');
  if (change.subject !== null) jwt = jwt.setSubject(change.subject ?? 'matrix-user');
  return jwt.sign(key).then((t) => `Bearer ${t}`);
}

export const BAD_TOKENS: readonly BadToken[] = [
  { name: 'no token', forge: async () => undefined },
  { name: 'a non-bearer scheme', forge: async () => 'Basic bWF0cml4OnNlY3JldA==' },
  { name: 'a malformed token', forge: async () => 'Bearer not.a.token' },
  { name: 'a bad signature', forge: (c) => signed(c, { key: 'foreign' }) },
  { name: 'a wrong issuer', forge: (c) => signed(c, { issuer: 'someone-else' }) },
  { name: 'a wrong audience', forge: (c) => signed(c, { audience: 'another-service' }) },
  { name: 'an expired token', forge: (c) => signed(c, { expiresAt: Math.floor(Date.now() / 1000) - 3600 }) },
  { name: 'a token that never expires (no exp)', forge: (c) => signed(c, { expiresAt: null }) },
  { name: 'a token issued in the future', forge: (c) => signed(c, { issuedAt: Math.floor(Date.now() / 1000) + 3600, expiresAt: Math.floor(Date.now() / 1000) + 7200 }) },
  {
    name: 'an unsigned token (alg none)',
    forge: async (c) => `Bearer ${new UnsecuredJWT({ role: c.role, provinces: ['*'] }).setSubject('matrix-user').setIssuer(c.issuer).setAudience(c.audience).setExpirationTime('1h').encode()}`,
  },
  { name: 'an unknown role', forge: (c) => signed(c, { claims: { role: 'superuser' } }) },
  { name: 'no province scope', forge: (c) => signed(c, { claims: { provinces: [] } }) },
  { name: 'no subject', forge: (c) => signed(c, { subject: null }) },
];

export function forgeToken(bad: BadToken, context: ForgeContext): Promise<string | undefined> {
  return bad.forge(context);
}
