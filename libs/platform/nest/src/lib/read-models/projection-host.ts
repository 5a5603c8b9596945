import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { EventStore } from '@casetrail/event-sourcing';
import { ProjectionRunner, type Projection, type ReadModelStore } from '@casetrail/read-models';
import { EVENT_STORE } from '../event-store/event-store.tokens';
import { READ_MODEL_STORE } from './read-models.tokens';

/**
 * Runs every projection the hosted contexts register. At start it catches up from the stored
 * checkpoints (from position 0 for in-memory read models, i.e. a rebuild), then follows the
 * log live. Contexts register in their constructors or `onModuleInit`, before bootstrap.
 */
@Injectable()
export class ProjectionHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Projections');
  private readonly projections: Projection<unknown>[] = [];
  private runner: ProjectionRunner | undefined;
  private live: Promise<void> | undefined;
  private ready = false;

  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
  ) {}

  register(...projections: Projection<unknown>[]): void {
    if (this.runner) throw new Error('Projections must be registered before the application starts');
    this.projections.push(...projections);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.projections.length === 0) {
      this.ready = true;
      return;
    }
    this.runner = new ProjectionRunner(this.readModels, this.projections, {
      log: (message) => this.logger.log(message),
    });
    const started = Date.now();
    const position = await this.runner.catchUp(this.events);
    this.logger.log(`${this.projections.length} projections caught up to position ${position} in ${Date.now() - started} ms`);
    this.ready = true;
    this.live = this.runner.runLive(this.events).catch((error: Error) => {
      this.ready = false;
      this.logger.error(`Projections stopped: ${error.name}: ${error.message}`);
    });
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
    if (!this.runner) return;
    await this.runner.waitForPosition(await this.events.headPosition(), timeoutMs);
  }

  /** The runner's projections, for the rebuild tool. */
  registered(): readonly Projection<unknown>[] {
    return this.projections;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner?.stop();
    await this.live;
    await this.readModels.close();
  }
}
