import { ForbiddenException, HttpStatus, Inject, Injectable, Logger, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { decodeJwt } from 'jose';
import { HttpExceptionWithHeaders, LocalSigningKey } from '@casetrail/platform-nest';
import { ADDRESS_LOCKOUT, afterFailure, FailedSignInCounter, lockedForSeconds, USERNAME_LOCKOUT } from '../lockout/sign-in-lockout';
import { dummyPasswordHash, verifyPassword } from '../password/password-hash';
import { normaliseUsername, type LocalUser } from '../store/local-user';
import { LocalUserStore } from '../store/local-user-store';
import { SESSION_SETTINGS, type SessionSettings } from './local-accounts.tokens';
import type { SessionConfigDto, SessionDto } from './session.dto';

/** The one answer to a wrong username or a wrong password: which one was wrong is not told. */
const WRONG_CREDENTIALS = 'Wrong username or password';

/**
 * Signs a local user in: the password checked against its scrypt hash (a dummy hash when the
 * username is unknown, so both cost the same), failures counted per username (on the user
 * record, or in memory for an unknown name) and per client address, each locking for a while
 * at its limit (429 with Retry-After, before any password is checked). The token is the one
 * `npm run token` makes: the local HS256 key, the configured issuer and audience.
 */
@Injectable()
export class SessionService {
  private readonly logger = new Logger('Session');
  private readonly unknownUsernames = new FailedSignInCounter(USERNAME_LOCKOUT);
  private readonly addresses = new FailedSignInCounter(ADDRESS_LOCKOUT);
  private key?: LocalSigningKey;

  constructor(
    @Inject(SESSION_SETTINGS) private readonly settings: SessionSettings,
    private readonly store: LocalUserStore,
  ) {}

  config(): SessionConfigDto {
    if (this.settings.mode === 'local') return { mode: 'local' };
    return { mode: 'oidc', ...this.settings.oidc };
  }

  /** 404 unless local accounts are on: in `oidc` mode users are the identity provider's. */
  requireLocalMode(): void {
    if (this.settings.mode !== 'local') throw new NotFoundException('Local accounts are off: users sign in with the identity provider');
  }

  async signIn(rawUsername: string, password: string, address: string, now = new Date()): Promise<SessionDto> {
    this.requireLocalMode();
    const username = normaliseUsername(rawUsername);
    const addressKey = `address:${address}`;
    const user = this.store.findByUsername(username);
    const locked = Math.max(this.addresses.lockedForSeconds(addressKey, now), user ? lockedForSeconds(user.failedSignIns, now) : this.unknownUsernames.lockedForSeconds(username, now));
    if (locked > 0) {
      this.logger.warn('sign-in refused: locked after failed attempts');
      throw new HttpExceptionWithHeaders(HttpStatus.TOO_MANY_REQUESTS, `Too many failed sign-ins; try again in ${Math.ceil(locked / 60)} minutes`, {
        'Retry-After': String(locked),
      });
    }
    const matches = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
    if (!user || !matches) {
      this.addresses.recordFailure(addressKey, now);
      if (user) this.store.update(user.id, (u) => ({ ...u, failedSignIns: afterFailure(u.failedSignIns, now, USERNAME_LOCKOUT) }));
      else this.unknownUsernames.recordFailure(username, now);
      this.logger.warn('sign-in refused: wrong username or password');
      throw new UnauthorizedException(WRONG_CREDENTIALS);
    }
    if (user.disabled) {
      this.logger.warn(`sign-in refused: user ${user.id} is disabled`);
      throw new ForbiddenException('This account is disabled; ask an administrator');
    }
    if (user.failedSignIns) this.store.update(user.id, ({ failedSignIns: _cleared, ...u }) => u);
    const session = await this.sessionFor(user);
    this.logger.log(`signed in: user ${user.id}`);
    return session;
  }

  private async sessionFor(user: LocalUser): Promise<SessionDto> {
    this.key ??= LocalSigningKey.loadOrCreate(this.settings.dataDir, this.settings.keyFile);
    const token = await this.key.sign(
      { sub: user.id, role: user.role, unit: user.unit, provinces: user.provinces },
      { issuer: this.settings.issuer, audience: this.settings.audience, expiresIn: `${this.settings.lifetimeMinutes}m` },
    );
    const { exp } = decodeJwt(token);
    return {
      token,
      expiresAt: new Date(exp! * 1000).toISOString(),
      user: { id: user.id, name: user.name, role: user.role, provinces: user.provinces, ...(user.unit ? { unit: user.unit } : {}) },
    };
  }
}
