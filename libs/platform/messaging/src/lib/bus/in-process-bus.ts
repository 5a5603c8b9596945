import { backoffDelay, cancellableDelay, describeError, type RetryPolicy } from '../support/backoff';
import { Wakeup } from '../support/wakeup';
import type { DeadLetter } from './dead-letter';
import { batchLimitOf, type BusBatchHandler, type BusHandler, type BusMessage, type BusSubscribeOptions, type BusSubscription, type MessageBus } from './message-bus.port';

export type InProcessBusOptions = Partial<RetryPolicy>;

const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, initialDelayMs: 10, maxDelayMs: 1_000 };

/**
 * The bus inside one process (the embedded mode). Each topic is an append-only log kept for
 * replay; each consumer group has its own offset, starting at 0, kept across its subscriptions.
 * Delivery is asynchronous, in publish order (so in order per key), one handler call at a time
 * per group. A failing handler is retried with backoff a bounded number of times, then the
 * message goes to the topic's dead letters with the reason and the group moves on. With a batch
 * handler, whatever is queued for the group (up to the cap) goes to it in one call; if that call
 * fails, the same messages go one by one through the handler as above.
 * Nothing is durable across restarts: the event store and the publisher's checkpoint are.
 */
export class InProcessBus implements MessageBus {
  private readonly logs = new Map<string, BusMessage[]>();
  private readonly offsets = new Map<string, number>();
  private readonly active = new Map<string, GroupDelivery>();
  private readonly dead = new Map<string, DeadLetter[]>();
  private readonly progress = new Wakeup();
  private readonly retry: RetryPolicy;
  private closed = false;

  constructor(options: InProcessBusOptions = {}) {
    this.retry = { ...DEFAULT_RETRY, ...options };
    if (!(this.retry.maxAttempts >= 1)) throw new RangeError('maxAttempts must be at least 1');
  }

  async publish(messages: readonly BusMessage[]): Promise<void> {
    if (this.closed) throw new Error('The bus is closed');
    for (const m of messages) {
      if (!m.topic || !m.key) throw new Error('A bus message needs a topic and a key');
    }
    for (const m of messages) {
      const log = this.logs.get(m.topic) ?? [];
      // A copy: a publisher or handler mutating its object must not change what others receive.
      log.push(structuredClone(m));
      this.logs.set(m.topic, log);
    }
    for (const delivery of this.active.values()) delivery.wake();
  }

  async subscribe(options: BusSubscribeOptions): Promise<BusSubscription> {
    if (this.closed) throw new Error('The bus is closed');
    const { topic, subscriberId } = options;
    const group = groupKey(topic, subscriberId);
    if (this.active.has(group)) {
      throw new Error(`Consumer group ${subscriberId} already has a subscription to ${topic}`);
    }
    const handlers: GroupHandlers = { handler: options.handler, handleBatch: options.handleBatch, batchLimit: batchLimitOf(options) };
    const delivery = new GroupDelivery(topic, subscriberId, handlers, this.retry, {
      log: () => this.logs.get(topic) ?? [],
      offset: () => this.offsets.get(group) ?? 0,
      commit: (offset) => {
        this.offsets.set(group, offset);
        this.progress.notify();
      },
      deadLetter: (letter) => {
        const letters = this.dead.get(topic) ?? [];
        letters.push(letter);
        this.dead.set(topic, letters);
      },
    });
    this.active.set(group, delivery);
    delivery.start();
    return {
      close: async () => {
        await delivery.stop();
        if (this.active.get(group) === delivery) this.active.delete(group);
        this.progress.notify();
      },
    };
  }

  /** Messages of `topic` that a consumer group gave up on, oldest first. */
  deadLetters(topic: string): DeadLetter[] {
    return structuredClone(this.dead.get(topic) ?? []);
  }

  /** Every message of `topic`, in order (what a new consumer group would receive). */
  messages(topic: string): BusMessage[] {
    return structuredClone(this.logs.get(topic) ?? []);
  }

