import { Injectable, Module, type ExecutionContext } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { SkipThrottle, ThrottlerGuard, ThrottlerModule, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { CasetrailConfig } from '../config/casetrail-config.schema';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { SlidingWindowThrottlerStorage } from './sliding-window-storage';

/**
 * Two budgets of `CASETRAIL_RATE_LIMIT_PER_MINUTE` requests a minute: one per client address,
 * counted before authentication so that a flood of bad tokens is limited too, and one per user,
 * counted after it, so that one user on several addresses is limited as well. Each spans every
 * route (the key names no route). Over a budget: 429 with `Retry-After` in seconds.
 */
const BUDGETS = ['address', 'user'] as const;
type Budget = (typeof BUDGETS)[number];

const userOf = (request: unknown) => (request as { user?: AuthenticatedUser }).user;

/** Marks a controller or route that consumes no budget (health checks). */
export const SkipRateLimit = () => SkipThrottle(Object.fromEntries(BUDGETS.map((b) => [b, true])));

@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<CasetrailConfig, true>) => {
        const limit = config.get('CASETRAIL_RATE_LIMIT_PER_MINUTE', { infer: true });
        const common = {
          ttl: 60_000,
          limit,
          // A sliding minute: each request counts for 60 s, and a refused one does not count, so a
          // client that waits Retry-After (until its oldest request leaves the window) gets through.
          blockDuration: 0,
          generateKey: (_context: ExecutionContext, tracker: string, budget: string) => `${budget}:${tracker}`,
        };
        return {
          // The library would name its headers after the budget (Retry-After-address); the guards set the standard one.
          setHeaders: false,
          // The same sliding window as the library's storage, in constant time a request.
          storage: new SlidingWindowThrottlerStorage(),
          throttlers: [
            { name: 'address' satisfies Budget, ...common },
            {
              name: 'user' satisfies Budget,
              ...common,
              skipIf: (context: ExecutionContext) => !userOf(context.switchToHttp().getRequest()),
              getTracker: (request: Record<string, unknown>) => userOf(request)!.userId,
            },
          ],
        };
      },
    }),
  ],
})
export class RateLimitModule {}

/** A ThrottlerGuard for one budget only, so the platform can put it before or after authentication. */
abstract class BudgetGuard extends ThrottlerGuard {
  protected abstract readonly budget: Budget;

  override async onModuleInit(): Promise<void> {
    await super.onModuleInit();
    this.throttlers = this.throttlers.filter((t) => t.name === this.budget);
  }

  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    this.setResponseHeader(this.getRequestResponse(context).res, 'Retry-After', Math.max(1, detail.timeToBlockExpire));
    await super.throwThrottlingException(context, detail);
  }
}

/** The budget of a client address; runs before authentication. */
@Injectable()
export class AddressRateLimitGuard extends BudgetGuard {
  protected readonly budget = 'address';
}

/** The budget of a verified user; runs after authentication (no user, nothing counted). */
@Injectable()
export class UserRateLimitGuard extends BudgetGuard {
  protected readonly budget = 'user';
}
