import { dummyPasswordHash, hashPassword, problemWithNewPassword, verifyPassword } from './password-hash';

describe('password hashing (scrypt, salt and parameters stored with the hash)', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^scrypt\$N=32768,r=8,p=1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(hash).not.toContain('correct horse');
    await expect(verifyPassword('correct horse battery', hash)).resolves.toBe(true);
    await expect(verifyPassword('correct horse batterz', hash)).resolves.toBe(false);
  });

  it('salts each hash: the same password hashes differently', async () => {
    expect(await hashPassword('same password here')).not.toBe(await hashPassword('same password here'));
  });

  it('reads the parameters from the stored hash (old parameters stay verifiable)', async () => {
    const hash = await hashPassword('a password of twelve');
    const [, , salt, key] = hash.split('$');
    await expect(verifyPassword('a password of twelve', `scrypt$N=32768,r=8,p=1$${salt}$${key}`)).resolves.toBe(true);
    await expect(verifyPassword('a password of twelve', `scrypt$N=16384,r=8,p=1$${salt}$${key}`)).resolves.toBe(false);
  });

  it('matches nothing against a malformed hash or absurd parameters', async () => {
    for (const bad of ['', 'plain', 'scrypt$N=1024$x$y', 'bcrypt$N=1,r=1,p=1$a$b', 'scrypt$N=4194304,r=8,p=1$YQ==$YQ==', 'scrypt$N=16384,r=8,p=1$YQ==$']) {
      await expect(verifyPassword('anything at all', bad)).resolves.toBe(false);
    }
  });

  it('has a dummy hash for unknown users that no short guess matches', async () => {
    await expect(verifyPassword('', await dummyPasswordHash())).resolves.toBe(false);
  });

  it('wants at least 12 characters (code points) and at most 256', () => {
    expect(problemWithNewPassword('eleven chars')).toBeNull();
    expect(problemWithNewPassword('short pass!')).toMatch(/at least 12/);
    expect(problemWithNewPassword('ពាក្យសម្ងាត់វែង')).toBeNull();
    expect(problemWithNewPassword('x'.repeat(257))).toMatch(/at most 256/);
  });
});
