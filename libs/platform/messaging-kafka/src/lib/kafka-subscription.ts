import type { RecordedEvent } from '@casetrail/event-sourcing';
import type { BusBatchHandler, BusHandler, BusSubscription, PublisherLogger, RetryPolicy } from '@casetrail/messaging';
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
  /** When set, runs of consecutive messages of a partition go to it first (see `BusSubscribeOptions`). */
  handleBatch?: BusBatchHandler;
  /** Most messages per run (1 without `handleBatch`). */
  batchLimit: number;
  retry: RetryPolicy;
  joinTimeoutMs: number;
  /** Writes the message to the dead-letter topic; resolves once the broker has it. */
  deadLetter(giveUp: GiveUp): Promise<void>;
  logger: PublisherLogger;
  /** The clock of the checkpoints (tests set it; `Date.now` otherwise). */
  now?: () => number;
  /**
   * While a fetched batch is being handled, heartbeat at least this often (the consumer's
   * heartbeat interval), even in the middle of one long handler call: a batch handler writing
   * hundreds of events into a slow read-model server under load can take longer than the session
   * timeout, and the group would then drop the member and hand its work to another, again and
   * again. None: heartbeats only at checkpoints and between retries.
   */
  keepAliveMs?: number;
}

/**
 * One consumer group member. Offsets are resolved by hand, and only after the handler succeeded
 * or the message was dead-lettered (with a batch handler: after it took the whole run, or after
 * each message of a run it failed on). kafkajs commits resolved offsets at the end of each
 * fetched batch (at most `maxBytesPerPartition`, 1 MiB: a few thousand events), when the
 * subscription closes, and within a slow batch every 5 s (checked at each checkpoint, see
 * `Progress`); so a crash delivers again at most one batch or 5 s of work. One handler call at a
 * time, so per-key (per-partition) order holds.
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
        // No commit every N messages on top of the batch ends: it tripled the commits (one awaited
        // round trip each) of a fast consumer, and a slow one commits every 5 s anyway.
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

  private async eachBatch(payload: EachBatchPayload): Promise<void> {
    const progress = new Progress(payload, this.options.now);
    const keepAlive = this.keepAlive(progress);
    try {
      if (!this.options.handleBatch) {
        await this.deliverOneByOne(payload.batch.messages, payload, progress);
        return;
      }
      for (const run of runsOf(this.options.topic, payload.batch.messages, this.options.batchLimit)) {
        if (!this.mayGoOn(payload)) return;
        // Stopped during retries: not resolved, so the group gets the rest again later.
        if (!(await this.deliverRun(run, payload, progress))) return;
      }
    } finally {
      clearInterval(keepAlive);
      // Whatever way the batch ends (done, stopped, or a failed dead-letter write), what was
      // handled is resolved before kafkajs commits.
      progress.resolve();
    }
  }

  /**
   * Heartbeats on a timer for the batch's life (kafkajs sends one only when its interval has
   * passed, so the checkpoints' own heartbeats are not doubled). A heartbeat that fails here (the
   * group is rebalancing) is not the batch's failure: the next checkpoint's heartbeat meets the
   * same answer from the broker and ends the batch the way kafkajs expects.
   */
  private keepAlive(progress: Progress): ReturnType<typeof setInterval> | undefined {
    const { keepAliveMs } = this.options;
    if (!keepAliveMs) return undefined;
    const timer = setInterval(() => {
      progress.heartbeat().catch(() => undefined);
    }, keepAliveMs);
    timer.unref();
    return timer;
  }

  private mayGoOn({ isRunning, isStale }: EachBatchPayload): boolean {
    return !this.stopped && isRunning() && !isStale();
  }

  /** True when the group is done with every message of the run (handled or dead-lettered). */
  private async deliverRun(run: Decoded[], payload: EachBatchPayload, progress: Progress): Promise<boolean> {
    const { handleBatch } = this.options;
    const events = run.flatMap((d) => (d.event ? [d.event] : []));
    // A run with an undecodable message is that message alone: the dead letters, one by one.
    if (!handleBatch || events.length < run.length) return this.deliverOneByOne(run.map((d) => d.message), payload, progress, run);
    if (await this.tryBatch(handleBatch, events, payload.batch.partition)) {
      if (progress.note(run[run.length - 1]!.message, run.length)) await progress.checkpoint();
      return true;
    }
    // The batch handler may have changed its events: one by one, each is decoded afresh.
    return this.deliverOneByOne(run.map((d) => d.message), payload, progress);
  }

  private async tryBatch(handleBatch: BusBatchHandler, events: RecordedEvent[], partition: number): Promise<boolean> {
    try {
      await handleBatch(events);
      return true;
    } catch (error) {
      // Not retried as a whole: one by one, a poison message is retried and dead-lettered alone.
      const { subscriberId, logger } = this.options;
      logger.warn('batch handler failed, delivering its messages one by one', {
        subscriberId,
        partition,
        messages: events.length,
        error: describeError(error),
      });
      return false;
    }
  }

  /**
   * Each message to the handler in order; `decoded` (same order) when the run was decoded already.
   * The path of a message the handler takes at once is kept free of extra async calls: it runs
   * for every message of every subscription.
   */
  private async deliverOneByOne(messages: readonly KafkaMessage[], payload: EachBatchPayload, progress: Progress, decoded?: readonly Decoded[]): Promise<boolean> {
    const { topic, handler } = this.options;
    const { partition } = payload.batch;
    const heartbeat = () => progress.heartbeat();
    // Whether the partition was sought since (never by this subscription, which does not seek) is
    // asked first and after each checkpoint: kafkajs builds a string key on every such call.
    let askStale = true;
    for (let i = 0; i < messages.length; i++) {
      if (this.stopped || !payload.isRunning() || (askStale && payload.isStale())) return false;
      askStale = false;
      const message = messages[i]!;
      const { event, error: undecodable } = decoded?.[i] ?? decode(topic, message);
      if (event) {
        try {
          await handler(event);
        } catch (error) {
          if (!(await this.retry(message, error, partition, heartbeat))) return false;
        }
      } else {
        // Undecodable: no retry can help. Kept whole in the dead-letter topic, never dropped.
        await this.options.deadLetter({ message, partition, attempts: 0, reason: describeError(undecodable) });
      }
      if (progress.note(message, 1)) {
        await progress.checkpoint();
        askStale = true;
      }
    }
    return true;
  }

  /**
   * After the handler's first failure on `message`: retries with backoff, then dead-letters it.
   * True when the group is done with the message (handled or dead-lettered), false when the
   * subscription stopped first.
   */
  private async retry(message: KafkaMessage, firstError: unknown, partition: number, heartbeat: () => Promise<void>): Promise<boolean> {
    const { topic, handler, retry, deadLetter } = this.options;
    let error = firstError;
    for (let attempt = 1; ; attempt++) {
      if (this.stopped) return false;
      if (attempt >= retry.maxAttempts) {
        // If this write fails the batch fails: kafkajs retries it, the offset stays uncommitted.
        await deadLetter({ message, partition, attempts: attempt, reason: describeError(error) });
        return true;
      }
      const delay = cancellableDelay(backoffDelay(attempt, retry));
      this.pendingDelay = delay;
      await delay.promise;
      this.pendingDelay = undefined;
      if (this.stopped) return false;
      await heartbeat();
      try {
        // A fresh decode per call: a handler mutating its event cannot affect a retry.
        await handler(fromKafkaMessage(topic, message));
        return true;
      } catch (next) {
        error = next;
      }
    }
  }
}

