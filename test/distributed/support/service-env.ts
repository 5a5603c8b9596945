/** What the services of a distributed run share: the broker, the topic prefix, the token key, the person keys. */
export interface DistributedRunSettings {
  kafkaBrokers: string;
  /** Put before every topic and consumer group of this run (ends with a dot). */
  topicPrefix: string;
  /** MongoDB URI without a database; the run's database name is added to it. */
  mongoServerUri: string;
  mongoDatabase: string;
  signingKeyFile: string;
  /**
   * The person key store of the processes that hold identifying data (enforcement, court,
   * protection): one SQLite file, so the court and protection open what the police sealed.
   * Statistics never gets it.
   */
  personKeysFile: string;
  logLevel: string;
}

/** The variables every casetrail child process gets; nothing else of the parent leaks in. */
function baseEnv(settings: DistributedRunSettings, dataDir: string, port: number, parent: NodeJS.ProcessEnv): Record<string, string> {
  const inherited = Object.fromEntries(
    ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ'].flatMap((name) => (parent[name] === undefined ? [] : [[name, parent[name]!]])),
  );
  return {
    ...inherited,
    NODE_ENV: 'test',
    SWC_NODE_PROJECT: 'tsconfig.base.json',
    CASETRAIL_HOST: '127.0.0.1',
    CASETRAIL_PORT: String(port),
    CASETRAIL_DATA_DIR: dataDir,
    CASETRAIL_LOG_LEVEL: settings.logLevel,
    CASETRAIL_BUS: 'kafka',
    KAFKA_BROKERS: settings.kafkaBrokers,
    CASETRAIL_KAFKA_TOPIC_PREFIX: settings.topicPrefix,
    CASETRAIL_LOCAL_SIGNING_KEY_FILE: settings.signingKeyFile,
    // The drivers of a fault test send far more than a person would; the limit is not under test.
    CASETRAIL_RATE_LIMIT_PER_MINUTE: '100000',
  };
}

/** The enforcement service: owns its events (SQLite under the data dir) and publishes them. */
export function enforcementEnv(settings: DistributedRunSettings, dataDir: string, port: number, parent: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return {
    ...baseEnv(settings, dataDir, port, parent),
    CASETRAIL_EVENT_STORE: 'sqlite',
    CASETRAIL_PUBLISH_EVENTS: 'true',
    CASETRAIL_PERSON_KEYS_FILE: settings.personKeysFile,
  };
}

/**
 * The court service: owns its events (SQLite under the data dir) and publishes them; its reactor
 * consumes law enforcement's topic as a consumer group (`CASETRAIL_REACTOR_SOURCE=bus`) and opens
 * the names the police sealed with the person keys it shares with enforcement. A killed court
 * leaves a dead member in the reactor's group, which a restart waits out: the broker's shortest
 * session timeout keeps that wait short.
 */
export function courtEnv(settings: DistributedRunSettings, dataDir: string, port: number, parent: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return {
    ...baseEnv(settings, dataDir, port, parent),
    CASETRAIL_EVENT_STORE: 'sqlite',
    CASETRAIL_PUBLISH_EVENTS: 'true',
    CASETRAIL_REACTOR_SOURCE: 'bus',
    CASETRAIL_PERSON_KEYS_FILE: settings.personKeysFile,
    CASETRAIL_KAFKA_SESSION_TIMEOUT_MS: '6000',
  };
}

/**
 * The protection service: owns its events (SQLite under the data dir) and publishes them; its
 * reactors consume law enforcement's topic (a protection case per victim handed over to social
 * affairs or a partner) and the court's (awards to victims it follows) as consumer groups, and it
 * opens what the police sealed with the person keys it shares with them. Short session timeout,
 * as for the court: a killed process leaves a dead member a restart waits out.
 */
export function protectionEnv(settings: DistributedRunSettings, dataDir: string, port: number, parent: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return {
    ...baseEnv(settings, dataDir, port, parent),
    CASETRAIL_EVENT_STORE: 'sqlite',
    CASETRAIL_PUBLISH_EVENTS: 'true',
    CASETRAIL_REACTOR_SOURCE: 'bus',
    CASETRAIL_PERSON_KEYS_FILE: settings.personKeysFile,
    CASETRAIL_KAFKA_SESSION_TIMEOUT_MS: '6000',
  };
}

/** The statistics service: no events of its own, projections fed by Kafka into MongoDB. */
export function statisticsEnv(
  settings: DistributedRunSettings,
  dataDir: string,
  port: number,
  projectionGroup: string,
  parent: NodeJS.ProcessEnv = process.env,
): Record<string, string> {
  return {
    ...baseEnv(settings, dataDir, port, parent),
    CASETRAIL_EVENT_STORE: 'memory',
    CASETRAIL_PUBLISH_EVENTS: 'false',
    CASETRAIL_PROJECTION_SOURCE: 'bus',
    CASETRAIL_PROJECTION_GROUP: projectionGroup,
    CASETRAIL_READ_MODELS: 'mongodb',
    MONGODB_URI: mongoUri(settings.mongoServerUri, settings.mongoDatabase),
  };
}

/** `mongodb://host:port/<db>`: the run's own database on the configured server. */
export function mongoUri(serverUri: string, database: string): string {
  const match = /^(mongodb(?:\+srv)?:\/\/[^/?]+)(?:\/[^?]*)?(\?.*)?$/.exec(serverUri);
  if (!match) throw new Error(`Not a MongoDB URI: ${serverUri}`);
  return `${match[1]}/${database}${match[2] ?? ''}`;
}
