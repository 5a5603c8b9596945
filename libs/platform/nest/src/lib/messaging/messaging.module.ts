import { Global, Inject, Injectable, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { CheckpointStore, EventStore, EventTypeRegistry } from '@casetrail/event-sourcing';
import { EventPublisher, InProcessBus, UpcastingMessageBus, type MessageBus } from '@casetrail/messaging';
import { KafkaBus } from '@casetrail/messaging-kafka';
import type { CasetrailConfig } from '../config/casetrail-config.schema';
import { CHECKPOINT_STORE, EVENT_STORE, EVENT_TYPE_REGISTRY } from '../event-store/event-store.tokens';
import { MESSAGE_BUS } from './messaging.tokens';
import { nestPublisherLogger } from './nest-publisher-logger';

/** The configured bus: in-process (embedded) or Kafka (distributed). */
export async function createMessageBus(config: ConfigService<CasetrailConfig, true>): Promise<MessageBus> {
  if (config.get('CASETRAIL_BUS', { infer: true }) === 'in-process') return new InProcessBus();
  const bus = new KafkaBus({
    brokers: config.get('KAFKA_BROKERS', { infer: true })!.split(','),
    clientId: config.get('KAFKA_CLIENT_ID', { infer: true }),
    topicPrefix: config.get('CASETRAIL_KAFKA_TOPIC_PREFIX', { infer: true }) || undefined,
    sessionTimeoutMs: config.get('CASETRAIL_KAFKA_SESSION_TIMEOUT_MS', { infer: true }),
    logger: nestPublisherLogger('Kafka'),
  });
  await bus.connect();
  return bus;
}

/**
 * Carries this process's event store to the bus when `CASETRAIL_PUBLISH_EVENTS` is on (the
 * process that owns the events does): from a stored checkpoint, at-least-once, crash-safe.
 */
@Injectable()
export class EventPublisherHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private publisher: EventPublisher | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly config: ConfigService<CasetrailConfig, true>,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CHECKPOINT_STORE) private readonly checkpoints: CheckpointStore,
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.get('CASETRAIL_PUBLISH_EVENTS', { infer: true })) return;
    this.publisher = new EventPublisher({
      store: this.store,
      bus: this.bus,
      checkpoints: this.checkpoints,
      logger: nestPublisherLogger('EventPublisher'),
    });
    this.running = this.publisher.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.publisher?.stop();
    await this.running;
    await this.bus.close();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: MESSAGE_BUS,
      inject: [ConfigService, EVENT_TYPE_REGISTRY],
      // Consumers read every message at its type's current schema version, as from the store.
      useFactory: async (config: ConfigService<CasetrailConfig, true>, registry: EventTypeRegistry) =>
        new UpcastingMessageBus(await createMessageBus(config), registry),
    },
    EventPublisherHost,
  ],
  exports: [MESSAGE_BUS],
})
export class MessagingModule {}
