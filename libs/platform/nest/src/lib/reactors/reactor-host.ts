import { HttpException, Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ModuleRef } from '@nestjs/core';
import {
  ANY_REVISION,
  DomainRuleViolation,
  type CheckpointStore,
  type EventStore,
  type EventSubscription,
  type EventTypeRegistry,
  type RecordedEvent,
} from '@casetrail/event-sourcing';
import { backoffDelay, cancellableDelay, describeError, topicOfEventType, type BusSubscription, type MessageBus, type RetryPolicy } from '@casetrail/messaging';
import type { CasetrailConfig } from '../config/casetrail-config.schema';
import { CHECKPOINT_STORE, EVENT_STORE, EVENT_TYPE_REGISTRY } from '../event-store/event-store.tokens';
import { MESSAGE_BUS } from '../messaging/messaging.tokens';
import { HOSTED_CONTEXTS, type HostedContexts } from '../runtime/hosted-contexts';
import { ReactionEventType, reactionFailedStreamId, type ReactionFailedData } from './reaction-failed.events';
import type { Reactor } from './reactor';

/** Retries of one event before it is dead-lettered (embedded; the bus has its own policy). */
export const REACTION_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, initialDelayMs: 100, maxDelayMs: 5_000 };

/** A refusal that will be the same on every attempt: the command was decided and refused. */
export function isPermanentRefusal(error: unknown): boolean {
  if (error instanceof DomainRuleViolation) return true;
  return error instanceof HttpException && error.getStatus() >= 400 && error.getStatus() < 500 && error.getStatus() !== 408 && error.getStatus() !== 429;
}

/** The checkpoint name of a reactor reading the process's own log. */
export function reactorCheckpointName(reactor: string): string {
  return `reactor:${reactor}`;
}

/** The bus consumer group of a reactor (one per reactor, so each sees every event once). */
export function reactorGroupId(reactor: string): string {
  return `reactor.${reactor}`;
}

/** Skipped events move the checkpoint at most this often (handled ones move it at once). */
const SKIPPED_CHECKPOINT_EVERY = 1_000;

/**
 * Runs the reactors the hosted contexts declare, with the same code in both modes
 * (`CASETRAIL_REACTOR_SOURCE`):
 * - `store` (embedded): each reactor follows the process's log from its own checkpoint (in the
 *   checkpoint store, beside the events: it survives a restart); an event is retried with
 *   backoff, and one that cannot succeed is dead-lettered as `reaction.ReactionFailed` in the
 *   log, after which the checkpoint moves past it;
 * - `bus` (distributed): each reactor is a consumer group of the topics of the types it
 *   handles; the bus commits a message once handled, retries, and dead-letters.
 * Either way an event may be handed over again after a crash; the reactor's commands carry the
 * event's id as causation id and the `CommandRunner` applies a cause once per stream.
 */
@Injectable()
export class ReactorHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Reactors');
  private readonly running: Array<Promise<void>> = [];
  private readonly subscriptions: Array<EventSubscription | BusSubscription> = [];
  private readonly waits = new Set<{ cancel(): void }>();
  private stopping = false;

  constructor(
    @Inject(HOSTED_CONTEXTS) private readonly hosted: HostedContexts,
    private readonly moduleRef: ModuleRef,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(CHECKPOINT_STORE) private readonly checkpoints: CheckpointStore,
    @Inject(EVENT_TYPE_REGISTRY) private readonly registry: EventTypeRegistry,
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
    private readonly config: ConfigService<CasetrailConfig, true>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const reactors = this.hosted.contexts.flatMap((c) => c.reactors ?? []).map((type) => this.moduleRef.get<Reactor>(type, { strict: false }));
    const fromBus = this.config.get('CASETRAIL_REACTOR_SOURCE', { infer: true }) === 'bus';
    for (const reactor of reactors) {
      if (fromBus) await this.consumeBus(reactor);
      else this.running.push(this.followLog(reactor));
    }
    if (reactors.length > 0) this.logger.log(`${reactors.length} reactors read ${fromBus ? 'the bus' : 'this process’s log'}`);
  }

  private async consumeBus(reactor: Reactor): Promise<void> {
    const handles = new Set(reactor.handles);
    for (const topic of new Set(reactor.handles.map(topicOfEventType))) {
      this.subscriptions.push(
        await this.bus.subscribe({
          topic,
          subscriberId: reactorGroupId(reactor.name),
          handler: async (event) => {
            if (handles.has(event.type)) await reactor.react(event);
          },
        }),
      );
    }
  }

  private async followLog(reactor: Reactor): Promise<void> {
    const checkpoint = reactorCheckpointName(reactor.name);
    const handles = new Set(reactor.handles);
    const subscription = this.events.subscribeAll({ after: await this.checkpoints.load(checkpoint) });
    this.subscriptions.push(subscription);
    let skipped = 0;
    try {
      for await (const event of subscription) {
        if (this.stopping) break;
        if (handles.has(event.type)) {
          await this.reactWithRetries(reactor, event);
          if (this.stopping) break;
          await this.checkpoints.save(checkpoint, event.globalPosition);
          skipped = 0;
        } else if (++skipped >= SKIPPED_CHECKPOINT_EVERY) {
          await this.checkpoints.save(checkpoint, event.globalPosition);
          skipped = 0;
        }
      }
    } catch (error) {
      if (!this.stopping) this.logger.error(`Reactor ${reactor.name} stopped: ${describeError(error)}`);
    }
  }

  private async reactWithRetries(reactor: Reactor, event: RecordedEvent): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await reactor.react(event);
        return;
      } catch (error) {
        if (this.stopping) return;
        if (isPermanentRefusal(error) || attempt >= REACTION_RETRY_POLICY.maxAttempts) {
          await this.deadLetter(reactor, event, attempt, error);
          return;
        }
        const wait = cancellableDelay(backoffDelay(attempt, REACTION_RETRY_POLICY));
        this.waits.add(wait);
        await wait.promise;
        this.waits.delete(wait);
      }
    }
  }

  private async deadLetter(reactor: Reactor, event: RecordedEvent, attempts: number, error: unknown): Promise<void> {
    const data: ReactionFailedData = {
      reactor: reactor.name,
      eventId: event.eventId,
      eventType: event.type,
      streamId: event.streamId,
      globalPosition: event.globalPosition,
      attempts,
      reason: describeError(error).slice(0, 2000),
    };
    this.logger.warn(`Reactor ${reactor.name} gave up on event at position ${event.globalPosition} after ${attempts} attempts: ${data.reason}`);
    await this.events.append(
      reactionFailedStreamId(reactor.name),
      [
        {
          // One dead letter per reactor and event, however often it is retried after a crash
          // (the store's append is idempotent by event id).
          eventId: `reaction-failed:${reactor.name}:${event.eventId}`,
          type: ReactionEventType.ReactionFailed,
          schemaVersion: this.registry.currentVersion(ReactionEventType.ReactionFailed),
          data,
          actor: { userId: `reactor:${reactor.name}`, role: 'system' },
          correlationId: event.correlationId,
          causationId: event.eventId,
          occurredAt: new Date().toISOString(),
        },
      ],
      ANY_REVISION,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    for (const wait of this.waits) wait.cancel();
    await Promise.all(this.subscriptions.map((s) => s.close().catch(() => undefined)));
    await Promise.all(this.running);
  }
}
