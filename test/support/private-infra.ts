import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findFreePort } from './free-port';

const INFRA_SH = resolve(__dirname, '../../deploy/local/infra.sh');

export type InfraService = 'kafka' | 'ferretdb';

/** Every private instance still alive; killed if the test process exits without cleaning up. */
const LIVE = new Set<PrivateInfra>();
process.once('exit', () => LIVE.forEach((instance) => instance.killNowSync()));

/**
 * A Kafka broker or FerretDB server of one test alone, for faults that must not touch the shared
 * instances other suites use at the same time (127.0.0.1:9092 / 27017): `deploy/local/infra.sh`
 * with free ports and a temp state dir of its own (data, logs, pid file), sharing the cache of
 * jars and the ferretdb binary. `kill()` is kill -9 (nothing flushed, no shutdown); `start()`
 * again reuses the data, as a restarted server does.
 */
export class PrivateInfra {
  private destroyed = false;

  private constructor(
    readonly service: InfraService,
    readonly stateDir: string,
    private readonly env: Record<string, string>,
    readonly port: number,
  ) {}

  /** Picks free ports and a state dir; `start()` then launches it. */
  static async create(service: InfraService, label: string): Promise<PrivateInfra> {
    const stateDir = mkdtempSync(join(tmpdir(), `casetrail-private-${service}-${label}-`));
    const port = await findFreePort();
    const env: Record<string, string> = { CASETRAIL_INFRA_STATE: stateDir };
    if (service === 'kafka') {
      env['CASETRAIL_KAFKA_PORT'] = String(port);
      env['CASETRAIL_KAFKA_CONTROLLER_PORT'] = String(await findFreePort());
    } else {
      env['CASETRAIL_FERRETDB_PORT'] = String(port);
      // Its own PostgreSQL too (FerretDB's storage by default), away from the shared one's 5433.
      env['CASETRAIL_POSTGRES_PORT'] = String(await findFreePort());
    }
    const instance = new PrivateInfra(service, stateDir, env, port);
    LIVE.add(instance);
    return instance;
  }

  /** `host:port` for kafkajs. */
  get brokers(): string[] {
    return [`127.0.0.1:${this.port}`];
  }

  /** A MongoDB URI for `database` on this server. */
  mongoUri(database: string): string {
    return `mongodb://127.0.0.1:${this.port}/${database}`;
  }

  /** Starts it (or restarts it after `kill()`) and resolves once it answers a real round trip. */
  start(): Promise<void> {
    return this.infra('up', this.service);
  }

  /** kill -9; resolves once the process is gone. */
  kill(): Promise<void> {
    return this.infra('kill', this.service);
  }

  /** Stops it, deletes its data and state dir. Safe to call twice. */
  async destroy(): Promise<void> {
    if (this.destroyed) return;
    this.destroyed = true;
    LIVE.delete(this);
    try {
      await this.infra('down', this.service, '--purge');
    } finally {
      rmSync(this.stateDir, { recursive: true, force: true });
    }
  }

  /** The end of the service's log, for failure messages. */
  logTail(lines = 40): string {
    try {
      return readFileSync(join(this.stateDir, 'logs', `${this.service}.log`), 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  }

  /** For the exit hook only: synchronous kill -9 (FerretDB's PostgreSQL too) and removal of the state dir. */
  killNowSync(): void {
    for (const service of this.service === 'ferretdb' ? ['ferretdb', 'postgres'] : [this.service]) {
      spawnSync('bash', [INFRA_SH, 'kill', service], { env: { ...process.env, ...this.env }, stdio: 'ignore', timeout: 15_000 });
    }
    rmSync(this.stateDir, { recursive: true, force: true });
  }

  private infra(...args: string[]): Promise<void> {
    return new Promise((done, fail) => {
      execFile('bash', [INFRA_SH, ...args], { env: { ...process.env, ...this.env }, timeout: 180_000, killSignal: 'SIGKILL' }, (error, stdout, stderr) => {
        if (!error) return done();
        fail(new Error(`infra.sh ${args.join(' ')} (${this.service} on port ${this.port}) failed: ${error.message}\n${stdout}${stderr}\n${this.logTail()}`));
      });
    });
  }
}
