import { Global, Module, type DynamicModule } from '@nestjs/common';
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
import { ReactorsModule, reactionsContext } from '../reactors/reactors.module';
import type { BoundedContext } from './bounded-context';
import { HOSTED_CONTEXTS, HostedContexts } from './hosted-contexts';

export interface PlatformOptions {
  contexts: readonly BoundedContext[];
  sqliteFile?: string;
}

/**
 * The contexts a process hosts, checked: the given ones plus the platform's own (the reactions'
 * dead letters). What the application module, the rebuild tool and a log reader of another
 * process's store all start from.
 */
export function processContexts(contexts: readonly BoundedContext[]): HostedContexts {
  return new HostedContexts([...contexts, reactionsContext]);
}

/** Makes the checked descriptors of the hosted contexts injectable everywhere (`HOSTED_CONTEXTS`). */
@Global()
@Module({})
class HostedContextsModule {
  static forRoot(hosted: HostedContexts): DynamicModule {
    return { module: HostedContextsModule, providers: [{ provide: HOSTED_CONTEXTS, useValue: hosted }], exports: [HOSTED_CONTEXTS] };
  }
}

/** The platform every casetrail process stands on, plus the bounded contexts it hosts. */
@Module({})
export class CasetrailPlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    // Checked once here: a type owned twice, a context hosted twice, … stop the process at start.
    const hosted = processContexts(options.contexts);
    return {
      module: CasetrailPlatformModule,
      imports: [
        HostedContextsModule.forRoot(hosted),
        CasetrailConfigModule.forRoot(),
        ClockModule,
        CasetrailLoggingModule,
        RateLimitModule,
        CasetrailAuthModule.forRoot({ units: hosted.units() }),
        EventStoreModule.forRoot({ eventTypes: hosted.eventTypes(), sqliteFile: options.sqliteFile }),
        MessagingModule,
        ReadModelsModule,
        ReactorsModule,
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