/** Messages between checkpoints at most. */
export const CHECKPOINT_MESSAGES = 100;
/** Milliseconds between checkpoints at most (while messages keep coming). */
export const CHECKPOINT_MS = 200;

/**
 * Where a fetched batch stands. The group is done with a message once it was handled or
 * dead-lettered; `note` records that, and every `CHECKPOINT_MESSAGES` messages or
 * `CHECKPOINT_MS` it resolves the offset in kafkajs, lets kafkajs commit if its interval has
 * passed, and heartbeats. Per message, those three (each offset parsed into a `Long` and back,
 * two awaited calls) cost about as much as decoding the message.
 *
 * Nothing is resolved before it is done, so a crash or a rebalance can only deliver again, never
 * skip: the offsets noted since the last checkpoint are resolved before any call that may commit
 * (`heartbeat` commits on a rebalance) and when the batch ends, however it ends.
 */
export class Progress {
  private done?: string;
  private sinceCheckpoint = 0;
  private nextCheckpointAt: number;

  constructor(
    private readonly payload: Pick<EachBatchPayload, 'resolveOffset' | 'commitOffsetsIfNecessary' | 'heartbeat'>,
    private readonly now: () => number = Date.now,
  ) {
    this.nextCheckpointAt = now() + CHECKPOINT_MS;
  }

  /**
   * The group is done with everything up to `message` (`count` more messages); true when a
   * checkpoint is due. Not async: most messages need no checkpoint, and no await.
   */
  note(message: KafkaMessage, count: number): boolean {
    this.done = message.offset;
    this.sinceCheckpoint += count;
    return this.sinceCheckpoint >= CHECKPOINT_MESSAGES || this.now() >= this.nextCheckpointAt;
  }

  /** Hands kafkajs the last offset done, so its next commit includes it. */
  resolve(): void {
    if (this.done === undefined) return;
    this.payload.resolveOffset(this.done);
    this.done = undefined;
  }

  /** Keeps the membership alive (e.g. between retries); what is done is resolved first. */
  async heartbeat(): Promise<void> {
    this.resolve();
    await this.payload.heartbeat();
  }

  /** Resolves what is done, lets kafkajs commit if its interval has passed, heartbeats. */
  async checkpoint(): Promise<void> {
    this.sinceCheckpoint = 0;
    this.nextCheckpointAt = this.now() + CHECKPOINT_MS;
    this.resolve();
    await this.payload.commitOffsetsIfNecessary();
    await this.payload.heartbeat();
  }
}

/** A fetched message and its event, or (no event) why it could not be decoded. */
interface Decoded {
  message: KafkaMessage;
  event?: RecordedEvent;
  error?: unknown;
}

function decode(topic: string, message: KafkaMessage): Decoded {
  try {
    return { message, event: fromKafkaMessage(topic, message) };
  } catch (error) {
    return { message, error };
  }
}

/**
 * Cuts fetched messages (one partition, in offset order) into runs to deliver: consecutive
 * decodable messages, at most `limit` each; an undecodable message alone, as it goes to the
 * dead letters whole and must never reach a batch.
 */
function* runsOf(topic: string, messages: readonly KafkaMessage[], limit: number): Generator<Decoded[]> {
  let run: Decoded[] = [];
  for (const message of messages) {
    const decoded = decode(topic, message);
    if (!decoded.event && run.length > 0) {
      yield run;
      run = [];
    }
    run.push(decoded);
    if (!decoded.event || run.length >= limit) {
      yield run;
      run = [];
    }
  }
  if (run.length > 0) yield run;
}
