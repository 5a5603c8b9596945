import { Module, type DynamicModule } from '@nestjs/common';
import { CasetrailAuthModule } from '../auth/auth.module';
import { ClockModule } from '../clock/clock.module';
import { CasetrailConfigModule } from '../config/casetrail-config.module';
import { EventStoreModule } from '../event-store/event-store.module';
import { CasetrailHealthModule } from '../health/health.module';
import { CasetrailLoggingModule } from '../logging/logging.module';
import { RateLimitModule } from '../http/rate-limit.module';
import { ReadModelsModule } from '../read-models/read-models.module';
import { MessagingModule } from '../messaging/messaging.module';
import type { BoundedContext } from './bounded-context';

export interface PlatformOptions {
  contexts: readonly BoundedContext[];
  /** Event types read but owned by a context hosted elsewhere (a consumer's view of them). */
  foreignEventTypes?: BoundedContext['eventTypes'];
  sqliteFile?: string;
}

/** The platform every casetrail process stands on, plus the bounded contexts it hosts. */
@Module({})
export class CasetrailPlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const eventTypes = [...options.contexts.flatMap((c) => c.eventTypes), ...(options.foreignEventTypes ?? [])];
    const unique = [...new Map(eventTypes.map((t) => [t.type, t])).values()];
    return {
      module: CasetrailPlatformModule,
      imports: [
        CasetrailConfigModule.forRoot(),
        ClockModule,
        CasetrailLoggingModule,
        RateLimitModule,
        CasetrailAuthModule,
        EventStoreModule.forRoot({ eventTypes: unique, sqliteFile: options.sqliteFile }),
        MessagingModule,
        ReadModelsModule,
        CasetrailHealthModule,
        ...options.contexts.map((c) => c.module),
      ],
    };
  }
}
