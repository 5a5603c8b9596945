import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import type { KeyObject } from 'node:crypto';
import { isProvinceCode } from '@casetrail/kernel';
import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey, type JWTVerifyOptions } from 'jose';
import type { AuthenticatedUser } from './authenticated-user';
import { isRole } from './roles';
import { LocalSigningKey } from './local-signing-key';
import type { ReportingUnit } from './reporting-unit';
import { isUserId } from './user-id';

export const TOKEN_VERIFIER_OPTIONS = Symbol('TOKEN_VERIFIER_OPTIONS');

/**
 * How far apart the issuer's clock and ours may be: `exp` and `nbf` are accepted this far past,
 * and `iat` this far ahead. A minute covers NTP-synchronised hosts with room to spare, and is
 * small beside the shortest token lifetime (5 minutes).
 */
export const CLOCK_SKEW_SECONDS = 60;

/** Signature algorithms an OIDC issuer may use: asymmetric only, so a public key is never an HMAC secret. */
const OIDC_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

export interface TokenVerifierOptions {
  mode: 'local' | 'oidc';
  issuer: string;
  audience: string;
  jwksUrl?: string;
  dataDir: string;
  keyFile?: string;
  /** A token is refused this long after its `iat`, whatever its `exp` (`CASETRAIL_TOKEN_MAX_LIFETIME_MINUTES`). */
  maxTokenAgeSeconds: number;
  /** The units the hosted contexts declare; a token naming another unit is refused. */
  units: readonly ReportingUnit[];
}

/**
 * Verifies bearer JWTs: HS256 with a key kept under the data dir in the embedded default, or
 * an OIDC issuer's JWKS (e.g. Keycloak) in production. Claims: `sub` (a user id), `role`,
 * `provinces` (province codes of the shared kernel, or `["*"]` for national users), `unit`
 * (optional: one the hosted contexts declare, in the token's provinces unless national), and
 * `exp` and `iat`, both required: a token without them would never expire. A refusal names the
 * claim, never its value.
 */
@Injectable()
export class TokenVerifier {
  private readonly key: KeyObject | JWTVerifyGetKey;
  private readonly verifyOptions: JWTVerifyOptions;
  private readonly units: ReadonlyMap<string, ReportingUnit>;

  constructor(@Inject(TOKEN_VERIFIER_OPTIONS) private readonly options: TokenVerifierOptions) {
    this.key =
      options.mode === 'oidc'
        ? createRemoteJWKSet(new URL(options.jwksUrl!))
        : LocalSigningKey.loadOrCreate(options.dataDir, options.keyFile).secret;
    this.verifyOptions = {
      issuer: options.issuer,
      audience: options.audience,
      algorithms: options.mode === 'oidc' ? OIDC_ALGORITHMS : ['HS256'],
      requiredClaims: ['exp', 'iat', 'sub'],
      // Also makes jose refuse an `iat` in the future (beyond the skew).
      maxTokenAge: options.maxTokenAgeSeconds,
      clockTolerance: CLOCK_SKEW_SECONDS,
    };
    this.units = new Map(options.units.map((u) => [u.code, u]));
  }

  async verify(token: string): Promise<AuthenticatedUser> {
    let payload: JWTPayload;
    try {
      // A function is the issuer's JWKS resolver; otherwise the local HS256 key.
      const verified =
        typeof this.key === 'function' ? await jwtVerify(token, this.key, this.verifyOptions) : await jwtVerify(token, this.key, this.verifyOptions);
      payload = verified.payload;
    } catch (error) {
      throw new UnauthorizedException(whyRefused(error));
    }
    return userFromClaims(payload, this.units);
  }
}

/** jose's verdict in words: the claim's name and what is wrong with it, never its value. */
function whyRefused(error: unknown): string {
  const { code, claim, reason } = (error ?? {}) as { code?: unknown; claim?: unknown; reason?: unknown };
  if (code === 'ERR_JWT_EXPIRED') {
    return claim === 'iat' ? 'The bearer token is older than the longest accepted lifetime' : 'The bearer token has expired';
  }
  if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' && typeof claim === 'string' && /^[a-z]{2,8}$/.test(claim)) {
    if (reason === 'missing') return `The bearer token has no "${claim}" claim`;
    if (reason === 'invalid') return `The bearer token's "${claim}" claim is malformed`;
    if (claim === 'iat' || claim === 'nbf') return `The bearer token's "${claim}" claim is in the future`;
    return `The bearer token's "${claim}" claim does not match this server`;
  }
  // Signature, algorithm, key or format: the same answer, so a forger learns nothing.
  return 'The bearer token is invalid';
}

export function userFromClaims(payload: JWTPayload, units: ReadonlyMap<string, ReportingUnit>): AuthenticatedUser {
  const { sub, role, unit, provinces } = payload as JWTPayload & { role?: unknown; unit?: unknown; provinces?: unknown };
  if (!isUserId(sub)) throw refused('sub', 'is not a user id');
  if (role === undefined) throw new UnauthorizedException('The bearer token has no "role" claim');
  if (!isRole(role)) throw refused('role', 'names no known role');
  const scope = provinceScope(provinces);
  if (unit === undefined) return { userId: sub, role, provinces: scope };
  if (typeof unit !== 'string' || unit.length === 0) throw refused('unit', 'is malformed');
  const known = units.get(unit);
  if (!known) throw refused('unit', 'names an unknown unit');
  if (known.province !== null && scope !== 'all' && !scope.includes(known.province)) {
    throw refused('unit', "names a unit of another province than the token's provinces");
  }
  return { userId: sub, role, unit, provinces: scope };
}

/** `["*"]` alone is the national scope; otherwise every entry is a province code. */
function provinceScope(provinces: unknown): readonly string[] | 'all' {
  if (!Array.isArray(provinces) || provinces.length === 0 || !provinces.every((p) => typeof p === 'string')) {
    throw refused('provinces', 'gives no province scope');
  }
  if (provinces.includes('*')) {
    if (provinces.length > 1) throw refused('provinces', 'mixes "*" (national) with provinces');
    return 'all';
  }
  if (!provinces.every(isProvinceCode)) throw refused('provinces', 'names an unknown province');
  return provinces as string[];
}

function refused(claim: string, what: string): UnauthorizedException {
  return new UnauthorizedException(`The bearer token's "${claim}" claim ${what}`);
}
