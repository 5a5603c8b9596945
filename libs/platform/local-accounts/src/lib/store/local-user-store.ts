import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { LocalUser } from './local-user';

export class UsernameTakenError extends Error {
  constructor() {
    super('A user with this username exists already');
    this.name = 'UsernameTakenError';
  }
}

export class UnknownUserError extends Error {
  constructor() {
    super('No such user');
    this.name = 'UnknownUserError';
  }
}

interface UsersFile {
  version: 1;
  users: LocalUser[];
}

/**
 * The local accounts, one JSON file (`<data dir>/users.json`, owner-only). Every write replaces
 * the file atomically (a temp file beside it, then rename), so a crash leaves the old or the new
 * file, never half of one. The file is read on every operation: the users CLI and a running
 * server may both change it, and a provincial office has tens of users, not thousands. Two
 * writers at the same instant: the last rename wins (the CLI is an administrator's tool).
 */
export class LocalUserStore {
  constructor(readonly file: string) {}

  static path(dataDir: string): string {
    return join(dataDir, 'users.json');
  }

  static inDataDir(dataDir: string): LocalUserStore {
    return new LocalUserStore(LocalUserStore.path(dataDir));
  }

  list(): LocalUser[] {
    return this.read().users;
  }

  findById(id: string): LocalUser | undefined {
    return this.list().find((u) => u.id === id);
  }

  findByUsername(username: string): LocalUser | undefined {
    return this.list().find((u) => u.username === username);
  }

  create(user: LocalUser): LocalUser {
    const file = this.read();
    if (file.users.some((u) => u.username === user.username)) throw new UsernameTakenError();
    if (file.users.some((u) => u.id === user.id)) throw new Error('A user with this id exists already');
    file.users.push(user);
    this.write(file);
    return user;
  }

  /** Applies `change` to the user and stores the result (`updatedAt` is the caller's to set). */
  update(id: string, change: (user: LocalUser) => LocalUser): LocalUser {
    const file = this.read();
    const index = file.users.findIndex((u) => u.id === id);
    if (index < 0) throw new UnknownUserError();
    const changed = change(file.users[index]);
    file.users[index] = changed;
    this.write(file);
    return changed;
  }

  remove(id: string): void {
    const file = this.read();
    const users = file.users.filter((u) => u.id !== id);
    if (users.length === file.users.length) throw new UnknownUserError();
    this.write({ ...file, users });
  }

  private read(): UsersFile {
    if (!existsSync(this.file)) return { version: 1, users: [] };
    const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as UsersFile;
    if (parsed.version !== 1 || !Array.isArray(parsed.users)) throw new Error(`${this.file} is not a casetrail users file (version 1)`);
    return parsed;
  }

  private write(file: UsersFile): void {
    mkdirSync(dirname(this.file), { recursive: true, mode: 0o700 });
    const temp = `${this.file}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      writeFileSync(temp, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600, flag: 'wx', flush: true });
      chmodSync(temp, 0o600);
      renameSync(temp, this.file);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
  }
}
