import { ANY_REVISION } from '@casetrail/event-sourcing';
import { anEvent } from '@casetrail/event-store-contract';
import { SqliteEventStore } from '@casetrail/event-store-sqlite';
import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const CLI = join(ROOT, 'tools', 'audit', 'verify.ts');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as `npm run audit:verify` would, from the repository root. */
function verify(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    const { CASETRAIL_AUDIT_HMAC_KEY_FILE: _ignored, ...inherited } = process.env; // only the test's key counts
    const childEnv = { ...inherited, SWC_NODE_PROJECT: 'tsconfig.base.json', ...env };
    execFile(process.execPath, ['-r', '@swc-node/register', CLI, ...args], { cwd: ROOT, env: childEnv, timeout: 60_000 }, (error, stdout, stderr) =>
      done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

async function writeLog(filename: string, count: number, auditHmacKey?: Buffer): Promise<void> {
  const store = new SqliteEventStore({ filename, auditHmacKey });
  try {
    for (let i = 0; i < count; i++) await store.append(`audit-case-${i % 2}`, [anEvent()], ANY_REVISION);
  } finally {
    await store.close();
  }
}

describe('npm run audit:verify', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'casetrail-audit-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints OK with the event count and chain head of an intact log, and exits 0', async () => {
    await writeLog(join(dir, 'events.sqlite'), 5);
    const run = await verify(['--data-dir', dir]);
    expect(run).toMatchObject({ code: 0, stdout: expect.stringMatching(/^OK: 5 events, chain head [0-9a-f]{64}\n$/) });
    expect(run.stderr).toMatch(/audit: 100% \(5\/5\)/); // not a terminal: progress as plain lines
  }, 90_000);

  it('prints the first tampered position and exits 1', async () => {
    const file = join(dir, 'events.sqlite');
    await writeLog(file, 5);
    const raw = new Database(file);
    raw.prepare("UPDATE events SET data = replace(data, 'synthetic', 'Synthetic') WHERE global_position = 3").run();
    raw.close();
    const run = await verify(['--data-dir', dir, '--no-progress']);
    expect(run).toMatchObject({ code: 1, stderr: '' });
    expect(run.stdout).toMatch(/^TAMPERED at global position 3: changed \(.+\)\n$/);
  }, 90_000);

  it('exits 2 for a missing file', async () => {
    const run = await verify(['--data-dir', dir, '--file', 'absent.sqlite']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/No event store at .*absent\.sqlite/);
  }, 90_000);

  it('exits 2 for a file that is not a database', async () => {
    writeFileSync(join(dir, 'events.sqlite'), 'not a database, just text '.repeat(200));
    const run = await verify(['--data-dir', dir, '--no-progress']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Cannot verify/);
  }, 90_000);

  it('checks the chain head MAC with the key named by CASETRAIL_AUDIT_HMAC_KEY_FILE', async () => {
    const keyFile = join(dir, 'audit.key');
    writeFileSync(keyFile, 'a'.repeat(64) + '\n');
    await writeLog(join(dir, 'events.sqlite'), 3, Buffer.from('a'.repeat(64)));
    const good = await verify(['--data-dir', dir, '--no-progress'], { CASETRAIL_AUDIT_HMAC_KEY_FILE: keyFile });
    expect(good).toMatchObject({ code: 0, stdout: expect.stringMatching(/^OK: 3 events, chain head [0-9a-f]{64}, head MAC verified\n$/) });
    writeFileSync(keyFile, 'b'.repeat(64));
    const bad = await verify(['--data-dir', dir, '--no-progress', '--hmac-key-file', keyFile]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^TAMPERED at global position 3: head-mismatch \(the chain head MAC does not match the audit key\)/);
  }, 90_000);
});
