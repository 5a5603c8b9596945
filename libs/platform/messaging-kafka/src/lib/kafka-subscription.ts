import type { RecordedEvent } from '@casetrail/event-sourcing';
import type { BusHandler, BusSubscription, PublisherLogger, RetryPolicy } from '@casetrail/messaging';
import type { Consumer, EachBatchPayload, KafkaMessage } from 'kafkajs';
import { fromKafkaMessage } from './kafka-message.codec';
import { backoffDelay, cancellableDelay, describeError, timeout } from '@casetrail/messaging';

/** What a subscription hands over when it gives up on a message. */
export interface GiveUp {
  message: KafkaMessage;
  partition: number;
  attempts: number;
  reason: string;
}

export interface KafkaSubscriptionOptions {
  consumer: Consumer;
  /** The bus topic (what handlers and dead letters name) and its Kafka name (with the prefix). */
  topic: string;
  kafkaTopic: string;
  subscriberId: string;
  handler: BusHandler;
  retry: RetryPolicy;
  joinTimeoutMs: number;
  /** Writes the message to the dead-letter topic; resolves once the broker has it. */
  deadLetter(giveUp: GiveUp): Promise<void>;
  logger: PublisherLogger;
}

/**
 * One consumer group member. Offsets are resolved by hand, message by message, and only after
 * the handler succeeded or the message was dead-lettered; kafkajs commits resolved offsets at
 * the end of each batch (and every 5 s or 1,000 messages within a long one) and when the
 * subscription closes. One handler call at a time, so per-key (per-partition) order holds.
 */
export class KafkaSubscription implements BusSubscription {
  private stopped = false;
  private pendingDelay?: { cancel(): void };
  private closing?: Promise<void>;

  constructor(private readonly options: KafkaSubscriptionOptions) {}

  /** Resolves once the consumer has joined its group, so what is published next is not missed by it. */
  async start(): Promise<void> {
    const { consumer, kafkaTopic, joinTimeoutMs, subscriberId } = this.options;
    let joined!: () => void;
    const hasJoined = new Promise<void>((resolve) => (joined = resolve));
    const removeJoin = consumer.on(consumer.events.GROUP_JOIN, () => joined());
    let crashed!: (error: Error) => void;
    const hasCrashed = new Promise<never>((_, reject) => (crashed = reject));
    // Stays on for the subscription's life: a crash kafkajs restarts from is still worth a log line.
    consumer.on(consumer.events.CRASH, (event) => {
      this.options.logger.error('kafka consumer crashed', { subscriberId, error: describeError(event.payload.error), restart: event.payload.restart });
      if (!event.payload.restart) crashed(event.payload.error);
    });
    hasCrashed.catch(() => undefined);
    const limit = timeout(joinTimeoutMs, `Consumer group ${subscriberId} did not join within ${joinTimeoutMs} ms`);
    try {
      await consumer.connect();
      await consumer.subscribe({ topics: [kafkaTopic], fromBeginning: true });
      await consumer.run({
        autoCommit: true,
        autoCommitInterval: 5_000,
        autoCommitThreshold: 1_000,
        eachBatchAutoResolve: false,
        eachBatch: (payload) => this.eachBatch(payload),
      });
      await Promise.race([hasJoined, hasCrashed, limit.promise]);
    } finally {
      limit.cancel();
      removeJoin();
    }
  }

  close(): Promise<void> {
    this.closing ??= this.stop();
    return this.closing;
  }

  private async stop(): Promise<void> {
    this.stopped = true;
    this.pendingDelay?.cancel();
    // Waits for the batch in flight, commits what was resolved, leaves the group.
    await this.options.consumer.disconnect();
  }

  private async eachBatch({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale }: EachBatchPayload): Promise<void> {
    for (const message of batch.messages) {
      if (this.stopped || !isRunning() || isStale()) return;
      const done = await this.deliver(message, batch.partition, heartbeat);
      // Stopped during retries: not resolved, so the group gets the message again later.
      if (!done) return;
      resolveOffset(message.offset);
      await commitOffsetsIfNecessary();
      await heartbeat();
    }
  }

  /** True when the group is done with the message (handled or dead-lettered). */
  private async deliver(message: KafkaMessage, partition: number, heartbeat: () => Promise<void>): Promise<boolean> {
    const { topic, handler, retry, deadLetter } = this.options;
    let event: RecordedEvent;
    try {
      event = fromKafkaMessage(topic, message);
    } catch (error) {
      // Undecodable: no retry can help. Kept whole in the dead-letter topic, never dropped.
      await deadLetter({ message, partition, attempts: 0, reason: describeError(error) });
      return true;
    }
    for (let attempt = 1; ; attempt++) {
      try {
        // A fresh decode per call: a handler mutating its event cannot affect a retry.
        await handler(attempt === 1 ? event : fromKafkaMessage(topic, message));
        return true;
      } catch (error) {
        if (this.stopped) return false;
        if (attempt >= retry.maxAttempts) {
          // If this write fails the batch fails: kafkajs retries it, the offset stays uncommitted.
          await deadLetter({ message, partition, attempts: attempt, reason: describeError(error) });
          return true;
        }
      }
      const delay = cancellableDelay(backoffDelay(attempt, retry));
      this.pendingDelay = delay;
      await delay.promise;
      this.pendingDelay = undefined;
      if (this.stopped) return false;
      await heartbeat();
    }
  }
}
