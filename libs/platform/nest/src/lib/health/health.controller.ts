import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import type { EventStore } from '@casetrail/event-sourcing';
import { Public } from '../auth/access-policy.decorators';
import { EVENT_STORE } from '../event-store/event-store.tokens';

@ApiTags('health')
@Controller('health')
@Public()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicator: HealthIndicatorService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /** Readiness: the process can serve commands (its event store answers). */
  @Get()
  @HealthCheck()
  @ApiOkResponse({ description: 'Ready' })
  @ApiServiceUnavailableResponse({ description: 'Not ready' })
  ready() {
    return this.health.check([() => this.eventStore()]);
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
