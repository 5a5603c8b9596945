import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { LocalSigningKey, type Role } from '@casetrail/platform-nest';
import { Kafka, logLevel } from 'kafkajs';
import { MongoReadModelStore } from '@casetrail/read-models-mongodb';
import { findFreePort } from '../../support/free-port';
import { courtEnv, enforcementEnv, mongoUri, protectionEnv, statisticsEnv, type DistributedRunSettings } from './service-env';
import { ServiceProcess } from './service-process';

export interface DistributedRunOptions {
  /** A short label for names (topic prefix, database, temp dir). */
  label: string;
  kafkaBrokers?: string;
  mongoServerUri?: string;
  /** The services' log level (default `CASETRAIL_TEST_LOG_LEVEL` or `warn`). */
  logLevel?: string;
}

/**
 * One distributed deployment for a test: a temp dir (data dirs, logs, the shared signing key and
 * person keys), a topic prefix and a MongoDB database of its own, and the services as child
 * processes: enforcement and statistics (`startBoth`), and the court when a test starts it too
 * (`startAll`), or protection (`startWithProtection`). `cleanup()` kills the children, drops the database, deletes the run's topics and
 * groups, and removes the temp dir, keeping the logs when `keepLogs()` was called (a failure).
 */
export class DistributedRun {
  readonly enforcement: ServiceProcess;
  readonly statistics: ServiceProcess;
  /** Started only by `startAll()` (or by the test): the other suites leave the CPU to the two others. */
  readonly court: ServiceProcess;
  /** Started only by `startWithProtection()` (or by the test). */
  readonly protection: ServiceProcess;
  private logsKept = false;
  private cleaning: Promise<void> | undefined;

  private constructor(
    readonly settings: DistributedRunSettings,
    readonly root: string,
    readonly logDir: string,
    private readonly key: LocalSigningKey,
    ports: { enforcement: number; statistics: number; court: number; protection: number },
    statisticsGroup: string,
  ) {
    this.enforcement = new ServiceProcess({
      name: 'enforcement',
      main: 'apps/enforcement/src/main.ts',
      port: ports.enforcement,
      env: enforcementEnv(settings, this.enforcementDataDir, ports.enforcement),
      logDir,
    });
    this.statistics = new ServiceProcess({
      name: 'statistics',
      main: 'apps/statistics/src/main.ts',
      port: ports.statistics,
      env: statisticsEnv(settings, join(root, 'statistics'), ports.statistics, statisticsGroup),
      logDir,
    });
    this.court = new ServiceProcess({
      name: 'court',
      main: 'apps/court/src/main.ts',
      port: ports.court,
      env: courtEnv(settings, this.courtDataDir, ports.court),
      logDir,
    });
    this.protection = new ServiceProcess({
      name: 'protection',
      main: 'apps/protection/src/main.ts',
      port: ports.protection,
      env: protectionEnv(settings, this.protectionDataDir, ports.protection),
      logDir,
    });
  }

  static async create(options: DistributedRunOptions): Promise<DistributedRun> {
    const id = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
    const root = mkdtempSync(join(tmpdir(), `casetrail-dist-${options.label}-`));
    // Logs outside the data root: they outlive a failed run for the reader of the failure.
    const logDir = mkdtempSync(join(tmpdir(), `casetrail-dist-logs-${options.label}-`));
    const settings: DistributedRunSettings = {
      kafkaBrokers: options.kafkaBrokers ?? process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092',
      topicPrefix: `test-dist-${options.label}-${id}.`,
      mongoServerUri: options.mongoServerUri ?? process.env['MONGODB_URI'] ?? 'mongodb://127.0.0.1:27017',
      mongoDatabase: `casetrail_dist_${options.label.replace(/\W/g, '_')}_${id}`,
      signingKeyFile: join(root, 'keys', 'jwt-hs256.key'),
      personKeysFile: join(root, 'person-keys', 'person-keys.sqlite'),
      logLevel: options.logLevel ?? process.env['CASETRAIL_TEST_LOG_LEVEL'] ?? 'warn',
    };
    mkdirSync(join(root, 'keys'), { recursive: true });
    const key = LocalSigningKey.loadOrCreate(root, settings.signingKeyFile);
    const ports = { enforcement: await findFreePort(), statistics: await findFreePort(), court: await findFreePort(), protection: await findFreePort() };
    return new DistributedRun(settings, root, logDir, key, ports, 'projections-0');
  }

  get enforcementDataDir(): string {
    return join(this.root, 'enforcement');
  }

  get enforcementEventsFile(): string {
    return join(this.enforcementDataDir, 'events.sqlite');
  }

