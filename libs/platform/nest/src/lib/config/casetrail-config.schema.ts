import * as Joi from 'joi';

/**
 * Every setting a casetrail process reads, validated at start-up. A bad value stops the process
 * with a message naming the variable (see `validateCasetrailConfig`).
 */
export const casetrailConfigSchema = Joi.object({
  NODE_ENV: Joi.string().valid('development', 'production', 'test').default('development'),
  CASETRAIL_HOST: Joi.string().hostname().default('127.0.0.1'),
  CASETRAIL_PORT: Joi.number().port().default(3000),
  CASETRAIL_DATA_DIR: Joi.string().default('./data'),
  CASETRAIL_LOG_LEVEL: Joi.string().valid('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent').default('info'),
  /** Where events are stored: SQLite file under the data dir (default), EventStoreDB, or memory (tests). */
  CASETRAIL_EVENT_STORE: Joi.string().valid('sqlite', 'eventstoredb', 'memory').default('sqlite'),
  CASETRAIL_SQLITE_SYNCHRONOUS: Joi.string().valid('FULL', 'NORMAL').default('FULL'),
  /** Optional: a key file (≥ 32 bytes) with which the SQLite store MACs its hash-chain head. */
  CASETRAIL_AUDIT_HMAC_KEY_FILE: Joi.string().optional(),
  /**
   * The person key store (SQLite) when it is not `<data dir>/keys/person-keys.sqlite`: in
   * distributed mode the processes that hold identifying data (enforcement, court) share one, so
   * the court opens what the police sealed, and forgetting a person destroys the one key.
   */
  CASETRAIL_PERSON_KEYS_FILE: Joi.string().optional(),
  EVENTSTORE_CONNECTION_STRING: Joi.string().uri({ scheme: ['esdb', 'esdb+discover', 'kurrentdb', 'kurrentdb+discover', 'kurrent', 'kurrent+discover'] }).when('CASETRAIL_EVENT_STORE', {
    is: 'eventstoredb',
    then: Joi.required(),
    otherwise: Joi.optional(),
  }),
  /** `local`: tokens signed with a key kept under the data dir. `oidc`: an issuer's JWKS. */
  CASETRAIL_AUTH_MODE: Joi.string().valid('local', 'oidc').default('local'),
  CASETRAIL_JWT_ISSUER: Joi.string().default('casetrail-local'),
  CASETRAIL_JWT_AUDIENCE: Joi.string().default('casetrail'),
  /** The local HS256 key file; default `<data dir>/keys/jwt-hs256.key` (processes sharing it accept each other's tokens). */
  CASETRAIL_LOCAL_SIGNING_KEY_FILE: Joi.string().optional(),
  CASETRAIL_JWKS_URL: Joi.string().uri({ scheme: ['https', 'http'] }).when('CASETRAIL_AUTH_MODE', {
    is: 'oidc',
    then: Joi.required(),
    otherwise: Joi.optional(),
  }),
  /**
   * Where the web app sends people to sign in, in `oidc` mode (`GET /api/session/config`): the
   * issuer's address as browsers reach it. Default: the issuer (`CASETRAIL_JWT_ISSUER`).
   */
  // No Joi default: ConfigModule writes defaults back into the environment, and a copied issuer
  // would outlive a change of mode. `oidcAuthorityOf` applies the fallback.
  CASETRAIL_OIDC_AUTHORITY: Joi.string().uri({ scheme: ['https', 'http'] }).optional(),
  /** The web app's public OIDC client (authorization code with PKCE). */
  CASETRAIL_OIDC_CLIENT_ID: Joi.string().pattern(/^[\w.-]{1,100}$/).default('casetrail-web'),
  /** The built web app (`npm run web:build`), relative to the working directory; the embedded runtime serves it at `/`. */
  CASETRAIL_WEB_DIR: Joi.string().default('dist/web'),
  /**
   * The longest a token lives: refused this long after its `iat`, whatever its `exp` (both
   * modes), and the longest `npm run token` issues. Bearer tokens cannot be revoked, so short.
   */
  CASETRAIL_TOKEN_MAX_LIFETIME_MINUTES: Joi.number().integer().min(5).max(7 * 24 * 60).default(12 * 60),
  /** Largest accepted request body. */
  CASETRAIL_BODY_LIMIT: Joi.string().pattern(/^\d+(kb|mb)$/).default('256kb'),
  /** The bus between contexts: in-process (embedded) or Kafka (distributed). */
  CASETRAIL_BUS: Joi.string().valid('in-process', 'kafka').default('in-process'),
  KAFKA_BROKERS: Joi.string().pattern(/^[\w.-]+:\d+(,[\w.-]+:\d+)*$/).when('CASETRAIL_BUS', { is: 'kafka', then: Joi.required(), otherwise: Joi.optional() }),
  KAFKA_CLIENT_ID: Joi.string().default('casetrail'),
  /** Put before every topic and consumer group (an environment, or a test run). */
  CASETRAIL_KAFKA_TOPIC_PREFIX: Joi.string().pattern(/^[\w.-]*$/).allow('').default(''),
  /**
   * How long a Kafka consumer group waits for a silent member (e.g. killed with -9) before
   * handing its partitions to the others or to its restart. 6000 is the broker's
   * `group.min.session.timeout.ms`; kafkajs's own default, 30 s, stalls a restarted consumer.
   */
  CASETRAIL_KAFKA_SESSION_TIMEOUT_MS: Joi.number().integer().min(6000).max(300000).default(10000),
  /** The consumer group of this process's projections when they read from the bus. */
  CASETRAIL_PROJECTION_GROUP: Joi.string().pattern(/^[\w.-]+$/).default('casetrail-projections'),
  /**
   * Where read models live: `sqlite` (`read-models.sqlite` beside the events, kept with their
   * checkpoints, so a restart only catches up on what is new; the default with the SQLite event
   * store), `memory` (rebuilt at every start; the default with any other event store, whose log a
   * file here could outlive), or MongoDB.
   */
  CASETRAIL_READ_MODELS: Joi.string()
    .valid('sqlite', 'memory', 'mongodb')
    .when('CASETRAIL_EVENT_STORE', { is: 'sqlite', then: Joi.string().default('sqlite'), otherwise: Joi.string().default('memory') }),
  MONGODB_URI: Joi.string().uri({ scheme: ['mongodb', 'mongodb+srv'] }).when('CASETRAIL_READ_MODELS', { is: 'mongodb', then: Joi.required(), otherwise: Joi.optional() }),
  /** Whether this process publishes its event store's log to the bus (the owner of the events does). */
  CASETRAIL_PUBLISH_EVENTS: Joi.boolean().default(false),
  /** Where projections read events from: this process's store (embedded) or the bus (distributed). */
  CASETRAIL_PROJECTION_SOURCE: Joi.string().valid('store', 'bus').default('store'),
  /**
   * Where reactors read other contexts' events from: this process's store (embedded: every
   * context writes there) or the bus (distributed: the events are in another process's store).
   */
  CASETRAIL_REACTOR_SOURCE: Joi.string().valid('store', 'bus').default('store'),
  /**
   * Requests a minute per client address, and per user, across all routes, before 429. The
   * counter keeps one entry per request of the last minute, hence the bound.
   */
  CASETRAIL_RATE_LIMIT_PER_MINUTE: Joi.number().integer().min(1).max(100_000).default(6000),
}).unknown(true);

