import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalAccounts, InvalidAccountError } from './local-accounts';
import { LocalUserStore, UsernameTakenError } from './local-user-store';
import { viewOf } from './local-user';

const UNITS = { police: [{ code: 'police-battambang', province: 'battambang' }] };

describe('local user store (users.json on disk)', () => {
  let dir: string;
  let accounts: LocalAccounts;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'casetrail-users-'));
    accounts = new LocalAccounts(LocalUserStore.inDataDir(dir), UNITS);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes an owner-only file atomically, with the hash and never the password', async () => {
    const user = await accounts.create({ username: 'Sokha.Chan', name: 'Sokha Chan', role: 'police', provinces: ['battambang'], unit: 'police-battambang', password: 'a password of twelve' });
    expect(user.username).toBe('sokha.chan');
    const file = LocalUserStore.path(dir);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['users.json']);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('scrypt$');
    expect(text).not.toContain('a password of twelve');
    expect(viewOf(user)).not.toHaveProperty('passwordHash');
  });

  it('refuses a taken username, bad claims and a short password', async () => {
    const base = { username: 'dara', name: 'Dara', role: 'police' as const, provinces: ['battambang'], unit: 'police-battambang', password: 'a password of twelve' };
    await accounts.create(base);
    await expect(accounts.create(base)).rejects.toBeInstanceOf(UsernameTakenError);
    await expect(accounts.create({ ...base, username: 'dara2', unit: 'police-kandal' })).rejects.toThrow(/Unknown police unit "police-kandal"/);
    await expect(accounts.create({ ...base, username: 'dara3', unit: undefined })).rejects.toThrow(/A police user needs --unit/);
    await expect(accounts.create({ ...base, username: 'dara4', password: 'too short' })).rejects.toBeInstanceOf(InvalidAccountError);
    await expect(accounts.create({ ...base, username: 'x' })).rejects.toThrow(/username/);
  });
});
