import { batchLimitOf, silentLogger, type BusMessage, type BusSubscribeOptions, type BusSubscription, type DeadLetter, type MessageBus, type PublisherLogger, type RetryPolicy } from '@casetrail/messaging';
import { CompressionTypes, Kafka, Partitioners, logLevel, type Admin, type Producer } from 'kafkajs';
import { toDeadLetterMessage } from './dead-letter-headers';
import { readDeadLetterTopic } from './dead-letter-reader';
import { DEFAULT_HANDLER_RETRY, DEFAULT_SESSION_TIMEOUT_MS, deadLetterTopicOf, heartbeatIntervalOf, type KafkaBusOptions } from './kafka-bus.options';
import { kafkaLogCreator } from './kafka-log-creator';
import { toKafkaMessage } from './kafka-message.codec';
import { KafkaSubscription } from './kafka-subscription';
import { KafkaTopics } from './kafka-topics';
import { describeError } from '@casetrail/messaging';

/**
 * The bus on Apache Kafka (the distributed mode). A topic per bounded context (the router's
 * names), created up front and kept forever; key = stream id, so the events of a case share a
 * partition and keep their order. The value is the event data as JSON and the envelope rides in
 * headers. The producer is idempotent with acks=all; each subscription is a consumer group member
 * (`groupId` = `<subscriber id>@<topic>`, see `kafkaGroupId`) starting a new group at the beginning of the topic. A failing
 * handler is retried in-process with backoff, then the message goes to `<topic>.dlq` and its
 * offset is committed. A batch handler gets runs of consecutive messages of one partition.
 */
export class KafkaBus implements MessageBus {
  private readonly kafka: Kafka;
  private readonly admin: Admin;
  /** Replaced after a failed send (see `sendWith`); never cached by callers. */
  private producer: Producer;
  /** The current producer's connection; undefined until the next send connects it. */
  private producerReady?: Promise<void>;
  private readonly topics: KafkaTopics;
  private readonly retry: RetryPolicy;
  private readonly prefix: string;
  private readonly logger: PublisherLogger;
  private readonly subscriptions = new Set<KafkaSubscription>();
  private connecting?: Promise<void>;
  private closed = false;