export interface CasetrailConfig {
  NODE_ENV: 'development' | 'production' | 'test';
  CASETRAIL_HOST: string;
  CASETRAIL_PORT: number;
  CASETRAIL_DATA_DIR: string;
  CASETRAIL_LOG_LEVEL: string;
  CASETRAIL_EVENT_STORE: 'sqlite' | 'eventstoredb' | 'memory';
  CASETRAIL_SQLITE_SYNCHRONOUS: 'FULL' | 'NORMAL';
  EVENTSTORE_CONNECTION_STRING?: string;
  CASETRAIL_AUDIT_HMAC_KEY_FILE?: string;
  CASETRAIL_PERSON_KEYS_FILE?: string;
  CASETRAIL_AUTH_MODE: 'local' | 'oidc';
  CASETRAIL_JWT_ISSUER: string;
  CASETRAIL_JWT_AUDIENCE: string;
  CASETRAIL_JWKS_URL?: string;
  CASETRAIL_OIDC_AUTHORITY?: string;
  CASETRAIL_OIDC_CLIENT_ID: string;
  CASETRAIL_WEB_DIR: string;
  CASETRAIL_LOCAL_SIGNING_KEY_FILE?: string;
  CASETRAIL_TOKEN_MAX_LIFETIME_MINUTES: number;
  CASETRAIL_BODY_LIMIT: string;
  CASETRAIL_RATE_LIMIT_PER_MINUTE: number;
  CASETRAIL_BUS: 'in-process' | 'kafka';
  KAFKA_BROKERS?: string;
  KAFKA_CLIENT_ID: string;
  CASETRAIL_KAFKA_TOPIC_PREFIX: string;
  CASETRAIL_KAFKA_SESSION_TIMEOUT_MS: number;
  CASETRAIL_PROJECTION_GROUP: string;
  CASETRAIL_READ_MODELS: 'sqlite' | 'memory' | 'mongodb';
  MONGODB_URI?: string;
  CASETRAIL_PUBLISH_EVENTS: boolean;
  CASETRAIL_PROJECTION_SOURCE: 'store' | 'bus';
  CASETRAIL_REACTOR_SOURCE: 'store' | 'bus';
}

/** Where browsers sign in, in `oidc` mode: `CASETRAIL_OIDC_AUTHORITY`, else the issuer. */
export function oidcAuthorityOf(config: Pick<CasetrailConfig, 'CASETRAIL_OIDC_AUTHORITY' | 'CASETRAIL_JWT_ISSUER'>): string {
  return config.CASETRAIL_OIDC_AUTHORITY ?? config.CASETRAIL_JWT_ISSUER;
}

export class InvalidConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'InvalidConfigError';
  }
}

/** Validates the environment; throws one error listing every bad variable. */
export function validateCasetrailConfig(env: Record<string, unknown>): CasetrailConfig {
  const { value, error } = casetrailConfigSchema.validate(env, { abortEarly: false, convert: true });
  if (error) {
    throw new InvalidConfigError(error.details.map((d) => `${d.path.join('.')}: ${d.message.replace(/"/g, '')}`));
  }
  return value as CasetrailConfig;
}
