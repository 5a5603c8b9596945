import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

export interface LocalUserSpec {
  username: string;
  name: string;
  role: string;
  /** Province codes, or `['*']` for a national user. */
  provinces: string[];
  unit?: string;
  password: string;
}

/**
 * Creates a local account the way an administrator does: `npm run users -- add … --password-stdin`
 * as a child process on the runtime's data folder (the runtime reads users.json on every sign-in,
 * so a running one sees the account at once). Resolves with the account's id (the `sub` of its
 * tokens, the user id the access log names); rejects with the CLI's output.
 */
export function addLocalUser(dataDir: string, user: LocalUserSpec): Promise<string> {
  const args = ['run', '--silent', 'users', '--', 'add', '--username', user.username, '--name', user.name, '--role', user.role, '--password-stdin', '--province', ...user.provinces];
  if (user.unit) args.push('--unit', user.unit);
  return new Promise((done, fail) => {
    const child = spawn('npm', args, { cwd: ROOT, env: { ...process.env, CASETRAIL_DATA_DIR: dataDir }, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.once('error', fail);
    const id = () => /\(id ([^)\s]+)\)/.exec(output)?.[1];
    child.once('exit', (code) => (code === 0 && id() ? done(id()!) : fail(new Error(`npm run users -- add ${user.username} exited with ${code}:\n${output}`))));
    child.stdin.end(`${user.password}\n`);
  });
}

/** One after the other: each `add` rewrites users.json from what it read. */
export async function addLocalUsers(dataDir: string, users: readonly LocalUserSpec[]): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const user of users) ids[user.username] = await addLocalUser(dataDir, user);
  return ids;
}