  get courtDataDir(): string {
    return join(this.root, 'court');
  }

  get courtEventsFile(): string {
    return join(this.courtDataDir, 'events.sqlite');
  }

  get protectionDataDir(): string {
    return join(this.root, 'protection');
  }

  get protectionEventsFile(): string {
    return join(this.protectionDataDir, 'events.sqlite');
  }

  get mongoUri(): string {
    return mongoUri(this.settings.mongoServerUri, this.settings.mongoDatabase);
  }

  /** Kafka name of a bus topic in this run. */
  kafkaTopic(topic: string): string {
    return `${this.settings.topicPrefix}${topic}`;
  }

  policeToken(): Promise<string> {
    return this.token('police', ['battambang'], 'police-battambang');
  }

  statisticianToken(): Promise<string> {
    return this.token('statistician', ['*']);
  }

  /** A prosecutor or a judge at the court of the province the police tokens work in. */
  courtToken(role: 'prosecutor' | 'judge'): Promise<string> {
    return this.token(role, ['battambang']);
  }

  /** A social worker of the department of the province the police tokens work in. */
  socialWorkerToken(): Promise<string> {
    return this.token('social_worker', ['battambang'], 'dosvy-battambang');
  }

  token(role: Role, provinces: string[], unit?: string): Promise<string> {
    return this.key.sign({ sub: `${role}-distributed-test`, role, unit, provinces }, { issuer: 'casetrail-local', audience: 'casetrail' });
  }

  async startBoth(): Promise<void> {
    await Promise.all([this.enforcement.start(), this.statistics.start()]);
  }

  /** Enforcement, court and statistics. */
  async startAll(): Promise<void> {
    await Promise.all([this.enforcement.start(), this.court.start(), this.statistics.start()]);
  }

  /** Enforcement, protection and statistics. */
  async startWithProtection(): Promise<void> {
    await Promise.all([this.enforcement.start(), this.protection.start(), this.statistics.start()]);
  }

  /** Keeps the log dir at cleanup and says where it is. */
  keepLogs(): string {
    this.logsKept = true;
    return `logs kept in ${this.logDir} (${[this.enforcement, this.court, this.protection, this.statistics].map((s) => s.logFile).join(', ')})`;
  }

  /**
   * Runs a test body, then cleans up (so the next test has the CPU to itself); on failure the
   * error names the kept logs.
   */
  async guard(body: () => Promise<void>): Promise<void> {
    try {
      await body();
    } catch (error) {
      const where = this.keepLogs();
      if (error instanceof Error) error.message = `${error.message}\n${where}`;
      throw error;
    } finally {
      await this.cleanup();
    }
  }

  /** Never leaves a process, a database, topics or temp files behind (each step best effort; once). */
  cleanup(): Promise<void> {
    this.cleaning ??= this.cleanUpNow();
    return this.cleaning;
  }

  private async cleanUpNow(): Promise<void> {
    // A graceful stop leaves the consumer groups, so they can be deleted below.
    await Promise.allSettled([this.enforcement.stop(), this.court.stop(), this.protection.stop(), this.statistics.stop()]);
    await dropDatabase(this.mongoUri).catch((error: Error) => process.stderr.write(`cleanup: could not drop ${this.settings.mongoDatabase}: ${error.message}\n`));
    await deleteKafkaRun(this.settings.kafkaBrokers.split(','), this.settings.topicPrefix).catch((error: Error) =>
      process.stderr.write(`cleanup: could not delete the topics of ${this.settings.topicPrefix}: ${error.message}\n`),
    );
    rmSync(this.root, { recursive: true, force: true });
    if (!this.logsKept) rmSync(this.logDir, { recursive: true, force: true });
  }
}

async function dropDatabase(uri: string): Promise<void> {
  const store = await MongoReadModelStore.connect(uri);
  try {
    await store.connection.dropDatabase();
  } finally {
    await store.close();
  }
}

/** Deletes the run's topics, then its consumer groups (a group a killed member still holds is left to expire). */
async function deleteKafkaRun(brokers: string[], prefix: string): Promise<void> {
  const admin = new Kafka({ clientId: 'casetrail-distributed-cleanup', brokers, logLevel: logLevel.NOTHING, retry: { retries: 1 } }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(prefix));
    if (topics.length > 0) await admin.deleteTopics({ topics });
    const groups = (await admin.listGroups()).groups.map((g) => g.groupId).filter((g) => g.startsWith(prefix));
    if (groups.length > 0) await admin.deleteGroups(groups).catch(() => undefined);
  } finally {
    await admin.disconnect();
  }
}