  /**
   * Resolves when every open subscription has handled (or dead-lettered) every message published
   * so far. For tests and orderly shutdown; it waits on progress, never on a clock.
   */
  async idle(): Promise<void> {
    for (;;) {
      const behind = [...this.active.values()].some((d) => d.behind());
      if (!behind || this.closed) return;
      await this.progress.wait();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.active.values()].map((d) => d.stop()));
    this.active.clear();
    this.progress.notify();
  }
}

function groupKey(topic: string, subscriberId: string): string {
  return JSON.stringify([topic, subscriberId]);
}

interface GroupState {
  log(): readonly BusMessage[];
  offset(): number;
  commit(offset: number): void;
  deadLetter(letter: DeadLetter): void;
}

interface GroupHandlers {
  handler: BusHandler;
  handleBatch?: BusBatchHandler;
  /** Most messages taken from the log per delivery (1 without `handleBatch`). */
  batchLimit: number;
}

/** The delivery loop of one consumer group on one topic. */
class GroupDelivery {
  private readonly wakeup = new Wakeup();
  private stopped = false;
  private pendingDelay?: { cancel(): void };
  private loop?: Promise<void>;

  constructor(
    private readonly topic: string,
    private readonly subscriberId: string,
    private readonly handlers: GroupHandlers,
    private readonly retry: RetryPolicy,
    private readonly state: GroupState,
  ) {}

  start(): void {
    // Never call the handler from inside subscribe() or publish(): delivery is asynchronous.
    this.loop = Promise.resolve().then(() => this.run());
  }

  wake(): void {
    this.wakeup.notify();
  }

  behind(): boolean {
    return !this.stopped && this.state.offset() < this.state.log().length;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.pendingDelay?.cancel();
    this.wakeup.notify();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      const offset = this.state.offset();
      const queued = this.state.log().slice(offset, offset + this.handlers.batchLimit);
      if (queued.length === 0) {
        await this.wakeup.wait();
        continue;
      }
      if (await this.deliverBatch(queued)) {
        this.state.commit(offset + queued.length);
        continue;
      }
      // Stopped during retries: the offset stays, so the next subscription redelivers the rest.
      if (!(await this.deliverOneByOne(queued, offset))) return;
    }
  }

  /** True when the batch handler took every message; false without one, or when it failed. */
  private async deliverBatch(messages: readonly BusMessage[]): Promise<boolean> {
    if (!this.handlers.handleBatch) return false;
    try {
      await this.handlers.handleBatch(messages.map((m) => structuredClone(m.event)));
      return true;
    } catch {
      // Not retried as a whole: one by one, a poison message is retried and dead-lettered alone.
      return false;
    }
  }

  /** Commits after each message; false when stopped before the group was done with them all. */
  private async deliverOneByOne(messages: readonly BusMessage[], firstOffset: number): Promise<boolean> {
    for (const [index, message] of messages.entries()) {
      if (this.stopped) return false;
      if (!(await this.deliver(message, firstOffset + index))) return false;
      this.state.commit(firstOffset + index + 1);
    }
    return true;
  }

  /** True when the group is done with the message (handled or dead-lettered). */
  private async deliver(message: BusMessage, offset: number): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.handlers.handler(structuredClone(message.event));
        return true;
      } catch (error) {
        if (attempt >= this.retry.maxAttempts) {
          this.state.deadLetter({ message, subscriberId: this.subscriberId, offset, attempts: attempt, reason: describeError(error) });
          return true;
        }
      }
      // Closed while the handler failed: no backoff to sit through, the next subscription retries.
      if (this.stopped) return false;
      const delay = cancellableDelay(backoffDelay(attempt, this.retry));
      this.pendingDelay = delay;
      await delay.promise;
      this.pendingDelay = undefined;
      if (this.stopped) return false;
    }
  }
}
