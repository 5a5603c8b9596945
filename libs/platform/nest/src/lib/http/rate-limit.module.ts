import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ConfigService } from '@nestjs/config';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import type { CasetrailConfig } from '../config/casetrail-config.schema';

/** Requests per client address and minute; over the limit answers 429 (problem+json). */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<CasetrailConfig, true>) => ({
        throttlers: [{ name: 'default', ttl: 60_000, limit: config.get('CASETRAIL_RATE_LIMIT_PER_MINUTE', { infer: true }) }],
      }),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }],
})
export class RateLimitModule {}
