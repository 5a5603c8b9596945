import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  EventTypeRegistry,
  RegistryEventStore,
  type CheckpointStore,
  type EventStore,
  type EventTypeDefinition,
} from '@casetrail/event-sourcing';
import { InMemoryCheckpointStore, InMemoryEventStore } from '@casetrail/event-store-memory';
import { SqliteCheckpointStore, SqliteEventStore, readAuditHmacKey } from '@casetrail/event-store-sqlite';
import { EventStoreDbEventStore } from '@casetrail/event-store-eventstoredb';
import type { CasetrailConfig } from '../config/casetrail-config.schema';
import { CHECKPOINT_STORE, EVENT_STORE, EVENT_TYPE_REGISTRY } from './event-store.tokens';

export interface EventStoreModuleOptions {
  /** Every event type this process may read or write (all hosted contexts' types). */
  eventTypes: readonly EventTypeDefinition[];
  /** File name of the SQLite store under the data dir. */
  sqliteFile?: string;
}

interface Stores {
  events: EventStore;
  checkpoints: CheckpointStore;
}

/** Builds the configured event store adapter, wrapped so unknown types/versions fail loudly. */
export function createStores(config: Pick<CasetrailConfig, 'CASETRAIL_EVENT_STORE' | 'CASETRAIL_DATA_DIR' | 'CASETRAIL_SQLITE_SYNCHRONOUS' | 'EVENTSTORE_CONNECTION_STRING' | 'CASETRAIL_AUDIT_HMAC_KEY_FILE'>, registry: EventTypeRegistry, sqliteFile = 'events.sqlite'): Stores {
  switch (config.CASETRAIL_EVENT_STORE) {
    case 'memory':
      return { events: new RegistryEventStore(new InMemoryEventStore(), registry), checkpoints: new InMemoryCheckpointStore() };
    case 'sqlite': {
      mkdirSync(config.CASETRAIL_DATA_DIR, { recursive: true });
      const store = new SqliteEventStore({
        filename: join(config.CASETRAIL_DATA_DIR, sqliteFile),
        synchronous: config.CASETRAIL_SQLITE_SYNCHRONOUS,
        ...(config.CASETRAIL_AUDIT_HMAC_KEY_FILE ? { auditHmacKey: readAuditHmacKey(config.CASETRAIL_AUDIT_HMAC_KEY_FILE) } : {}),
      });
      return { events: new RegistryEventStore(store, registry), checkpoints: new SqliteCheckpointStore(store) };
    }
    case 'eventstoredb': {
      const store = new EventStoreDbEventStore(config.EVENTSTORE_CONNECTION_STRING!);
      // EventStoreDB keeps no checkpoints of ours; the publisher keeps its own beside it.
      mkdirSync(config.CASETRAIL_DATA_DIR, { recursive: true });
      const checkpoints = new SqliteCheckpointStore(new SqliteEventStore({ filename: join(config.CASETRAIL_DATA_DIR, 'checkpoints.sqlite') }));
      return { events: new RegistryEventStore(store, registry), checkpoints };
    }
  }
}

class StoreCloser implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}
  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

@Global()
@Module({})
export class EventStoreModule {
  static forRoot(options: EventStoreModuleOptions): DynamicModule {
    return {
      module: EventStoreModule,
      providers: [
        { provide: EVENT_TYPE_REGISTRY, useFactory: () => new EventTypeRegistry().register(...options.eventTypes) },
        {
          provide: 'CASETRAIL_STORES',
          inject: [ConfigService, EVENT_TYPE_REGISTRY],
          useFactory: (config: ConfigService<CasetrailConfig, true>, registry: EventTypeRegistry) =>
            createStores(
              {
                CASETRAIL_EVENT_STORE: config.get('CASETRAIL_EVENT_STORE', { infer: true }),
                CASETRAIL_DATA_DIR: config.get('CASETRAIL_DATA_DIR', { infer: true }),
                CASETRAIL_SQLITE_SYNCHRONOUS: config.get('CASETRAIL_SQLITE_SYNCHRONOUS', { infer: true }),
                EVENTSTORE_CONNECTION_STRING: config.get('EVENTSTORE_CONNECTION_STRING', { infer: true }),
                CASETRAIL_AUDIT_HMAC_KEY_FILE: config.get('CASETRAIL_AUDIT_HMAC_KEY_FILE', { infer: true }),
              },
              registry,
              options.sqliteFile,
            ),
        },
        { provide: EVENT_STORE, inject: ['CASETRAIL_STORES'], useFactory: (s: Stores) => s.events },
        { provide: CHECKPOINT_STORE, inject: ['CASETRAIL_STORES'], useFactory: (s: Stores) => s.checkpoints },
        StoreCloser,
      ],
      exports: [EVENT_STORE, EVENT_TYPE_REGISTRY, CHECKPOINT_STORE],
    };
  }
}
