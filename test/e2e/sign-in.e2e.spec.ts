import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import request from 'supertest';
import { LocalAccounts, LocalUserStore } from '@casetrail/local-accounts';
import { UNITS_OF_ROLE } from '../../apps/casetrail/src/units-of-role';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';

/*
 * Sign-in with local accounts on the embedded runtime (SQLite and users.json on disk): the token
 * works on the API, wrong credentials get one answer, failures lock, disabled users stay out,
 * only admins manage users, the users CLI writes what the server reads, and in oidc mode there
 * is no sign-in route, only the identity provider's whereabouts.
 */

const REPO = resolve(__dirname, '../..');
const PASSWORD = 'a long synthetic password';

function usersCli(dataDir: string, args: string[], stdin: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = execFile(
      'node',
      ['-r', '@swc-node/register', 'tools/users/main.ts', ...args],
      { cwd: REPO, env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', CASETRAIL_DATA_DIR: dataDir } },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(stdin);
  });
}

describe('sign-in with local accounts (embedded runtime)', () => {
  let app: EmbeddedApp;
  let accounts: LocalAccounts;
  const signIn = (username: string, password: string) => request(app.http).post('/api/session').send({ username, password });

  beforeAll(async () => {
    app = await startEmbeddedApp();
    accounts = new LocalAccounts(LocalUserStore.inDataDir(app.dataDir), UNITS_OF_ROLE);
    await accounts.create({ username: 'officer.btb', name: 'Synthetic Officer', role: 'police', provinces: ['battambang'], unit: 'police-battambang', password: PASSWORD });
  });
  afterAll(async () => {
    await app.destroy();
  });

  it('tells the web app to sign in locally', async () => {
    const res = await request(app.http).get('/api/session/config');
    expect([res.status, res.body]).toEqual([200, { mode: 'local' }]);
  });

  it('answers a token of at most 8 hours that the API accepts', async () => {
    const res = await signIn('Officer.BTB', PASSWORD);
    expect(res.status).toBe(200);
    expect(res.body.user).toEqual({ id: expect.any(String), name: 'Synthetic Officer', role: 'police', provinces: ['battambang'], unit: 'police-battambang' });
    expect(JSON.stringify(res.body)).not.toMatch(/scrypt|passwordHash/);
    const lifetime = Date.parse(res.body.expiresAt) - Date.now();
    expect(lifetime).toBeGreaterThan(7.9 * 3600_000);
    expect(lifetime).toBeLessThanOrEqual(8 * 3600_000);
    const cases = await request(app.http).get('/api/enforcement/cases').set('Authorization', `Bearer ${res.body.token}`);
    expect(cases.status).toBe(200);
  });

  it('gives a wrong password and an unknown username the same 401', async () => {
    const wrong = await signIn('officer.btb', 'not the password at all');
    const unknown = await signIn('nobody.here', 'not the password at all');
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body.detail).toBe(unknown.body.detail);
    expect(wrong.text).not.toContain('officer.btb');
    expect(unknown.text).not.toContain('nobody.here');
  });

  it('locks a username after five failures, with Retry-After, even for the right password; a reset lifts it', async () => {
    const user = await accounts.create({ username: 'locked.one', name: 'Synthetic Locked', role: 'statistician', provinces: ['*'], password: PASSWORD });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await signIn('locked.one', `wrong password ${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const locked = await signIn('locked.one', PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    await accounts.setPassword(user.id, 'a brand new password');
    expect((await signIn('locked.one', 'a brand new password')).status).toBe(200);
  });

  it('refuses a disabled user, and lets them in again once enabled', async () => {
    const user = await accounts.create({ username: 'disabled.one', name: 'Synthetic Disabled', role: 'auditor', provinces: ['*'], password: PASSWORD });
    accounts.change(user.id, { disabled: true });
    const res = await signIn('disabled.one', PASSWORD);
    expect(res.status).toBe(403);
    accounts.change(user.id, { disabled: false });
    expect((await signIn('disabled.one', PASSWORD)).status).toBe(200);
  });

  describe('admin routes', () => {
    it('are for admins only: police get 403', async () => {
      const police = await app.token('police', ['battambang'], 'police-battambang');
      expect((await request(app.http).get('/api/admin/users').set('Authorization', `Bearer ${police}`)).status).toBe(403);
    });

    it('create, list, disable, rename and reset, never showing a hash', async () => {
      const admin = `Bearer ${await app.token('admin', ['*'])}`;
      const created = await request(app.http)
        .post('/api/admin/users')
        .set('Authorization', admin)
        .send({ username: 'judge.kdl', name: 'Synthetic Judge', role: 'judge', provinces: ['kandal'], unit: 'court-kandal', password: PASSWORD });
      expect(created.status).toBe(201);
      const id = created.body.id as string;
      expect((await signIn('judge.kdl', PASSWORD)).status).toBe(200);
      const list = await request(app.http).get('/api/admin/users').set('Authorization', admin);
      expect(list.body.items.map((u: { username: string }) => u.username)).toContain('judge.kdl');
      expect(list.text).not.toMatch(/scrypt|passwordHash|password/);
      await request(app.http).patch(`/api/admin/users/${id}`).set('Authorization', admin).send({ disabled: true, name: 'Synthetic Judge K' }).expect(204);
      const after = await request(app.http).get('/api/admin/users').set('Authorization', admin);
      expect(after.body.items.find((u: { id: string }) => u.id === id)).toMatchObject({ disabled: true, name: 'Synthetic Judge K' });
      expect((await request(app.http).patch(`/api/admin/users/${id}`).set('Authorization', admin).send({})).status).toBe(400);
      expect((await signIn('judge.kdl', PASSWORD)).status).toBe(403);
      await request(app.http).patch(`/api/admin/users/${id}`).set('Authorization', admin).send({ disabled: false }).expect(204);
      await request(app.http).post(`/api/admin/users/${id}/password`).set('Authorization', admin).send({ password: 'the reset password' }).expect(204);
      expect((await signIn('judge.kdl', 'the reset password')).status).toBe(200);
      const taken = await request(app.http).post('/api/admin/users').set('Authorization', admin).send({ username: 'judge.kdl', name: 'Again', role: 'judge', provinces: ['kandal'], password: PASSWORD });
      expect(taken.status).toBe(409);
    });

    it('check claims against the reference lists, without repeating the value', async () => {
      const admin = `Bearer ${await app.token('admin', ['*'])}`;
      const res = await request(app.http)
        .post('/api/admin/users')
        .set('Authorization', admin)
        .send({ username: 'bad.unit', name: 'Synthetic', role: 'police', provinces: ['battambang'], unit: 'police-battambong', password: PASSWORD });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'unit', message: expect.stringMatching(/unit is not a police unit casetrail knows: did you mean "police-battambang"\?/) }]);
      expect(res.text).not.toContain('police-battambong');
    });

    it("keep a provincial admin to their provinces' users", async () => {
      const admin = `Bearer ${await app.token('admin', ['kandal'])}`;
      const list = await request(app.http).get('/api/admin/users').set('Authorization', admin);
      expect(list.body.items.map((u: { username: string }) => u.username)).toEqual(['judge.kdl']);
      const other = accounts.store.findByUsername('officer.btb')!;
      expect((await request(app.http).patch(`/api/admin/users/${other.id}`).set('Authorization', admin).send({ disabled: true })).status).toBe(404);
      const outside = await request(app.http).post('/api/admin/users').set('Authorization', admin).send({ username: 'x.btb', name: 'X', role: 'statistician', provinces: ['battambang'], password: PASSWORD });
      expect(outside.status).toBe(403);
    });
  });

  it('signs in a user the users CLI added (npm run users -- add … --password-stdin)', async () => {
    const add = await usersCli(app.dataDir, ['add', '--username', 'cli.officer', '--name', 'Synthetic CLI Officer', '--role', 'police', '--province', 'battambang', '--unit', 'police-battambang', '--password-stdin'], `${PASSWORD}\n`);
    expect({ code: add.code, stderr: add.stderr }).toEqual({ code: 0, stderr: '' });
    expect(add.stdout).toMatch(/^Created cli\.officer \(id [0-9a-f-]{36}\)/);
    expect((await signIn('cli.officer', PASSWORD)).status).toBe(200);
    const list = await usersCli(app.dataDir, ['list'], '');
    expect(list.stdout).toMatch(/cli\.officer\tSynthetic CLI Officer\tpolice\tbattambang\tpolice-battambang\tactive/);
    expect(list.stdout).not.toContain('scrypt');
    expect((await usersCli(app.dataDir, ['disable', '--username', 'cli.officer'], '')).code).toBe(0);
    expect((await signIn('cli.officer', PASSWORD)).status).toBe(403);
    const refused = await usersCli(app.dataDir, ['add', '--username', 'cli.two', '--name', 'X', '--role', 'police', '--province', 'Battambang', '--unit', 'police-battambang', '--password-stdin'], `${PASSWORD}\n`);
    expect([refused.code, refused.stderr]).toEqual([1, expect.stringContaining('did you mean "battambang"?')]);
    const help = await usersCli(app.dataDir, ['set-password', '--help'], '');
    expect(help.stdout).toContain('--password-stdin');
  }, 60_000);
});

describe('sign-in in oidc mode', () => {
  let app: EmbeddedApp;
  beforeAll(async () => {
    app = await startEmbeddedApp({
      env: {
        CASETRAIL_AUTH_MODE: 'oidc',
        CASETRAIL_JWT_ISSUER: 'http://127.0.0.1:9/realms/casetrail',
        CASETRAIL_JWKS_URL: 'http://127.0.0.1:9/realms/casetrail/protocol/openid-connect/certs',
      },
    });
  });
  afterAll(async () => {
    await app.stop();
    rmSync(app.dataDir, { recursive: true, force: true });
    for (const name of ['CASETRAIL_AUTH_MODE', 'CASETRAIL_JWT_ISSUER', 'CASETRAIL_JWKS_URL', 'CASETRAIL_OIDC_AUTHORITY', 'CASETRAIL_OIDC_CLIENT_ID']) delete process.env[name];
  });

  it('has no local sign-in, and says where the identity provider is', async () => {
    expect((await request(app.http).post('/api/session').send({ username: 'anyone', password: PASSWORD })).status).toBe(404);
    const config = await request(app.http).get('/api/session/config');
    expect(config.body).toEqual({ mode: 'oidc', authority: 'http://127.0.0.1:9/realms/casetrail', clientId: 'casetrail-web', scope: 'openid profile' });
  });

  it("lets the web app reach the identity provider's origin (connect-src), nothing else", async () => {
    const csp = (await request(app.http).get('/api/session/config')).headers['content-security-policy'];
    expect(csp).toContain("connect-src 'self' http://127.0.0.1:9");
  });
});
