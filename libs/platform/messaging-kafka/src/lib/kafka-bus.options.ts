import type { PublisherLogger, RetryPolicy } from '@casetrail/messaging';

export interface KafkaBusOptions {
  /** `host:port` of the seed brokers. */
  brokers: string[];
  clientId: string;
  /** Put before every topic and consumer group name (an environment or a test run), e.g. `staging.`. */
  topicPrefix?: string;
  /** Partitions of the topics the bus creates (default 3); events of one stream share a partition. */
  partitions?: number;
  /** Replication of the topics the bus creates (default: the broker's `default.replication.factor`). */
  replicationFactor?: number;
  /** Topics to create at `connect()`; others are created the first time they are used. */
  topics?: string[];
  /** Handler retries in the consumer, before a message goes to `<topic>.dlq`. */
  retry?: Partial<RetryPolicy>;
  /** Connection failure comes fast: a missing broker is an error in about a second, not 30. */
  connection?: { connectionTimeoutMs?: number; requestTimeoutMs?: number; retries?: number };
  /**
   * How long the group waits for a silent member (e.g. killed with -9) before handing its
   * partitions to others (default 30 s, kafkajs's). Within the broker's
   * `group.min.session.timeout.ms`..`group.max.session.timeout.ms` (6 s..5 min by default).
   * Members heartbeat every `min(3 s, session / 3)`, on a timer while a fetched batch is being
   * handled (so one long handler call, a whole batch included, keeps its membership), as well as at
   * checkpoints and between a handler's retries.
   */
  sessionTimeoutMs?: number;
  /** Longest wait for a new subscription to join its consumer group (default 30 s). */
  joinTimeoutMs?: number;
  /** kafkajs warnings and errors go here (never event data). */
  logger?: PublisherLogger;
}

export const DEFAULT_SESSION_TIMEOUT_MS = 30_000;

/** Three heartbeats per session at least, as Kafka advises; never rarer than kafkajs's 3 s. */
export const heartbeatIntervalOf = (sessionTimeoutMs: number): number => Math.min(3_000, Math.floor(sessionTimeoutMs / 3));

export const DEFAULT_HANDLER_RETRY: RetryPolicy = { maxAttempts: 5, initialDelayMs: 100, maxDelayMs: 5_000 };

/** The topic that keeps what consumer groups of `topic` gave up on. */
export const deadLetterTopicOf = (topic: string): string => `${topic}.dlq`;