  constructor(private readonly options: KafkaBusOptions) {
    if (options.brokers.length === 0) throw new Error('KafkaBus needs at least one broker');
    this.retry = { ...DEFAULT_HANDLER_RETRY, ...options.retry };
    if (!(this.retry.maxAttempts >= 1)) throw new RangeError('maxAttempts must be at least 1');
    this.prefix = options.topicPrefix ?? '';
    this.logger = options.logger ?? silentLogger;
    const connection = options.connection ?? {};
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      connectionTimeout: connection.connectionTimeoutMs ?? 1_000,
      requestTimeout: connection.requestTimeoutMs ?? 5_000,
      retry: { retries: connection.retries ?? 2, initialRetryTime: 100, maxRetryTime: 1_000 },
      logLevel: logLevel.WARN,
      logCreator: kafkaLogCreator(this.logger),
    });
    this.admin = this.kafka.admin();
    this.producer = this.createProducer();
    this.topics = new KafkaTopics(this.admin, options.partitions ?? 3, options.replicationFactor);
  }

  /** The Kafka name of a bus topic (with the prefix). */
  kafkaTopic(topic: string): string {
    return `${this.prefix}${topic}`;
  }

  /** Connects the admin client and the producer and creates `options.topics`; fails fast without a broker. */
  connect(): Promise<void> {
    if (this.closed) return Promise.reject(new Error('The bus is closed'));
    this.connecting ??= this.doConnect().catch((error: unknown) => {
      this.connecting = undefined;
      throw error;
    });
    return this.connecting;
  }

  async publish(messages: readonly BusMessage[]): Promise<void> {
    if (this.closed) throw new Error('The bus is closed');
    for (const m of messages) {
      if (!m.topic || !m.key) throw new Error('A bus message needs a topic and a key');
    }
    if (messages.length === 0) return;
    await this.connect();
    const byTopic = new Map<string, BusMessage[]>();
    for (const m of messages) byTopic.set(m.topic, [...(byTopic.get(m.topic) ?? []), m]);
    await this.topics.ensure([...byTopic.keys()].map((t) => this.kafkaTopic(t)));
    if (this.closed) throw new Error('The bus is closed');
    await this.sendWith((producer) =>
      producer.sendBatch({
        acks: -1,
        compression: CompressionTypes.None,
        topicMessages: [...byTopic].map(([topic, list]) => ({ topic: this.kafkaTopic(topic), messages: list.map(toKafkaMessage) })),
      }),
    );
  }

  async subscribe(options: BusSubscribeOptions): Promise<BusSubscription> {
    if (this.closed) throw new Error('The bus is closed');
    const { topic, subscriberId, handler, handleBatch } = options;
    if (!topic || !subscriberId) throw new Error('A subscription needs a topic and a subscriber id');
    const batchLimit = batchLimitOf(options);
    await this.connect();
    const kafkaTopic = this.kafkaTopic(topic);
    await this.topics.ensure([kafkaTopic, deadLetterTopicOf(kafkaTopic)]);
    const sessionTimeout = this.options.sessionTimeoutMs ?? DEFAULT_SESSION_TIMEOUT_MS;
    const consumer = this.kafka.consumer({
      // One Kafka group per (subscriber, topic): members of a Kafka group must subscribe to the same
      // topics, and a process subscribes its one subscriber id to each topic it reads separately.
      groupId: kafkaGroupId(this.prefix, subscriberId, topic),
      sessionTimeout,
      heartbeatInterval: heartbeatIntervalOf(sessionTimeout),
      allowAutoTopicCreation: false,
      // A short fetch wait: an idle subscription closes within about half a second.
      maxWaitTimeInMs: 500,
    });
    const subscription = new KafkaSubscription({
      consumer,
      topic,
      kafkaTopic,
      subscriberId,
      handler,
      handleBatch,
      batchLimit,
      retry: this.retry,
      joinTimeoutMs: this.options.joinTimeoutMs ?? 30_000,
      keepAliveMs: heartbeatIntervalOf(sessionTimeout),
      logger: this.logger,
      deadLetter: async ({ message, partition, attempts, reason }) => {
        await this.sendWith((producer) =>
          producer.send({
            topic: deadLetterTopicOf(kafkaTopic),
            acks: -1,
            messages: [toDeadLetterMessage(message, { topic, partition, subscriberId, attempts, reason })],
          }),
        );
        this.logger.warn('message dead-lettered', { topic, subscriberId, partition, offset: message.offset, attempts, reason });
      },
    });
    try {
      await subscription.start();
    } catch (error) {
      await subscription.close().catch(() => undefined);
      throw new Error(`Subscribing ${subscriberId} to ${kafkaTopic} failed: ${describeError(error)}`, { cause: error });
    }
    this.subscriptions.add(subscription);
    return {
      close: async () => {
        this.subscriptions.delete(subscription);
        await subscription.close();
      },
    };
  }

  /** What consumer groups of `topic` gave up on, read from `<topic>.dlq` (oldest first per key). */
  async deadLetters(topic: string, timeoutMs = 30_000): Promise<DeadLetter[]> {
    if (this.closed) throw new Error('The bus is closed');
    await this.connect();
    const dlqTopic = deadLetterTopicOf(this.kafkaTopic(topic));
    await this.topics.ensure([dlqTopic]);
    const groupId = `${this.prefix}casetrail-dlq-reader-${globalThis.crypto.randomUUID()}`;
    return readDeadLetterTopic({ kafka: this.kafka, admin: this.admin, dlqTopic, topic, groupId, timeoutMs });
  }

  /** Closes every subscription (committing what was handled), then the producer and the admin client. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const subscriptions = [...this.subscriptions];
    this.subscriptions.clear();
    await Promise.allSettled(subscriptions.map((s) => s.close()));
    await this.connecting?.catch(() => undefined);
    await Promise.allSettled([this.producer.disconnect(), this.admin.disconnect()]);
  }

  // Bounded retries: a lost broker fails the publish and the EventPublisher retries the batch
  // from its checkpoint (kafkajs warns that this weakens the idempotent producer's guarantee;
  // consumers are idempotent by event id, so a rare duplicate is harmless).
  private createProducer(): Producer {
    return this.kafka.producer({
      // The Java client's partitioner (murmur2), named so kafkajs does not warn on every start:
      // a case's events land on the partition any Kafka client would choose for its key.
      createPartitioner: Partitioners.DefaultPartitioner,
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      retry: { retries: 5, initialRetryTime: 100, maxRetryTime: 2_000 },
    });
  }

  /**
   * Sends with the current producer; after a failure, the producer is replaced before the error
   * goes up. An idempotent producer numbers its batches per partition and only moves its numbers on
   * a success; after a send that failed at the client but was written by the broker (a timeout, a
   * broker killed -9 mid-request and restarted on a log that kept it) the broker expects numbers
   * the producer will never send again, and refuses every later batch with
   * OutOfOrderSequenceException, forever (seen in the broker-kill fault test). A new producer gets
   * a new producer id from the broker and starts its numbering afresh; the caller's retry (the
   * EventPublisher re-reads from its checkpoint) may then write a batch twice, which consumers
   * absorb by event id.
   */
  private async sendWith(send: (producer: Producer) => Promise<unknown>): Promise<void> {
    const producer = this.producer;
    try {
      this.producerReady ??= producer.connect();
      await this.producerReady;
      await send(producer);
    } catch (error) {
      if (this.producer === producer && !this.closed) {
        this.producer = this.createProducer();
        this.producerReady = undefined;
        this.logger.warn('Kafka producer replaced after a failed send', { error: describeError(error) });
        await producer.disconnect().catch(() => undefined);
      }
      throw error;
    }
  }

  private async doConnect(): Promise<void> {
    try {
      await this.admin.connect();
      this.producerReady = this.producer.connect();
      await this.producerReady;
    } catch (error) {
      this.producerReady = undefined;
      await Promise.allSettled([this.producer.disconnect(), this.admin.disconnect()]);
      throw new Error(`Kafka: cannot connect to the brokers ${this.options.brokers.join(',')} (${describeError(error)})`, { cause: error });
    }
    if (this.options.topics?.length) await this.topics.ensure(this.options.topics.map((t) => this.kafkaTopic(t)));
  }
}

/** The Kafka consumer group of a subscriber on one topic: the port's group is per (topic, subscriber). */
export function kafkaGroupId(prefix: string, subscriberId: string, topic: string): string {
  return `${prefix}${subscriberId}@${topic}`;
}
