import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { EventStore } from '@casetrail/event-sourcing';
import { topicOfEventType, type BusSubscription, type MessageBus } from '@casetrail/messaging';
import { ProjectionRunner, type DocumentChange, type DocumentWritesObserver, type Projection, type ReadModelStore } from '@casetrail/read-models';
import type { CasetrailConfig } from '../config/casetrail-config.schema';
import { EVENT_STORE } from '../event-store/event-store.tokens';
import { MESSAGE_BUS } from '../messaging/messaging.tokens';
import { HOSTED_CONTEXTS, type HostedContexts } from '../runtime/hosted-contexts';
import { READ_MODEL_STORE } from './read-models.tokens';

/**
 * Runs every projection the hosted contexts declare (`BoundedContext.projections`). Two sources, chosen by `CASETRAIL_PROJECTION_SOURCE`:
 * - `store` (embedded): catch up on this process's event store from the stored checkpoints
 *   (with SQLite read models only what is new since the last run; from 0 for in-memory read
 *   models, i.e. a rebuild), then follow its log live. A projection whose version changed is
 *   rebuilt by the runner; read models ahead of the log (the event file was replaced) are rebuilt
 *   here;
 * - `bus` (distributed): consume the contexts' topics as one consumer group; Kafka keeps the
 *   group's offsets, the per-document markers make redeliveries change nothing.
 */
@Injectable()
export class ProjectionHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Projections');
  private readonly projections: readonly Projection<unknown>[];
  private runner: ProjectionRunner | undefined;
  private live: Promise<void> | undefined;
  private subscriptions: BusSubscription[] = [];
  private ready = false;
  private readonly observers: DocumentWritesObserver[] = [];

  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
    private readonly config: ConfigService<CasetrailConfig, true>,
    @Inject(HOSTED_CONTEXTS) hosted: HostedContexts,
  ) {
    this.projections = hosted.projections();
  }

  private get fromBus(): boolean {
    return this.config.get('CASETRAIL_PROJECTION_SOURCE', { infer: true }) === 'bus';
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.projections.length === 0) {
      this.ready = true;
      return;
    }
    this.runner = new ProjectionRunner(this.readModels, this.projections, {
      log: (message) => this.logger.log(message),
      observer: this.observers.length === 0 ? undefined : this.tellObservers(),
    });
    if (this.fromBus) {
      await this.subscribeToBus(this.runner);
      return;
    }
    const started = Date.now();
    const from = await this.runner.resumePosition();
    let position = await this.runner.catchUp(this.events);
    // Positions only grow: read models past the head were built from another log (a restored or
    // replaced event file). Their markers would skip the new log's events, so start over.
    const head = await this.events.headPosition();
    if (position > head) {
      this.logger.warn(`Read models are at position ${position}, past the event log's head ${head}: rebuilding them from the log`);
      await this.runner.rebuild(this.events);
      position = await this.runner.catchUp(this.events);
    }
    this.logger.log(
      `${this.projections.length} projections caught up from position ${from} to ${position} in ${Date.now() - started} ms`,
    );
    this.ready = true;
    this.live = this.runner.runLive(this.events).catch((error: Error) => {
      this.ready = false;
      this.logger.error(`Projections stopped: ${error.name}: ${error.message}`);
    });
  }

  private async subscribeToBus(runner: ProjectionRunner): Promise<void> {
    const topics = [...new Set(this.projections.flatMap((p) => p.handles.map(topicOfEventType)))];
    const group = this.config.get('CASETRAIL_PROJECTION_GROUP', { infer: true });
    for (const topic of topics) {
      // Runs of a partition in one write per collection (each event costs round trips to the read
      // model store otherwise); if a run fails the bus retries its events one at a time and
      // dead-letters only the one that keeps failing.
      this.subscriptions.push(
        await this.bus.subscribe({
          topic,
          subscriberId: group,
          handler: (event) => runner.applyBatch([event]),
          handleBatch: (events) => runner.applyBatch(events),
        }),
      );
    }
    this.logger.log(`${this.projections.length} projections consume ${topics.join(', ')} as group ${group}`);
    this.ready = true;
  }

  /** True once the read models caught up at start and while they follow the log. */
  isReady(): boolean {
    return this.ready;
  }

  get position(): number {
    return this.runner?.position ?? 0;
  }

  /**
   * Waits until the read models reflect everything stored so far, so a query answers with the
   * caller's own writes included.
   */
  async waitUntilCurrent(timeoutMs = 5_000): Promise<void> {
    // From the bus the read models are eventually consistent: there is no local head to wait for.
    if (!this.runner || this.fromBus) return;
    await this.runner.waitForPosition(await this.events.headPosition(), timeoutMs);
  }

  /**
   * True when this process's projections are the only writer of `collection`: they feed it from
   * this process's event store into SQLite or memory (the embedded runtime). Only then can
   * something follow the collection from `observe` alone; from the bus (distributed mode, where
   * several statistics processes may share the read-model server) or on MongoDB it cannot.
   */
  writesAlone(collection: string): boolean {
    const readModels = this.config.get('CASETRAIL_READ_MODELS', { infer: true });
    return !this.fromBus && readModels !== 'mongodb' && this.projections.some((p) => p.collection === collection);
  }

  /** Tells `observer` of every document the projections write and every collection they drop. Before the application starts only. */
  observe(observer: DocumentWritesObserver): void {
    if (this.runner) throw new Error('Observe the projections before the application starts');
    this.observers.push(observer);
  }

  /** Runs `work` between two batches of the projections (none is written meanwhile). */
  whileIdle<R>(work: () => Promise<R>): Promise<R> {
    return this.runner ? this.runner.whileIdle(work) : work();
  }

  private tellObservers(): DocumentWritesObserver {
    return {
      written: (collection: string, changes: readonly DocumentChange[]) => {
        for (const o of this.observers) o.written(collection, changes);
      },
      dropped: (collection: string) => {
        for (const o of this.observers) o.dropped(collection);
      },
    };
  }

  /** The runner's projections, for the rebuild tool. */
  registered(): readonly Projection<unknown>[] {
    return this.projections;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.subscriptions.map((s) => s.close().catch(() => undefined)));
    await this.runner?.stop();
    await this.live;
    await this.readModels.close();
  }
}
