import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { dirname, join } from 'node:path';
import { SignJWT, decodeJwt } from 'jose';
import type { Role } from './roles';

/**
 * The signing key of the embedded default: 32 random bytes in `<dataDir>/keys/jwt-hs256.key`,
 * created on first use with owner-only permissions. Production uses an OIDC issuer instead.
 */
export class LocalSigningKey {
  // A KeyObject, not a Uint8Array: jose's type checks on typed arrays fail across VM realms (jest).
  private constructor(readonly secret: KeyObject) {}

  static path(dataDir: string): string {
    return join(dataDir, 'keys', 'jwt-hs256.key');
  }

  /** `file` overrides the default place (`CASETRAIL_LOCAL_SIGNING_KEY_FILE`). */
  static loadOrCreate(dataDir: string, file = LocalSigningKey.path(dataDir)): LocalSigningKey {
    if (!existsSync(file)) {
      mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
      writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
      chmodSync(file, 0o600);
    }
    const hex = readFileSync(file, 'utf8').trim();
    if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`The signing key at ${file} is not 32 hex-encoded bytes`);
    return new LocalSigningKey(createSecretKey(Buffer.from(hex, 'hex')));
  }

  /**
   * Signs a token for local use (the `npm run token` tool and tests). `expiresIn` is a jose
   * duration ("30m", "8h"); with `maxLifetimeSeconds`, a longer one is refused.
   */
  async sign(
    claims: { sub: string; role: Role; unit?: string; provinces: string[] },
    options: { issuer: string; audience: string; expiresIn?: string; maxLifetimeSeconds?: number },
  ): Promise<string> {
    const expiresIn = options.expiresIn ?? '8h';
    const token = await new SignJWT({ role: claims.role, provinces: claims.provinces, ...(claims.unit ? { unit: claims.unit } : {}) })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.sub)
      .setIssuer(options.issuer)
      .setAudience(options.audience)
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .sign(this.secret);
    // jose parses the duration; read back what it made of it.
    const { iat, exp } = decodeJwt(token);
    if (options.maxLifetimeSeconds !== undefined && exp! - iat! > options.maxLifetimeSeconds) {
      throw new RangeError(`A token may live at most ${options.maxLifetimeSeconds / 60} minutes; ${expiresIn} is longer`);
    }
    return token;
  }
}
