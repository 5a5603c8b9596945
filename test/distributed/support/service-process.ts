import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pollUntil } from './poll-until';

/** The workspace root: children run from here so `@swc-node/register` finds tsconfig.base.json. */
export const WORKSPACE_ROOT = resolve(__dirname, '../../..');

export interface ServiceProcessOptions {
  /** A short name for messages and the log file, e.g. `statistics`. */
  name: string;
  /** The entry point, relative to the workspace root, e.g. `apps/statistics/src/main.ts`. */
  main: string;
  port: number;
  env: Record<string, string>;
  /** Where stdout and stderr of every start go (appended, one file across restarts). */
  logDir: string;
  /** Longest wait for `/health` 200 after a start (2-core machines compile TS at start). */
  healthTimeoutMs?: number;
}

/** Every child still running; killed if the test process exits without cleaning up (a timeout, a crash). */
const LIVE_CHILDREN = new Set<ChildProcess>();
process.once('exit', () => LIVE_CHILDREN.forEach((child) => child.kill('SIGKILL')));

/**
 * A casetrail service as a child OS process (`node -r @swc-node/register <main>`), with its
 * output in a log file, a readiness wait on `/health`, and the faults the tests need: kill -9
 * and restart with the same environment and data.
 */
export class ServiceProcess {
  readonly logFile: string;
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();
  private starts = 0;

  constructor(private readonly options: ServiceProcessOptions) {
    this.logFile = join(options.logDir, `${options.name}.log`);
  }

  get name(): string {
    return this.options.name;
  }

  get url(): string {
    return `http://127.0.0.1:${this.options.port}`;
  }

  /** Changes variables for the next start (e.g. another consumer group); the data dir stays. */
  setEnv(patch: Record<string, string>): void {
    Object.assign(this.options.env, patch);
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Spawns the process and resolves once `/health` answers 200. */
  async start(): Promise<void> {
    if (this.running) throw new Error(`${this.name} is already running (pid ${this.pid})`);
    this.starts += 1;
    const log = openSync(this.logFile, 'a');
    writeSync(log, `\n===== start #${this.starts} of ${this.name} at ${new Date().toISOString()} =====\n`);
    let child: ChildProcess;
    try {
      child = spawn(process.execPath, ['-r', '@swc-node/register', this.options.main], {
        cwd: WORKSPACE_ROOT,
        env: this.options.env,
        stdio: ['ignore', log, log],
      });
    } finally {
      closeSync(log); // the child holds its own copy
    }
    this.child = child;
    LIVE_CHILDREN.add(child);
    this.exited = new Promise((done) =>
      child.once('exit', () => {
        LIVE_CHILDREN.delete(child);
        done();
      }),
    );
    child.once('error', () => undefined); // a spawn error shows as an exit; the health wait reports it
    await this.waitHealthy();
  }

  /** kill -9: no shutdown hook runs, nothing is flushed or committed. Resolves once it is gone. */
  async kill(): Promise<void> {
    if (!this.child) return;
    if (this.running) this.child.kill('SIGKILL');
    await this.exited;
    this.child = undefined;
  }

  /** SIGTERM (the service closes its consumers and stores), SIGKILL if it is not gone within `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    if (!this.child) return;
    if (this.running) {
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => this.child?.kill('SIGKILL'), graceMs);
      await this.exited;
      clearTimeout(timer);
    }
    this.child = undefined;
  }

  /** kill -9, then a start with the same environment, port and data dir. */
  async restart(): Promise<void> {
    await this.kill();
    await this.start();
  }

  /**
   * Waits until `/health` answers 200, whoever (re)starts the process: what a client does while
   * the service is down. Fails after `timeoutMs`.
   */
  async whenHealthy(timeoutMs = 90_000): Promise<void> {
    await pollUntil(
      `${this.name} to be back (/health 200)`,
      async () => {
        const res = await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(2_000) }).catch(() => undefined);
        await res?.body?.cancel();
        return res?.status === 200 ? true : undefined;
      },
      { timeoutMs, intervalMs: 100 },
    );
  }

  /** The end of the log, for failure messages (never asserted on). */
  tail(lines = 30): string {
    try {
      return readFileSync(this.logFile, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  }

  private async waitHealthy(): Promise<void> {
    const timeoutMs = this.options.healthTimeoutMs ?? 60_000;
    let last = 'no answer yet';
    let outcome: 'healthy' | 'exited';
    try {
      outcome = await pollUntil(
        `${this.name} /health to answer 200`,
        async () => {
          if (!this.running) return 'exited' as const;
          const res = await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(2_000) }).catch((error: Error) => {
            last = error.message;
            return undefined;
          });
          if (!res) return undefined;
          last = `HTTP ${res.status}`;
          await res.body?.cancel();
          return res.status === 200 ? ('healthy' as const) : undefined;
        },
        { timeoutMs, intervalMs: 100, describe: () => last },
      );
    } catch (error) {
      throw new Error(`${(error as Error).message}\nlog: ${this.logFile}\n${this.tail()}`, { cause: error });
    }
    if (outcome === 'exited') {
      const { exitCode, signalCode } = this.child ?? {};
      throw new Error(`${this.name} exited before it was healthy (code ${exitCode}, signal ${signalCode})\nlog: ${this.logFile}\n${this.tail()}`);
    }
  }
}
