import { randomUUID } from 'node:crypto';
import type { Role } from '@casetrail/platform-nest';
import { problemWithClaims, USER_FLAG_NAMES, type ClaimNames, type UnitsOfRole } from '../claims/user-claims';
import { hashPassword, problemWithNewPassword } from '../password/password-hash';
import { normaliseUsername, USERNAME_PATTERN, type LocalUser } from './local-user';
import type { LocalUserStore } from './local-user-store';

/** A request the reference lists or the password rules refuse; its message is for the person who asked. */
export class InvalidAccountError extends Error {
  constructor(
    message: string,
    /** The field (or flag) at fault. */
    readonly field: string,
  ) {
    super(message);
    this.name = 'InvalidAccountError';
  }
}

export interface NewLocalUser {
  username: string;
  name: string;
  role: Role;
  provinces: string[];
  unit?: string;
  password: string;
}

/**
 * What can be done to local accounts, with its rules in one place for the users CLI and the
 * admin routes: usernames, claims checked against the reference lists as `npm run token` checks
 * them, passwords hashed, a new password clears a lock.
 */
export class LocalAccounts {
  constructor(
    readonly store: LocalUserStore,
    private readonly unitsOfRole: UnitsOfRole,
    private readonly names: ClaimNames = USER_FLAG_NAMES,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async create(input: NewLocalUser): Promise<LocalUser> {
    const username = normaliseUsername(input.username);
    if (!USERNAME_PATTERN.test(username)) {
      throw new InvalidAccountError('A username is 3 to 64 of a-z, 0-9, ".", "_" and "-", starting with a letter or digit', 'username');
    }
    const id = randomUUID();
    const claims = problemWithClaims({ role: input.role, provinces: input.provinces, unit: input.unit, user: id }, this.unitsOfRole, this.names);
    if (claims) throw new InvalidAccountError(claims, claims.includes('unit') ? this.names.unit : this.names.province);
    this.checkPassword(input.password);
    const now = this.clock().toISOString();
    return this.store.create({
      id,
      username,
      name: input.name.trim(),
      role: input.role,
      provinces: [...input.provinces],
      ...(input.unit !== undefined ? { unit: input.unit } : {}),
      passwordHash: await hashPassword(input.password),
      disabled: false,
      createdAt: now,
      updatedAt: now,
    });
  }

  async setPassword(id: string, password: string): Promise<LocalUser> {
    this.checkPassword(password);
    const passwordHash = await hashPassword(password);
    // A new password, set by an administrator, also lifts a lock.
    return this.store.update(id, ({ failedSignIns: _cleared, ...user }) => ({ ...user, passwordHash, updatedAt: this.clock().toISOString() }));
  }

  change(id: string, change: { name?: string; disabled?: boolean }): LocalUser {
    return this.store.update(id, (user) => ({
      ...user,
      ...(change.name !== undefined ? { name: change.name.trim() } : {}),
      ...(change.disabled !== undefined ? { disabled: change.disabled } : {}),
      updatedAt: this.clock().toISOString(),
    }));
  }

  private checkPassword(password: string): void {
    const problem = problemWithNewPassword(password);
    if (problem) throw new InvalidAccountError(problem, 'password');
  }
}
