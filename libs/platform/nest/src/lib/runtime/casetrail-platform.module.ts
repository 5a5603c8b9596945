import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessPolicyGuard } from '../auth/access-policy.guard';
import { CasetrailAuthModule } from '../auth/auth.module';
import { ClockModule } from '../clock/clock.module';
import { CasetrailConfigModule } from '../config/casetrail-config.module';
import { EventStoreModule } from '../event-store/event-store.module';
import { CasetrailHealthModule } from '../health/health.module';
import { CasetrailLoggingModule } from '../logging/logging.module';
import { AddressRateLimitGuard, RateLimitModule, UserRateLimitGuard } from '../http/rate-limit.module';
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
    // Several contexts may know the same units (statistics filters by the police units).
    const units = [...new Map(options.contexts.flatMap((c) => c.units ?? []).map((u) => [u.code, u])).values()];
    return {
      module: CasetrailPlatformModule,
      imports: [
        CasetrailConfigModule.forRoot(),
        ClockModule,
        CasetrailLoggingModule,
        RateLimitModule,
        CasetrailAuthModule.forRoot({ units }),
        EventStoreModule.forRoot({ eventTypes: unique, sqliteFile: options.sqliteFile }),
        MessagingModule,
        ReadModelsModule,
        CasetrailHealthModule,
        ...options.contexts.map((c) => c.module),
      ],
      // Global guards run in this order: the client address's budget first (so an
      // unauthenticated flood is limited), then authentication and roles, then the user's budget.
      providers: [
        { provide: APP_GUARD, useClass: AddressRateLimitGuard },
        { provide: APP_GUARD, useClass: AccessPolicyGuard },
        { provide: APP_GUARD, useClass: UserRateLimitGuard },
      ],
    };
  }
}
