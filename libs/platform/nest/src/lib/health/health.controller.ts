import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import type { EventStore } from '@casetrail/event-sourcing';
import { Public } from '../auth/access-policy.decorators';
import { SkipRateLimit } from '../http/rate-limit.module';
import { EVENT_STORE } from '../event-store/event-store.tokens';
import { ProjectionHost } from '../read-models/projection-host';

@ApiTags('health')
// Probes (a load balancer, an orchestrator) poll often from one address; they must never be refused.
@Controller('health')
@Public()
@SkipRateLimit()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicator: HealthIndicatorService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionHost,
  ) {}

  /** Readiness: the process can serve commands (its event store answers). */
  @Get()
  @HealthCheck()
  @ApiOkResponse({ description: 'Ready' })
  @ApiServiceUnavailableResponse({ description: 'Not ready' })
  ready() {
    return this.health.check([() => this.eventStore(), () => this.readModels()]);
  }

  @Get('ready')
  @HealthCheck()
  readiness() {
    return this.ready();
  }

  /** Liveness: the process runs (no dependency checked, so a store outage does not restart it). */
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  private readModels() {
    const check = this.indicator.check('readModels');
    return this.projections.isReady()
      ? check.up({ position: this.projections.position })
      : check.down({ message: 'read models are not caught up' });
  }

  private async eventStore() {
    const check = this.indicator.check('eventStore');
    try {
      const position = await this.store.headPosition();
      return check.up({ position });
    } catch {
      return check.down({ message: 'event store unreachable' });
    }
  }
}
