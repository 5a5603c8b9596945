import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import type { KeyObject } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { AuthenticatedUser } from './authenticated-user';
import { isRole } from './roles';
import { LocalSigningKey } from './local-signing-key';

export const TOKEN_VERIFIER_OPTIONS = Symbol('TOKEN_VERIFIER_OPTIONS');

export interface TokenVerifierOptions {
  mode: 'local' | 'oidc';
  issuer: string;
  audience: string;
  jwksUrl?: string;
  dataDir: string;
  keyFile?: string;
}

/**
 * Verifies bearer JWTs: HS256 with a key kept under the data dir in the embedded default, or
 * an OIDC issuer's JWKS (e.g. Keycloak) in production. Claims: `sub`, `role`, `unit`,
 * `provinces` (array, or `["*"]` for national users).
 */
@Injectable()
export class TokenVerifier {
  private readonly key: KeyObject | JWTVerifyGetKey;

  constructor(@Inject(TOKEN_VERIFIER_OPTIONS) private readonly options: TokenVerifierOptions) {
    this.key =
      options.mode === 'oidc'
        ? createRemoteJWKSet(new URL(options.jwksUrl!))
        : LocalSigningKey.loadOrCreate(options.dataDir, options.keyFile).secret;
  }

  async verify(token: string): Promise<AuthenticatedUser> {
    let payload: JWTPayload;
    try {
      // A function is the issuer's JWKS resolver; otherwise the local HS256 key.
      const verified =
        typeof this.key === 'function'
          ? await jwtVerify(token, this.key, { issuer: this.options.issuer, audience: this.options.audience })
          : await jwtVerify(token, this.key, { issuer: this.options.issuer, audience: this.options.audience, algorithms: ['HS256'] });
      payload = verified.payload;
    } catch {
      throw new UnauthorizedException('The bearer token is invalid or expired');
    }
    return userFromClaims(payload);
  }
}

export function userFromClaims(payload: JWTPayload): AuthenticatedUser {
  const { sub, role, unit, provinces } = payload as JWTPayload & { role?: unknown; unit?: unknown; provinces?: unknown };
  if (typeof sub !== 'string' || sub.length === 0) throw new UnauthorizedException('The token has no subject');
  if (!isRole(role)) throw new UnauthorizedException('The token has no known role');
  if (!Array.isArray(provinces) || provinces.length === 0 || !provinces.every((p) => typeof p === 'string')) {
    throw new UnauthorizedException('The token has no province scope');
  }
  return {
    userId: sub,
    role,
    ...(typeof unit === 'string' && unit ? { unit } : {}),
    provinces: provinces.includes('*') ? 'all' : (provinces as string[]),
  };
}
