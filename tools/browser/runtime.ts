import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LocalSigningKey, type Role } from '@casetrail/platform-nest';
import { findFreePort } from '../../test/support/free-port';

const ROOT = resolve(__dirname, '../..');

export interface RunningRuntime {
  baseUrl: string;
  dataDir: string;
  /** A bearer token for seeding through the API (what `npm run token` prints). */
  token(role: Role, provinces: string[], unit?: string, user?: string): Promise<string>;
  stop(): Promise<void>;
}

/** Builds the web app when its sources are newer than dist/web (what `npm start` does first). */
export function buildWebAppIfStale(): void {
  const run = spawnSync(process.execPath, ['scripts/build-web-if-stale.js'], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`web build failed:\n${run.stdout}\n${run.stderr}`);
}

/**
 * The embedded runtime as `npm start` runs it (SQLite in a fresh data folder, the built web app at
 * `/`), as a real process on a free port.
 */
export async function startRuntime(env: Record<string, string> = {}): Promise<RunningRuntime> {
  buildWebAppIfStale();
  const dataDir = mkdtempSync(join(tmpdir(), 'casetrail-browser-'));
  const port = await findFreePort();
  const child: ChildProcess = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/casetrail/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      SWC_NODE_PROJECT: 'tsconfig.base.json',
      CASETRAIL_DATA_DIR: dataDir,
      CASETRAIL_PORT: String(port),
      CASETRAIL_HOST: '127.0.0.1',
      CASETRAIL_LOG_LEVEL: 'warn',
      CASETRAIL_RATE_LIMIT_PER_MINUTE: '100000',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  // A runtime outlives no test process: when jest (or the screenshots tool) exits, it goes too.
  const orphanGuard = () => child.kill('SIGKILL');
  process.once('exit', orphanGuard);
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the runtime exited with ${child.exitCode} before it was ready`);
    try {
      const r = await fetch(`${baseUrl}/health/ready`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('the runtime was not ready within 60 s');
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const key = LocalSigningKey.loadOrCreate(dataDir);
  return {
    baseUrl,
    dataDir,
    token: (role, provinces, unit, user = `${role}-seed`) => key.sign({ sub: user, role, unit, provinces }, { issuer: 'casetrail-local', audience: 'casetrail' }),
    stop: async () => {
      process.removeListener('exit', orphanGuard);
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
