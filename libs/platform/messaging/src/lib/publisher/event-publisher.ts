import type { CheckpointStore, EventStore, RecordedEvent } from '@casetrail/event-sourcing';
import type { BusMessage, MessageBus } from '../bus/message-bus.port';
import { topicForStream, type TopicRouter } from '../routing/topic-router';
import { backoffDelay, cancellableDelay, describeError, type RetryPolicy } from '../support/backoff';
import { silentLogger, type PublisherLogger } from './publisher-logger';

export interface EventPublisherOptions {
  store: EventStore;
  bus: MessageBus;
  checkpoints: CheckpointStore;
  /** Name of the checkpoint (one per publisher of one store). */
  checkpointName?: string;
  router?: TopicRouter;
  /** Events read and published per batch. */
  batchSize?: number;
  /** How long `start()` waits before looking for new events once it is caught up. */
  pollIntervalMs?: number;
  /** Retries of one batch's publish; `start()` goes on retrying after a failed drain. */
  retry?: Partial<RetryPolicy>;
  logger?: PublisherLogger;
}

class Stopped extends Error {}

/**
 * Carries the store's global log to the bus (architecture principle 4): read a batch after the
 * checkpoint, publish it, then save the checkpoint. A crash between publish and save republishes
 * the batch on restart (consumers are idempotent by event id); nothing is ever skipped.
 * Batches are published one at a time, in global order, so per-stream order holds on the bus.
 */
export class EventPublisher {
  private readonly checkpointName: string;
  private readonly router: TopicRouter;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly retry: RetryPolicy;
  private readonly logger: PublisherLogger;
  private exclusive: Promise<unknown> = Promise.resolve();
  private running?: Promise<void>;
  private stopping = false;
  private pause?: { cancel(): void };

  constructor(private readonly options: EventPublisherOptions) {
    this.checkpointName = options.checkpointName ?? 'bus-publisher';
    this.router = options.router ?? topicForStream;
    this.batchSize = options.batchSize ?? 100;
    this.pollIntervalMs = options.pollIntervalMs ?? 200;
    this.retry = { maxAttempts: 5, initialDelayMs: 100, maxDelayMs: 5_000, ...options.retry };
    this.logger = options.logger ?? silentLogger;
  }

  /** Publishes everything up to the store's current head once; resolves with the number of events. */
  publishPending(): Promise<number> {
    return this.serialized(() => this.drain(false));
  }

  /** Publishes continuously until `stop()`; the promise settles when the loop has ended. */
  start(): Promise<void> {
    if (!this.running) {
      this.stopping = false;
      this.running = this.loop().finally(() => (this.running = undefined));
    }
    return this.running;
  }

  /** Ends `start()`'s loop after the batch in flight; its checkpoint is saved if it was published. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.pause?.cancel();
    await this.running;
  }

  private async loop(): Promise<void> {
    this.logger.info('event publisher started', { checkpoint: this.checkpointName });
    let failures = 0;
    while (!this.stopping) {
      let published = 0;
      try {
        published = await this.serialized(() => this.drain(true));
        failures = 0;
      } catch (error) {
        if (error instanceof Stopped || this.stopping) break;
        failures += 1;
        this.logger.error('event publishing failed; retrying', { failures, error: describeError(error) });
        await this.wait(backoffDelay(failures, this.retry));
        continue;
      }
      if (published === 0) await this.wait(this.pollIntervalMs);
    }
    this.logger.info('event publisher stopped', { checkpoint: this.checkpointName });
  }

  private async drain(stoppable: boolean): Promise<number> {
    const { store, checkpoints } = this.options;
    const head = await store.headPosition();
    let after = await checkpoints.load(this.checkpointName);
    let published = 0;
    while (after < head) {
      if (stoppable && this.stopping) break;
      const batch = await store.readAll({ after, maxCount: this.batchSize });
      if (batch.length === 0) break;
      await this.publishWithRetry(batch, stoppable);
      const last = batch[batch.length - 1]!.globalPosition;
      await checkpoints.save(this.checkpointName, last);
      this.logger.info('events published', { count: batch.length, from: batch[0]!.globalPosition, to: last });
      after = last;
      published += batch.length;
    }
    return published;
  }

  private async publishWithRetry(batch: readonly RecordedEvent[], stoppable: boolean): Promise<void> {
    const messages: BusMessage[] = batch.map((event) => ({ topic: this.router(event.streamId), key: event.streamId, event }));
    for (let attempt = 1; ; attempt++) {
      try {
        await this.options.bus.publish(messages);
        return;
      } catch (error) {
        if (attempt >= this.retry.maxAttempts) throw error;
        this.logger.warn('publishing a batch failed; retrying', { attempt, error: describeError(error) });
      }
      await this.wait(backoffDelay(attempt, this.retry));
      if (stoppable && this.stopping) throw new Stopped();
    }
  }

  private async wait(ms: number): Promise<void> {
    const delay = cancellableDelay(ms);
    this.pause = delay;
    if (this.stopping) delay.cancel();
    await delay.promise;
    this.pause = undefined;
  }

  /** One drain at a time: two interleaved drains could publish batches out of order. */
  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const result = this.exclusive.then(work);
    this.exclusive = result.catch(() => undefined);
    return result;
  }
}
