import { ConflictException, ForbiddenException, Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { FieldValidationException, type AuthenticatedUser } from '@casetrail/platform-nest';
import { USER_FIELD_NAMES } from '../claims/user-claims';
import { viewOf, type LocalUser, type LocalUserView } from '../store/local-user';
import { InvalidAccountError, LocalAccounts, type NewLocalUser } from '../store/local-accounts';
import { LocalUserStore, UnknownUserError, UsernameTakenError } from '../store/local-user-store';
import { LOCAL_ACCOUNTS_OPTIONS, type LocalAccountsOptions } from './local-accounts.tokens';
import { SessionService } from './session.service';

/**
 * An admin manages the users of their provinces: a national admin every user, a provincial one
 * the users whose provinces are all among theirs (never a national user). A user outside that
 * scope does not exist for them (404), and creating one is forbidden (403), as for any record.
 */
export function managesUser(admin: AuthenticatedUser, provinces: readonly string[]): boolean {
  if (admin.provinces === 'all') return true;
  const own = admin.provinces;
  return !provinces.includes('*') && provinces.every((p) => own.includes(p));
}

@Injectable()
export class AdminUsersService {
  private readonly logger = new Logger('LocalAccounts');
  private readonly accounts: LocalAccounts;

  constructor(
    private readonly store: LocalUserStore,
    private readonly sessions: SessionService,
    @Inject(LOCAL_ACCOUNTS_OPTIONS) options: LocalAccountsOptions,
  ) {
    this.accounts = new LocalAccounts(store, options.unitsOfRole, USER_FIELD_NAMES);
  }

  list(admin: AuthenticatedUser): LocalUserView[] {
    this.sessions.requireLocalMode();
    return this.store
      .list()
      .filter((u) => managesUser(admin, u.provinces))
      .sort((a, b) => a.username.localeCompare(b.username))
      .map((u) => viewOf(u));
  }

  async create(admin: AuthenticatedUser, input: NewLocalUser): Promise<LocalUserView> {
    this.sessions.requireLocalMode();
    if (!managesUser(admin, input.provinces)) throw new ForbiddenException('You may create users of your own provinces only');
    const user = await this.guard(() => this.accounts.create(input));
    this.logger.log(`user ${user.id} created by ${admin.userId}`);
    return viewOf(user);
  }

  async change(admin: AuthenticatedUser, id: string, change: { name?: string; disabled?: boolean }): Promise<LocalUserView> {
    this.managed(admin, id);
    const user = await this.guard(async () => this.accounts.change(id, change));
    this.logger.log(`user ${id} changed by ${admin.userId}${change.disabled !== undefined ? (change.disabled ? ' (disabled)' : ' (enabled)') : ''}`);
    return viewOf(user);
  }

  async setPassword(admin: AuthenticatedUser, id: string, password: string): Promise<void> {
    this.managed(admin, id);
    await this.guard(() => this.accounts.setPassword(id, password));
    this.logger.log(`password of user ${id} reset by ${admin.userId}`);
  }

  private managed(admin: AuthenticatedUser, id: string): LocalUser {
    this.sessions.requireLocalMode();
    const user = this.store.findById(id);
    if (!user || !managesUser(admin, user.provinces)) throw new NotFoundException('No such user');
    return user;
  }

  /** The accounts' errors as HTTP problems. */
  private async guard<T>(action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      if (error instanceof InvalidAccountError) throw new FieldValidationException([{ field: error.field, message: error.message }]);
      if (error instanceof UsernameTakenError) throw new ConflictException(error.message);
      if (error instanceof UnknownUserError) throw new NotFoundException('No such user');
      throw error;
    }
  }
}
